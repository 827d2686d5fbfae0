/**
 * Detection and redaction of Swedish personal identity numbers (personnummer) and
 * coordination numbers (samordningsnummer, day + 60) in free text and cell values.
 *
 * One normalisation serves detection, redaction and comparison alike (`scanPersonnummer`), so that
 * whatever is reported as a personnummer is exactly what is removed from every output.
 *
 * Accepted shapes, also inside longer text (never as part of a longer run of digits):
 *   YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDD+NNNN, YYYYMMDDNNNN;
 *   as separator also any run of spaces (every kind of space the reader collapses), a
 *   typographic dash (‐ ‑ ‒ – — ― −) or a dash/plus with spaces around it;
 *   and nine digits YMMDDNNNN: the ten digits typed into a number cell, which lost the
 *   leading zero of a year 00–09 (050312-1238 becomes 503121238), then pasted as text.
 * A number cell (not text) is read as its digits padded to ten with zeros, so that the
 * number of someone born in 2000, which lost two or three zeros (000312-1236 becomes
 * 3121236), is found too. A number cell also holds a personnummer typed with a Swedish
 * decimal comma: 050312,1238 is stored as 50312.1238, 19050312,1238 as 19050312.1238, and a
 * last digit 0 is lost (050312,1230 is 50312.123). Such a number is one when its whole part
 * has five, six or eight digits (YMMDD that lost the year's zero, YYMMDD, YYYYMMDD) and its
 * fraction one to four (the last four, trailing zeros lost); for someone born in 2000 the
 * whole part keeps only three or four digits (000312,1236 is 312.1236), and then all four
 * decimals must be there, so that an ordinary decimal (312.5, 1130.25) is never taken for
 * one. Times (0.375), date-times of the years this add-in plans in (45962.5) and any
 * number with more than four decimals never are. Last four digits 0000 leave a whole
 * number (061226,0000 is 61226, a date), which is not read as one.
 * The date part must be a real date (for samordningsnummer: day − 60), and the Luhn check
 * digit over the 10-digit form must be right. A 12-digit form must start with 18, 19 or 20.
 *
 * One exception, only in a column whose header names a phone (`isPhoneColumnHeader`:
 * Telefon, Mobil, Tel, …) and only below the header: ten digits starting with 07 written
 * without any separator ("0701234567", also inside text) are a Swedish mobile number, not a
 * personnummer; so are nine digits starting with 7, as a number cell or text, which is
 * the same number after Excel dropped its leading zero (701234567). Every other form
 * (a separator after six digits, twelve digits, a number that lost two zeros) is still a
 * personnummer there, and everywhere else detection is unchanged.
 *
 * Written without look-behind so that it runs in every Office web view.
 */
import { isValidCivilDate } from "../dates/serial";
import { cellText, headerKey, isSpaceCode } from "../planning/normalize";
import type { CellValue } from "../planning/types";

/** What replaces every personnummer found by `redactPersonnummer`. */
export const REDACTED_PERSONNUMMER = "[personnummer borttaget]";

/**
 * Hyphens, dashes, minus and plus signs, ASCII, typographic and full-width, by character
 * code: - + ‐ ‑ ‒ – — ― − ﹣ ＋ －.
 */
function isDashCode(c: number): boolean {
  return (
    c === 0x2d ||
    c === 0x2b ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2212 ||
    c === 0xfe63 ||
    c === 0xff0b ||
    c === 0xff0d
  );
}

/** Luhn (mod 10) check of a 10-digit string: weights 2,1,2,1,… over the first nine digits. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = (nineDigits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * True when `date` (YYMMDD or YYYYMMDD) is a real date, the day possibly + 60
 * (samordningsnummer). With only two year digits, 29 February is accepted when some
 * century makes the year a leap year (as 2000 + YY does whenever YY is divisible by 4).
 */
