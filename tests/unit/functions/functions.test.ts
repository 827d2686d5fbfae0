import { strict as assert } from "assert";
import {
  isWorkday,
  meetingDates,
  swedishHolidays,
  unitsToRelease,
  workdaysBeforeMeeting,
} from "../../../src/functions/functions";
import { d, iso } from "../../helpers/dates";

/** Asserts that `fn` throws a CustomFunctions.Error with this code and a message matching `pattern`. */
function assertExcelError(fn: () => unknown, code: string, pattern?: RegExp): void {
  try {
    fn();
  } catch (e) {
    assert.ok(
      e instanceof CustomFunctions.Error,
      `expected CustomFunctions.Error, got ${String(e)}`
    );
    assert.equal((e as CustomFunctions.Error).code, code);
    if (pattern) assert.match((e as CustomFunctions.Error).message ?? "", pattern);
    return;
  }
  assert.fail("expected an error");
}

const UNITS = [
  ["Jönköpings kommun", "Kommun"],
  ["Norrahammars VC", "Region"],
  ["Råslätts VC", "Region"],
  ["Arbetsförmedlingen", "AF"],
];

describe("functions (custom functions adapter)", () => {
  describe("WORKDAYS_BEFORE_MEETING", () => {
    it("defaults to 6 working days (R7) and matches WORKDAY over Easter", () => {
      assert.equal(iso(workdaysBeforeMeeting(d("2025-04-25")) as number), "2025-04-15");
      assert.equal(iso(workdaysBeforeMeeting(d("2025-04-25"), 5) as number), "2025-04-16");
      assert.equal(
        iso(workdaysBeforeMeeting(d("2025-04-25"), null as never, null as never) as number),
        "2025-04-15"
      );
    });

    it("accepts ISO text, truncates a time of day and fractional workdays like Excel", () => {
      assert.equal(workdaysBeforeMeeting("2025-04-25"), d("2025-04-15"));
      assert.equal(workdaysBeforeMeeting(d("2025-04-25") + 0.75, 6.9), d("2025-04-15"));
      assert.equal(workdaysBeforeMeeting(d("2025-04-25"), "6"), d("2025-04-15"));
    });

    it("0 workdays returns the meeting date", () => {
      assert.equal(workdaysBeforeMeeting(d("2025-04-26"), 0), d("2025-04-26"));
    });

    it('skips closed days given as a range, with empty cells as 0 or ""', () => {
      const closed = [[d("2025-05-02")], [0], [""], [null]];
      assert.equal(iso(workdaysBeforeMeeting(d("2025-05-07"), 3, closed) as number), "2025-04-30");
      assert.equal(
        iso(workdaysBeforeMeeting(d("2025-05-07"), 3, [["2025-05-02"]]) as number),
        "2025-04-30"
      );
    });

    it("a blank meeting date gives a blank result", () => {
      for (const blank of [null, "", "  ", 0])
        assert.equal(workdaysBeforeMeeting(blank as never), "");
    });

    it("bad input gives #VALUE! or #NUM! with a Swedish message naming the argument", () => {
      assertExcelError(
        () => workdaysBeforeMeeting("den 14 mars"),
        "#VALUE!",
        /^meeting_date: "den 14 mars" är inte ett datum/
      );
      assertExcelError(() => workdaysBeforeMeeting(true as never), "#VALUE!", /meeting_date/);
      assertExcelError(
        () => workdaysBeforeMeeting(d("2025-04-25"), -1),
        "#NUM!",
        /workdays: talet får inte vara negativt/
      );
      assertExcelError(
        () => workdaysBeforeMeeting(d("2025-04-25"), "sex"),
        "#VALUE!",
        /workdays: "sex" är inte ett tal/
      );
      assertExcelError(
        () => workdaysBeforeMeeting(-5),
        "#NUM!",
        /utanför 1900-01-01 till 2199-12-31/
      );
      assertExcelError(() => workdaysBeforeMeeting(999999), "#NUM!", /meeting_date/);
      assertExcelError(
        () => workdaysBeforeMeeting(5, 10),
        "#NUM!",
        /Resultatet skulle hamna utanför/
      );
      assertExcelError(
        () => workdaysBeforeMeeting(d("2025-04-25"), 6, [[d("2025-04-01")], ["x"]]),
        "#VALUE!",
        /closed_days \(rad 2\)/
      );
      assertExcelError(
        () =>
          workdaysBeforeMeeting(d("2025-04-25"), 6, [
            [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)],
          ]),
        "#VALUE!",
        /felvärde/
      );
      assertExcelError(
        () => workdaysBeforeMeeting(d("2025-04-25"), 6, [["#N/A"]]),
        "#VALUE!",
        /felvärde/
      );
    });
  });

  describe("UNITS_TO_RELEASE", () => {
    it("lists the Region units with no case, in the order of units, as a vertical spill (R8)", () => {
      assert.deepEqual(unitsToRelease(UNITS, [["Norrahammars VC"]]), [["Råslätts VC"]]);
      assert.deepEqual(unitsToRelease(UNITS, [[""]]), [["Norrahammars VC"], ["Råslätts VC"]]);
    });

    it("with one column, every named unit is a candidate", () => {
      assert.deepEqual(unitsToRelease([["A"], ["B"], ["C"]], [["b"]]), [["A"], ["C"]]);
    });

    it("matches names ignoring case, surrounding spaces and Unicode normalisation", () => {
      const decomposed = "Ra\u030Aslätts VC"; // "Rå" with a combining ring
      assert.deepEqual(unitsToRelease(UNITS, [["  norrahammars vc "], [decomposed]]), [[""]]);
    });

    it("counts only the cases of the given meeting", () => {
      const caseUnits = [["Norrahammars VC"], ["Råslätts VC"]];
      const caseDates = [[d("2025-04-25")], [d("2025-06-10")]];
      assert.deepEqual(unitsToRelease(UNITS, caseUnits, caseDates, d("2025-04-25")), [
        ["Råslätts VC"],
      ]);
      assert.deepEqual(unitsToRelease(UNITS, caseUnits, caseDates, "2025-06-10"), [
        ["Norrahammars VC"],
      ]);
      assert.deepEqual(unitsToRelease(UNITS, caseUnits, caseDates, d("2025-09-01")), [
        ["Norrahammars VC"],
        ["Råslätts VC"],
      ]);
    });

    it("with a separator, joins the names in one cell (for use inside a table)", () => {
      assert.deepEqual(unitsToRelease(UNITS, [[""]], null as never, null, ", "), [
        ["Norrahammars VC, Råslätts VC"],
      ]);
      assert.deepEqual(
        unitsToRelease(UNITS, [["Norrahammars VC"], ["Råslätts VC"]], null as never, null, ", "),
        [[""]]
      );
    });

    it("no unit to release gives one empty cell; a blank meeting date gives a blank result", () => {
      assert.deepEqual(unitsToRelease(UNITS, [["Norrahammars VC"], ["Råslätts VC"]]), [[""]]);
      assert.deepEqual(unitsToRelease(UNITS, [["x"]], [[d("2025-04-25")]], null as never), [[""]]);
      assert.deepEqual(unitsToRelease(UNITS, [["x"]], [[d("2025-04-25")]], 0), [[""]]);
    });

    it("skips a header row selected with the units", () => {
      assert.deepEqual(unitsToRelease([["Enhet", "Typ"], ...UNITS], [["Råslätts VC"]]), [
        ["Norrahammars VC"],
      ]);
    });

    it("bad input gives #VALUE! naming the argument", () => {
      assertExcelError(
        () => unitsToRelease(UNITS, [["a"], ["b"]], [[d("2025-04-25")]], d("2025-04-25")),
        "#VALUE!",
        /case_units och case_meeting_dates har olika antal celler \(2 och 1\)/
      );
      assertExcelError(
        () => unitsToRelease([["a", "Region", "x"]], [["a"]]),
        "#VALUE!",
        /units: ange en kolumn/
      );
      assertExcelError(
        () => unitsToRelease(UNITS, [["a"]], null as never, d("2025-04-25")),
        "#VALUE!",
        /Ange både/
      );
      assertExcelError(
        () => unitsToRelease(UNITS, [["a"]], [["igår"]], d("2025-04-25")),
        "#VALUE!",
        /case_meeting_dates \(rad 1\): "igår"/
      );
      assertExcelError(
        () =>
          unitsToRelease(UNITS, [
            [new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue)],
          ]),
        "#VALUE!",
        /case_units \(rad 1\)/
      );
    });
  });

  describe("MEETING_DATES", () => {
    it("spills the term's meetings every 6 weeks up to the end of the half-year", () => {
      assert.deepEqual(
        meetingDates(d("2025-08-26")).map((r) => iso(r[0] as number)),
        ["2025-08-26", "2025-10-07", "2025-11-18", "2025-12-30"]
      );
    });

    it("honours count, interval and closed days", () => {
      assert.deepEqual(
        meetingDates("2025-03-07", 3).map((r) => iso(r[0] as number)),
        ["2025-03-07", "2025-04-22", "2025-05-30"]
      );
      assert.deepEqual(
        meetingDates(d("2025-01-07"), 2, 4, [[d("2025-02-04")]]).map((r) => iso(r[0] as number)),
        ["2025-01-07", "2025-02-05"]
      );
      assert.deepEqual(meetingDates(d("2025-01-07"), 0), [[""]]);
    });

    it("bad input", () => {
      assertExcelError(() => meetingDates(d("2025-01-07"), -2), "#NUM!", /count/);
      assertExcelError(
        () => meetingDates(d("2025-01-07"), 3, 0),
        "#NUM!",
        /interval_weeks: talet måste vara minst 1/
      );
      assertExcelError(() => meetingDates("januari"), "#VALUE!", /first_meeting/);
      assertExcelError(() => meetingDates(d("2199-12-01"), 5), "#NUM!", /utanför/);
      assert.deepEqual(meetingDates(null as never), [[""]]);
    });
  });

  describe("IS_WORKDAY", () => {
    it("TRUE or FALSE, blank for blank", () => {
      assert.equal(isWorkday(d("2025-06-20")), false);
      assert.equal(isWorkday("2025-06-19"), true);
      assert.equal(isWorkday(d("2025-06-19"), [[d("2025-06-19")]]), false);
      assert.equal(isWorkday(null as never), "");
      assertExcelError(() => isWorkday("x"), "#VALUE!", /date: "x" är inte ett datum/);
    });
  });

  describe("SWEDISH_HOLIDAYS", () => {
    it("spills the year's holidays and closed eves by date, optionally with Swedish names", () => {
      const dates = swedishHolidays(2025);
      assert.equal(dates.length, 16);
      assert.deepEqual(dates[0], [d("2025-01-01")]);
      const named = swedishHolidays(2025, true);
      assert.deepEqual(named[6], [d("2025-05-29"), "Kristi himmelsfärdsdag"]);
      assert.deepEqual(swedishHolidays("2008", "SANT")[5], [
        d("2008-05-01"),
        "Första maj och Kristi himmelsfärdsdag",
      ]);
    });

    it("bad years give #NUM! or #VALUE!", () => {
      assertExcelError(
        () => swedishHolidays(1899),
        "#NUM!",
        /year: "1899" är inte ett år från 1900 till 2199/
      );
      assertExcelError(() => swedishHolidays(2025.5), "#NUM!");
      assertExcelError(() => swedishHolidays("tjugohundra"), "#VALUE!");
      assertExcelError(() => swedishHolidays(2025, "kanske"), "#VALUE!", /with_names/);
      assert.deepEqual(swedishHolidays(null as never), [[""]]);
    });
  });

  describe("display language", () => {
    afterEach(() => {
      delete (globalThis as { Office?: unknown }).Office;
    });

    it("answers in English when Office's display language is English", () => {
      (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
      assertExcelError(
        () => workdaysBeforeMeeting("14 March"),
        "#VALUE!",
        /meeting_date: "14 March" is not a date/
      );
      assert.deepEqual(swedishHolidays(2025, true)[6], [d("2025-05-29"), "Ascension Day"]);
    });
  });
});
