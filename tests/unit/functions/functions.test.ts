import { strict as assert } from "assert";
import { toSerial1900, type DateSystem } from "../../../src/core/dates/date-system";
import { formatIsoDate } from "../../../src/core/dates/serial";
import * as fns from "../../../src/functions/functions";
import {
  asHost,
  DATE_SYSTEMS,
  EMPTY,
  HOST_MODES,
  inDateSystem,
  OMITTED,
  type HostMode,
} from "../../helpers/cf-host";

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

/** The five functions as `mode` calls them. */
function functionsOf(mode: HostMode) {
  return {
    workdaysBeforeMeeting: asHost(mode, fns.workdaysBeforeMeeting),
    unitsToRelease: asHost(mode, fns.unitsToRelease),
    meetingDates: asHost(mode, fns.meetingDates),
    isWorkday: asHost(mode, fns.isWorkday),
    swedishHolidays: asHost(mode, fns.swedishHolidays),
  };
}

/** What a call gives: its value, or the error's code and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: (e as CustomFunctions.Error).code, message: (e as Error).message };
  }
}

for (const mode of HOST_MODES) {
  for (const system of DATE_SYSTEMS) {
    describe(`functions as Excel ${mode === "desktop" ? "on Windows/Mac" : "on the web"} calls them, ${system} date system`, () => {
      const { date: d } = inDateSystem(system);
      /** ISO text of a serial of this date system. */
      const iso = (serial: unknown): string => {
        assert.equal(typeof serial, "number", `expected a serial, got ${String(serial)}`);
        return formatIsoDate(toSerial1900(serial as number, system));
      };
      const { workdaysBeforeMeeting, unitsToRelease, meetingDates, isWorkday, swedishHolidays } =
        functionsOf(mode);

      describe("WORKDAYS_BEFORE_MEETING", () => {
        it("defaults to 6 working days (R7) and matches WORKDAY over Easter", () => {
          assert.equal(iso(workdaysBeforeMeeting(d("2025-04-25"))), "2025-04-15");
          assert.equal(iso(workdaysBeforeMeeting(d("2025-04-25"), 5)), "2025-04-16");
          assert.equal(iso(workdaysBeforeMeeting(d("2025-04-25"), OMITTED, OMITTED)), "2025-04-15");
        });

        it("accepts ISO text, truncates a time of day and fractional workdays like Excel", () => {
          assert.equal(workdaysBeforeMeeting("2025-04-25"), d("2025-04-15"));
          assert.equal(workdaysBeforeMeeting(d("2025-04-25") + 0.75, 6.9), d("2025-04-15"));
          assert.equal(workdaysBeforeMeeting(d("2025-04-25"), "6"), d("2025-04-15"));
        });

        it("0 workdays returns the meeting date", () => {
          assert.equal(workdaysBeforeMeeting(d("2025-04-26"), 0), d("2025-04-26"));
        });

        it("skips closed days given as a range, with empty cells", () => {
          const closed = [[d("2025-05-02")], [EMPTY], [""], [null]];
          assert.equal(iso(workdaysBeforeMeeting(d("2025-05-07"), 3, closed)), "2025-04-30");
          assert.equal(
            iso(workdaysBeforeMeeting(d("2025-05-07"), 3, [["2025-05-02"]])),
            "2025-04-30"
          );
        });

        it("a blank meeting date gives a blank result", () => {
          for (const blank of [EMPTY, OMITTED, "", "  "])
            assert.equal(workdaysBeforeMeeting(blank), "");
        });

        it("bad input gives #VALUE! with a Swedish message naming the argument", () => {
          assertExcelError(
            () => workdaysBeforeMeeting("den 14 mars"),
            "#VALUE!",
            /^meeting_date: "den 14 mars" är inte ett datum/
          );
          assertExcelError(() => workdaysBeforeMeeting(true), "#VALUE!", /meeting_date/);
          assertExcelError(
            () => workdaysBeforeMeeting(d("2025-04-25"), -1),
            "#VALUE!",
            /workdays: talet får inte vara negativt/
          );
          assertExcelError(
            () => workdaysBeforeMeeting(d("2025-04-25"), "sex"),
            "#VALUE!",
            /workdays: "sex" är inte ett tal/
          );
          assertExcelError(
            () => workdaysBeforeMeeting(d("2025-04-25"), 501),
            "#VALUE!",
            /workdays: talet får vara högst 500/
          );
          assertExcelError(
            () => workdaysBeforeMeeting(-5),
            "#VALUE!",
            system === "1900"
              ? /utanför 1900-01-01 till 2199-12-31/
              : /utanför 1904-01-01 till 2199-12-31/
          );
          assertExcelError(() => workdaysBeforeMeeting(999999), "#VALUE!", /meeting_date/);
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

        it("a result before the first date of the date system gives #N/A with a message", () => {
          // Ten working days before the system's fifth day lies before its first day.
          const fifth = system === "1900" ? "1900-01-05" : "1904-01-05";
          assertExcelError(
            () => workdaysBeforeMeeting(d(fifth), 10),
            "#N/A",
            system === "1900"
              ? /^Resultatet skulle hamna utanför 1900-01-01 till 2199-12-31\.$/
              : /^Resultatet skulle hamna utanför 1904-01-01 till 2199-12-31\.$/
          );
        });
      });

      describe("UNITS_TO_RELEASE", () => {
        it("lists the Region units with no case, in the order of units, as a vertical spill (R8)", () => {
          assert.deepEqual(unitsToRelease(UNITS, [["Norrahammars VC"]]), [["Råslätts VC"]]);
          assert.deepEqual(unitsToRelease(UNITS, [[EMPTY]]), [
            ["Norrahammars VC"],
            ["Råslätts VC"],
          ]);
        });

        it("with one column, every named unit is a candidate", () => {
          assert.deepEqual(unitsToRelease([["A"], ["B"], [EMPTY], ["C"]], [["b"]]), [["A"], ["C"]]);
        });

        it("matches names ignoring case, surrounding spaces and Unicode normalisation", () => {
          const decomposed = "Ra\u030Aslätts VC"; // "Rå" with a combining ring
          assert.deepEqual(unitsToRelease(UNITS, [["  norrahammars vc "], [decomposed]]), [[""]]);
        });

        it("counts only the cases of the given meeting", () => {
          const caseUnits = [["Norrahammars VC"], ["Råslätts VC"], ["Råslätts VC"]];
          const caseDates = [[d("2025-04-25")], [d("2025-06-10")], [EMPTY]];
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
          // A case date typed as ISO text is the same date in both systems.
          assert.deepEqual(
            unitsToRelease(UNITS, [["Norrahammars VC"]], [["2025-04-25"]], d("2025-04-25")),
            [["Råslätts VC"]]
          );
        });

        it("with a separator, joins the names in one cell (for use inside a table)", () => {
          assert.deepEqual(unitsToRelease(UNITS, [[EMPTY]], OMITTED, OMITTED, ", "), [
            ["Norrahammars VC, Råslätts VC"],
          ]);
          assert.deepEqual(
            unitsToRelease(UNITS, [["Norrahammars VC"], ["Råslätts VC"]], OMITTED, OMITTED, ", "),
            [[""]]
          );
          assert.deepEqual(unitsToRelease(UNITS, [[EMPTY]], OMITTED, OMITTED, " "), [
            ["Norrahammars VC Råslätts VC"],
          ]);
        });

        it("no unit to release gives one empty cell; a blank meeting date gives a blank result", () => {
          assert.deepEqual(unitsToRelease(UNITS, [["Norrahammars VC"], ["Råslätts VC"]]), [[""]]);
          assert.deepEqual(unitsToRelease(UNITS, [["x"]], [[d("2025-04-25")]], OMITTED), [[""]]);
          assert.deepEqual(unitsToRelease(UNITS, [["x"]], [[d("2025-04-25")]], EMPTY), [[""]]);
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
            () => unitsToRelease(UNITS, [["a"]], OMITTED, d("2025-04-25")),
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
            meetingDates(d("2025-08-26")).map((r) => iso(r[0])),
            ["2025-08-26", "2025-10-07", "2025-11-18", "2025-12-30"]
          );
          assert.deepEqual(
            meetingDates("2025-08-26").map((r) => iso(r[0])),
            ["2025-08-26", "2025-10-07", "2025-11-18", "2025-12-30"]
          );
        });

        it("honours count, interval and closed days", () => {
          assert.deepEqual(
            meetingDates("2025-03-07", 3).map((r) => iso(r[0])),
            ["2025-03-07", "2025-04-22", "2025-05-30"]
          );
          assert.deepEqual(
            meetingDates(d("2025-01-07"), 2, 4, [[d("2025-02-04")]]).map((r) => iso(r[0])),
            ["2025-01-07", "2025-02-05"]
          );
        });

        it("count 0 or empty: the half-year; interval 0 or empty: 6 weeks", () => {
          const halfYear = meetingDates(d("2025-08-26"));
          assert.deepEqual(meetingDates(d("2025-08-26"), 0), halfYear);
          assert.deepEqual(meetingDates(d("2025-08-26"), EMPTY, EMPTY), halfYear);
          assert.deepEqual(meetingDates(d("2025-08-26"), OMITTED, 0), halfYear);
        });

        it("bad input", () => {
          assertExcelError(
            () => meetingDates(d("2025-01-07"), -2),
            "#VALUE!",
            /count: talet får inte vara negativt/
          );
          assertExcelError(
            () => meetingDates(d("2025-01-07"), 3, 0.5),
            "#VALUE!",
            /interval_weeks: talet måste vara minst 1/
          );
          assertExcelError(() => meetingDates("januari"), "#VALUE!", /first_meeting/);
          assertExcelError(
            () => meetingDates(d("2199-12-01"), 5),
            "#N/A",
            /Resultatet skulle hamna utanför/
          );
          assert.deepEqual(meetingDates(EMPTY), [[""]]);
          assert.deepEqual(meetingDates(OMITTED), [[""]]);
        });
      });

      describe("IS_WORKDAY", () => {
        it("TRUE or FALSE, blank for blank", () => {
          assert.equal(isWorkday(d("2025-06-20")), false);
          assert.equal(isWorkday("2025-06-19"), true);
          assert.equal(isWorkday(d("2025-06-19")), true);
          assert.equal(isWorkday(d("2025-06-19"), [[d("2025-06-19")]]), false);
          assert.equal(isWorkday(d("2025-06-21")), false); // a Saturday
          assert.equal(isWorkday(EMPTY), "");
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
          assert.deepEqual(swedishHolidays(2025, EMPTY), dates);
        });

        it("bad years give #VALUE! naming the supported years", () => {
          assertExcelError(
            () => swedishHolidays(1899),
            "#VALUE!",
            system === "1900"
              ? /year: "1899" är inte ett år från 1900 till 2199/
              : /year: "1899" är inte ett år från 1904 till 2199/
          );
          assertExcelError(() => swedishHolidays(2025.5), "#VALUE!");
          assertExcelError(() => swedishHolidays("tjugohundra"), "#VALUE!");
          assertExcelError(() => swedishHolidays(2025, "kanske"), "#VALUE!", /with_names/);
          assert.deepEqual(swedishHolidays(OMITTED), [[""]]);
          assert.deepEqual(swedishHolidays(EMPTY), [[""]]);
        });

        it("1903 exists only in the 1900 system", () => {
          if (system === "1900") assert.equal(swedishHolidays(1903).length > 10, true);
          else assertExcelError(() => swedishHolidays(1903), "#VALUE!", /från 1904 till 2199/);
        });
      });
    });
  }
}

