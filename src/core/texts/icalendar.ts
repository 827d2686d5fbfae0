/**
 * The term's meetings as an iCalendar file (RFC 5545), for Outlook, Google Calendar and the
 * like (R9: everyone knows the planned times, and learns at once when one changes).
 *
 * - One VEVENT per meeting, in local Swedish time (`DTSTART;TZID=Europe/Stockholm:…`) with
 *   its VTIMEZONE (the EU rules: summer time from the last Sunday of March 02:00 to the last
 *   Sunday of October 03:00), so the times stay right whatever zone the reader is in.
 * - Optionally the Ärendefrist (R7) and the Frigörandefrist (R8) as all-day events.
 * - A UID per meeting that stays the same across exports, and a SEQUENCE that grows with
 *   every export, so that importing a new file after a meeting has moved updates the event
 *   instead of adding a second one (see `calendarSequence`).
 * - Text escaped (backslash, semicolon, comma, line break), lines ended by CRLF and folded
 *   at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1, §3.3.11).
 *
 * Dates are Excel serials (1900 system), converted with integer arithmetic
 * (`dates/serial.ts`); the only clock is `now`, the export time in epoch milliseconds, passed
 * in by the caller, from which DTSTAMP and SEQUENCE come. No `Date` is used, so the file
 * does not depend on the machine's time zone. No case code or personal data goes in: the
 * texts come from the group, the place and the dates, and every line goes through
 * `redactPersonnummer`.
 */
import { longDate } from "../dates/long-date";
import {
  FICTITIOUS_LEAP_DAY,
  MAX_SERIAL,
  MIN_SERIAL,
  civilFromDays,
  dateFromSerial,
  daysFromCivil,
} from "../dates/serial";
import { termCode, termOfSerial } from "../dates/term";
import { textsOf, type Lang } from "../i18n";
import { redactPersonnummer } from "../privacy/personnummer";
import { oneLine, replaceControls, timeText, type PlannedMeeting } from "./text-parts";

/** The time zone the meetings are in. */
export const CALENDAR_TZID = "Europe/Stockholm";
/** The length of a meeting when neither the meeting nor the options give one. */
export const DEFAULT_MEETING_MINUTES = 120;
/** The right-hand side of every UID. */
export const UID_DOMAIN = "verksam-planner";

const MS_PER_DAY = 86_400_000;
/** 2020-01-01T00:00:00Z in epoch milliseconds: the zero of SEQUENCE. */
const SEQUENCE_EPOCH_MS = daysFromCivil(2020, 1, 1) * MS_PER_DAY;
/** The largest SEQUENCE: an INTEGER of RFC 5545 (§3.3.8) is a signed 32-bit number. */
const MAX_SEQUENCE = 2_147_483_647;

/** What the calendar file is made from. */
export interface CalendarInput {
  /** Grupp, e.g. "VerkSam Jönköping 2"; "" when not given. */
  readonly group: string;
  /**
   * The meetings. Give every meeting of each term the file covers (not a selection): a
   * meeting's UID holds its number within its term, counted in date order.
   */
  readonly meetings: readonly PlannedMeeting[];
  /** The export time, epoch milliseconds (`Date.now()`): DTSTAMP and SEQUENCE. */
  readonly now: number;
  /** The language of the texts (default Swedish). */
  readonly lang?: Lang;
  /** The meeting length when a meeting has no `durationMinutes` (default 120). */
  readonly durationMinutes?: number;
  /** Add the Ärendefrist and Frigörandefrist of each meeting as all-day events. */
  readonly includeDeadlines?: boolean;
  /**
   * The SEQUENCE of every event, when the caller counts exports itself (a whole number from
   * 0 to 2 147 483 647); default `calendarSequence(now)`. The pane passes one more than its
   * previous export's when that is higher, so that a second export within the same minute
   * still has a higher SEQUENCE (`nextCalendarSequence`).
   */
  readonly sequence?: number;
}

// ---------------------------------------------------------------------------------------
// Content lines: escaping and folding
// ---------------------------------------------------------------------------------------

/**
 * What a TEXT value becomes after a round trip through `escapeText` and a parser: CRLF and
 * CR are LF, control characters other than tab and LF are dropped (RFC 5545 allows none in
 * TEXT), and a lone UTF-16 surrogate (which UTF-8 cannot carry) is U+FFFD.
 */
export function normalizeText(text: string): string {
  return replaceControls(wellFormed(text).replace(/\r\n?/g, "\n"), "", "\t\n");
}

