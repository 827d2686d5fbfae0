import { strict as assert } from "assert";
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { meetingSeries } from "../../../src/core/calendar/meetings";
import { isWorkday, nextWorkdayOnOrAfter } from "../../../src/core/calendar/workdays";
import { MAX_SERIAL, serialFromDate } from "../../../src/core/dates/serial";
import { termAfter, termCode, termOf, termOfSerial } from "../../../src/core/dates/term";
import { termLabel } from "../../../src/core/dates/term-labels";
import {
  nextTermMeetings,
  nextTermRefusalText,
  type NextTermResult,
} from "../../../src/core/planning/next-term";
import { d, iso } from "../../helpers/dates";

function dates(result: NextTermResult): string[] {
  assert.ok(result.ok, `refused: ${JSON.stringify(result)}`);
  return result.dates.map(iso);
}

function accepted(result: NextTermResult): Extract<NextTermResult, { ok: true }> {
  assert.ok(result.ok, `refused: ${JSON.stringify(result)}`);
  return result;
}

function refusal(result: NextTermResult): Extract<NextTermResult, { ok: false }> {
  assert.ok(!result.ok, `not refused: ${JSON.stringify(result)}`);
  return result;
}

/** The sample term (MEETING_DATES("2025-08-26")). */
const SAMPLE = ["2025-08-26", "2025-10-07", "2025-11-18", "2025-12-30"].map(d);

describe("planning/next-term: terms", () => {
  it("a term is a half-year: VT January–June, HT July–December", () => {
    assert.deepEqual(termOfSerial(d("2025-06-30")), {
      year: 2025,
      half: "VT",
      first: d("2025-01-01"),
      last: d("2025-06-30"),
    });
    assert.deepEqual(termOfSerial(d("2025-07-01")), termOf(2025, "HT"));
    assert.equal(termOf(2025, "HT").last, d("2025-12-31"));
    assert.deepEqual(termAfter(termOf(2025, "VT")), termOf(2025, "HT"));
    assert.deepEqual(termAfter(termOf(2025, "HT")), termOf(2026, "VT"));
    assert.equal(termAfter(termOf(2199, "HT")), undefined);
    assert.equal(termLabel(termOf(2026, "VT"), "sv"), "VT 2026");
    assert.equal(termLabel(termOf(2026, "VT"), "en"), "Spring 2026");
    assert.equal(termLabel(termOf(2025, "HT"), "en"), "Autumn 2025");
    assert.equal(termCode(termOf(2025, "HT")), "HT2025");
  });
});

