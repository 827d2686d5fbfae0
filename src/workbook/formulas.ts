/**
 * A small evaluator for the formulas the add-in itself writes into the planning workbook
 * (see the `Möten` table): a call of one of our VERKSAM functions whose arguments are
 * structured references (`[@Mötesdatum]`, `Enheter[Enhet]`, `Enheter[[Enhet]:[Typ]]`),
 * text in double quotes or numbers. The in-memory workbook uses it so that the browser
 * preview shows the values Excel would show. It is not a spreadsheet engine: any other
 * formula evaluates to "#NAME?".
 */
import * as functions from "../functions/functions";
import type { CellValue } from "../core/planning/types";

/** Looks up table data for structured references. */
export interface FormulaContext {
  /** The values of the named columns (first..last inclusive) of a table's data rows, or undefined. */
  columns(table: string, first: string, last: string): CellValue[][] | undefined;
  /** The value of `column` in the current row of the formula's own table. */
  thisRow(column: string): CellValue | undefined;
}

type Fn = (...args: unknown[]) => unknown;

/** Our functions, and which of their parameters take ranges (the rest are scalars). */
const FUNCTIONS: Record<string, { fn: Fn; matrixParams: readonly number[] }> = {
  "VERKSAM.WORKDAYS_BEFORE_MEETING": {
    fn: functions.workdaysBeforeMeeting as Fn,
    matrixParams: [2],
  },
  "VERKSAM.UNITS_TO_RELEASE": { fn: functions.unitsToRelease as Fn, matrixParams: [0, 1, 2] },
  "VERKSAM.MEETING_DATES": { fn: functions.meetingDates as Fn, matrixParams: [3] },
  "VERKSAM.IS_WORKDAY": { fn: functions.isWorkday as Fn, matrixParams: [1] },
  "VERKSAM.SWEDISH_HOLIDAYS": { fn: functions.swedishHolidays as Fn, matrixParams: [] },
};

/** Splits an argument list at top-level commas (not inside brackets or quotes). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "[") depth++;
    if (!quoted && ch === "]") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "" || args.length > 0) args.push(current.trim());
  return args;
}

const CALL = /^=\s*([A-Za-z_.]+)\s*\((.*)\)\s*$/s;
const THIS_ROW = /^\[@\[?([^\]]+)\]?\]$/;
const COLUMN = /^([^[\]]+)\[([^[\]]+)\]$/;
const COLUMN_SPAN = /^([^[\]]+)\[\[([^[\]]+)\]:\[([^[\]]+)\]\]$/;

/** An argument's value: a scalar, or a range as a matrix. `undefined` for a reference that does not resolve. */
function evaluateArgument(arg: string, ctx: FormulaContext): unknown {
  if (arg === "") return null;
  if (/^".*"$/s.test(arg)) return arg.slice(1, -1).replace(/""/g, '"');
  if (/^[-+]?\d+(\.\d+)?$/.test(arg)) return Number(arg);
  if (/^(TRUE|FALSE)$/i.test(arg)) return arg.toUpperCase() === "TRUE";
  let m = THIS_ROW.exec(arg);
  if (m) return ctx.thisRow(m[1]);
  m = COLUMN_SPAN.exec(arg);
  if (m) return ctx.columns(m[1], m[2], m[3]);
  m = COLUMN.exec(arg);
  if (m) return ctx.columns(m[1], m[2], m[2]);
  return undefined;
}

/** Excel's display of an error thrown or returned by a function. */
function errorText(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
}

/** The value a formula shows in its cell (a spilled result shows its first cell). */
export function evaluateFormula(formula: string, ctx: FormulaContext): CellValue {
  const call = CALL.exec(formula);
  if (!call) return "#NAME?";
  const entry = FUNCTIONS[call[1].toUpperCase()];
  if (!entry) return "#NAME?";
  const args: unknown[] = [];
  const parts = splitArguments(call[2]);
  for (let i = 0; i < parts.length; i++) {
    const value = evaluateArgument(parts[i], ctx);
    if (value === undefined) return "#REF!";
    // A one-cell range given where the function takes a single value.
    const isMatrix = Array.isArray(value);
    if (isMatrix && !entry.matrixParams.includes(i)) {
      const m = value as unknown[][];
      if (m.length !== 1 || m[0].length !== 1) return "#VALUE!";
      args.push(m[0][0]);
    } else {
      args.push(value);
    }
  }
  try {
    const result = entry.fn(...args);
    const first = Array.isArray(result) ? (result[0] as unknown[])[0] : result;
    return first === undefined ? null : (first as CellValue);
  } catch (e) {
    return errorText(e);
  }
}
