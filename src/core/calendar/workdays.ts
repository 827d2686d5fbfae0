/**
 * Swedish working days and Excel's WORKDAY semantics.
 *
 * A working day is Monday–Friday that is neither a Swedish holiday nor a closed eve
 * (see holidays.ts), nor one of the user's own closed days. The table of non-working days
 * for 1900–2199 is built once, on first use, from the per-year holiday lists, so a
 * deadline costs one table look-up per day stepped over.
 */
import { holidaysOfYear } from "./holidays";
import {
  FICTITIOUS_LEAP_DAY,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_SERIAL,
  MIN_SERIAL,
  weekdayOfSerial,
} from "../dates/serial";

/** Extra closed days (klämdagar, planning days) as a set of serials. */
export type ClosedDays = ReadonlySet<number>;

const NO_CLOSED_DAYS: ClosedDays = new Set<number>();

let nonWorkingTable: Uint8Array | undefined;

/** 1 for every serial that is a weekend day, a holiday, a closed eve or serial 60. */
function table(): Uint8Array {
  if (nonWorkingTable) return nonWorkingTable;
  const t = new Uint8Array(MAX_SERIAL + 1);
  // Serial 1 (1900-01-01) is a Monday; walk the weeks instead of asking each day.
  let weekday = weekdayOfSerial(MIN_SERIAL);
  for (let s = MIN_SERIAL; s <= MAX_SERIAL; s++) {
    if (s === FICTITIOUS_LEAP_DAY) {
      t[s] = 1; // a day that never was; its neighbours keep their real weekdays
      continue;
    }
    if (weekday >= 6) t[s] = 1;
    weekday = weekday === 7 ? 1 : weekday + 1;
  }
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of holidaysOfYear(year)) t[h.serial] = 1;
  }
  nonWorkingTable = t;
  return t;
}

/** Thrown when counting working days would leave 1900-01-01 … 2199-12-31. */
export class CalendarRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "CalendarRangeError";
  }
}

/** True for a Swedish working day that is not in `closed`. `serial` must be a whole serial in range. */
export function isWorkday(serial: number, closed: ClosedDays = NO_CLOSED_DAYS): boolean {
  return table()[serial] === 0 && !closed.has(serial);
}

/**
 * Excel's `WORKDAY(start, days, holidays)` on the Swedish calendar: steps one day at a
 * time away from `start` (which itself is never counted) until `days` working days are
 * counted; `days` = 0 returns `start` unchanged. Negative `days` count backwards.
 * Throws `CalendarRangeError` when the result would fall outside 1900–2199.
 */
export function addWorkdays(
  start: number,
  days: number,
  closed: ClosedDays = NO_CLOSED_DAYS
): number {
  const t = table();
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  let s = start;
  const useClosed = closed.size > 0;
  while (remaining > 0) {
    s += step;
    if (s < MIN_SERIAL || s > MAX_SERIAL) {
      throw new CalendarRangeError(`working-day count leaves the supported range at serial ${s}`);
    }
    if (t[s] === 0 && !(useClosed && closed.has(s))) remaining--;
  }
  return s;
}

/** The working day `days` working days before `meeting` (R7, R8): `WORKDAY(meeting, -days)`. */
export function workdaysBefore(
  meeting: number,
  days: number,
  closed: ClosedDays = NO_CLOSED_DAYS
): number {
  return addWorkdays(meeting, -days, closed);
}

/** `serial` itself when it is a working day, otherwise the next working day after it. */
export function nextWorkdayOnOrAfter(serial: number, closed: ClosedDays = NO_CLOSED_DAYS): number {
  return isWorkday(serial, closed) ? serial : addWorkdays(serial, 1, closed);
}

/** The number of working days d with from < d < to (neither end counted). */
export function countWorkdaysBetween(
  from: number,
  to: number,
  closed: ClosedDays = NO_CLOSED_DAYS
): number {
  let n = 0;
  for (let s = from + 1; s < to; s++) if (isWorkday(s, closed)) n++;
  return n;
}
