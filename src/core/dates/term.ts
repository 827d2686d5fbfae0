/**
 * Terms and half-years: the one place that knows where a term begins and ends.
 *
 * A term is a half-year: VT (vårtermin) is January–June, HT (hösttermin) July–December, as
 * for the statistics (R10), the next term's meetings (R1) and `MEETING_DATES`. The
 * statistics count the same half-years as `HalfYear` (1 = January–June, 2 = July–December).
 *
 * Their labels ("VT 2026", "2025 jan–jun") are in `term-labels.ts`: this module imports no
 * text, so the custom functions (MEETING_DATES ends a series with the half-year) do not
 * carry the core's text catalogue into functions.js.
 *
 * Dates are Excel serials (1900 system); integer arithmetic only, no `Date`.
 */
import { LAST_YEAR, dateFromSerial, serialFromDate } from "./serial";

/** VT: January–June; HT: July–December. */
export type TermHalf = "VT" | "HT";

/** A term: the half and the year. */
export interface Term {
  readonly half: TermHalf;
  readonly year: number;
}

/** A term with its first and last day as serials. */
export interface TermDays extends Term {
  readonly first: number;
  readonly last: number;
}

/** A half-year as the statistics count it: 1 = January–June, 2 = July–December. */
export interface HalfYear {
  readonly year: number;
  readonly half: 1 | 2;
}

/** The half of a month (1–12). */
function halfOfMonth(month: number): TermHalf {
  return month <= 6 ? "VT" : "HT";
}

/** The first day of a term: 1 January or 1 July. */
export function termFirstDay(term: Term): number {
  return term.half === "VT" ? serialFromDate(term.year, 1, 1) : serialFromDate(term.year, 7, 1);
}

/** The last day of a term: 30 June or 31 December. */
export function termLastDay(term: Term): number {
  return term.half === "VT" ? serialFromDate(term.year, 6, 30) : serialFromDate(term.year, 12, 31);
}

/** The term of a year and half, with its days. */
export function termOf(year: number, half: TermHalf): TermDays {
  const term = { year, half };
  return { year, half, first: termFirstDay(term), last: termLastDay(term) };
}

/** The term that holds a serial, with its days. */
export function termOfSerial(serial: number): TermDays {
  const { year, month } = dateFromSerial(serial);
  return termOf(year, halfOfMonth(month));
}

/** The term after `term` (no calendar limit): HT of the same year, or VT of the next. */
export function nextTerm(term: Term): Term {
  return term.half === "VT" ? { half: "HT", year: term.year } : { half: "VT", year: term.year + 1 };
}

/** The term after `term`, with its days; undefined after HT 2199, the end of the supported calendar. */
export function termAfter(term: Term): TermDays | undefined {
  const next = nextTerm(term);
  return next.year > LAST_YEAR ? undefined : termOf(next.year, next.half);
}

/** "VT2026": ASCII, the same in every language, for identifiers (the calendar file's UIDs). */
export function termCode(term: Term): string {
  return `${term.half}${term.year}`;
}

/** The half-year (as the statistics count it) of a term. */
function halfYearOfTerm(term: Term): HalfYear {
  return { year: term.year, half: term.half === "VT" ? 1 : 2 };
}

/** The half-year that holds a serial. */
export function halfYearOf(serial: number): HalfYear {
  return halfYearOfTerm(termOfSerial(serial));
}
