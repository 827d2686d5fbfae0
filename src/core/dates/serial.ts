/**
 * Excel serial numbers in the 1900 date system, converted with integer arithmetic only.
 *
 * Serial 1 is 1900-01-01. Serial 60 is the fictitious 1900-02-29 that Excel keeps for
 * compatibility with Lotus 1-2-3; from serial 61 (1900-03-01) on, the date is
 * 1899-12-30 + serial days. No `Date` object is involved, so the result never depends on
 * the time zone of the machine.
 */

/** A calendar date in the proleptic Gregorian calendar; `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days from 1970-01-01 to 1899-12-30, the epoch of serials ≥ 61. */
const EPOCH_OFFSET = 25569;

/** The fictitious 1900-02-29. */
export const FICTITIOUS_LEAP_DAY = 60;

/** The first and last years the add-in supports. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** True when year/month/day name a real date (whole numbers, month 1–12, day in month). */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` days after 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a serial; serial 60 maps onto 1900-03-01, as 61 does (see `weekdayOfSerial`). */
function daysOfSerial(serial: number): number {
  return serial >= 61 ? serial - EPOCH_OFFSET : serial - EPOCH_OFFSET + 1;
}

/** The Excel serial of a date; 1900-02-29 gives 60, as in Excel. */
export function serialFromDate(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY;
  const days = daysFromCivil(year, month, day);
  const serial = days + EPOCH_OFFSET;
  return serial >= 61 ? serial : serial - 1;
}

/** The date of a whole serial; serial 60 gives the fictitious 1900-02-29. */
export function dateFromSerial(serial: number): CivilDate {
  if (serial === FICTITIOUS_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(daysOfSerial(serial));
}

/** The first and last serials the add-in supports: 1900-01-01 and 2199-12-31. */
export const MIN_SERIAL = 1;
export const MAX_SERIAL = serialFromDate(LAST_YEAR, 12, 31);

export function isSerialInRange(serial: number): boolean {
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL;
}

/**
 * ISO weekday, 1 = Monday … 7 = Sunday, of the real date. Serial 60 does not exist;
 * it is given the weekday of 1900-03-01 (a Thursday) and is never a working day.
 */
export function weekdayOfSerial(serial: number): number {
  const days = daysOfSerial(serial);
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week number and week-numbering year. */
export function isoWeekOfSerial(serial: number): { year: number; week: number } {
  const days = daysOfSerial(serial);
  const thursday = days - (weekdayOfSerial(serial) - 1) + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `yyyy-mm-dd`. */
export function formatIsoDate(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO_DATE =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?\s*$/;

/**
 * The serial of an ISO date written as text (`2025-03-14`, optionally followed by a time,
 * which is ignored), or `undefined` when the text is not such a date or names a day that
 * does not exist (`2025-02-30`).
 */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY;
  if (!isValidCivilDate(year, month, day)) return undefined;
  return serialFromDate(year, month, day);
}