function isValidDatePart(date: string): boolean {
  const full = date.length === 8;
  const year = Number(full ? date.slice(0, 4) : date.slice(0, 2));
  const month = Number(date.slice(full ? 4 : 2, full ? 6 : 4));
  let day = Number(date.slice(full ? 6 : 4, full ? 8 : 6));
  if (full && (year < 1800 || year >= 2100)) return false;
  if (day > 60) day -= 60;
  return isValidCivilDate(full ? year : 2000 + year, month, day);
}

/** The canonical ten digits YYMMDDNNNN when date part + four digits are valid, else undefined. */
function validTen(datePart: string, lastFour: string): string | undefined {
  if (!isValidDatePart(datePart)) return undefined;
  const ten = datePart.slice(datePart.length - 6) + lastFour;
  return luhnCheckDigit(ten) === ten.charCodeAt(9) - 48 ? ten : undefined;
}

/** One personnummer in a text: [start, end) and its canonical ten digits YYMMDDNNNN. */
export interface PersonnummerMatch {
  readonly start: number;
  readonly end: number;
  readonly ten: string;
}

const NONE: readonly PersonnummerMatch[] = Object.freeze([]);

/** The end of a separator between a date part and the last four digits starting at `j`, or -1. */
function separatorEnd(text: string, j: number): number {
  // Past the end, charCodeAt gives NaN, which is neither a space nor a dash. The spaces are
  // those `cleanText` collapses (planning/normalize.ts), so that cleaning never changes what
  // is found.
  let k = j;
  while (isSpaceCode(text.charCodeAt(k))) k++;
  if (isDashCode(text.charCodeAt(k))) k++;
  while (isSpaceCode(text.charCodeAt(k))) k++;
  return k > j ? k : -1;
}

/**
 * True when `text` may hold a personnummer: every one has at least nine digits (nine, ten or
 * twelve in a row, or a date part of six or eight, a separator and four), so that a text of
 * fewer than nine characters, or with fewer than nine digits, or without a run of six holds
 * none. Most texts are decided here without looking further; a short one without a look.
 */
function mayHoldPersonnummer(text: string): boolean {
  const n = text.length;
  if (n < 9) return false;
  let run = 0;
  let digits = 0;
  let six = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (++run >= 6) six = true;
      if (six && digits >= 9) return true;
    } else run = 0;
  }
  return false;
}

/** Every personnummer in `text`, left to right. */
function findMatches(text: string): readonly PersonnummerMatch[] {
  if (!mayHoldPersonnummer(text)) return NONE;
  let found: PersonnummerMatch[] | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    // A run of digits [i, j).
    let j = i + 1;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
    const length = j - i;
    // Digits only: ten, twelve, or nine that lost the leading zero of the year.
    if (length === 9 || length === 10 || length === 12) {
      const run = text.slice(i, j);
      const digits = length === 9 ? "0" + run : run;
      const ten = validTen(digits.slice(0, digits.length - 4), digits.slice(-4));
      if (ten !== undefined) {
        (found ??= []).push({ start: i, end: j, ten });
        i = j;
        continue;
      }
    }
    // A date part, a separator, four digits.
    if (length === 6 || length === 8) {
      const k = separatorEnd(text, j);
      if (k > 0) {
        let m = k;
        while (m < n && isDigitCode(text.charCodeAt(m))) m++;
        const ten = m - k === 4 ? validTen(text.slice(i, j), text.slice(k, m)) : undefined;
        if (ten !== undefined) {
          (found ??= []).push({ start: i, end: m, ten });
          i = m;
          continue;
        }
      }
    }
    i = j;
  }
  return found ?? NONE;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Headers (as `headerKey` gives them) of the columns where a 07… number is a phone number. */
const PHONE_HEADERS: ReadonlySet<string> = new Set([
  "telefon",
  "telefonnummer",
  "tel",
  "tel.",
  "tfn",
  "mobil",
  "mobilnummer",
  "mobiltelefon",
  "phone",
  "phone number",
  "telephone",
  "mobile",
  "mobile phone",
]);

