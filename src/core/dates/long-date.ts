/**
 * Dates for people, the one formatter of the core and the pane: "tisdag 18 november 2025"
 * (Swedish) or "Tuesday 18 November 2025" (English), and the weekday alone.
 *
 * Built on date-fns `format` with its `sv` and `enUS` locales. The serial is turned into a
 * `UTCDate` (@date-fns/utc), whose getters read UTC, so the machine's time zone never shifts
 * the day (the tests run under several TZ).
 */
import { UTCDate } from "@date-fns/utc";
import { format, type Day, type Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { sv } from "date-fns/locale/sv";
import type { Lang } from "../i18n";
import { FICTITIOUS_LEAP_DAY, dateFromSerial, weekdayOfSerial } from "./serial";

const LOCALES: Readonly<Record<Lang, Locale>> = { sv, en: enUS };

/** The date-fns locale of a language (Swedish for a value outside `Lang`). */
export function dateLocale(lang: Lang): Locale {
  return LOCALES[lang] ?? sv;
}

/** The day of a serial as a date whose getters read UTC (midnight UTC of that day). */
function utcDateOfSerial(serial: number): UTCDate {
  const { year, month, day } = dateFromSerial(serial);
  return new UTCDate(year, month - 1, day);
}

/**
 * "tisdag 18 november 2025" / "Tuesday 18 November 2025". Serial 60, Excel's fictitious
 * 1900-02-29, reads as Excel shows it, with the weekday `weekdayOfSerial` gives it (that of
 * 1900-03-01): "torsdag 29 februari 1900".
 */
export function longDate(serial: number, lang: Lang): string {
  const locale = dateLocale(lang);
  if (serial === FICTITIOUS_LEAP_DAY) {
    const february = locale.localize.month(1, { width: "wide" });
    return `${weekdayText(serial, lang)} 29 ${february} 1900`;
  }
  return format(utcDateOfSerial(serial), "EEEE d MMMM yyyy", { locale });
}

/** The weekday of a serial: "tisdag" / "Tuesday" (serial 60: that of 1900-03-01, as `weekdayOfSerial` gives it). */
export function weekdayText(serial: number, lang: Lang): string {
  return weekdayName(weekdayOfSerial(serial), lang);
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday): "måndag" / "Monday". */
export function weekdayName(isoWeekday: number, lang: Lang): string {
  return dateLocale(lang).localize.day((isoWeekday % 7) as Day, { width: "wide" });
}
