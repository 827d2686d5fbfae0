/**
 * The custom functions as the preview's formula evaluator (src/workbook/formulas.ts) calls
 * them: by full name, with the date system of the workbook the formula is in passed as a
 * value. The workbook layer does not import the functions layer: the composition root (the
 * pane's preview workbook, src/taskpane/taskpane.ts; the tests' Excel double) hands this
 * table, or `evaluateFormula` bound to it, to the workbook it makes.
 */
import type { DateSystem } from "../core/dates/date-system";
import {
  evaluateFormula as evaluateWith,
  type FormulaContext,
  type FormulaFunction,
  type FormulaFunctions,
} from "../workbook/formulas";
import type { CellValue } from "../core/planning/types";
import * as impl from "./implementations";

type Implementation = (system: DateSystem, ...args: never[]) => unknown;

function entry(fn: Implementation, matrixParams: readonly number[]): FormulaFunction {
  const call = fn as (system: DateSystem, ...args: readonly unknown[]) => unknown;
  return { call: (system, args) => call(system, ...args), matrixParams };
}

/** Every VERKSAM function, and which of its parameters take ranges. */
export const FORMULA_FUNCTIONS: FormulaFunctions = {
  "VERKSAM.WORKDAYS_BEFORE_MEETING": entry(impl.workdaysBeforeMeeting, [2]),
  "VERKSAM.UNITS_TO_RELEASE": entry(impl.unitsToRelease, [0, 1, 2]),
  "VERKSAM.MEETING_DATES": entry(impl.meetingDates, [3]),
  "VERKSAM.IS_WORKDAY": entry(impl.isWorkday, [1]),
  "VERKSAM.SWEDISH_HOLIDAYS": entry(impl.swedishHolidays, []),
};

/** The value a formula shows in its cell, with the add-in's functions (formulas.ts). */
export function evaluateFormula(formula: string, ctx: FormulaContext): CellValue {
  return evaluateWith(formula, ctx, FORMULA_FUNCTIONS);
}
