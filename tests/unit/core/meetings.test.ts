import { strict as assert } from "assert";
import fc from "fast-check";
import { endOfHalfYear, meetingSeries } from "../../../src/core/calendar/meetings";
import { isWorkday, nextWorkdayOnOrAfter } from "../../../src/core/calendar/workdays";
import { MAX_SERIAL } from "../../../src/core/dates/serial";
import { d, iso } from "../../helpers/dates";

describe("core/calendar/meetings", () => {
  it("without a count, lists the meetings up to the end of the half-year (R1: every 6 weeks)", () => {
    assert.deepEqual(meetingSeries(d("2025-08-26")).map(iso), [
      "2025-08-26",
      "2025-10-07",
      "2025-11-18",
      "2025-12-30",
    ]);
    assert.deepEqual(meetingSeries(d("2025-01-14")).map(iso), [
      "2025-01-14",
      "2025-02-25",
      "2025-04-08",
      "2025-05-20",
    ]);
  });

  it("moves a meeting on a holiday to the next working day and keeps the rhythm from the nominal dates", () => {
    // 2025-03-07 + 6 weeks = 2025-04-18 (långfredagen) → 2025-04-22; the next stays on 2025-05-30.
    assert.deepEqual(meetingSeries(d("2025-03-07"), { count: 3 }).map(iso), [
      "2025-03-07",
      "2025-04-22",
      "2025-05-30",
    ]);
  });

  it("drops a meeting that a move would push past the half-year", () => {
    // nominal 2025-12-31 (nyårsafton) moves to 2026-01-02: outside the autumn half-year
    assert.deepEqual(meetingSeries(d("2025-11-19"), {}).map(iso), ["2025-11-19"]);
    assert.deepEqual(meetingSeries(d("2025-11-19"), { count: 2 }).map(iso), [
      "2025-11-19",
      "2026-01-02",
    ]);
  });

  it("honours the interval, the count and closed days", () => {
    assert.deepEqual(meetingSeries(d("2025-01-07"), { count: 3, intervalWeeks: 4 }).map(iso), [
      "2025-01-07",
      "2025-02-04",
      "2025-03-04",
    ]);
    assert.deepEqual(
      meetingSeries(d("2025-01-07"), {
        count: 2,
        intervalWeeks: 4,
        closed: new Set([d("2025-02-04")]),
      }).map(iso),
      ["2025-01-07", "2025-02-05"]
    );
    assert.deepEqual(meetingSeries(d("2025-01-07"), { count: 0 }), []);
  });

  it("endOfHalfYear gives 30 June or 31 December", () => {
    assert.equal(iso(endOfHalfYear(d("2025-06-30"))), "2025-06-30");
    assert.equal(iso(endOfHalfYear(d("2025-07-01"))), "2025-12-31");
    assert.equal(iso(endOfHalfYear(d("2025-01-01"))), "2025-06-30");
  });

  it("property: working days, strictly increasing, each the first working day on or after its nominal date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: MAX_SERIAL - 60 * 70 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (first, count, weeks) => {
          const dates = meetingSeries(first, { count, intervalWeeks: weeks });
          assert.equal(dates.length, count);
          dates.forEach((date, k) => {
            const nominal = first + k * weeks * 7;
            assert.ok(isWorkday(date));
            assert.equal(date, nextWorkdayOnOrAfter(nominal));
            if (k > 0) assert.ok(date > dates[k - 1]);
          });
        }
      ),
      { numRuns: 500 }
    );
  });
});