describe("planning/next-term: the next term's meetings (R1)", () => {
  it("continues the sample's rhythm after 2025-12-30 into VT 2026", () => {
    const result = nextTermMeetings(SAMPLE);
    assert.deepEqual(dates(result), ["2026-02-10", "2026-03-24", "2026-05-05", "2026-06-16"]);
    assert.ok(result.ok);
    assert.equal(result.label, "VT 2026");
    assert.deepEqual(result.term, termOf(2026, "VT"));
    assert.equal(result.last, d("2025-12-30"));
    assert.equal(result.anchor, d("2025-12-30"));
    assert.equal(accepted(nextTermMeetings(SAMPLE, {}, "en")).label, "Spring 2026");
  });

  it("crosses Easter: långfredagen moves to the Tuesday after annandag påsk, and the rhythm holds", () => {
    // Fridays every 6 weeks in HT 2024; in VT 2025 the nominal 2025-04-18 is långfredagen.
    const existing = ["2024-08-09", "2024-09-20", "2024-11-01", "2024-12-13"].map(d);
    assert.deepEqual(dates(nextTermMeetings(existing)), [
      "2025-01-24",
      "2025-03-07",
      "2025-04-22",
      "2025-05-30",
    ]);
  });

  it("crosses midsommar: midsommarafton moves to the Monday after", () => {
    const existing = ["2024-08-30", "2024-10-11", "2024-11-22"].map(d);
    assert.deepEqual(dates(nextTermMeetings(existing)), [
      "2025-01-03",
      "2025-02-14",
      "2025-03-28",
      "2025-05-09",
      "2025-06-23", // nominal 2025-06-20, midsommarafton
    ]);
  });

  it("crosses the new year: nyårsafton moves into January and belongs to the spring term", () => {
    // Wednesdays; the next nominal date, 2025-12-31, is nyårsafton: it moves to Friday 2 January.
    const existing = ["2025-08-27", "2025-10-08", "2025-11-19"].map(d);
    assert.deepEqual(dates(nextTermMeetings(existing)), [
      "2026-01-02",
      "2026-02-11",
      "2026-03-25",
      "2026-05-06",
      "2026-06-17",
    ]);
    // From the other side: in the autumn term that date is left out (as MEETING_DATES does).
    const spring = ["2025-04-23", "2025-06-04"].map(d);
    assert.deepEqual(dates(nextTermMeetings(spring)), [
      "2025-07-16",
      "2025-08-27",
      "2025-10-08",
      "2025-11-19",
    ]);
  });

  it("continues from the day the last meeting was moved from (Easter), through Christmas", () => {
    // Fridays; the last meeting was moved from långfredagen 2025-04-18 to Tuesday 2025-04-22.
    const existing = ["2025-01-24", "2025-03-07", "2025-04-22"].map(d);
    const result = nextTermMeetings(existing);
    assert.ok(result.ok);
    assert.equal(iso(result.anchor), "2025-04-18");
    assert.deepEqual(dates(result), [
      "2025-07-11",
      "2025-08-22",
      "2025-10-03",
      "2025-11-14",
      "2025-12-29", // nominal 2025-12-26, annandag jul
    ]);
    // The same with only one earlier meeting to tell the rhythm.
    assert.equal(
      iso(accepted(nextTermMeetings(["2025-03-07", "2025-04-22"].map(d))).anchor),
      "2025-04-18"
    );
    // A meeting that is alone gives no rhythm: the series continues from it.
    const alone = nextTermMeetings([d("2025-04-22")]);
    assert.ok(alone.ok);
    assert.equal(iso(alone.anchor), "2025-04-22");
    assert.deepEqual(dates(alone).slice(0, 2), ["2025-07-15", "2025-08-26"]);
    // Tuesdays, the last one on its own day: nothing to correct.
    const tuesdays = nextTermMeetings(["2025-03-11", "2025-04-22"].map(d));
    assert.ok(tuesdays.ok);
    assert.equal(iso(tuesdays.anchor), "2025-04-22");
  });

  it("honours the interval and the closed days, keeping the rhythm after a moved meeting", () => {
    assert.deepEqual(dates(nextTermMeetings(SAMPLE, { intervalWeeks: 4 })), [
      "2026-01-27",
      "2026-02-24",
      "2026-03-24",
      "2026-04-21",
      "2026-05-19",
      "2026-06-16",
    ]);
    assert.deepEqual(dates(nextTermMeetings(SAMPLE, { closed: new Set([d("2026-03-24")]) })), [
      "2026-02-10",
      "2026-03-25",
      "2026-05-05",
      "2026-06-16",
    ]);
    // A closed run of two weeks moves two nominal dates onto one day: it is kept once.
    const closed = new Set<number>();
    for (let s = d("2026-01-12"); s <= d("2026-01-23"); s++) closed.add(s);
    assert.deepEqual(
      dates(nextTermMeetings([d("2025-12-29")], { intervalWeeks: 1, closed })).slice(0, 4),
      ["2026-01-05", "2026-01-26", "2026-02-02", "2026-02-09"]
    );
  });

  it("reads the existing dates in any order, once each, without a time of day, ignoring invalid values", () => {
    const messy = [
      d("2025-12-30") + 0.375,
      d("2025-08-26"),
      Number.NaN,
      d("2025-11-18"),
      0,
      60,
      -4,
      Number.POSITIVE_INFINITY,
      d("2025-10-07"),
      d("2025-08-26"),
    ];
    assert.deepEqual(dates(nextTermMeetings(messy)), dates(nextTermMeetings(SAMPLE)));
  });

  it("stops at the end of the calendar (2199)", () => {
    const result = nextTermMeetings([d("2199-06-04")]);
    assert.ok(result.ok);
    assert.ok(result.dates.length > 0);
    assert.ok(result.dates.every((s) => s >= d("2199-07-01") && s <= d("2199-12-31")));
  });
});

