/** The custom functions' texts in English (`FunctionTexts`, see types.ts). */
import type { FunctionTexts } from "./types";

export const en: FunctionTexts = {
  row: (n) => `row ${n}`,
  column: (n) => `column ${n}`,
  notADate: (where, value) => `${where}: ${value} is not a date. Enter a date, e.g. 2025-03-14.`,
  dateOutOfRange: (where, first) => `${where}: the date is outside ${first} to 2199-12-31.`,
  resultOutOfRange: (first) => `The result would fall outside ${first} to 2199-12-31.`,
  notANumber: (where, value) => `${where}: ${value} is not a number.`,
  negative: (where) => `${where}: the number must not be negative.`,
  tooLarge: (where, max) => `${where}: the number must be at most ${max}.`,
  atLeastOne: (where) => `${where}: the number must be at least 1.`,
  badYear: (where, value, firstYear) =>
    `${where}: ${value} is not a year from ${firstYear} to 2199.`,
  notABoolean: (where, value) => `${where}: ${value} must be TRUE or FALSE.`,
  errorInRange: (where, code) =>
    `${where}: the cell holds ${code ? `the error value ${code}` : "an error value"}.`,
  notText: (where, value) => `${where}: ${value} must be text.`,
  lengthMismatch: (a, n, b, m) => `${a} and ${b} have different numbers of cells (${n} and ${m}).`,
  tooManyColumns: (arg) => `${arg}: give one column of units, or two columns (unit, type).`,
  needsBoth: (a, b) => `Give both ${a} and ${b}, or neither.`,
  unexpected: "An unexpected error occurred in the function.",
  holidayName: (holiday) => holiday.nameEn,
};