describe("functions: an empty cell means the same on Windows/Mac (0) and on the web (null)", () => {
  const desktop = functionsOf("desktop");
  const web = functionsOf("web");
  const meeting = 45772; // 2025-04-25
  type Case = readonly [string, (f: ReturnType<typeof functionsOf>) => unknown, unknown];
  // Each: an argument given an empty cell, and what leaving it out gives.
  const cases: readonly Case[] = [
    [
      "WORKDAYS_BEFORE_MEETING meeting_date",
      (f) => f.workdaysBeforeMeeting(EMPTY, 6),
      fns.workdaysBeforeMeeting(null as never, 6),
    ],
    [
      "UNITS_TO_RELEASE meeting_date, without case dates",
      (f) => f.unitsToRelease(UNITS, [["Norrahammars VC"]], OMITTED, EMPTY, ", "),
      [["Råslätts VC"]],
    ],
    [
      "UNITS_TO_RELEASE meeting_date, with case dates",
      (f) => f.unitsToRelease(UNITS, [["Norrahammars VC"]], [[meeting]], EMPTY, ", "),
      [[""]],
    ],
    [
      "UNITS_TO_RELEASE separator",
      (f) => f.unitsToRelease(UNITS, [[EMPTY]], OMITTED, OMITTED, EMPTY),
      [["Norrahammars VC"], ["Råslätts VC"]],
    ],
    [
      "UNITS_TO_RELEASE empty cells in every range",
      (f) =>
        f.unitsToRelease(
          [...UNITS, [EMPTY, "Region"], ["Ny VC", EMPTY]],
          [["Norrahammars VC"], [EMPTY]],
          [[meeting], [EMPTY]],
          meeting,
          ", "
        ),
      [["Råslätts VC"]],
    ],
    [
      "MEETING_DATES count",
      (f) => f.meetingDates(meeting, EMPTY),
      fns.meetingDates(meeting, null as never),
    ],
    [
      "MEETING_DATES interval_weeks",
      (f) => f.meetingDates(meeting, 3, EMPTY),
      fns.meetingDates(meeting, 3, null as never),
    ],
    ["MEETING_DATES first_meeting", (f) => f.meetingDates(EMPTY, 3), [[""]]],
    ["IS_WORKDAY date", (f) => f.isWorkday(EMPTY), ""],
    ["SWEDISH_HOLIDAYS year", (f) => f.swedishHolidays(EMPTY), [[""]]],
    [
      "SWEDISH_HOLIDAYS with_names",
      (f) => f.swedishHolidays(2025, EMPTY),
      fns.swedishHolidays(2025),
    ],
  ];
  for (const [name, call, omitted] of cases) {
    it(name, () => {
      const onDesktop = outcome(() => call(desktop));
      assert.deepEqual(
        onDesktop,
        outcome(() => call(web)),
        "desktop and web differ"
      );
      assert.deepEqual(onDesktop, { value: omitted }, "not what leaving it out gives");
    });
  }

  it("workdays is the exception: a typed 0 is the meeting date itself, as the desktop's empty cell is", () => {
    // 0 and the desktop's empty cell are the same number; null and the web's empty cell are the
    // same null. The planning workbook therefore never passes an empty cell here: its formulas
    // give the default themselves (template.test.ts).
    assert.equal(desktop.workdaysBeforeMeeting(meeting, EMPTY), meeting);
    assert.equal(desktop.workdaysBeforeMeeting(meeting, 0), meeting);
    assert.equal(web.workdaysBeforeMeeting(meeting, EMPTY), 45762); // 2025-04-15, the default 6
    assert.equal(web.workdaysBeforeMeeting(meeting, OMITTED), 45762);
  });
});

