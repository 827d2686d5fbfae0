/**
 * The one long-date formatter (src/core/dates/long-date.ts), date-fns over a UTCDate: the
 * same text in every time zone the tests run under (UTC, Europe/Stockholm, Pacific/Auckland,
 * America/Los_Angeles), and the same text as the hand-made tables it replaced.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import { longDate, weekdayName, weekdayText } from "../../../src/core/dates/long-date";
import {
  MAX_SERIAL,
  MIN_SERIAL,
  dateFromSerial,
  weekdayOfSerial,
} from "../../../src/core/dates/serial";
import { longDate as paneLongDate } from "../../../src/taskpane/format";
import { d } from "../../helpers/dates";

/** The tables release-notice.ts held before date-fns replaced them: the reference. */
const MONTHS = {
  sv: "januari februari mars april maj juni juli augusti september oktober november december",
  en: "January February March April May June July August September October November December",
};
const WEEKDAYS = {
  sv: "måndag tisdag onsdag torsdag fredag lördag söndag",
  en: "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
};
function tableLongDate(serial: number, lang: "sv" | "en"): string {
  const { year, month, day } = dateFromSerial(serial);
  const weekday = WEEKDAYS[lang].split(" ")[weekdayOfSerial(serial) - 1];
  return `${weekday} ${day} ${MONTHS[lang].split(" ")[month - 1]} ${year}`;
}

describe("core/dates/long-date: dates for people", () => {
  it("reads as the messages have always read", () => {
    assert.equal(longDate(d("2025-11-18"), "sv"), "tisdag 18 november 2025");
    assert.equal(longDate(d("2025-11-18"), "en"), "Tuesday 18 November 2025");
    assert.equal(longDate(d("2026-01-04"), "sv"), "söndag 4 januari 2026");
    assert.equal(longDate(d("2024-02-29"), "sv"), "torsdag 29 februari 2024");
    assert.equal(longDate(d("2025-05-01"), "en"), "Thursday 1 May 2025");
    assert.equal(longDate(d("1900-01-01"), "en"), "Monday 1 January 1900");
    assert.equal(longDate(d("2199-12-31"), "sv"), "tisdag 31 december 2199");
  });

  it("Excel's fictitious 1900-02-29 (serial 60) reads as Excel shows it", () => {
    assert.equal(longDate(60, "sv"), "torsdag 29 februari 1900");
    assert.equal(longDate(60, "en"), "Thursday 29 February 1900");
  });

  it("weekday names: ISO 1 = Monday … 7 = Sunday", () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((w) => weekdayName(w, "sv")),
      WEEKDAYS.sv.split(" ")
    );
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((w) => weekdayName(w, "en")),
      WEEKDAYS.en.split(" ")
    );
    assert.equal(weekdayText(d("2025-11-18"), "sv"), "tisdag");
  });

  it(`every serial 1900–2199 gives the tables' text, in this time zone (${process.env.TZ ?? "local"})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }),
        fc.constantFrom("sv" as const, "en" as const),
        (serial, lang) => {
          assert.equal(longDate(serial, lang), tableLongDate(serial, lang));
          assert.equal(weekdayText(serial, lang), tableLongDate(serial, lang).split(" ")[0]);
        }
      ),
      { numRuns: 3000 }
    );
    // The days around the changes to and from summer time in Sweden, New Zealand and California.
    for (const iso of [
      "2025-03-30",
      "2025-03-31",
      "2025-04-06",
      "2025-09-28",
      "2025-10-26",
      "2025-11-02",
      "2025-03-09",
    ]) {
      assert.equal(longDate(d(iso), "sv"), tableLongDate(d(iso), "sv"), iso);
    }
  });

  it("the pane's longDate is the core's", () => {
    assert.equal(paneLongDate, longDate);
  });
});
