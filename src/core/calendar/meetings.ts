/**
 * Meeting series (R1): a meeting every `intervalWeeks` weeks from the first one. A nominal
 * date that is not a working day moves to the next working day; the series keeps its
 * rhythm from the nominal dates, so one moved meeting does not shift the ones after it.
 */
import { ClosedDays, nextWorkdayOnOrAfter } from "./workdays";
import { termOfSerial } from "../dates/term";

export interface MeetingSeriesOptions {
  /** Number of meetings; without it, the meetings up to the end of the first meeting's half-year. */
  readonly count?: number;
  /** Weeks between meetings (default 6). */
  readonly intervalWeeks?: number;
  readonly closed?: ClosedDays;
}

export const DEFAULT_INTERVAL_WEEKS = 6;

/** The last serial of the half-year (30 June or 31 December) that contains `serial`. */
export function endOfHalfYear(serial: number): number {
  return termOfSerial(serial).last;
}

/** The meeting dates (serials) of a series starting at `first` (a whole serial). */
export function meetingSeries(first: number, options: MeetingSeriesOptions = {}): number[] {
  const interval = (options.intervalWeeks ?? DEFAULT_INTERVAL_WEEKS) * 7;
  const closed = options.closed;
  const result: number[] = [];
  if (options.count !== undefined) {
    for (let k = 0; k < options.count; k++)
      result.push(nextWorkdayOnOrAfter(first + k * interval, closed));
    return result;
  }
  const end = endOfHalfYear(first);
  for (let nominal = first; nominal <= end; nominal += interval) {
    const actual = nextWorkdayOnOrAfter(nominal, closed);
    if (actual > end) break;
    result.push(actual);
  }
  return result;
}
