import { strict as assert } from "assert";
import fc from "fast-check";
import { easterSunday } from "../../../src/core/calendar/easter";
import { serialFromDate, weekdayOfSerial } from "../../../src/core/dates/serial";

describe("core/calendar/easter", () => {
  // Published Easter Sundays, including the earliest (22 March) and latest (25 April) possible.
  const known: [number, number, number][] = [
    [1900, 4, 15],
    [1913, 3, 23],
    [1943, 4, 25],
    [1954, 4, 18],
    [2000, 4, 23],
    [2004, 4, 11],
    [2005, 3, 27],
    [2008, 3, 23],
    [2011, 4, 24],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2038, 4, 25],
    [2100, 3, 28],
    [2285, 3, 22],
  ];
  for (const [year, month, day] of known) {
    it(`Easter ${year} is ${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, () => {
      assert.deepEqual(easterSunday(year), { month, day });
    });
  }

  it("is always a Sunday from 22 March to 25 April (1900–2199)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const { month, day } = easterSunday(year);
        const serial = serialFromDate(year, month, day);
        assert.equal(weekdayOfSerial(serial), 7);
        assert.ok(serial >= serialFromDate(year, 3, 22) && serial <= serialFromDate(year, 4, 25));
      }),
      { numRuns: 300 }
    );
  });
});
