/**
 * Dates for people in the pane: "tisdag 15 april 2025" (Swedish) or "Tuesday 15 April
 * 2025", from the core's one long-date formatter (`core/dates/long-date.ts`, date-fns over
 * a UTCDate, so the machine's time zone never shifts the day).
 */
import { formatIsoDate, isoWeekOfSerial } from "../core/dates/serial";

export { longDate } from "../core/dates/long-date";

export function isoDate(serial: number): string {
  return formatIsoDate(serial);
}

export function isoWeek(serial: number): number {
  return isoWeekOfSerial(serial).week;
}
