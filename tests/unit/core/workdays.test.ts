import { strict as assert } from "assert";
import fc from "fast-check";
import { holidaysOfYear } from "../../../src/core/calendar/holidays";
import {
  addWorkdays,
  CalendarRangeError,
  countWorkdaysBetween,
  isWorkday,
  nextWorkdayOnOrAfter,
  workdaysBefore,
} from "../../../src/core/calendar/workdays";
import { dateFromSerial, MAX_SERIAL, weekdayOfSerial } from "../../../src/core/dates/serial";
import { d, iso } from "../../helpers/dates";

/** A deliberately naive oracle: a day is closed if it is a weekend day or in the year's holiday list. */
function naiveIsWorkday(serial: number, closed: ReadonlySet<number>): boolean {
  if (serial === 60) return false;
  if (weekdayOfSerial(serial) >= 6 || closed.has(serial)) return false;
  return !holidaysOfYear(dateFromSerial(serial).year).some((h) => h.serial === serial);
}

describe("core/calendar/workdays", () => {
  describe("isWorkday", () => {
    it("knows weekends, weekday holidays and the three closed eves", () => {
      assert.equal(isWorkday(d("2025-04-17")), true); // skärtorsdagen is a working day
      assert.equal(isWorkday(d("2025-04-18")), false); // långfredagen
      assert.equal(isWorkday(d("2025-04-21")), false); // annandag påsk
      assert.equal(isWorkday(d("2025-06-20")), false); // midsommarafton
      assert.equal(isWorkday(d("2025-12-24")), false); // julafton
      assert.equal(isWorkday(d("2025-12-31")), false); // nyårsafton
      assert.equal(isWorkday(d("2025-04-30")), true); // valborgsmässoafton is a working day
      assert.equal(isWorkday(d("2025-03-15")), false); // Saturday
      assert.equal(isWorkday(d("2004-05-31")), false); // annandag pingst 2004
      assert.equal(isWorkday(d("2005-05-16")), true); // annandag pingst 2005: no longer a holiday
      assert.equal(isWorkday(d("2004-06-07")), true); // 6 June 2004 was a Sunday; no holiday moves
      assert.equal(isWorkday(d("2009-06-05")), true);
      assert.equal(isWorkday(d("2026-06-05")), true);
      assert.equal(isWorkday(d("2025-06-06")), false); // nationaldagen, a Friday
    });

    it("treats the user's closed days as closed", () => {
      const closed = new Set([d("2025-05-02")]); // klämdag after första maj
      assert.equal(isWorkday(d("2025-05-02")), true);
      assert.equal(isWorkday(d("2025-05-02"), closed), false);
    });

    it("never counts the fictitious 1900-02-29 (serial 60) as a working day", () => {
      assert.equal(isWorkday(60), false);
      assert.equal(isWorkday(59), true); // 1900-02-28, a Wednesday
      assert.equal(isWorkday(61), true); // 1900-03-01, a Thursday
    });

    it("agrees with a naive day-by-day oracle over 1900–2199", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (s) => {
          assert.equal(isWorkday(s), naiveIsWorkday(s, new Set()));
        }),
        { numRuns: 5000 }
      );
    });
  });

  describe("workdaysBefore (Excel WORKDAY(meeting, -n))", () => {
    const known: [string, number, string][] = [
      ["2025-04-25", 6, "2025-04-15"], // R7 over Easter
      ["2025-04-25", 5, "2025-04-16"], // R8 over Easter
      ["2025-01-08", 6, "2024-12-23"], // over trettondedag, nyår and jul
      ["2025-06-24", 5, "2025-06-16"], // over midsommarafton
      ["2025-03-14", 6, "2025-03-06"], // plain weeks
      ["2025-03-14", 1, "2025-03-13"],
      ["2025-03-17", 1, "2025-03-14"], // Monday → Friday
      ["2025-03-16", 1, "2025-03-14"], // from a Sunday: the start itself is not counted
      ["2008-05-06", 3, "2008-04-30"], // första maj = Kristi himmelsfärd 2008, counted once
    ];
    for (const [meeting, n, expected] of known) {
      it(`${n} working days before ${meeting} is ${expected}`, () => {
        assert.equal(iso(workdaysBefore(d(meeting), n)), expected);
      });
    }

    it("0 returns the date unchanged, even a Sunday", () => {
      assert.equal(iso(workdaysBefore(d("2025-03-16"), 0)), "2025-03-16");
    });

    it("skips the user's closed days", () => {
      assert.equal(iso(workdaysBefore(d("2025-05-07"), 3)), "2025-05-02");
      assert.equal(
        iso(workdaysBefore(d("2025-05-07"), 3, new Set([d("2025-05-02")]))),
        "2025-04-30"
      );
    });

    it("throws CalendarRangeError rather than leave 1900-01-01", () => {
      assert.throws(() => workdaysBefore(5, 10), CalendarRangeError);
      assert.equal(iso(workdaysBefore(4, 2)), "1900-01-02"); // 1900-01-01 is nyårsdagen
      assert.throws(() => workdaysBefore(3, 2), CalendarRangeError);
    });

    it("counts forward with positive days and throws past 2199-12-31", () => {
      assert.equal(iso(addWorkdays(d("2025-04-17"), 1)), "2025-04-22");
      assert.throws(() => addWorkdays(MAX_SERIAL - 1, 5), CalendarRangeError);
    });

    it("property: the result is a working day, strictly before the meeting, with exactly n working days from it up to the meeting", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 400, max: MAX_SERIAL }),
          fc.integer({ min: 1, max: 40 }),
          fc.array(fc.integer({ min: -60, max: 0 }), { maxLength: 20 }),
          (meeting, n, offsets) => {
            const closed = new Set(offsets.map((o) => meeting + o));
            const result = workdaysBefore(meeting, n, closed);
            assert.ok(result < meeting);
            assert.ok(isWorkday(result, closed));
            assert.ok(naiveIsWorkday(result, closed));
            // result itself plus the working days strictly between it and the meeting make n
            assert.equal(1 + countWorkdaysBetween(result, meeting, closed), n);
          }
        ),
        { numRuns: 2000 }
      );
    });
  });

  describe("nextWorkdayOnOrAfter", () => {
    it("keeps a working day and moves a closed one forward", () => {
      assert.equal(iso(nextWorkdayOnOrAfter(d("2025-03-14"))), "2025-03-14");
      assert.equal(iso(nextWorkdayOnOrAfter(d("2025-12-24"))), "2025-12-29");
      assert.equal(iso(nextWorkdayOnOrAfter(d("2025-04-18"))), "2025-04-22");
    });
  });
});