/** `text` with every lone UTF-16 surrogate replaced by U+FFFD (`String.prototype.toWellFormed`). */
function wellFormed(text: string): string {
  if (!/[\ud800-\udfff]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else {
        out += "\ufffd";
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += "\ufffd";
    } else {
      out += text[i];
    }
  }
  return out;
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line break escaped. */
export function escapeText(text: string): string {
  return normalizeText(text)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** The number of UTF-8 octets of one code point. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * One content line folded (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8,
 * not counting the CRLF; each continuation line starts with one space (which counts). A
 * line is only ever broken between characters, never inside a UTF-8 multi-octet sequence
 * nor between the two halves of a surrogate pair.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

// ---------------------------------------------------------------------------------------
// Dates and identifiers
// ---------------------------------------------------------------------------------------

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** YYYYMMDD of a serial. */
function dateValue(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;
}

/** YYYYMMDDTHHMMSS (local time) of a serial and minutes after its midnight (may pass it). */
function localDateTime(serial: number, minutes: number): string {
  const total = Math.round(minutes);
  const dayOffset = Math.floor(total / 1440);
  const m = total - dayOffset * 1440;
  return `${dateValue(serial + dayOffset)}T${pad(Math.floor(m / 60), 2)}${pad(m % 60, 2)}00`;
}

/** YYYYMMDDTHHMMSSZ of epoch milliseconds (UTC), by integer arithmetic. */
export function utcStamp(epochMs: number): string {
  const seconds = Math.floor(epochMs / 1000);
  const days = Math.floor(seconds / 86400);
  const s = seconds - days * 86400;
  const { year, month, day } = civilFromDays(days);
  return (
    `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}T` +
    `${pad(Math.floor(s / 3600), 2)}${pad(Math.floor((s % 3600) / 60), 2)}${pad(s % 60, 2)}Z`
  );
}

/**
 * The SEQUENCE of every event of an export made at `now` (epoch ms): the whole minutes
 * since 2020-01-01 00:00 UTC.
 *
 * Why this makes a new import update the event: a calendar recognises an event it already
 * holds by its UID, which here stays the same across exports (`meetingUid`). Whether the
 * incoming copy replaces the stored one is decided by SEQUENCE, the event's revision number
 * (RFC 5545 §3.8.7.4; RFC 5546 §2.1.5: a higher SEQUENCE is a newer revision; with equal
 * SEQUENCE the later DTSTAMP wins). Calendar clients such as Outlook and Google Calendar
 * apply that rule to an imported event: a known UID with a higher SEQUENCE updates the stored
 * event, while the same or a lower SEQUENCE may be ignored as stale or shown as a duplicate.
 * (The unit tests check the file against RFC 5545 with ical.js, not against the clients.)
 * The add-in keeps no state between exports, so it cannot count revisions; the export time
 * can stand in for the count, since a later export always has a higher number. It grows by one a minute
 * (42 million by 2100, far below the 32-bit limit of an INTEGER) and so also orders two
 * exports of the same day. Two exports within one minute share it, and their DTSTAMP
 * (to the second) orders them. An export whose content did not change merely rewrites the
 * event with the same data.
 */
export function calendarSequence(now: number): number {
  const minutes = Math.floor((now - SEQUENCE_EPOCH_MS) / 60_000);
  return Math.min(MAX_SEQUENCE, Math.max(0, minutes));
}

/**
 * The SEQUENCE of an export at `now` that follows an earlier export with SEQUENCE `previous`
 * (undefined for the first): `calendarSequence(now)`, but at least `previous + 1`, so that
 * every export of one session is a newer revision than the one before it, even within the
 * same minute or after the clock was set back.
 */
export function nextCalendarSequence(now: number, previous?: number): number {
  const fromTime = calendarSequence(now);
  if (previous === undefined || !Number.isInteger(previous)) return fromTime;
  return Math.min(MAX_SEQUENCE, Math.max(fromTime, previous + 1));
}

/** Letters that NFD does not split into an ASCII letter and a mark. */
const ASCII_FOLD: Readonly<Record<string, string>> = {
  æ: "ae",
  ø: "o",
  œ: "oe",
  ß: "ss",
  ð: "d",
  þ: "th",
  ł: "l",
  đ: "d",
};

/** FNV-1a (32 bit) over the UTF-8 octets of `text`, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  const add = (octet: number): void => {
    hash ^= octet;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) add(cp);
    else if (cp < 0x800) {
      add(0xc0 | (cp >> 6));
      add(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      add(0xe0 | (cp >> 12));
      add(0x80 | ((cp >> 6) & 0x3f));
      add(0x80 | (cp & 0x3f));
    } else {
      add(0xf0 | (cp >> 18));
      add(0x80 | ((cp >> 12) & 0x3f));
      add(0x80 | ((cp >> 6) & 0x3f));
      add(0x80 | (cp & 0x3f));
    }
  }
  return hash.toString(16).padStart(8, "0");
}

const MAX_SLUG = 48;

/**
 * An ASCII name of the group for identifiers and file names: "VerkSam Jönköping 2" →
 * "verksam-jonkoping-2". Case, spaces and Swedish letters (å ä ö → a a o) do not matter.
 * When letters had to be dropped (a script without an ASCII spelling) or the name was cut to
 * 48 characters, a hash of the whole name is added, so that two such groups still differ.
 * Empty for an empty group. A personnummer in the name is redacted first.
 */
export function groupSlug(group: string): string {
  const name = oneLine(group).toLowerCase();
  const folded = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^ -~]/g, (ch) => ASCII_FOLD[ch] ?? ch);
  // A letter or digit still outside ASCII has no spelling in the slug: it would be lost.
  let lossy = /[\p{L}\p{N}]/u.test(folded.replace(/[ -~]/g, ""));
  let slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG).replace(/-+$/, "");
    lossy = true;
  }
  if (lossy) slug = slug ? `${slug}-${fnv1a(name)}` : fnv1a(name);
  return slug;
}

