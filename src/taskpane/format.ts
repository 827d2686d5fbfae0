/**
 * Dates for people: "tisdag 15 april 2025" (Swedish) or "Tuesday 15 April 2025".
 * date-fns formats a UTCDate built from the serial, so the machine's time zone never
 * shifts the day.
 */
import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { sv } from "date-fns/locale/sv";
import { dateFromSerial, formatIsoDate, isoWeekOfSerial } from "../core/dates/serial";
import { Lang } from "./i18n";

export function utcDateOfSerial(serial: number): UTCDate {
  const { year, month, day } = dateFromSerial(serial);
  return new UTCDate(year, month - 1, day);
}

export function longDate(serial: number, lang: Lang): string {
  return format(utcDateOfSerial(serial), "EEEE d MMMM yyyy", { locale: lang === "en" ? enGB : sv });
}

export function weekdayName(serial: number, lang: Lang): string {
  return format(utcDateOfSerial(serial), "EEEE", { locale: lang === "en" ? enGB : sv });
}

export function isoDate(serial: number): string {
  return formatIsoDate(serial);
}

export function isoWeek(serial: number): number {
  return isoWeekOfSerial(serial).week;
}
