/**
 * What Skapa planeringsbok proposes: the term to plan and its first meeting. In November the
 * autumn term's meetings are as good as over, so the proposal is the spring term of next
 * year; a first meeting is never proposed in the past while the term still has time.
 * Pure: serials in, serials out.
 */
import { meetingSeries } from "../core/calendar/meetings";
import { nextWorkdayOnOrAfter } from "../core/calendar/workdays";
import { serialFromDate } from "../core/dates/serial";
import { nextTerm, termLastDay, termOfSerial, type Term, type TermHalf } from "../core/dates/term";

export type { Term };
export { nextTerm };
export type Half = TermHalf;

/** Days between today and the earliest first meeting proposed: room for the case deadline (R7). */
export const LEAD_DAYS = 14;

/** A term's usual first meeting: the first working day on or after 15 January or 20 August. */
export function usualFirstMeeting(term: Term): number {
  return nextWorkdayOnOrAfter(
    term.half === "VT" ? serialFromDate(term.year, 1, 15) : serialFromDate(term.year, 8, 20)
  );
}

/** The last day of the term's half-year (30 June, 31 December). */
export const termEnd: (term: Term) => number = termLastDay;

/**
 * The last meeting a term is likely to have: the last of its usual series (every 6 weeks
 * from the usual first meeting, R1) before the summer or Christmas break (15 June, 15 December).
 */
export function lastLikelyMeeting(term: Term): number {
  const breakStarts =
    term.half === "VT" ? serialFromDate(term.year, 6, 15) : serialFromDate(term.year, 12, 15);
  const series = meetingSeries(usualFirstMeeting(term)).filter((s) => s <= breakStarts);
  return series[series.length - 1];
}

/** The term `today` lies in (half and year only). */
export function termOf(today: number): Term {
  const { half, year } = termOfSerial(today);
  return { half, year };
}

/** The earliest first meeting proposed from `today`: a working day at least LEAD_DAYS ahead. */
function earliestFirstMeeting(today: number): number {
  return nextWorkdayOnOrAfter(today + LEAD_DAYS);
}

/**
 * The term to propose: the current one while a first meeting could still come before its
 * last likely meeting, else the next one (in November: VT of next year).
 */
export function proposeTerm(today: number): Term {
  const current = termOf(today);
  return earliestFirstMeeting(today) <= lastLikelyMeeting(current) ? current : nextTerm(current);
}

/**
 * The first meeting to propose for `term`: its usual first meeting, or, in a term already
 * under way, the first working day at least LEAD_DAYS from today. Only for a term that is
 * over does it stay in the past, and the pane says so (`isPast`).
 */
export function proposeFirstMeeting(term: Term, today: number): number {
  const usual = usualFirstMeeting(term);
  const earliest = earliestFirstMeeting(today);
  if (usual >= earliest) return usual;
  return earliest <= termEnd(term) ? earliest : usual;
}