/**
 * The numbering of meetings: each meeting with a valid date, its term code ("HT2025") and
 * its number within that term (1, 2, …), in date order.
 */
function numberMeetings(
  meetings: readonly PlannedMeeting[]
): { meeting: PlannedMeeting; date: number; term: string; nr: number }[] {
  for (const m of meetings) {
    if (!Number.isFinite(m.startMinutes)) {
      throw new RangeError(`startMinutes must be a finite number, got ${m.startMinutes}`);
    }
  }
  const valid = meetings
    .map((meeting, index) => ({ meeting, index, date: Math.floor(meeting.date) }))
    .filter(
      (m) =>
        Number.isFinite(m.date) &&
        m.date >= MIN_SERIAL &&
        m.date <= MAX_SERIAL &&
        m.date !== FICTITIOUS_LEAP_DAY
    )
    .sort(
      (a, b) =>
        a.date - b.date || a.meeting.startMinutes - b.meeting.startMinutes || a.index - b.index
    );
  const counters = new Map<string, number>();
  return valid.map(({ meeting, date }) => {
    const term = termCode(termOfSerial(date));
    const nr = (counters.get(term) ?? 0) + 1;
    counters.set(term, nr);
    return { meeting, date, term, nr };
  });
}

/**
 * The UID of a meeting: ASCII, stable across exports (the group, the term and the meeting's
 * number within the term), e.g. "verksam-jonkoping-2-HT2025-3@verksam-planner". A moved
 * meeting keeps it as long as it stays the same number in the same term. `suffix` names the
 * deadline events of the meeting ("case-deadline", "release-deadline").
 */
export function meetingUid(group: string, term: string, nr: number, suffix?: string): string {
  const slug = groupSlug(group) || "verksam";
  return `${slug}-${term}-${nr}${suffix ? `-${suffix}` : ""}@${UID_DOMAIN}`;
}

/** A file name for the calendar file: "verksam-jonkoping-2-HT2025.ics". */
export function calendarFileName(group: string, meetings: readonly PlannedMeeting[]): string {
  const terms = [...new Set(numberMeetings(meetings).map((m) => m.term))];
  const slug = groupSlug(group) || "verksam";
  if (terms.length === 0) return `${slug}.ics`;
  const span = terms.length === 1 ? terms[0] : `${terms[0]}-${terms[terms.length - 1]}`;
  return `${slug}-${span}.ics`;
}

/**
 * One line telling how to save the text as a calendar file where the host blocks downloads
 * (the pane shows the text to copy above it).
 */
export function calendarSaveHint(fileName: string, lang: Lang): string {
  return textsOf(lang).calendar.saveHint(fileName);
}

// ---------------------------------------------------------------------------------------
// The calendar
// ---------------------------------------------------------------------------------------

/** Europe/Stockholm: CET (UTC+1) in winter, CEST (UTC+2) in summer, on the EU rules (since 1996). */
const VTIMEZONE_STOCKHOLM: readonly string[] = [
  "BEGIN:VTIMEZONE",
  `TZID:${CALENDAR_TZID}`,
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
];

/** A content line with a TEXT value. */
function textLine(name: string, value: string): string {
  return `${name}:${escapeText(redactPersonnummer(value))}`;
}

