/**
 * The next term's meetings (R1: a meeting every 6 weeks, booked a term ahead).
 *
 * A term is a half-year: VT (vårtermin) is January–June, HT (hösttermin) July–December, as
 * for the statistics (R10) and `MEETING_DATES`. The rule, decided here:
 *
 * - "The next term" is the half-year after the one that holds the last (latest) meeting.
 * - Its meetings continue the series of the last meeting: every `intervalWeeks` weeks after
 *   it, each nominal date that is not a working day moved to the next working day, the
 *   rhythm kept from the nominal dates (exactly as `meetingSeries` / `MEETING_DATES`).
 * - The series' rhythm: when the last meeting was itself moved off a non-working day (the
 *   meeting after Easter on a Tuesday in a series of Fridays), the series continues from
 *   the day it was moved from. That day is sought among the non-working days right before
 *   the last meeting: one is taken when its weekday has at least as many meetings as the
 *   last meeting's own weekday (the Friday, when the other meetings are on Fridays).
 *   Otherwise, and when there is no other meeting to tell the rhythm, the series continues
 *   from the last meeting itself.
 * - A meeting belongs to the term that holds its (moved) date: a nominal date before the
 *   term that moves into it counts (nyårsafton 2025 → 2 January 2026 is in VT 2026); one
 *   that a move pushes past the term's end is left out (as `MEETING_DATES` does).
 * - It refuses, with a reason, when there are no meetings, when the term already has
 *   meetings (possible only for a term the caller names: the default term lies after every
 *   meeting), when no date of the series falls in the term, or when the term lies beyond the
 *   supported calendar (2199).
 *
 * Dates are Excel serials (1900 system); integer arithmetic only, no `Date`.
 */
import { DEFAULT_INTERVAL_WEEKS } from "../calendar/meetings";
import {
  CalendarRangeError,
  isWorkday,
  nextWorkdayOnOrAfter,
  type ClosedDays,
} from "../calendar/workdays";
import {
  FICTITIOUS_LEAP_DAY,
  MAX_SERIAL,
  MIN_SERIAL,
  formatIsoDate,
  weekdayOfSerial,
} from "../dates/serial";
import { termAfter, termOf, termOfSerial, type Term, type TermDays } from "../dates/term";
import { termLabel } from "../dates/term-labels";
import { textsOf, type Lang } from "../i18n";

export interface NextTermOptions {
  /** Weeks between meetings, a whole number ≥ 1 (Mötesintervall; default 6). */
  readonly intervalWeeks?: number;
  /** Extra closed days (Stängda dagar). */
  readonly closed?: ClosedDays;
  /**
   * The term to fill; default: the half-year after the one holding the last meeting. Given
   * explicitly (the term after today's, say), it may already have meetings, and a term
   * before the last meeting gets no dates.
   */
  readonly term?: Term;
}

export type NextTermRefusal =
  /** No valid meeting date to continue from. */
  | "no-meetings"
  /** The term already has meetings (only possible for a `term` given in the options). */
  | "term-has-meetings"
  /** No date of the series falls in the next term (an interval longer than a term). */
  | "no-dates"
  /** The next term lies beyond 2199. */
  | "out-of-range";

export type NextTermResult =
  | {
      readonly ok: true;
      readonly term: TermDays;
      /** "VT 2026". */
      readonly label: string;
      /** The new meeting dates, ascending. */
      readonly dates: readonly number[];
      /** The last existing meeting. */
      readonly last: number;
      /** The nominal date the series continues from (the last meeting, or the day it was moved from). */
      readonly anchor: number;
    }
  | {
      readonly ok: false;
      readonly reason: NextTermRefusal;
      readonly term?: TermDays;
      readonly label?: string;
      readonly last?: number;
      /** For "term-has-meetings": the term's existing meetings. */
      readonly existing?: readonly number[];
    };