describe("planning/next-term: refusals", () => {
  it("refuses without meetings", () => {
    assert.deepEqual(nextTermMeetings([]), { ok: false, reason: "no-meetings" });
    assert.deepEqual(nextTermMeetings([Number.NaN, 0, 60, -3]), {
      ok: false,
      reason: "no-meetings",
    });
  });

  it("refuses a term that already has meetings, and never changes what exists", () => {
    const existing = [...SAMPLE, d("2026-02-10")];
    const copy = existing.slice();
    const r = refusal(nextTermMeetings(existing, { term: termOf(2026, "VT") }));
    assert.equal(r.reason, "term-has-meetings");
    assert.deepEqual(r.existing?.map(iso), ["2026-02-10"]);
    assert.equal(r.label, "VT 2026");
    assert.deepEqual(existing, copy);
    // Without a term named, the next term after the last meeting (HT 2026) is offered instead.
    const next = nextTermMeetings(existing);
    assert.ok(next.ok);
    assert.equal(next.label, "HT 2026");
    assert.equal(iso(next.dates[0]), "2026-07-28");
  });

  it("refuses when no date of the series falls in the term, and after 2199", () => {
    const r = refusal(nextTermMeetings(SAMPLE, { intervalWeeks: 60 }));
    assert.equal(r.reason, "no-dates");
    assert.equal(r.label, "VT 2026");
    // A named term before the last meeting is never reached by the series.
    assert.equal(
      refusal(nextTermMeetings(SAMPLE, { term: termOf(2025, "VT") })).reason,
      "no-dates"
    );
    assert.equal(refusal(nextTermMeetings([d("2199-09-10")])).reason, "out-of-range");
  });

  it("refuses an interval that is not a whole number of weeks ≥ 1", () => {
    for (const weeks of [0, -1, 1.5, Number.NaN]) {
      assert.throws(
        () => nextTermMeetings(SAMPLE, { intervalWeeks: weeks }),
        RangeError,
        String(weeks)
      );
    }
  });

  it("says why, in Swedish and English", () => {
    const noMeetings = refusal(nextTermMeetings([]));
    assert.equal(
      nextTermRefusalText(noMeetings, "sv"),
      "Tabellen Möten har inget möte att fortsätta från. Skriv in terminens första möte i Möten."
    );
    assert.equal(
      nextTermRefusalText(noMeetings, "en"),
      "The table Möten has no meeting to continue from. Enter the term's first meeting in Möten."
    );
    const has = refusal(
      nextTermMeetings([...SAMPLE, d("2026-02-10"), d("2026-03-24")], { term: termOf(2026, "VT") })
    );
    assert.equal(
      nextTermRefusalText(has, "sv"),
      "VT 2026 har redan möten i tabellen Möten (2026-02-10, 2026-03-24). Inget har ändrats."
    );
    assert.equal(
      nextTermRefusalText(has, "en"),
      "Spring 2026 already has meetings in the table Möten (2026-02-10, 2026-03-24). Nothing was changed."
    );
    const none = refusal(nextTermMeetings(SAMPLE, { intervalWeeks: 60 }));
    assert.equal(
      nextTermRefusalText(none, "sv", 60),
      "Inget möte var 60:e vecka efter 2025-12-30 hamnar i VT 2026. Inget har ändrats."
    );
    assert.equal(
      nextTermRefusalText(none, "en", 60),
      "No meeting every 60 weeks after 2025-12-30 falls in Spring 2026. Nothing was changed."
    );
    assert.ok(nextTermRefusalText(none, "sv", 1).includes("Inget möte varje vecka efter"));
    assert.ok(nextTermRefusalText(none, "sv", 2).includes("var 2:a vecka"));
    assert.ok(nextTermRefusalText(none, "sv", 21).includes("var 21:a vecka"));
    assert.ok(nextTermRefusalText(none, "sv", 12).includes("var 12:e vecka"));
    assert.ok(nextTermRefusalText(none, "en", 1).includes("every week after"));
    const out = refusal(nextTermMeetings([d("2199-09-10")]));
    assert.equal(
      nextTermRefusalText(out, "sv"),
      "Terminen efter 2199-09-10 ligger utanför kalendern (1900–2199). Inget har ändrats."
    );
  });
});

