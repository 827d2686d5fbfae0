import { strict as assert } from "assert";
import fc from "fast-check";
import { holidaysOfYear } from "../../../src/core/calendar/holidays";
import { formatIsoDate, serialFromDate, weekdayOfSerial } from "../../../src/core/dates/serial";

/** The holidays and closed eves of a year that fall Monday–Friday, as "yyyy-mm-dd name". */
function weekdayHolidays(year: number): string[] {
  return holidaysOfYear(year)
    .filter((h) => weekdayOfSerial(h.serial) <= 5)
    .map((h) => `${formatIsoDate(h.serial)} ${h.name}`);
}

describe("core/calendar/holidays", () => {
  it("2004: annandag pingst is still a holiday, nationaldagen is not", () => {
    assert.deepEqual(weekdayHolidays(2004), [
      "2004-01-01 Nyårsdagen",
      "2004-01-06 Trettondedag jul",
      "2004-04-09 Långfredagen",
      "2004-04-12 Annandag påsk",
      "2004-05-20 Kristi himmelsfärdsdag",
      "2004-05-31 Annandag pingst",
      "2004-06-25 Midsommarafton",
      "2004-12-24 Julafton",
      "2004-12-31 Nyårsafton",
    ]);
  });

  it("2005: nationaldagen (a Monday) is a holiday, annandag pingst is not", () => {
    assert.deepEqual(weekdayHolidays(2005), [
      "2005-01-06 Trettondedag jul",
      "2005-03-25 Långfredagen",
      "2005-03-28 Annandag påsk",
      "2005-05-05 Kristi himmelsfärdsdag",
      "2005-06-06 Sveriges nationaldag",
      "2005-06-24 Midsommarafton",
      "2005-12-26 Annandag jul",
    ]);
    assert.ok(!holidaysOfYear(2005).some((h) => h.name === "Annandag pingst"));
  });

  it("2008: första maj and Kristi himmelsfärdsdag fall on the same Thursday and make one entry", () => {
    const may1 = holidaysOfYear(2008).filter((h) => formatIsoDate(h.serial) === "2008-05-01");
    assert.equal(may1.length, 1);
    assert.equal(may1[0].name, "Första maj och Kristi himmelsfärdsdag");
    assert.deepEqual(weekdayHolidays(2008), [
      "2008-01-01 Nyårsdagen",
      "2008-03-21 Långfredagen",
      "2008-03-24 Annandag påsk",
      "2008-05-01 Första maj och Kristi himmelsfärdsdag",
      "2008-06-06 Sveriges nationaldag",
      "2008-06-20 Midsommarafton",
      "2008-12-24 Julafton",
      "2008-12-25 Juldagen",
      "2008-12-26 Annandag jul",
      "2008-12-31 Nyårsafton",
    ]);
  });

  it("2025: every holiday and closed eve, weekend ones included, sorted", () => {
    assert.deepEqual(
      holidaysOfYear(2025).map((h) => `${formatIsoDate(h.serial)} ${h.name}`),
      [
        "2025-01-01 Nyårsdagen",
        "2025-01-06 Trettondedag jul",
        "2025-04-18 Långfredagen",
        "2025-04-20 Påskdagen",
        "2025-04-21 Annandag påsk",
        "2025-05-01 Första maj",
        "2025-05-29 Kristi himmelsfärdsdag",
        "2025-06-06 Sveriges nationaldag",
        "2025-06-08 Pingstdagen",
        "2025-06-20 Midsommarafton",
        "2025-06-21 Midsommardagen",
        "2025-11-01 Alla helgons dag",
        "2025-12-24 Julafton",
        "2025-12-25 Juldagen",
        "2025-12-26 Annandag jul",
        "2025-12-31 Nyårsafton",
      ]
    );
    const eves = holidaysOfYear(2025)
      .filter((h) => h.kind === "eve")
      .map((h) => h.name);
    assert.deepEqual(eves, ["Midsommarafton", "Julafton", "Nyårsafton"]);
  });

  it("2049: pingstdagen falls on nationaldagen", () => {
    const june6 = holidaysOfYear(2049).filter((h) => formatIsoDate(h.serial) === "2049-06-06");
    assert.deepEqual(
      june6.map((h) => h.name),
      ["Pingstdagen och Sveriges nationaldag"]
    );
  });

  it("1900: the first supported year has its holidays (Easter 15 April)", () => {
    const names = holidaysOfYear(1900).map((h) => `${formatIsoDate(h.serial)} ${h.name}`);
    assert.ok(names.includes("1900-04-13 Långfredagen"));
    assert.ok(names.includes("1900-06-04 Annandag pingst"));
    assert.ok(!names.some((n) => n.includes("nationaldag")));
  });

  it("rejects years outside 1900–2199 and non-integers", () => {
    for (const y of [1899, 2200, 2025.5, NaN]) assert.throws(() => holidaysOfYear(y), RangeError);
  });

  it("properties over 1900–2199: sorted, unique dates, in the year; midsommarafton a Friday 19–25 June; alla helgons dag a Saturday 31 Oct–6 Nov", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const list = holidaysOfYear(year);
        for (let i = 1; i < list.length; i++) assert.ok(list[i].serial > list[i - 1].serial);
        assert.ok(list[0].serial === serialFromDate(year, 1, 1));
        assert.ok(list[list.length - 1].serial === serialFromDate(year, 12, 31));
        const eve = list.find((h) => h.name === "Midsommarafton")!;
        assert.equal(weekdayOfSerial(eve.serial), 5);
        assert.ok(
          eve.serial >= serialFromDate(year, 6, 19) && eve.serial <= serialFromDate(year, 6, 25)
        );
        const allSaints = list.find((h) => h.name === "Alla helgons dag")!;
        assert.equal(weekdayOfSerial(allSaints.serial), 6);
        assert.ok(
          allSaints.serial >= serialFromDate(year, 10, 31) &&
            allSaints.serial <= serialFromDate(year, 11, 6)
        );
        // Two holidays may share a day (Pingstdagen and nationaldagen in 2049): one entry naming both.
        const named = (name: string) => list.find((h) => h.name.includes(name));
        for (const name of ["Påskdagen", "Pingstdagen"])
          assert.equal(weekdayOfSerial(named(name)!.serial), 7);
        assert.equal(named("Annandag pingst") !== undefined, year <= 2004);
        assert.equal(named("Sveriges nationaldag") !== undefined, year >= 2005);
      }),
      { numRuns: 300 }
    );
  });
});
