import { strict as assert } from "assert";
import fc from "fast-check";
import { UTCDate } from "@date-fns/utc";
import { addDays, format, getISODay, getISOWeek, getISOWeekYear } from "date-fns";
import {
  dateFromSerial,
  formatIsoDate,
  isoWeekOfSerial,
  MAX_SERIAL,
  MIN_SERIAL,
  parseIsoDate,
  serialFromDate,
  weekdayOfSerial,
} from "../../../src/core/dates/serial";

/** date-fns, on UTC dates, is the independent oracle for serials ≥ 61. */
function oracleDate(serial: number): UTCDate {
  return addDays(new UTCDate(Date.UTC(1899, 11, 30)), serial);
}

describe("core/dates/serial", () => {
  describe("Excel's 1900 date system", () => {
    it("serial 1 is 1900-01-01, 59 is 1900-02-28, 60 the fictitious 1900-02-29, 61 is 1900-03-01", () => {
      assert.equal(formatIsoDate(1), "1900-01-01");
      assert.equal(formatIsoDate(59), "1900-02-28");
      assert.equal(formatIsoDate(60), "1900-02-29");
      assert.equal(formatIsoDate(61), "1900-03-01");
      assert.equal(serialFromDate(1900, 2, 29), 60);
      assert.equal(serialFromDate(1900, 3, 1), 61);
    });

    it("pins known serials", () => {
      assert.equal(serialFromDate(2025, 3, 14), 45730);
      assert.equal(serialFromDate(2000, 1, 1), 36526);
      assert.equal(serialFromDate(1999, 12, 31), 36525);
      assert.equal(serialFromDate(2199, 12, 31), MAX_SERIAL);
      assert.equal(MAX_SERIAL, 109574);
      assert.equal(MIN_SERIAL, 1);
    });

    it("round-trips every serial from 1900-01-01 to 2199-12-31", () => {
      for (let s = MIN_SERIAL; s <= MAX_SERIAL; s++) {
        const { year, month, day } = dateFromSerial(s);
        if (serialFromDate(year, month, day) !== s) assert.fail(`serial ${s} does not round-trip`);
      }
    });

    it("agrees with date-fns (UTC) on date, ISO weekday and ISO week for serials ≥ 61", () => {
      fc.assert(
        fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (s) => {
          const o = oracleDate(s);
          assert.equal(formatIsoDate(s), format(o, "yyyy-MM-dd"));
          assert.equal(weekdayOfSerial(s), getISODay(o));
          assert.deepEqual(isoWeekOfSerial(s), { year: getISOWeekYear(o), week: getISOWeek(o) });
        }),
        { numRuns: 3000 }
      );
    });

    it("gives real weekdays before the fictitious day: 1900-01-01 was a Monday", () => {
      assert.equal(weekdayOfSerial(1), 1);
      assert.equal(weekdayOfSerial(59), 3); // 1900-02-28, a Wednesday
      assert.equal(weekdayOfSerial(61), 4); // 1900-03-01, a Thursday
    });
  });

  describe("ISO weeks", () => {
    const cases: [string, number, number][] = [
      ["2020-12-31", 2020, 53],
      ["2021-01-03", 2020, 53],
      ["2021-01-04", 2021, 1],
      ["2025-12-29", 2026, 1],
      ["2026-01-01", 2026, 1],
      ["2027-01-01", 2026, 53],
      ["2025-04-25", 2025, 17],
    ];
    for (const [text, year, week] of cases) {
      it(`${text} is in week ${week} of ${year}`, () => {
        assert.deepEqual(isoWeekOfSerial(parseIsoDate(text)!), { year, week });
      });
    }
  });

  describe("parseIsoDate", () => {
    it("accepts yyyy-mm-dd, one-digit month/day, surrounding spaces and a trailing time", () => {
      assert.equal(parseIsoDate("2025-03-14"), 45730);
      assert.equal(parseIsoDate(" 2025-3-4 "), serialFromDate(2025, 3, 4));
      assert.equal(parseIsoDate("2025-03-14 10:30"), 45730);
      assert.equal(parseIsoDate("2025-03-14T10:30:00"), 45730);
      assert.equal(parseIsoDate("1900-02-29"), 60);
    });

    it("rejects days that do not exist and other text", () => {
      for (const t of [
        "2025-02-29",
        "2025-02-30",
        "2025-13-01",
        "2025-00-10",
        "2025-01-00",
        "14/03/2025",
        "2025/03/14",
        "abc",
        "",
        "20250314",
        "2025-03-14x",
      ]) {
        assert.equal(parseIsoDate(t), undefined, t);
      }
      assert.equal(parseIsoDate("2024-02-29"), serialFromDate(2024, 2, 29));
      assert.equal(parseIsoDate("2100-02-29"), undefined);
    });
  });
});