describe("planning/next-term: properties", () => {
  const firstArb = fc
    .integer({ min: serialFromDate(1901, 1, 1), max: serialFromDate(2185, 1, 1) })
    .filter((s) => isWorkday(s));

  it("property: a series whose last meeting is on its own day continues exactly as MEETING_DATES would", () => {
    fc.assert(
      fc.property(
        firstArb,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (first, count, weeks) => {
          const existing = meetingSeries(first, { count, intervalWeeks: weeks });
          const last = existing[existing.length - 1];
          fc.pre(last === first + (count - 1) * weeks * 7);
          const term = termAfter(termOfSerial(last));
          assert.ok(term);
          const expected = meetingSeries(first, {
            count: count + Math.ceil(400 / (7 * weeks)),
            intervalWeeks: weeks,
          }).filter((s) => s >= term.first && s <= term.last);
          const result = nextTermMeetings(existing, { intervalWeeks: weeks });
          if (expected.length === 0) {
            assert.equal(refusal(result).reason, "no-dates");
          } else {
            assert.deepEqual(dates(result), expected.map(iso));
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("property: every date is a working day in the term, ascending, and the series from the anchor is complete", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: serialFromDate(1950, 1, 1), max: serialFromDate(2150, 12, 31) }),
          {
            minLength: 1,
            maxLength: 6,
          }
        ),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }),
        (existing, weeks, closedOffsets) => {
          const last = Math.max(...existing);
          const closed = new Set(closedOffsets.map((o) => last + o));
          const result = nextTermMeetings(existing, { intervalWeeks: weeks, closed });
          if (!result.ok) {
            assert.equal(result.reason, "no-dates");
            return;
          }
          const { term, anchor } = result;
          assert.deepEqual(term, termAfter(termOfSerial(last)));
          assert.ok(anchor <= last && anchor > last - 14);
          const expected: number[] = [];
          for (let nominal = anchor + weeks * 7; nominal <= term.last; nominal += weeks * 7) {
            const actual = nextWorkdayOnOrAfter(nominal, closed);
            if (actual >= term.first && actual <= term.last && !expected.includes(actual))
              expected.push(actual);
          }
          assert.deepEqual(result.dates, expected);
          result.dates.forEach((s, i) => {
            assert.ok(isWorkday(s, closed));
            if (i > 0) assert.ok(s > result.dates[i - 1]);
          });
          assert.ok(result.dates.every((s) => s <= MAX_SERIAL));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("planning/next-term and messages: no clock, no local time", () => {
  it("the new core files use no Date (the results cannot depend on the machine's time zone)", () => {
    for (const file of [
      "src/core/planning/next-term.ts",
      "src/core/dates/term.ts",
      "src/core/texts/text-parts.ts",
      "src/core/texts/release-notice.ts",
      "src/core/texts/meeting-times.ts",
      "src/core/texts/kallelse.ts",
      "src/core/texts/icalendar.ts",
    ]) {
      const source = readFileSync(join(__dirname, "../../..", file), "utf8").replace(
        /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
        ""
      );
      assert.ok(!/\bDate\s*[.(]|new\s+Date\b|getTimezoneOffset|toLocale/.test(source), file);
    }
  });
});
