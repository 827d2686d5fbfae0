/**
 * "Today" as an Excel serial in a named time zone (Sweden by default), read with
 * `Intl.DateTimeFormat` rather than the machine's local-time getters.
 */
import { serialFromDate } from "./serial";

export const SWEDISH_TIME_ZONE = "Europe/Stockholm";

export function serialOfInstant(epochMs: number, timeZone: string = SWEDISH_TIME_ZONE): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(epochMs);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return serialFromDate(get("year"), get("month"), get("day"));
}
