import { strict as assert } from "assert";
import fc from "fast-check";
import * as fns from "../../../src/functions/functions";
import { asHost, DATE_SYSTEMS, EMPTY, HOST_MODES, inDateSystem } from "../../helpers/cf-host";

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
  fc.constant({ type: "Entity" }),
  fc.constant(EMPTY)
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
    // Excel shows a function's message only with these two codes.
    assert.ok(["#VALUE!", "#N/A"].includes((e as CustomFunctions.Error).code));
    const message = (e as CustomFunctions.Error).message ?? "";
    assert.ok(message.length > 0, "every error carries a message");
    // The adapter's last-resort message means an input slipped past validation: a bug.
    assert.notEqual(message, "Ett oväntat fel uppstod i funktionen.", "input not validated");
  }
}

for (const mode of HOST_MODES) {
  for (const system of DATE_SYSTEMS) {
    describe(`functions: fuzzed bad input throws nothing but CustomFunctions.Error (${mode}, ${system})`, () => {
      inDateSystem(system);
      const functions = {
        workdaysBeforeMeeting: asHost(mode, fns.workdaysBeforeMeeting),
        unitsToRelease: asHost(mode, fns.unitsToRelease),
        meetingDates: asHost(mode, fns.meetingDates),
        isWorkday: asHost(mode, fns.isWorkday),
        swedishHolidays: asHost(mode, fns.swedishHolidays),
      };
      const runs = { numRuns: 200 };
      it("WORKDAYS_BEFORE_MEETING", () => {
        fc.assert(
          fc.property(cell, cell, range, (a, b, c) =>
            onlyExcelErrors(() => functions.workdaysBeforeMeeting(a, b, c))
          ),
          runs
        );
      });
      it("UNITS_TO_RELEASE", () => {
        fc.assert(
          fc.property(range, range, range, cell, cell, (a, b, c, m, s) =>
            onlyExcelErrors(() => functions.unitsToRelease(a, b, c, m, s))
          ),
          runs
        );
      });
      it("MEETING_DATES", () => {
        fc.assert(
          fc.property(cell, cell, cell, range, (a, b, c, r) =>
            onlyExcelErrors(() => functions.meetingDates(a, b, c, r))
          ),
          runs
        );
      });
      it("IS_WORKDAY", () => {
        fc.assert(
          fc.property(cell, range, (a, r) => onlyExcelErrors(() => functions.isWorkday(a, r))),
          runs
        );
      });
      it("SWEDISH_HOLIDAYS", () => {
        fc.assert(
          fc.property(cell, cell, (a, b) => onlyExcelErrors(() => functions.swedishHolidays(a, b))),
          runs
        );
      });
    });
  }
}

/** A call's value, or its error's code and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: (e as CustomFunctions.Error).code, message: (e as Error).message };
  }
}

describe("functions: fuzzed calls with empty cells give the same on Windows/Mac and on the web", () => {
  const runs = { numRuns: 300 };
  /** The same call as both hosts make it. */
  function sameOnBothHosts<A extends unknown[]>(
    fn: (...args: A) => unknown,
    args: unknown[]
  ): void {
    const desktop = outcome(() => asHost("desktop", fn)(...args));
    const web = outcome(() => asHost("web", fn)(...args));
    assert.deepEqual(desktop, web);
  }
  it("WORKDAYS_BEFORE_MEETING (workdays given: an empty workdays cell is the documented exception)", () => {
    fc.assert(
      fc.property(
        cell,
        cell.filter((w) => w !== EMPTY),
        range,
        (a, b, c) => sameOnBothHosts(fns.workdaysBeforeMeeting, [a, b, c])
      ),
      runs
    );
  });
  it("UNITS_TO_RELEASE", () => {
    fc.assert(
      fc.property(range, range, range, cell, cell, (a, b, c, m, s) =>
        sameOnBothHosts(fns.unitsToRelease, [a, b, c, m, s])
      ),
      runs
    );
  });
  it("MEETING_DATES", () => {
    fc.assert(
      fc.property(cell, cell, cell, range, (a, b, c, r) =>
        sameOnBothHosts(fns.meetingDates, [a, b, c, r])
      ),
      runs
    );
  });
  it("IS_WORKDAY and SWEDISH_HOLIDAYS", () => {
    fc.assert(
      fc.property(cell, range, cell, (a, r, b) => {
        sameOnBothHosts(fns.isWorkday, [a, r]);
        sameOnBothHosts(fns.swedishHolidays, [a, b]);
      }),
      runs
    );
  });
});
