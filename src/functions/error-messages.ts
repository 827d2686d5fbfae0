/**
 * The messages custom functions attach to the Excel errors they return, in the user's
 * language (i18n/: Swedish by default, English when Office's display language is English).
 * Each names where the bad value sits: the argument, and for a range its row and column.
 */
import type { DateSystem } from "../core/dates/date-system";
import { displayLanguage, functionTexts, type Lang } from "./i18n";

export { displayLanguage };
export type { Lang };

/** Where a bad value sits: the argument, and for a range the row/column (1-based). */
export interface Place {
  readonly arg: string;
  readonly row?: number;
  readonly col?: number;
}

function where(place: Place, lang: Lang): string {
  if (place.row === undefined) return place.arg;
  const texts = functionTexts(lang);
  const col = place.col === undefined ? "" : `, ${texts.column(place.col)}`;
  return `${place.arg} (${texts.row(place.row)}${col})`;
}

/** The first date a workbook of `system` can hold. */
function first(system: DateSystem): string {
  return system === "1904" ? "1904-01-01" : "1900-01-01";
}

function show(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return text.length > 40 ? `"${text.slice(0, 37)}..."` : `"${text}"`;
}

export const errorMessages = {
  notADate: (p: Place, value: unknown, lang: Lang): string =>
    functionTexts(lang).notADate(where(p, lang), show(value)),
  dateOutOfRange: (p: Place, lang: Lang, system: DateSystem): string =>
    functionTexts(lang).dateOutOfRange(where(p, lang), first(system)),
  resultOutOfRange: (lang: Lang, system: DateSystem): string =>
    functionTexts(lang).resultOutOfRange(first(system)),
  notANumber: (p: Place, value: unknown, lang: Lang): string =>
    functionTexts(lang).notANumber(where(p, lang), show(value)),
  negative: (p: Place, lang: Lang): string => functionTexts(lang).negative(where(p, lang)),
  tooLarge: (p: Place, max: number, lang: Lang): string =>
    functionTexts(lang).tooLarge(where(p, lang), max),
  atLeastOne: (p: Place, lang: Lang): string => functionTexts(lang).atLeastOne(where(p, lang)),
  badYear: (p: Place, value: unknown, lang: Lang, firstYear: number): string =>
    functionTexts(lang).badYear(where(p, lang), show(value), firstYear),
  notABoolean: (p: Place, value: unknown, lang: Lang): string =>
    functionTexts(lang).notABoolean(where(p, lang), show(value)),
  /** An error value (`code`, e.g. "#N/A", when known) where a value was expected. */
  errorInRange: (p: Place, lang: Lang, code?: string): string =>
    functionTexts(lang).errorInRange(where(p, lang), code),
  notText: (p: Place, value: unknown, lang: Lang): string =>
    functionTexts(lang).notText(where(p, lang), show(value)),
  lengthMismatch: (a: string, n: number, b: string, m: number, lang: Lang): string =>
    functionTexts(lang).lengthMismatch(a, n, b, m),
  tooManyColumns: (arg: string, lang: Lang): string => functionTexts(lang).tooManyColumns(arg),
  needsBoth: (a: string, b: string, lang: Lang): string => functionTexts(lang).needsBoth(a, b),
  unexpected: (lang: Lang): string => functionTexts(lang).unexpected,
};
