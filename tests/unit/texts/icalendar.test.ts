/**
 * The calendar file, checked with an independent RFC 5545 parser (ical.js) and, for the
 * local times, against the time-zone database of the JavaScript engine (Intl).
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import ICAL from "ical.js";
import { workdaysBefore } from "../../../src/core/calendar/workdays";
import {
  calendarFileName,
  calendarSaveHint,
  calendarSequence,
  escapeText,
  foldLine,
  groupSlug,
  icalendar,
  meetingUid,
  nextCalendarSequence,
  normalizeText,
  utcStamp,
  type CalendarInput,
} from "../../../src/core/texts/icalendar";
import { weekdayOfSerial } from "../../../src/core/dates/serial";
import { oneLine, type PlannedMeeting } from "../../../src/core/texts/text-parts";
import { findPersonnummer } from "../../../src/core/privacy/personnummer";
import { d } from "../../helpers/dates";
import { FORM_KINDS, formValue, leakIn, makePnr } from "../privacy/forms";

const GROUP = "VerkSam Jönköping 2";
/** 2025-11-01 10:15:30 UTC. */
const NOW = Date.UTC(2025, 10, 1, 10, 15, 30);

function meeting(iso: string, extra: Partial<PlannedMeeting> = {}): PlannedMeeting {
  const date = d(iso);
  return {
    date,
    startMinutes: 540,
    form: "Fysiskt",
    location: "Konferensrum Vättern",
    caseDeadline: workdaysBefore(date, 6),
    releaseDeadline: workdaysBefore(date, 5),
    released: [],
    ...extra,
  };
}

/** The sample term: a meeting every 6 weeks from 2025-08-26, the last one digital. */
const TERM: readonly PlannedMeeting[] = [
  meeting("2025-08-26"),
  meeting("2025-10-07"),
  meeting("2025-11-18"),
  meeting("2025-12-30", { form: "Digitalt", location: "" }),
];

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Event[] {
  return parse(text)
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
}

/** The UTC instant of an ical.js time, as ISO text. */
function utc(time: ICAL.Time): string {
  return new Date(time.toUnixTime() * 1000).toISOString();
}

function byUid(list: readonly ICAL.Event[]): Map<string, ICAL.Event> {
  return new Map(list.map((e) => [e.uid, e]));
}

/** RFC 5545 §3.1: CRLF after every line and no other line break; ≤ 75 octets; whole characters. */
function checkPhysicalLines(text: string): void {
  assert.ok(text.endsWith("\r\n"), "ends with CRLF");
  assert.ok(!/\r(?!\n)/.test(text), "no bare CR");
  assert.ok(!/(^|[^\r])\n/.test(text), "no bare LF");
  for (const line of text.slice(0, -2).split("\r\n")) {
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `longer than 75 octets: ${line}`);
    // A line that held half a character would not survive encoding on its own.
    assert.equal(Buffer.from(line, "utf8").toString("utf8"), line, `half a character: ${line}`);
  }
}