/** The whole, supported, real serials among `dates` (a time of day is dropped), ascending, once each. */
function validDates(dates: readonly number[]): number[] {
  const set = new Set<number>();
  for (const value of dates) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    const serial = Math.floor(value);
    if (serial < MIN_SERIAL || serial > MAX_SERIAL || serial === FICTITIOUS_LEAP_DAY) continue;
    set.add(serial);
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * The nominal date the series continues from: the last meeting, or the day it was moved from.
 * A meeting moved off non-working days lands on the first working day after them, so the
 * candidates are the non-working days right before the last meeting. One of them is taken
 * when at least as many meetings fall on its weekday as on the last meeting's own weekday
 * (the series' rhythm); of several, the one whose weekday has the most meetings, then the
 * latest.
 */
function rhythmAnchor(dates: readonly number[], closed: ClosedDays | undefined): number {
  const last = dates[dates.length - 1];
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const s of dates) counts[weekdayOfSerial(s)]++;
  const own = counts[weekdayOfSerial(last)];
  let anchor = last;
  let best = 0;
  for (let s = last - 1; s >= MIN_SERIAL && !isWorkday(s, closed); s--) {
    const n = counts[weekdayOfSerial(s)];
    if (n >= own && n > best) {
      anchor = s;
      best = n;
    }
  }
  return anchor;
}

/**
 * The next term's meeting dates after the `existing` ones (serials, any order; blanks and
 * invalid values ignored). See the module comment for the rule.
 */
export function nextTermMeetings(
  existing: readonly number[],
  options: NextTermOptions = {},
  lang: Lang = "sv"
): NextTermResult {
  const weeks = options.intervalWeeks ?? DEFAULT_INTERVAL_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new RangeError(`intervalWeeks must be a whole number ≥ 1, got ${weeks}`);
  }
  const closed = options.closed;
  const dates = validDates(existing);
  if (dates.length === 0) return { ok: false, reason: "no-meetings" };
  const last = dates[dates.length - 1];
  const term = options.term
    ? termOf(options.term.year, options.term.half)
    : termAfter(termOfSerial(last));
  if (!term) return { ok: false, reason: "out-of-range", last };
  const label = termLabel(term, lang);
  const inTerm = dates.filter((s) => s >= term.first && s <= term.last);
  if (inTerm.length > 0) {
    return { ok: false, reason: "term-has-meetings", term, label, last, existing: inTerm };
  }
  const anchor = rhythmAnchor(dates, closed);
  const interval = weeks * 7;
  const result: number[] = [];
  for (let nominal = anchor + interval; nominal <= term.last; nominal += interval) {
    let actual: number;
    try {
      actual = nextWorkdayOnOrAfter(nominal, closed);
    } catch (e) {
      if (e instanceof CalendarRangeError) break;
      throw e;
    }
    if (actual < term.first || actual > term.last) continue;
    // A long run of closed days can move two nominal dates onto one day: keep it once.
    if (result.length === 0 || result[result.length - 1] < actual) result.push(actual);
  }
  if (result.length === 0) return { ok: false, reason: "no-dates", term, label, last };
  return { ok: true, term, label, dates: result, last, anchor };
}

/** Why `nextTermMeetings` refused, as a sentence for the pane. */
export function nextTermRefusalText(
  result: Extract<NextTermResult, { ok: false }>,
  lang: Lang,
  intervalWeeks: number = DEFAULT_INTERVAL_WEEKS
): string {
  const texts = textsOf(lang).nextTerm;
  const label = result.term ? termLabel(result.term, lang) : "";
  const last = result.last !== undefined ? formatIsoDate(result.last) : "";
  switch (result.reason) {
    case "no-meetings":
      return texts.noMeetings;
    case "term-has-meetings":
      return texts.termHasMeetings(label, (result.existing ?? []).map(formatIsoDate).join(", "));
    case "no-dates":
      return texts.noDates(intervalWeeks, last, label);
    case "out-of-range":
      return texts.outOfRange(last);
  }
}
