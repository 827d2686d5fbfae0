/**
 * Error values as arguments. With `allowErrorForDataTypeAny` in the metadata (checked in
 * metadata.test.ts) Excel calls the functions even when an argument, or a cell inside a
 * range argument, holds an error value; every function must then give #VALUE! with a message
 * that names the argument, the row (and column) of the range, and the error — never a crash,
 * never a result computed around the error.
 *
 * What arrives: Microsoft documents `allowErrorForDataTypeAny` ("allows a custom function to
 * process errors as input values") and, for custom functions, only the errors of the
 * `CustomFunctions.Error` object (some codes, #NAME? and #REF!, "supported as a custom
 * function input error"); with data types on (`allowCustomDataForDataTypeAny`) an error may
 * also come as a data-types error object. Both shapes are tried, on both hosts.
 */
import { strict as assert } from "assert";
import { serialFromDate } from "../../../src/core/dates/serial";
import * as fns from "../../../src/functions/functions";
import { asHost, HOST_MODES, OMITTED } from "../../helpers/cf-host";

const day = (y: number, m: number, d: number): number => serialFromDate(y, m, d);

/** The shapes an error value may take when it reaches a function. */
const SHAPES: { name: string; make: (code: string) => unknown }[] = [
  {
    name: "CustomFunctions.Error",
    make: (code) => {
      const key = Object.entries(CustomFunctions.ErrorCode).find(([, v]) => v === code)![0];
      return new CustomFunctions.Error(
        CustomFunctions.ErrorCode[key as keyof typeof CustomFunctions.ErrorCode]
      );
    },
  },
  {
    name: "a data-types error object",
    make: (code) => ({
      type: "Error",
      basicType: "Error",
      basicValue: code,
      errorType: "NotAvailable",
    }),
  },
];

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    const value = fn();
    assert.fail(`expected #VALUE!, got the result ${JSON.stringify(value)}`);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    return { code: (e as CustomFunctions.Error).code, message: (e as Error).message };
  }
}

const UNITS = [
  ["Råslätts VC", "Region"],
  ["Norrahammars VC", "Region"],
];

for (const mode of HOST_MODES) {
  describe(`error values reach the functions and are named (Excel ${mode === "desktop" ? "on Windows/Mac" : "on the web"})`, () => {
    const workdaysBefore = asHost(mode, fns.workdaysBeforeMeeting);
    const release = asHost(mode, fns.unitsToRelease);
    const meetings = asHost(mode, fns.meetingDates);
    const isWorkday = asHost(mode, fns.isWorkday);
    const holidays = asHost(mode, fns.swedishHolidays);
    const meeting = day(2025, 4, 25);

    for (const shape of SHAPES) {
      const na = shape.make("#N/A");
      const div0 = shape.make("#DIV/0!");

      /** [call, the message it must give] for an error in every argument a person can point at a cell. */
      const cases: [string, () => unknown, RegExp][] = [
        [
          "WORKDAYS_BEFORE_MEETING meeting_date",
          () => workdaysBefore(na),
          /^meeting_date: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "WORKDAYS_BEFORE_MEETING workdays",
          () => workdaysBefore(meeting, div0),
          /^workdays: cellen innehåller felvärdet #DIV\/0!\.$/,
        ],
        [
          "WORKDAYS_BEFORE_MEETING closed_days, row 3",
          () => workdaysBefore(meeting, 6, [[day(2025, 4, 1)], [""], [na]]),
          /^closed_days \(rad 3\): cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE units, row 2 column 2",
          () => release([UNITS[0], ["Norrahammars VC", na]], [["Råslätts VC"]]),
          /^units \(rad 2, kolumn 2\): cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE case_units, row 2",
          () => release(UNITS, [["Råslätts VC"], [na]]),
          /^case_units \(rad 2\): cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE case_meeting_dates, row 2",
          () => release(UNITS, [["Råslätts VC"], ["Norrahammars VC"]], [[meeting], [na]], meeting),
          /^case_meeting_dates \(rad 2\): cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE meeting_date",
          () => release(UNITS, [["Råslätts VC"]], [[meeting]], na),
          /^meeting_date: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE meeting_date without case dates",
          () => release(UNITS, [["Råslätts VC"]], OMITTED, na),
          /^meeting_date: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE separator",
          () => release(UNITS, [["Råslätts VC"]], OMITTED, OMITTED, na),
          /^separator: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "MEETING_DATES first_meeting",
          () => meetings(na),
          /^first_meeting: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "MEETING_DATES count",
          () => meetings(meeting, na),
          /^count: cellen innehåller felvärdet #N\/A\.$/,
        ],
        ["MEETING_DATES interval_weeks", () => meetings(meeting, 3, na), /^interval_weeks: cellen/],
        [
          "MEETING_DATES closed_days, row 1 column 2",
          () => meetings(meeting, 3, 6, [[day(2025, 4, 1), na]]),
          /^closed_days \(rad 1, kolumn 2\): cellen innehåller felvärdet #N\/A\.$/,
        ],
        ["IS_WORKDAY date", () => isWorkday(na), /^date: cellen innehåller felvärdet #N\/A\.$/],
        [
          "IS_WORKDAY closed_days",
          () => isWorkday(meeting, [[na]]),
          /^closed_days \(rad 1\): cellen/,
        ],
        [
          "SWEDISH_HOLIDAYS year",
          () => holidays(na),
          /^year: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "SWEDISH_HOLIDAYS with_names",
          () => holidays(2025, na),
          /^with_names: cellen innehåller felvärdet #N\/A\.$/,
        ],
        // A whole range argument given as one error value (e.g. a #REF! reference).
        [
          "WORKDAYS_BEFORE_MEETING closed_days as one error",
          () => workdaysBefore(meeting, 6, na),
          /^closed_days: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE units as one error",
          () => release(na, [["Råslätts VC"]]),
          /^units: cellen innehåller felvärdet #N\/A\.$/,
        ],
        [
          "UNITS_TO_RELEASE case_units as one error",
          () => release(UNITS, na),
          /^case_units: cellen innehåller felvärdet #N\/A\.$/,
        ],
      ];

      for (const [name, call, message] of cases) {
        it(`${name}: ${shape.name} gives #VALUE! naming it`, () => {
          const e = errorOf(call);
          assert.equal(e.code, "#VALUE!");
          assert.match(e.message, message);
        });
      }
    }

    it("in English Excel the message is English", () => {
      const office = (globalThis as { Office?: unknown }).Office;
      (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-GB" } };
      try {
        const e = errorOf(() => release(UNITS, [["Råslätts VC"], [SHAPES[0].make("#N/A")]]));
        assert.equal(e.message, "case_units (row 2): the cell holds the error value #N/A.");
      } finally {
        if (office === undefined) delete (globalThis as { Office?: unknown }).Office;
        else (globalThis as { Office?: unknown }).Office = office;
      }
    });
  });
}
