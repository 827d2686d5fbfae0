/** Parsing of single cell values: dates, times, whole numbers and enumerated values. */
import { isSerialInRange, parseIsoDate } from "../dates/serial";
import { cleanText, isBlank, matchKey } from "./normalize";
import type { CellValue, Initiator, MeetingForm, Outcome, UnitType } from "./types";

export type Parsed<T> =
  | { readonly kind: "blank" }
  | { readonly kind: "ok"; readonly value: T; readonly asText?: boolean }
  | { readonly kind: "invalid" };

const BLANK: Parsed<never> = Object.freeze({ kind: "blank" });
const INVALID: Parsed<never> = Object.freeze({ kind: "invalid" });

function ok<T>(value: T, asText?: boolean): Parsed<T> {
  return asText ? { kind: "ok", value, asText } : { kind: "ok", value };
}

/**
 * A date cell: an Excel serial (a fraction is a time of day and is dropped) or ISO text
 * "2025-03-14" (accepted, `asText` set so that the caller can warn). Serials outside
 * 1900-01-01 … 2199-12-31 are invalid.
 */
export function parseDateCell(value: CellValue | undefined): Parsed<number> {
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return INVALID;
    const serial = Math.floor(value);
    return isSerialInRange(serial) ? ok(serial) : INVALID;
  }
  if (typeof value === "string") {
    const serial = parseIsoDate(cleanText(value));
    return serial !== undefined && isSerialInRange(serial) ? ok(serial, true) : INVALID;
  }
  return INVALID;
}

const MINUTES_PER_DAY = 24 * 60;
const TIME_TEXT = /^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/i;

/**
 * A time of day in minutes after midnight: an Excel fraction of a day (0.375 = 09:00),
 * a date-time serial (its fraction is used), or text "9:00", "09.30", "kl. 13:15".
 */
export function parseTimeCell(value: CellValue | undefined): Parsed<number> {
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return INVALID;
    if (value >= 1 && Number.isInteger(value)) return INVALID;
    const fraction = value - Math.floor(value);
    return ok(Math.min(MINUTES_PER_DAY - 1, Math.round(fraction * MINUTES_PER_DAY)));
  }
  if (typeof value === "string") {
    const m = TIME_TEXT.exec(cleanText(value));
    if (!m) return INVALID;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 23 || min > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return INVALID;
    return ok(h * 60 + min);
  }
  return INVALID;
}

/** A whole number from `min` to `max`, given as a number or as digits. */
export function parseWholeNumber(
  value: CellValue | undefined,
  min: number,
  max: number
): Parsed<number> {
  if (isBlank(value)) return BLANK;
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\d{1,9}$/.test(cleanText(value)))
    n = Number(cleanText(value));
  else return INVALID;
  if (!Number.isFinite(n)) return INVALID;
  const rounded = Math.round(n);
  if (Math.abs(n - rounded) > 1e-9) return INVALID;
  return rounded >= min && rounded <= max ? ok(rounded) : INVALID;
}

function enumParser<T>(
  table: Readonly<Record<string, T>>
): (value: CellValue | undefined) => Parsed<T> {
  return (value) => {
    if (isBlank(value)) return BLANK;
    if (typeof value !== "string") return INVALID;
    const key = matchKey(value);
    return Object.prototype.hasOwnProperty.call(table, key) ? ok(table[key]) : INVALID;
  };
}

export const parseUnitType = enumParser<UnitType>({
  kommun: "Kommun",
  municipality: "Kommun",
  region: "Region",
  af: "AF",
  arbetsförmedlingen: "AF",
  fk: "FK",
  försäkringskassan: "FK",
});

export const parseMeetingForm = enumParser<MeetingForm>({
  fysiskt: "Fysiskt",
  fysisk: "Fysiskt",
  physical: "Fysiskt",
  "in person": "Fysiskt",
  digitalt: "Digitalt",
  digital: "Digitalt",
  online: "Digitalt",
});

export const parseInitiator = enumParser<Initiator>({
  kommun: "Kommun",
  kommunen: "Kommun",
  municipality: "Kommun",
  region: "Region",
  regionen: "Region",
});

export const parseOutcome = enumParser<Outcome>({
  kommun: "Kommun",
  municipality: "Kommun",
  region: "Region",
  af: "AF",
  arbetsförmedlingen: "AF",
  fk: "FK",
  försäkringskassan: "FK",
  sip: "SIP",
  "ingen fortsatt samverkan": "Ingen fortsatt samverkan",
  "no further cooperation": "Ingen fortsatt samverkan",
  annat: "Annat",
  other: "Annat",
});

const CONSENT_TEXT: Readonly<Record<string, boolean>> = {
  ja: true,
  yes: true,
  j: true,
  y: true,
  true: true,
  sant: true,
  x: true,
  nej: false,
  no: false,
  n: false,
  false: false,
  falskt: false,
};

/** Samtycke: Ja/Nej, Yes/No, TRUE/FALSE (booleans or text), 1/0. */
export function parseConsent(value: CellValue | undefined): Parsed<boolean> {
  if (isBlank(value)) return BLANK;
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") return value === 1 ? ok(true) : value === 0 ? ok(false) : INVALID;
  if (typeof value !== "string") return INVALID;
  const key = matchKey(value);
  return Object.prototype.hasOwnProperty.call(CONSENT_TEXT, key) ? ok(CONSENT_TEXT[key]) : INVALID;
}

/** Minutes of a time of day as an Excel fraction of a day (540 → 0.375). */
export function minutesToFraction(minutes: number): number {
  return minutes / MINUTES_PER_DAY;
}

/** "09:00" for 540 minutes (wraps past midnight). */
export function formatMinutes(minutes: number): string {
  const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