describe("functions: 1904 date system", () => {
  const system: DateSystem = "1904";
  inDateSystem(system);
  const { workdaysBeforeMeeting, meetingDates, unitsToRelease, swedishHolidays } =
    functionsOf("desktop");

  it("takes and gives serials 1 462 lower than the 1900 system's", () => {
    // 2025-04-25 is 45772 in the 1900 system and 44310 in the 1904 one.
    assert.equal(workdaysBeforeMeeting(44310), 44300); // 2025-04-15
    assert.equal(workdaysBeforeMeeting("2025-04-25"), 44300); // ISO text in, 1904 serial out
    // +6 weeks is nationaldagen 2025-06-06, moved to Monday 06-09.
    assert.deepEqual(meetingDates(44310, 2), [[44310], [44310 + 45]]);
    assert.deepEqual(swedishHolidays(2025)[0], [45658 - 1462]);
    assert.deepEqual(unitsToRelease(UNITS, [["Norrahammars VC"]], [[44310]], "2025-04-25"), [
      ["Råslätts VC"],
    ]);
  });

  it("serial 0 is 1904-01-01 there, but an empty cell arrives as 0: it counts as empty", () => {
    const isWorkday = asHost("desktop", fns.isWorkday);
    assert.equal(isWorkday(0), "");
    assert.equal(isWorkday(4), true); // Tuesday 1904-01-05
    assert.equal(isWorkday(5), false); // trettondedag jul 1904
  });
});

describe("functions: display language", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("answers in English when Office's display language is English", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    assertExcelError(
      () => fns.workdaysBeforeMeeting("14 March"),
      "#VALUE!",
      /meeting_date: "14 March" is not a date/
    );
    assert.deepEqual(fns.swedishHolidays(2025, true)[6], [45806, "Ascension Day"]);
  });
});
