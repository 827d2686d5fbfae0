import { strict as assert } from "assert";
import fc from "fast-check";
import * as functions from "../../../src/functions/functions";

/** Anything Excel could pass in a cell, and a few things it should not. */
const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant(0),
  fc.boolean(),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 60, 109574, 109575, 1e308),
  fc.string(),
  fc.constantFrom(
    "2025-03-14",
    "2025-02-30",
    "1900-02-29",
    "#N/A",
    "#VALUE!",
    "SANT",
    "Region",
    "  region "
  ),
  fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)),
  fc.constant({ type: "Entity" })
);
/** Ranges, including ragged and empty ones. */
const range = fc.oneof(
  fc.constant(null),
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 6 })
);

/** Calls `fn` and accepts a value or a CustomFunctions.Error; anything else fails the property. */
function onlyExcelErrors(fn: () => unknown): void {
  try {
    const result = fn();
    if (Array.isArray(result)) {
      assert.ok(result.length > 0, "a spill has at least one cell");
      for (const row of result) assert.ok(Array.isArray(row) && row.length > 0);
    }
  } catch (e) {
    assert.ok(e instanceof CustomFunctions.Error, `threw ${String(e)}`);
    assert.ok(["#VALUE!", "#NUM!", "#N/A"].includes((e as CustomFunctions.Error).code));
    const message = (e as CustomFunctions.Error).message ?? "";
    assert.ok(message.length > 0, "every error carries a message");
    // The adapter's last-resort message means an input slipped past validation: a bug.
    assert.notEqual(message, "Ett oväntat fel uppstod i funktionen.", "input not validated");
  }
}

describe("functions: fuzzed bad input throws nothing but CustomFunctions.Error", () => {
  const runs = { numRuns: 400 };
  it("WORKDAYS_BEFORE_MEETING", () => {
    fc.assert(
      fc.property(cell, cell, range, (a, b, c) =>
        onlyExcelErrors(() => functions.workdaysBeforeMeeting(a as never, b as never, c as never))
      ),
      runs
    );
  });
  it("UNITS_TO_RELEASE", () => {
    fc.assert(
      fc.property(range, range, range, cell, cell, (a, b, c, m, s) =>
        onlyExcelErrors(() =>
          functions.unitsToRelease(a as never, b as never, c as never, m as never, s as never)
        )
      ),
      runs
    );
  });
  it("MEETING_DATES", () => {
    fc.assert(
      fc.property(cell, cell, cell, range, (a, b, c, r) =>
        onlyExcelErrors(() =>
          functions.meetingDates(a as never, b as never, c as never, r as never)
        )
      ),
      runs
    );
  });
  it("IS_WORKDAY", () => {
    fc.assert(
      fc.property(cell, range, (a, r) =>
        onlyExcelErrors(() => functions.isWorkday(a as never, r as never))
      ),
      runs
    );
  });
  it("SWEDISH_HOLIDAYS", () => {
    fc.assert(
      fc.property(cell, cell, (a, b) =>
        onlyExcelErrors(() => functions.swedishHolidays(a as never, b as never))
      ),
      runs
    );
  });
});
