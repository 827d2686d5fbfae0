/**
 * Detection and redaction of Swedish personal identity numbers (personnummer) and
 * coordination numbers (samordningsnummer, day + 60) in free text and cell values.
 *
 * Accepted shapes, also inside longer text (never as part of a longer run of digits):
 *   YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDD+NNNN, YYYYMMDDNNNN,
 *   and the same with a space or a typographic dash (‐ ‑ ‒ – −) as separator.
 * The date part must be a real date (for samordningsnummer: day − 60), and the Luhn check
 * digit over the 10-digit form must be right. A 12-digit form must start with 18, 19 or 20.
 *
 * Written without look-behind so that it runs in every Office web view.
 */
import { isValidCivilDate } from "../dates/serial";
import type { CellValue } from "../planning/types";

/** What replaces every personnummer found by `redactPersonnummer`. */
export const REDACTED_PERSONNUMMER = "[personnummer borttaget]";

const SEPARATORS = new Set(["-", "+", " ", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212"]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
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

/** True when date part + four digits form a valid personnummer or samordningsnummer. */
function isValidNumber(datePart: string, lastFour: string): boolean {
  if (!isValidDatePart(datePart)) return false;
  const ten = datePart.slice(datePart.length - 6) + lastFour;
  return luhnCheckDigit(ten) === ten.charCodeAt(9) - 48;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every personnummer in `text`, as [start, end) spans, left to right. */
function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isDigit(text[i]) || isDigit(text[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isDigit(text[j])) j++;
    const run = text.slice(i, j);
    if (
      (run.length === 10 || run.length === 12) &&
      isValidNumber(run.slice(0, run.length - 4), run.slice(-4))
    ) {
      spans.push({ start: i, end: j });
      i = j;
      continue;
    }
    if ((run.length === 6 || run.length === 8) && SEPARATORS.has(text[j] ?? "")) {
      let k = j + 1;
      while (k < n && isDigit(text[k])) k++;
      if (k - (j + 1) === 4 && isValidNumber(run, text.slice(j + 1, k))) {
        spans.push({ start: i, end: k });
        i = k;
        continue;
      }
    }
    i = j;
  }
  return spans;
}

/** True when `text` contains something that is a valid personnummer or samordningsnummer. */
export function findPersonnummer(text: string): boolean {
  return findSpans(text).length > 0;
}

/**
 * The texts to look at for a cell value. A number stored in a cell loses its leading zero
 * (050312-1234 typed without the dash becomes 503121234), so a whole number of nine digits
 * is also tried with the zero put back.
 */
function textsOfValue(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return [];
    const texts = [String(value)];
    if (Number.isInteger(value) && Math.abs(value) < 1e21) {
      const plain = Math.abs(value).toFixed(0);
      if (plain !== texts[0]) texts.push(plain);
      if (plain.length === 9) texts.push("0" + plain);
    }
    return texts;
  }
  return [];
}

/** True when a cell value (text or number) contains a personnummer. Booleans and blanks never do. */
export function containsPersonnummer(value: CellValue | undefined): boolean {
  return textsOfValue(value).some(findPersonnummer);
}

/** `text` with every personnummer replaced by "[personnummer borttaget]". */
export function redactPersonnummer(text: string): string {
  const spans = findSpans(text);
  if (spans.length === 0) return text;
  let out = "";
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + REDACTED_PERSONNUMMER;
    last = s.end;
  }
  return out + text.slice(last);
}

/**
 * A cell value made safe for output: strings are redacted; a number that is itself a
 * personnummer becomes the redaction text.
 */
export function redactCellValue(value: CellValue): CellValue {
  if (typeof value === "string") return redactPersonnummer(value);
  if (typeof value === "number" && containsPersonnummer(value)) return REDACTED_PERSONNUMMER;
  return value;
}
