/**
 * The messages custom functions attach to the Excel errors they return. Swedish by default;
 * English when Office's display language is English.
 */
import type { DateSystem } from "../core/dates/date-system";
import type { Lang } from "../core/i18n/messages";

export type { Lang };

export function displayLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const lang = office?.context?.displayLanguage;
    return typeof lang === "string" && lang.toLowerCase().startsWith("en") ? "en" : "sv";
  } catch {
    return "sv";
  }
}

/** Where a bad value sits: the argument, and for a range the row/column (1-based). */
export interface Place {
  readonly arg: string;
  readonly row?: number;
  readonly col?: number;
}

function where(place: Place, lang: Lang): string {
  if (place.row === undefined) return place.arg;
  const row = lang === "sv" ? `rad ${place.row}` : `row ${place.row}`;
  const col =
    place.col === undefined
      ? ""
      : lang === "sv"
        ? `, kolumn ${place.col}`
        : `, column ${place.col}`;
  return `${place.arg} (${row}${col})`;
}

/** The first date a workbook of `system` can hold. */
function first(system: DateSystem): string {
  return system === "1904" ? "1904-01-01" : "1900-01-01";
}

function show(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return text.length > 40 ? `"${text.slice(0, 37)}..."` : `"${text}"`;
}

export const messages = {
  notADate: (p: Place, value: unknown, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: ${show(value)} är inte ett datum. Skriv ett datum, t.ex. 2025-03-14.`
      : `${where(p, lang)}: ${show(value)} is not a date. Enter a date, e.g. 2025-03-14.`,
  dateOutOfRange: (p: Place, lang: Lang, system: DateSystem): string =>
    lang === "sv"
      ? `${where(p, lang)}: datumet ligger utanför ${first(system)} till 2199-12-31.`
      : `${where(p, lang)}: the date is outside ${first(system)} to 2199-12-31.`,
  resultOutOfRange: (lang: Lang, system: DateSystem): string =>
    lang === "sv"
      ? `Resultatet skulle hamna utanför ${first(system)} till 2199-12-31.`
      : `The result would fall outside ${first(system)} to 2199-12-31.`,
  notANumber: (p: Place, value: unknown, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: ${show(value)} är inte ett tal.`
      : `${where(p, lang)}: ${show(value)} is not a number.`,
  negative: (p: Place, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: talet får inte vara negativt.`
      : `${where(p, lang)}: the number must not be negative.`,
  tooLarge: (p: Place, max: number, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: talet får vara högst ${max}.`
      : `${where(p, lang)}: the number must be at most ${max}.`,
  atLeastOne: (p: Place, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: talet måste vara minst 1.`
      : `${where(p, lang)}: the number must be at least 1.`,
  badYear: (p: Place, value: unknown, lang: Lang, firstYear: number): string =>
    lang === "sv"
      ? `${where(p, lang)}: ${show(value)} är inte ett år från ${firstYear} till 2199.`
      : `${where(p, lang)}: ${show(value)} is not a year from ${firstYear} to 2199.`,
  notABoolean: (p: Place, value: unknown, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: ${show(value)} ska vara SANT eller FALSKT.`
      : `${where(p, lang)}: ${show(value)} must be TRUE or FALSE.`,
  /** An error value (`code`, e.g. "#N/A", when known) where a value was expected. */
  errorInRange: (p: Place, lang: Lang, code?: string): string =>
    lang === "sv"
      ? `${where(p, lang)}: cellen innehåller ${code ? `felvärdet ${code}` : "ett felvärde"}.`
      : `${where(p, lang)}: the cell holds ${code ? `the error value ${code}` : "an error value"}.`,
  notText: (p: Place, value: unknown, lang: Lang): string =>
    lang === "sv"
      ? `${where(p, lang)}: ${show(value)} ska vara text.`
      : `${where(p, lang)}: ${show(value)} must be text.`,
  lengthMismatch: (a: string, n: number, b: string, m: number, lang: Lang): string =>
    lang === "sv"
      ? `${a} och ${b} har olika antal celler (${n} och ${m}).`
      : `${a} and ${b} have different numbers of cells (${n} and ${m}).`,
  tooManyColumns: (arg: string, lang: Lang): string =>
    lang === "sv"
      ? `${arg}: ange en kolumn med enheter, eller två kolumner (enhet, typ).`
      : `${arg}: give one column of units, or two columns (unit, type).`,
  needsBoth: (a: string, b: string, lang: Lang): string =>
    lang === "sv"
      ? `Ange både ${a} och ${b}, eller ingen av dem.`
      : `Give both ${a} and ${b}, or neither.`,
  unexpected: (lang: Lang): string =>
    lang === "sv"
      ? "Ett oväntat fel uppstod i funktionen."
      : "An unexpected error occurred in the function.",
};