function isDay(serial: number | undefined): serial is number {
  return (
    serial !== undefined &&
    Number.isInteger(serial) &&
    serial >= MIN_SERIAL &&
    serial < MAX_SERIAL &&
    serial !== FICTITIOUS_LEAP_DAY
  );
}

/**
 * The iCalendar file (RFC 5545) of the meetings: a VCALENDAR (METHOD:PUBLISH) with the
 * Europe/Stockholm VTIMEZONE, one VEVENT per meeting in date order and, with
 * `includeDeadlines`, an all-day VEVENT for each meeting's Ärendefrist and Frigörandefrist.
 * Lines end with CRLF and are folded at 75 octets. Meetings with a date outside 1900–2199
 * are left out.
 */
export function icalendar(input: CalendarInput): string {
  if (typeof input.now !== "number" || !Number.isFinite(input.now)) {
    throw new TypeError("now must be a finite number of epoch milliseconds");
  }
  const defaultDuration = input.durationMinutes ?? DEFAULT_MEETING_MINUTES;
  if (!Number.isFinite(defaultDuration) || defaultDuration <= 0) {
    throw new RangeError(`durationMinutes must be positive, got ${defaultDuration}`);
  }
  const lang: Lang = input.lang ?? "sv";
  const texts = textsOf(lang).calendar;
  const group = oneLine(input.group);
  const stamp = utcStamp(input.now);
  const sequence = input.sequence ?? calendarSequence(input.now);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) {
    throw new RangeError(
      `sequence must be a whole number from 0 to ${MAX_SEQUENCE}, got ${sequence}`
    );
  }

  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//VerkSam planner//NONSGML VerkSam planner//SV",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...VTIMEZONE_STOCKHOLM,
  ];

  const allDay = (uid: string, day: number, summary: string, description: string): void => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${dateValue(day)}`,
      `DTEND;VALUE=DATE:${dateValue(day + 1)}`,
      textLine("SUMMARY", summary),
      textLine("DESCRIPTION", description),
      "TRANSP:TRANSPARENT",
      "END:VEVENT"
    );
  };

  for (const { meeting, date, term, nr } of numberMeetings(input.meetings)) {
    const digital = meeting.form === "Digitalt";
    const duration =
      meeting.durationMinutes !== undefined &&
      Number.isFinite(meeting.durationMinutes) &&
      meeting.durationMinutes > 0
        ? meeting.durationMinutes
        : defaultDuration;
    const start = Math.round(meeting.startMinutes);
    const end = start + Math.round(duration);
    const place = oneLine(meeting.location) || (digital ? texts.digitalPlace : "");
    const description: string[] = [];
    if (meeting.form) description.push(texts.form(meeting.form));
    if (isDay(meeting.caseDeadline))
      description.push(texts.caseDeadline(longDate(meeting.caseDeadline, lang)));
    if (isDay(meeting.releaseDeadline))
      description.push(texts.releaseDeadline(longDate(meeting.releaseDeadline, lang)));

    lines.push(
      "BEGIN:VEVENT",
      `UID:${meetingUid(group, term, nr)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;TZID=${CALENDAR_TZID}:${localDateTime(date, start)}`,
      `DTEND;TZID=${CALENDAR_TZID}:${localDateTime(date, end)}`,
      textLine("SUMMARY", texts.summary(group, digital))
    );
    if (place) lines.push(textLine("LOCATION", place));
    if (description.length > 0) lines.push(textLine("DESCRIPTION", description.join("\n")));
    lines.push("STATUS:CONFIRMED", "END:VEVENT");

    if (input.includeDeadlines) {
      const when = `${longDate(date, lang)} ${timeText(start, lang)}`;
      if (isDay(meeting.caseDeadline)) {
        allDay(
          meetingUid(group, term, nr, "case-deadline"),
          meeting.caseDeadline,
          texts.caseDeadlineSummary(longDate(date, lang), group),
          texts.caseDeadlineDescription(when)
        );
      }
      if (isDay(meeting.releaseDeadline)) {
        allDay(
          meetingUid(group, term, nr, "release-deadline"),
          meeting.releaseDeadline,
          texts.releaseDeadlineSummary(longDate(date, lang), group),
          texts.releaseDeadlineDescription(when)
        );
      }
    }
  }
  lines.push("END:VCALENDAR");
  // Every line through the personnummer net once more (the values already were), then folded.
  return lines.map((line) => foldLine(redactPersonnummer(line))).join("\r\n") + "\r\n";
}