/** The UTC instant of a local time in Sweden, by the engine's time-zone database (Intl). */
const STOCKHOLM = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function stockholmLocal(ms: number): string {
  const parts = Object.fromEntries(STOCKHOLM.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function utcOfStockholm(y: number, mo: number, day: number, h: number, mi: number): number {
  const wanted = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(day).padStart(2, "0")} ${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`;
  const naive = Date.UTC(y, mo - 1, day, h, mi);
  for (const hours of [1, 2]) {
    const t = naive - hours * 3_600_000;
    if (stockholmLocal(t) === wanted) return t;
  }
  throw new Error(`no instant for ${wanted}`);
}

describe("messages/icalendar: the file, parsed by ical.js", () => {
  before(() => {
    // The times must come from the file's own VTIMEZONE, not from a zone registered elsewhere.
    assert.equal(ICAL.TimezoneService.has("Europe/Stockholm"), false);
  });

  it("is a VCALENDAR for publishing, with the Stockholm time zone and one VEVENT per meeting", () => {
    const text = icalendar({ group: GROUP, meetings: TERM, now: NOW });
    const cal = parse(text);
    assert.equal(cal.name, "vcalendar");
    assert.equal(cal.getFirstPropertyValue("version"), "2.0");
    assert.equal(
      cal.getFirstPropertyValue("prodid"),
      "-//VerkSam planner//NONSGML VerkSam planner//SV"
    );
    assert.equal(cal.getFirstPropertyValue("calscale"), "GREGORIAN");
    assert.equal(cal.getFirstPropertyValue("method"), "PUBLISH");
    const vtz = cal.getFirstSubcomponent("vtimezone");
    assert.ok(vtz);
    assert.equal(vtz.getFirstPropertyValue("tzid"), "Europe/Stockholm");
    const tz = new ICAL.Timezone(vtz);
    const offset = (y: number, m: number, day: number, h: number): number =>
      tz.utcOffset(ICAL.Time.fromData({ year: y, month: m, day, hour: h, minute: 0, second: 0 }));
    assert.equal(offset(2025, 1, 15, 12), 3600);
    assert.equal(offset(2025, 7, 1, 12), 7200);
    assert.equal(offset(2025, 3, 30, 1), 3600); // the last Sunday of March, before 02:00
    assert.equal(offset(2025, 3, 30, 4), 7200);
    assert.equal(offset(2025, 10, 26, 4), 3600); // the last Sunday of October, after 03:00

    const list = events(text);
    assert.equal(list.length, 4);
    assert.deepEqual(
      list.map((e) => e.startDate.toString()),
      ["2025-08-26T09:00:00", "2025-10-07T09:00:00", "2025-11-18T09:00:00", "2025-12-30T09:00:00"]
    );
    assert.ok(list.every((e) => e.startDate.zone?.tzid === "Europe/Stockholm"));
    assert.deepEqual(
      list.map((e) => e.summary),
      [
        "VerkSam-möte: VerkSam Jönköping 2",
        "VerkSam-möte: VerkSam Jönköping 2",
        "VerkSam-möte: VerkSam Jönköping 2",
        "VerkSam-möte: VerkSam Jönköping 2 (digitalt)",
      ]
    );
    assert.deepEqual(
      list.map((e) => e.location),
      ["Konferensrum Vättern", "Konferensrum Vättern", "Konferensrum Vättern", "Digitalt"]
    );
    assert.equal(
      list[2].description,
      "Fysiskt möte.\nÄrendefrist: måndag 10 november 2025 (sista dagen att anmäla ett ärende).\n" +
        "Frigörandefrist: tisdag 11 november 2025 (sista dagen att meddela enheter utan ärende att de inte behöver delta)."
    );
    assert.ok(list[3].description.startsWith("Digitalt möte.\n"));
    assert.deepEqual(
      list.map((e) => e.uid),
      [1, 2, 3, 4].map((nr) => `verksam-jonkoping-2-HT2025-${nr}@verksam-planner`)
    );
    for (const e of list) {
      assert.equal(e.component.getFirstPropertyValue("status"), "CONFIRMED");
      assert.equal(e.sequence, calendarSequence(NOW));
      assert.equal(
        e.component.getFirstPropertyValue("dtstamp")?.toString(),
        "2025-11-01T10:15:30Z"
      );
    }
    checkPhysicalLines(text);
  });

  it("converts local times in summer (CEST) and winter (CET) time to the right instants", () => {
    const list = events(
      icalendar({
        group: GROUP,
        now: NOW,
        meetings: [
          meeting("2025-10-21"),
          meeting("2025-11-18"),
          meeting("2026-03-27", { startMinutes: 13 * 60 + 15 }),
        ],
      })
    );
    // 09:00 on 21 October 2025 is summer time (+02:00); the clocks go back on 26 October.
    assert.equal(utc(list[0].startDate), "2025-10-21T07:00:00.000Z");
    assert.equal(utc(list[0].endDate), "2025-10-21T09:00:00.000Z");
    // 09:00 on 18 November 2025 is winter time (+01:00).
    assert.equal(utc(list[1].startDate), "2025-11-18T08:00:00.000Z");
    assert.equal(utc(list[1].endDate), "2025-11-18T10:00:00.000Z");
    // Friday 27 March 2026 is before the change on Sunday 29 March: +01:00.
    assert.equal(utc(list[2].startDate), "2026-03-27T12:15:00.000Z");
  });

  it("property: every meeting's start and end are the instants the engine's time-zone database gives", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("1996-01-01"), max: d("2150-12-31") }),
        fc.integer({ min: 6 * 60, max: 20 * 60 }),
        fc.integer({ min: 15, max: 240 }),
        (date, start, duration) => {
          // Meetings are on working days: the summer-time changes fall on Sundays.
          fc.pre(weekdayOfSerial(date) <= 5);
          const [e] = events(
            icalendar({
              group: GROUP,
              now: NOW,
              meetings: [{ date, startMinutes: start, location: "" }],
              durationMinutes: duration,
            })
          );
          const { year, month, day } = e.startDate;
          assert.equal(e.startDate.hour * 60 + e.startDate.minute, start);
          assert.equal(
            e.startDate.toUnixTime() * 1000,
            utcOfStockholm(year, month, day, Math.floor(start / 60), start % 60)
          );
          const end = start + duration;
          assert.equal(
            e.endDate.toUnixTime() * 1000,
            utcOfStockholm(year, month, day, Math.floor(end / 60), end % 60)
          );
        }
      ),
      { numRuns: 200 }
    );
  });

  it("ends the meeting after its own length, the option's, or two hours; past midnight on the next day", () => {
    const list = events(
      icalendar({
        group: GROUP,
        now: NOW,
        meetings: [
          meeting("2025-09-02", { durationMinutes: 80 }),
          meeting("2025-09-03", { durationMinutes: 0 }),
          meeting("2025-09-04", { startMinutes: 23 * 60 }),
        ],
      })
    );
    assert.equal(list[0].endDate.toString(), "2025-09-02T10:20:00");
    assert.equal(list[1].endDate.toString(), "2025-09-03T11:00:00"); // 0: the default
    assert.equal(list[2].endDate.toString(), "2025-09-05T01:00:00");
    const withOption = events(
      icalendar({ group: GROUP, now: NOW, meetings: [TERM[0]], durationMinutes: 90 })
    );
    assert.equal(withOption[0].endDate.toString(), "2025-08-26T10:30:00");
    assert.throws(
      () => icalendar({ group: GROUP, now: NOW, meetings: [], durationMinutes: 0 }),
      RangeError
    );
  });

  it("keeps each meeting's UID across exports and raises SEQUENCE, so a moved meeting updates its event", () => {
    const first = Date.UTC(2025, 7, 1, 8, 0, 0);
    const later = Date.UTC(2025, 10, 3, 14, 30, 0);
    const before = byUid(events(icalendar({ group: GROUP, meetings: TERM, now: first })));
    const moved = TERM.map((m) =>
      m.date === d("2025-11-18") ? meeting("2025-11-20", { startMinutes: 13 * 60 }) : m
    );
    const after = byUid(events(icalendar({ group: GROUP, meetings: moved, now: later })));
    assert.deepEqual([...after.keys()], [...before.keys()]);
    const uid = "verksam-jonkoping-2-HT2025-3@verksam-planner";
    assert.equal(before.get(uid)?.startDate.toString(), "2025-11-18T09:00:00");
    assert.equal(after.get(uid)?.startDate.toString(), "2025-11-20T13:00:00");
    for (const [id, e] of after) {
      const old = before.get(id);
      assert.ok(old);
      assert.ok(e.sequence > old.sequence, `${e.sequence} > ${old.sequence}`);
      assert.equal(
        e.component.getFirstPropertyValue("dtstamp")?.toString(),
        "2025-11-03T14:30:00Z"
      );
    }
    // The group typed with other case and spaces gives the same UIDs.
    const retyped = byUid(
      events(icalendar({ group: "  verksam  JÖNKÖPING 2 ", meetings: TERM, now: later }))
    );
    assert.deepEqual([...retyped.keys()], [...before.keys()]);
  });

  it("numbers meetings within their term, so adding the next term leaves this term's UIDs alone", () => {
    const next = [meeting("2026-02-10"), meeting("2026-03-24")];
    const uids = events(icalendar({ group: GROUP, meetings: [...next, ...TERM], now: NOW })).map(
      (e) => e.uid
    );
    assert.deepEqual(uids, [
      "verksam-jonkoping-2-HT2025-1@verksam-planner",
      "verksam-jonkoping-2-HT2025-2@verksam-planner",
      "verksam-jonkoping-2-HT2025-3@verksam-planner",
      "verksam-jonkoping-2-HT2025-4@verksam-planner",
      "verksam-jonkoping-2-VT2026-1@verksam-planner",
      "verksam-jonkoping-2-VT2026-2@verksam-planner",
    ]);
    assert.ok(
      uids.every((u) => /^[\x21-\x7e]+$/.test(u)),
      "ASCII"
    );
    const other = events(icalendar({ group: "VerkSam Habo", meetings: TERM, now: NOW })).map(
      (e) => e.uid
    );
    assert.equal(other[0], "verksam-habo-HT2025-1@verksam-planner");
  });

  it("adds the deadlines as all-day events with their own stable UIDs when asked", () => {
    const text = icalendar({ group: GROUP, meetings: TERM, now: NOW, includeDeadlines: true });
    const list = events(text);
    assert.equal(list.length, 12);
    const all = byUid(list);
    const caseDl = all.get("verksam-jonkoping-2-HT2025-3-case-deadline@verksam-planner");
    const releaseDl = all.get("verksam-jonkoping-2-HT2025-3-release-deadline@verksam-planner");
    assert.ok(caseDl && releaseDl);
    assert.equal(caseDl.startDate.isDate, true);
    assert.equal(caseDl.startDate.toString(), "2025-11-10");
    assert.equal(caseDl.endDate.toString(), "2025-11-11");
    assert.equal(
      caseDl.summary,
      "Ärendefrist inför mötet tisdag 18 november 2025 (VerkSam Jönköping 2)"
    );
    assert.equal(
      caseDl.description,
      "Sista dagen att anmäla ett ärende inför mötet tisdag 18 november 2025 kl. 09.00 till de berörda representanterna. Personuppgifter får inte mejlas."
    );
    assert.equal(caseDl.component.getFirstPropertyValue("transp"), "TRANSPARENT");
    assert.equal(releaseDl.startDate.toString(), "2025-11-11");
    assert.equal(releaseDl.endDate.toString(), "2025-11-12");
    assert.equal(
      releaseDl.summary,
      "Frigörandefrist inför mötet tisdag 18 november 2025 (VerkSam Jönköping 2)"
    );
    assert.ok(/DTSTART;VALUE=DATE:20251110\r\n/.test(text));
    checkPhysicalLines(text);

    assert.equal(events(icalendar({ group: GROUP, meetings: TERM, now: NOW })).length, 4);
    const none = events(
      icalendar({
        group: GROUP,
        now: NOW,
        includeDeadlines: true,
        meetings: [{ ...TERM[0], caseDeadline: undefined, releaseDeadline: undefined }],
      })
    );
    assert.equal(none.length, 1);
  });

  it("writes English texts", () => {
    const list = events(
      icalendar({ group: GROUP, meetings: TERM, now: NOW, lang: "en", includeDeadlines: true })
    );
    const all = byUid(list);
    assert.equal(
      all.get("verksam-jonkoping-2-HT2025-1@verksam-planner")?.summary,
      "VerkSam meeting: VerkSam Jönköping 2"
    );
    const digital = all.get("verksam-jonkoping-2-HT2025-4@verksam-planner");
    assert.equal(digital?.summary, "VerkSam meeting: VerkSam Jönköping 2 (online)");
    assert.equal(digital?.location, "Online");
    assert.equal(
      digital?.description,
      "Online meeting.\nCase deadline: Wednesday 17 December 2025 (the last day to notify a case).\n" +
        "Release deadline: Thursday 18 December 2025 (the last day to tell units without a case that they need not attend)."
    );
    assert.equal(
      all.get("verksam-jonkoping-2-HT2025-4-release-deadline@verksam-planner")?.summary,
      "Release deadline for the meeting on Tuesday 30 December 2025 (VerkSam Jönköping 2)"
    );
  });

  it("keeps Swedish letters and special characters in long folded lines", () => {
    const place =
      'Vårdcentralen Råslätt, konferensrummet "Åsen"; plan 3 \\ ingång C – följ skyltarna mot Öxnehaga 😀 '
        .repeat(3)
        .trim();
    const group = "VerkSam Jönköping 2 – Ärenden för Öxnehaga, Råslätt; Norrahammar";
    const text = icalendar({ group, meetings: [{ ...TERM[0], location: place }], now: NOW });
    const [e] = events(text);
    assert.equal(e.location, place);
    assert.equal(e.summary, `VerkSam-möte: ${group}`);
    assert.ok(
      text.split("\r\n").some((l) => l.startsWith(" ")),
      "folded"
    );
    checkPhysicalLines(text);
  });

  it("pins the complete file of one meeting (the same in every time zone)", () => {
    const text = icalendar({
      group: "VerkSam Habo",
      meetings: [meeting("2025-11-18", { location: "Habo, rum 2" })],
      now: NOW,
    });
    assert.equal(
      text,
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//VerkSam planner//NONSGML VerkSam planner//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Stockholm",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:verksam-habo-HT2025-1@verksam-planner",
        "DTSTAMP:20251101T101530Z",
        "SEQUENCE:3069255",
        "DTSTART;TZID=Europe/Stockholm:20251118T090000",
        "DTEND;TZID=Europe/Stockholm:20251118T110000",
        "SUMMARY:VerkSam-möte: VerkSam Habo",
        "LOCATION:Habo\\, rum 2",
        "DESCRIPTION:Fysiskt möte.\\nÄrendefrist: måndag 10 november 2025 (sista d",
        " agen att anmäla ett ärende).\\nFrigörandefrist: tisdag 11 november 2025 ",
        " (sista dagen att meddela enheter utan ärende att de inte behöver delta).",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n")
    );
    checkPhysicalLines(text);
  });

  it("leaves out meetings outside the calendar and refuses a bad clock or start time", () => {
    const list = events(
      icalendar({
        group: GROUP,
        now: NOW,
        meetings: [
          { ...TERM[0], date: 0 },
          { ...TERM[0], date: 60 },
          { ...TERM[0], date: Number.NaN },
          TERM[1],
        ],
      })
    );
    assert.deepEqual(
      list.map((e) => e.uid),
      ["verksam-jonkoping-2-HT2025-1@verksam-planner"]
    );
    assert.throws(() => icalendar({ group: GROUP, meetings: TERM, now: Number.NaN }), TypeError);
    assert.throws(
      () =>
        icalendar({ group: GROUP, meetings: [{ ...TERM[0], startMinutes: Number.NaN }], now: NOW }),
      RangeError
    );
    const empty = icalendar({ group: GROUP, meetings: [], now: NOW });
    assert.equal(events(empty).length, 0);
    checkPhysicalLines(empty);
  });
});

describe("messages/icalendar: no personal data", () => {
  const p = makePnr(1981, 12, 18, 987);
  const textKinds = FORM_KINDS.filter((kind) => typeof formValue(p, kind) === "string");

  it("removes a personnummer typed into the group or the place, also from the UIDs and the file name", () => {
    assert.ok(textKinds.length >= 8);
    for (const kind of textKinds) {
      const pn = String(formValue(p, kind));
      const input: CalendarInput = {
        group: `VerkSam ${pn}`,
        meetings: [{ ...TERM[0], location: `Rum ${pn}` }],
        now: NOW,
        includeDeadlines: true,
      };
      for (const lang of ["sv", "en"] as const) {
        const text = icalendar({ ...input, lang });
        assert.equal(leakIn(text, p), undefined, `${kind}: ${text}`);
        assert.ok(!findPersonnummer(text.replace(/\r\n /g, "")), kind);
        const [e] = events(text);
        assert.ok(e.summary.includes("[personnummer borttaget]"), e.summary);
        assert.equal(e.location, "Rum [personnummer borttaget]");
        assert.equal(e.uid, "verksam-personnummer-borttaget-HT2025-1@verksam-planner");
      }
      assert.equal(leakIn(calendarFileName(input.group, input.meetings), p), undefined);
    }
  });
});

describe("messages/icalendar: escaping and folding", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    assert.equal(escapeText("a\\b;c,d\ne\r\nf\rg"), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
    assert.equal(escapeText('kolon: ok "citat" ok\ttab'), 'kolon: ok "citat" ok\ttab');
    assert.equal(escapeText("a\u0000b\u001fc\u007f"), "abc");
    assert.equal(normalizeText("x\ud800y\udc00z"), "x\ufffdy\ufffdz");
    assert.equal(normalizeText("😀"), "😀");
    assert.equal(normalizeText("\udc00\udc00\ud800\ud800\ude00"), "\ufffd\ufffd\ufffd\ud800\ude00");
  });

  it("folds at 75 octets and never inside a character", () => {
    const ascii = "X".repeat(80);
    assert.equal(foldLine(ascii), `${"X".repeat(75)}\r\n ${"X".repeat(5)}`);
    // "ä" is two octets: it would end on octet 76, so it starts the next line.
    assert.equal(foldLine(`${"x".repeat(74)}ä`), `${"x".repeat(74)}\r\n ä`);
    assert.equal(foldLine(`${"x".repeat(73)}ä`), `${"x".repeat(73)}ä`);
    // A four-octet character (a surrogate pair in JavaScript) stays whole.
    assert.equal(foldLine(`${"x".repeat(72)}😀`), `${"x".repeat(72)}\r\n 😀`);
    assert.equal(foldLine(""), "");
    // Continuation lines hold 74 octets after their leading space.
    const parts = foldLine("å".repeat(100)).split("\r\n");
    assert.deepEqual(
      parts.map((l) => Buffer.byteLength(l, "utf8")),
      [74, 75, 53]
    );
  });

  /** Strings rich in what must be escaped, multi-octet characters and control characters. */
  const awkward = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "\\",
          ";",
          ",",
          "\n",
          "\r\n",
          "\r",
          ":",
          '"',
          "\t",
          " ",
          "å",
          "ä",
          "ö",
          "Å",
          "Ä",
          "Ö",
          "é",
          "€",
          "😀",
          "\u0301",
          "\u0000",
          "\u001f",
          "\u007f",
          "\ud800",
          "\udc00",
          "\\n",
          "\\,"
        ),
        fc.string({ unit: "grapheme-ascii", maxLength: 4 }),
        fc.string({ unit: "binary", maxLength: 3 })
      ),
      { maxLength: 120 }
    )
    .map((parts) => parts.join(""));

  it("property: any text survives escaping and folding through ical.js", () => {
    fc.assert(
      fc.property(fc.oneof(awkward, fc.string({ unit: "binary", maxLength: 300 })), (value) => {
        fc.pre(!findPersonnummer(value));
        const text =
          [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//test//EN",
            "BEGIN:VEVENT",
            "UID:x@test",
            "DTSTAMP:20250101T000000Z",
            "DTSTART:20250101T090000Z",
            foldLine(`DESCRIPTION:${escapeText(value)}`),
            "END:VEVENT",
            "END:VCALENDAR",
          ].join("\r\n") + "\r\n";
        checkPhysicalLines(text);
        const [e] = events(text);
        assert.equal(e.description ?? "", normalizeText(value));
      }),
      { numRuns: 400 }
    );
  });

  it("property: the group and the place come back from the whole file as typed (on one line)", () => {
    fc.assert(
      fc.property(awkward, awkward, (group, place) => {
        const text = icalendar({
          group,
          meetings: [{ ...TERM[0], location: place }],
          now: NOW,
          includeDeadlines: true,
        });
        checkPhysicalLines(text);
        const list = events(text);
        assert.equal(list.length, 3);
        const g = normalizeText(oneLine(group));
        const l = normalizeText(oneLine(place));
        assert.equal(list[0].summary, g ? `VerkSam-möte: ${g}` : "VerkSam-möte");
        assert.equal(list[0].location ?? "", l);
        assert.ok(/^[\x21-\x7e]+$/.test(list[0].uid), list[0].uid);
        assert.ok(list[0].uid.endsWith("-HT2025-1@verksam-planner"));
      }),
      { numRuns: 300 }
    );
  });

  it("property: folding only adds line breaks, and every physical line is whole UTF-8 of ≤ 75 octets", () => {
    fc.assert(
      // A content line never holds a raw CR or LF (escapeText writes a newline as \n), so
      // the physical lines are told apart by the CRLF the folding adds.
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }).map((t) => t.replace(/[\r\n]/g, "")),
        (line) => {
          const folded = foldLine(line);
          assert.equal(folded.replace(/\r\n /g, ""), line);
          const parts = folded.split("\r\n");
          parts.forEach((part, i) => {
            const octets = Buffer.byteLength(part, "utf8");
            assert.ok(octets <= 75);
            assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part), "a surrogate pair split");
            // Folded no earlier than needed: the next character would not have fitted.
            if (i + 1 < parts.length) {
              const next = String.fromCodePoint(parts[i + 1].codePointAt(1) ?? 0);
              assert.ok(octets + Buffer.byteLength(next, "utf8") > 75, `folded early: ${part}`);
            }
          });
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("messages/icalendar: identifiers, clock and names", () => {
  it("SEQUENCE counts whole minutes since 2020-01-01 UTC and never goes below 0", () => {
    const epoch = Date.UTC(2020, 0, 1);
    assert.equal(calendarSequence(epoch), 0);
    assert.equal(calendarSequence(epoch + 59_999), 0);
    assert.equal(calendarSequence(epoch + 60_000), 1);
    assert.equal(calendarSequence(Date.UTC(2019, 5, 1)), 0);
    assert.equal(calendarSequence(NOW), 3_069_255);
    assert.ok(calendarSequence(Date.UTC(2100, 0, 1)) < 2 ** 31);
  });

  it("a second export of a session gets a higher SEQUENCE, even within the same minute", () => {
    const first = nextCalendarSequence(NOW);
    assert.equal(first, calendarSequence(NOW));
    assert.equal(nextCalendarSequence(NOW + 5_000, first), first + 1);
    assert.equal(nextCalendarSequence(NOW - 3_600_000, first), first + 1, "clock set back");
    assert.equal(nextCalendarSequence(NOW + 600_000, first), first + 10);
    const text = icalendar({ group: GROUP, meetings: TERM, now: NOW, sequence: first + 1 });
    assert.ok(text.includes(`\r\nSEQUENCE:${first + 1}\r\n`));
    assert.ok(text.includes(`DTSTAMP:${utcStamp(NOW)}`), "DTSTAMP stays the real time");
    for (const bad of [-1, 1.5, 2 ** 31, Number.NaN])
      assert.throws(() => icalendar({ group: GROUP, meetings: TERM, now: NOW, sequence: bad }));
  });

  it("DTSTAMP is the UTC time of `now`", () => {
    assert.equal(utcStamp(NOW), "20251101T101530Z");
    assert.equal(utcStamp(Date.UTC(2024, 1, 29, 23, 59, 59, 999)), "20240229T235959Z");
    assert.equal(utcStamp(-1000), "19691231T235959Z");
  });

  it("makes an ASCII slug of the group, with a hash only when letters would be lost", () => {
    assert.equal(groupSlug("VerkSam Jönköping 2"), "verksam-jonkoping-2");
    assert.equal(groupSlug("  VERKSAM   jönköping\t2 "), "verksam-jonkoping-2");
    assert.equal(groupSlug("VerkSam Specialistpsykiatri"), "verksam-specialistpsykiatri");
    assert.equal(groupSlug("Ærø Straße"), "aero-strasse");
    assert.equal(groupSlug(""), "");
    const cyrillic = groupSlug("Группа 1");
    assert.match(cyrillic, /^1-[0-9a-f]{8}$/);
    assert.notEqual(groupSlug("Группа 2").slice(2), cyrillic.slice(2));
    assert.match(groupSlug("Ομάδα"), /^[0-9a-f]{8}$/);
    assert.notEqual(groupSlug("Ομάδα"), groupSlug("Ομάδες"));
    const long = groupSlug(`VerkSam ${"mycket ".repeat(10)}lång A`);
    const long2 = groupSlug(`VerkSam ${"mycket ".repeat(10)}lång B`);
    assert.ok(long.length <= 48 + 9, long);
    assert.notEqual(long, long2);
    assert.equal(meetingUid("", "VT2026", 2), "verksam-VT2026-2@verksam-planner");
    assert.equal(
      meetingUid(GROUP, "VT2026", 2, "case-deadline"),
      "verksam-jonkoping-2-VT2026-2-case-deadline@verksam-planner"
    );
  });

  it("names the file after the group and the term(s)", () => {
    assert.equal(calendarFileName(GROUP, TERM), "verksam-jonkoping-2-HT2025.ics");
    assert.equal(
      calendarFileName(GROUP, [...TERM, meeting("2026-02-10")]),
      "verksam-jonkoping-2-HT2025-VT2026.ics"
    );
    assert.equal(calendarFileName(GROUP, []), "verksam-jonkoping-2.ics");
    assert.equal(calendarFileName("", TERM), "verksam-HT2025.ics");
  });

  it("tells in one line how to save the text as a file where downloads are blocked", () => {
    const sv = calendarSaveHint("verksam-habo-HT2025.ics", "sv");
    assert.ok(
      sv.includes("verksam-habo-HT2025.ics") && sv.includes("UTF-8") && !sv.includes("\n"),
      sv
    );
    const en = calendarSaveHint("verksam-habo-HT2025.ics", "en");
    assert.ok(en.startsWith("Copy the text") && !en.includes("\n"), en);
  });
});