/**
 * True for a header cell that names a phone column: Telefon, Mobil or Tel (also Telefonnummer,
 * Mobilnummer, Mobiltelefon, Tfn, and in English Phone, Telephone, Mobile), matched like
 * every header: any case, surrounding spaces and a trailing parenthetical ignored.
 */
export function isPhoneColumnHeader(value: CellValue | undefined): boolean {
  return typeof value === "string" && PHONE_HEADERS.has(headerKey(value));
}

/** Where a cell value stands, for the one exception of detection. */
export interface ScanOptions {
  /** The cell is a data cell of a phone column (`isPhoneColumnHeader`). */
  readonly phoneColumn?: boolean;
}

/** Digits that in a phone column are a mobile number: 07 and eight digits, or 7 and eight (the zero lost). */
const MOBILE_DIGITS = /^0?7\d{8}$/;

/** True for a match that, in a phone column, is a mobile number written as digits only. */
function isMobileNumber(text: string, m: PersonnummerMatch): boolean {
  return MOBILE_DIGITS.test(text.slice(m.start, m.end));
}

/**
 * The one normalisation behind detection, redaction and comparison: the text of a cell
 * value as typed, and the personnummer in it. A number that is one, in any of its forms,
 * is one match covering its whole text. Booleans and blanks never hold one. In a phone
 * column (`options.phoneColumn`) a mobile number written as digits only is not one.
 */
export function scanPersonnummer(
  value: CellValue | undefined,
  options: ScanOptions = {}
): {
  readonly text: string;
  readonly matches: readonly PersonnummerMatch[];
} {
  return { text: cellText(value), matches: personnummerIn(value, options) };
}

/**
 * The personnummer of a cell value as `scanPersonnummer` finds them, in the text `cellText`
 * gives; a shared empty list when there is none (the common case: nothing is made).
 */
export function personnummerIn(
  value: CellValue | undefined,
  options: ScanOptions = {}
): readonly PersonnummerMatch[] {
  if (typeof value === "string") {
    const matches = findMatches(value);
    return options.phoneColumn && matches.length > 0
      ? matches.filter((m) => !isMobileNumber(value, m))
      : matches;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return NONE;
  // Dates, times' whole days, counts: fewer than seven digits can hold no personnummer.
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return NONE;
  const text = String(value);
  // A mobile number typed into a number cell of a phone column: 0701234567 is 701234567.
  if (options.phoneColumn && MOBILE_DIGITS.test(text)) return NONE;
  let normalised = text;
  if (Number.isInteger(value) && Math.abs(value) < 1e21) {
    // A number cell keeps no leading zero: 0503121238 is 503121238, 0003121236 is 3121236.
    const digits = Math.abs(value).toFixed(0);
    normalised = digits.length >= 7 && digits.length < 10 ? digits.padStart(10, "0") : digits;
  }
  const inNumber = findMatches(normalised);
  const ten =
    inNumber.length > 0
      ? inNumber[0].ten
      : Number.isInteger(value)
        ? undefined
        : decimalCommaTen(value);
  return ten !== undefined ? [{ start: 0, end: text.length, ten }] : NONE;
}

/** `text` (a cell's `cellText`) with its `matches` replaced by "[personnummer borttaget]". */
export function redactMatches(text: string, matches: readonly PersonnummerMatch[]): string {
  return replaceMatches(text, matches, () => REDACTED_PERSONNUMMER);
}

/**
 * A number written with a decimal comma (`decimalCommaTen`): whole part and fraction as
 * `String` gives them (no exponent: that needs 1e21 or more, or less than 1e-6).
 */
const DECIMAL_NUMBER = /^(\d{3,6}|\d{8})\.(\d{1,4})$/;

/**
 * The canonical ten digits of a personnummer typed with a decimal comma into a number cell
 * (050312,1238 → 50312.1238), else undefined. See the module comment for the forms.
 */
function decimalCommaTen(value: number): string | undefined {
  const m = DECIMAL_NUMBER.exec(String(Math.abs(value)));
  if (!m) return undefined;
  const [, whole, fraction] = m;
  // Born in 2000: only a full four-digit fraction, never an ordinary decimal like 312.5.
  if (whole.length < 5 && fraction.length < 4) return undefined;
  return validTen(whole.length === 8 ? whole : whole.padStart(6, "0"), fraction.padEnd(4, "0"));
}

function replaceMatches(
  text: string,
  matches: readonly PersonnummerMatch[],
  by: (m: PersonnummerMatch) => string
): string {
  if (matches.length === 0) return text;
  let out = "";
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + by(m);
    last = m.end;
  }
  return out + text.slice(last);
}

