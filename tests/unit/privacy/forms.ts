/**
 * Personnummer for the privacy tests, built independently of src/core/privacy: every form a
 * person can type one in (DOMAIN.md, "Decided rules"), and a check that a text holds none of
 * them, also with the separators taken out.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core/planning";
import { luhn } from "../planning/helpers";

export { luhn };

/** One person's number. */
export interface Pnr {
  /** YYMMDDNNNN. */
  readonly ten: string;
  /** The century digits: "19" for 1981, "20" for 2005. */
  readonly century: string;
  /** The ten digits without leading zeros: what a number cell keeps of them. */
  readonly core: string;
}

export function makePnr(year: number, month: number, day: number, three: number): Pnr {
  const yymmdd = [year % 100, month, day].map((n) => String(n).padStart(2, "0")).join("");
  const nine = yymmdd + String(three).padStart(3, "0");
  const ten = nine + luhn(nine);
  return { ten, century: String(Math.floor(year / 100)), core: ten.replace(/^0+/, "") };
}

/**
 * Numbers of people born 1900–2099, with the born-2000s (leading zeros) over-represented,
 * samordningsnummer (day + 60) now and then.
 */
export const pnrArb: fc.Arbitrary<Pnr> = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 2000, max: 2009 }),
      fc.constant(2000)
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    three: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ year, month, day, coordination, three }) =>
    makePnr(year, month, coordination && year % 7 === 0 ? day + 60 : day, three)
  );

/** The ways a personnummer reaches a cell. */
export type FormKind =
  | "YYMMDD-NNNN"
  | "YYMMDD+NNNN"
  | "YYMMDDNNNN"
  | "YYYYMMDD-NNNN"
  | "YYYYMMDDNNNN"
  | "YYMMDD NNNN"
  | "YYMMDD–NNNN"
  | "YYMMDD(nbsp)NNNN"
  | "number"
  | "number with century"
  | "number, decimal comma"
  | "number with century, decimal comma"
  | "number as text";

export const FORM_KINDS: readonly FormKind[] = [
  "YYMMDD-NNNN",
  "YYMMDD+NNNN",
  "YYMMDDNNNN",
  "YYYYMMDD-NNNN",
  "YYYYMMDDNNNN",
  "YYMMDD NNNN",
  "YYMMDD–NNNN",
  "YYMMDD(nbsp)NNNN",
  "number",
  "number with century",
  "number, decimal comma",
  "number with century, decimal comma",
  "number as text",
];

/**
 * The cell value of `p` in form `kind`. "number" is the ten digits typed into a number cell
 * (leading zeros lost: 0503121238 → 503121238); "number as text" is that number pasted
 * into a text cell, which keeps only a single lost zero recognisable (born 2001–2009).
 * The decimal-comma forms are YYMMDD,NNNN typed into a number cell of a Swedish Excel, which
 * stores the number YYMMDD.NNNN (leading zeros and a trailing zero lost).
 */
export function formValue(p: Pnr, kind: FormKind): CellValue {
  const [six, four] = [p.ten.slice(0, 6), p.ten.slice(6)];
  switch (kind) {
    case "YYMMDD-NNNN":
      return `${six}-${four}`;
    case "YYMMDD+NNNN":
      return `${six}+${four}`;
    case "YYMMDDNNNN":
      return p.ten;
    case "YYYYMMDD-NNNN":
      return `${p.century}${six}-${four}`;
    case "YYYYMMDDNNNN":
      return p.century + p.ten;
    case "YYMMDD NNNN":
      return `${six} ${four}`;
    case "YYMMDD–NNNN":
      return `${six}\u2013${four}`;
    case "YYMMDD(nbsp)NNNN":
      return `${six}\u00a0${four}`;
    case "number":
      return Number(p.ten);
    case "number with century":
      return Number(p.century + p.ten);
    case "number, decimal comma":
      // 050312,1238 typed into a number cell in Swedish Excel: 50312.1238.
      return Number(`${six}.${four}`);
    case "number with century, decimal comma":
      return Number(`${p.century}${six}.${four}`);
    case "number as text":
      return p.core.length === 9 ? p.core : p.ten;
  }
}

/**
 * True for the decimal-comma forms the add-in cannot tell from an ordinary number and does
 * not find (privacy/personnummer.ts): last four digits 0000 (061226,0000 is the whole
 * number 61226, a date), and someone born in 2000 whose check digit is 0 (000312,1290 is
 * the number 312.129, an ordinary decimal).
 */
export function lostInDecimal(p: Pnr, kind: FormKind): boolean {
  if (kind !== "number, decimal comma" && kind !== "number with century, decimal comma")
    return false;
  if (p.ten.endsWith("0000")) return true;
  return kind === "number, decimal comma" && p.ten.startsWith("00") && p.ten.endsWith("0");
}

/** Text forms may sit inside other text; numbers are the whole cell. */
export function inText(value: CellValue, before: string, after: string): CellValue {
  return typeof value === "string" ? `${before}${value}${after}` : value;
}

/** Separators a personnummer can be typed with, taken out between digits. */
const BETWEEN_DIGITS = /(\d)[\s\u00a0+\-\u2010-\u2015\u2212]+(?=\d)/g;

/** `text` with every separator between two digits removed. */
export function digitsJoined(text: string): string {
  return text.replace(BETWEEN_DIGITS, "$1");
}

/**
 * Undefined when `text` holds `p` in no form, else what was found. Every typed form of the
 * number contains its `core` once separators are taken out (the century and leading zeros
 * only add digits around it), so one search covers them all.
 */
export function leakIn(text: string, p: Pnr): string | undefined {
  const joined = digitsJoined(text);
  const at = joined.indexOf(p.core);
  if (at >= 0) return joined.slice(Math.max(0, at - 20), at + p.core.length + 20);
  // A decimal-comma number shown as text: "50312.1238", "50312,1238".
  for (const kind of ["number, decimal comma", "number with century, decimal comma"] as const) {
    const shown = String(formValue(p, kind));
    for (const form of [shown, shown.replace(".", ",")]) {
      const i = text.indexOf(form);
      if (i >= 0) return text.slice(Math.max(0, i - 20), i + form.length + 20);
    }
  }
  return undefined;
}

/** A number cell that is `p`: the ten digits or the twelve as a number. */
export function isPnrNumber(value: unknown, p: Pnr): boolean {
  return (
    typeof value === "number" &&
    (value === Number(p.ten) ||
      value === Number(p.century + p.ten) ||
      value === formValue(p, "number, decimal comma") ||
      value === formValue(p, "number with century, decimal comma"))
  );
}

/**
 * A header of a phone column, where a 10-digit number starting with 07 is a phone number
 * (DOMAIN.md, "Decided rules": Telefon, Mobil, Tel; the English template writes Phone).
 */
export function isPhoneHeader(header: unknown): boolean {
  return (
    typeof header === "string" &&
    /^(telefon|telefonnummer|tel|mobil|mobilnummer|phone|telephone|mobile)$/i.test(header.trim())
  );
}

/**
 * True when `p` typed in form `kind` into a phone column reads as a mobile number: its ten
 * digits start with 07 and are written without a separator, as text (0701234567) or as
 * a number that lost its zero (701234567, also pasted as text).
 */
export function readsAsMobile(p: Pnr, kind: FormKind): boolean {
  return (
    p.ten.startsWith("07") &&
    (kind === "YYMMDDNNNN" || kind === "number" || kind === "number as text")
  );
}
