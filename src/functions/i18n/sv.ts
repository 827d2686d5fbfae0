/** The custom functions' texts in Swedish (`FunctionTexts`, see types.ts). */
import type { FunctionTexts } from "./types";

export const sv: FunctionTexts = {
  row: (n) => `rad ${n}`,
  column: (n) => `kolumn ${n}`,
  notADate: (where, value) =>
    `${where}: ${value} är inte ett datum. Skriv ett datum, t.ex. 2025-03-14.`,
  dateOutOfRange: (where, first) => `${where}: datumet ligger utanför ${first} till 2199-12-31.`,
  resultOutOfRange: (first) => `Resultatet skulle hamna utanför ${first} till 2199-12-31.`,
  notANumber: (where, value) => `${where}: ${value} är inte ett tal.`,
  negative: (where) => `${where}: talet får inte vara negativt.`,
  tooLarge: (where, max) => `${where}: talet får vara högst ${max}.`,
  atLeastOne: (where) => `${where}: talet måste vara minst 1.`,
  badYear: (where, value, firstYear) =>
    `${where}: ${value} är inte ett år från ${firstYear} till 2199.`,
  notABoolean: (where, value) => `${where}: ${value} ska vara SANT eller FALSKT.`,
  errorInRange: (where, code) =>
    `${where}: cellen innehåller ${code ? `felvärdet ${code}` : "ett felvärde"}.`,
  notText: (where, value) => `${where}: ${value} ska vara text.`,
  lengthMismatch: (a, n, b, m) => `${a} och ${b} har olika antal celler (${n} och ${m}).`,
  tooManyColumns: (arg) => `${arg}: ange en kolumn med enheter, eller två kolumner (enhet, typ).`,
  needsBoth: (a, b) => `Ange både ${a} och ${b}, eller ingen av dem.`,
  unexpected: "Ett oväntat fel uppstod i funktionen.",
  holidayName: (holiday) => holiday.name,
};