/** True when `text` contains something that is a valid personnummer or samordningsnummer. */
export function findPersonnummer(text: string): boolean {
  return findMatches(text).length > 0;
}

/**
 * True when a cell value (text or number) contains a personnummer. Booleans and blanks never
 * do. `options` as for `scanPersonnummer` (a phone column's mobile numbers are not one).
 */
export function containsPersonnummer(
  value: CellValue | undefined,
  options: ScanOptions = {}
): boolean {
  return personnummerIn(value, options).length > 0;
}

/** `text` with every personnummer replaced by "[personnummer borttaget]". */
export function redactPersonnummer(text: string): string {
  if (typeof text !== "string") return redactedCellText(text);
  const matches = findMatches(text);
  return matches.length === 0 ? text : replaceMatches(text, matches, () => REDACTED_PERSONNUMMER);
}

/**
 * The text of a cell value (as `cellText`) made safe for output: every personnummer
 * replaced by "[personnummer borttaget]"; a number that is one becomes that text.
 */
export function redactedCellText(value: CellValue | undefined, options: ScanOptions = {}): string {
  const matches = personnummerIn(value, options);
  const text = typeof value === "string" ? value : cellText(value);
  return matches.length === 0 ? text : replaceMatches(text, matches, () => REDACTED_PERSONNUMMER);
}

/**
 * A cell value made safe for output: strings are redacted; a number that is itself a
 * personnummer becomes the redaction text.
 */
export function redactCellValue(value: CellValue): CellValue {
  if (typeof value === "string") return redactPersonnummer(value);
  if (typeof value === "number" && personnummerIn(value).length > 0) return REDACTED_PERSONNUMMER;
  return value;
}

/**
 * Stand-ins for the personnummer of one reading, for comparing values without keeping
 * the numbers: the same person (in any form) gets the same stand-in, two people two.
 */
export class PersonnummerPseudonyms {
  private readonly byTen = new Map<string, string>();

  /**
   * The text of a cell value with every personnummer replaced by its stand-in. Two
   * values give the same text exactly when they are the same text around the same people.
   */
  cellText(value: CellValue | undefined): string {
    return this.read(value).pseudonymised;
  }

  /**
   * Both texts of a cell value from one scan: `redacted` (as `redactedCellText`, for
   * output) and `pseudonymised` (as `cellText`, for comparing).
   */
  read(value: CellValue | undefined): {
    readonly redacted: string;
    readonly pseudonymised: string;
  } {
    const { text, matches } = scanPersonnummer(value);
    return this.readMatches(text, matches);
  }

  /** `read` of a cell whose text and matches are known (`personnummerIn`, no phone column). */
  readMatches(
    text: string,
    matches: readonly PersonnummerMatch[]
  ): { readonly redacted: string; readonly pseudonymised: string } {
    if (matches.length === 0) return { redacted: text, pseudonymised: text };
    return {
      redacted: replaceMatches(text, matches, () => REDACTED_PERSONNUMMER),
      pseudonymised: replaceMatches(text, matches, (m) => {
        let token = this.byTen.get(m.ten);
        if (token === undefined)
          this.byTen.set(m.ten, (token = `\u0000${this.byTen.size + 1}\u0000`));
        return token;
      }),
    };
  }
}
