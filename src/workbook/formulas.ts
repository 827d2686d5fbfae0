/**
 * A small evaluator for the formulas the add-in itself writes into the planning workbook
 * (see the `Möten` table and `meetingFormulas` in core/planning/template.ts). The in-memory
 * workbook uses it so that the browser preview shows the values Excel would show. It is not
 * a spreadsheet engine; it understands:
 * - calls of our VERKSAM functions and of IF, ISBLANK and INDEX, nested, whose arguments are
 *   structured references (`[@Mötesdatum]`, `[@[Meeting date]]`, `Enheter[Enhet]`,
 *   `Enheter[[Enhet]:[Typ]]`), text in double quotes, numbers, TRUE and FALSE;
 * - the template's own Frigörs formula (a native TEXTJOIN/COUNTIFS formula, in Swedish or
 *   English headers), recognised by its exact text and computed with UNITS_TO_RELEASE over
 *   the cases whose Samtycke is not "Nej"/"No" (compared as COUNTIFS does: the whole text,
 *   any case), which gives the same answer (tests/unit/planning/template.test.ts checks the
 *   two against a spreadsheet engine).
 * Any other formula evaluates to "#NAME?". An empty cell reaches a function as `null`, as
 * in Excel on the web.
 *
 * The custom functions are not imported here (the workbook layer does not depend on the
 * functions layer): the caller passes them as a `FormulaFunctions` table, and each is called
 * with the date system of the workbook the formula is in (`FormulaContext.dateSystem`).
 * The composition root (the pane's preview; the tests' Excel double) passes the add-in's
 * table, src/functions/formula-table.ts. A name the table lacks is "#NAME?", as in an Excel
 * without the add-in.
 */
import type { DateSystem } from "../core/dates/date-system";
import {
  CUSTOM_FUNCTIONS,
  meetingFormulas,
  RELEASED_FORMULA_CONSENT_NO,
  releasedFormulaSources,
} from "../core/planning/template";
import type { Lang } from "../core/i18n";
import type { CellValue } from "../core/planning/types";

/** Looks up table data for structured references. */
export interface FormulaContext {
  /** The values of the named columns (first..last inclusive) of a table's data rows, or undefined. */
  columns(table: string, first: string, last: string): CellValue[][] | undefined;
  /** The value of `column` in the current row of the formula's own table. */
  thisRow(column: string): CellValue | undefined;
  /** The workbook's date system (default 1900); the custom functions convert with it. */
  readonly dateSystem?: DateSystem;
}

/** One custom function as a formula calls it. */
export interface FormulaFunction {
  /** The function on Excel's arguments, its dates in `system`; throws an Excel error. */
  call(system: DateSystem, args: readonly unknown[]): unknown;
  /** Which of its parameters take ranges (the rest are scalars). */
  readonly matrixParams: readonly number[];
}

/** The custom functions a formula may call, by full upper-case name ("VERKSAM.IS_WORKDAY"). */
export type FormulaFunctions = Readonly<Record<string, FormulaFunction>>;

/** An evaluator with its functions given: what an in-memory workbook is handed. */
export type FormulaEvaluator = (formula: string, ctx: FormulaContext) => CellValue;

/** What one evaluation knows: the formula's context and the functions it may call. */
interface Scope {
  readonly ctx: FormulaContext;
  readonly functions: FormulaFunctions;
  readonly system: DateSystem;
}

/** Splits an argument list at top-level commas (not inside parentheses, brackets or quotes). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "[" || ch === "(")) depth++;
    if (!quoted && (ch === "]" || ch === ")")) depth--;
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

/** True when the parentheses and brackets of `text` (outside quotes) close in order. */
function balanced(text: string): boolean {
  const open: string[] = [];
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(" || ch === "[") open.push(ch);
    if (ch === ")" && open.pop() !== "(") return false;
    if (ch === "]" && open.pop() !== "[") return false;
  }
  return !quoted && open.length === 0;
}

// ---- values ----

/** An Excel error value inside the evaluator. */
class FormulaError {
  constructor(readonly code: string) {}
}

type Matrix = CellValue[][];
type Value = CellValue | Matrix | FormulaError;

function isMatrix(v: Value): v is Matrix {
  return Array.isArray(v);
}

/** A single value where Excel wants one: a one-cell range gives its cell. */
function scalar(v: Value): CellValue | FormulaError {
  if (!isMatrix(v)) return v;
  return v.length === 1 && v[0].length === 1 ? (v[0][0] ?? null) : new FormulaError("#VALUE!");
}

/** The table's function of that name (its own entry, never an inherited property). */
function functionNamed(scope: Scope, name: string): FormulaFunction | undefined {
  return Object.prototype.hasOwnProperty.call(scope.functions, name)
    ? scope.functions[name]
    : undefined;
}

// ---- parsing ----

type Node =
  | { readonly kind: "value"; readonly value: CellValue }
  | { readonly kind: "thisRow"; readonly column: string }
  | {
      readonly kind: "columns";
      readonly table: string;
      readonly first: string;
      readonly last: string;
    }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[] };

/** Undoes the ' escapes of a structured-reference column name. */
function unescapeColumn(name: string): string {
  return name.replace(/'(.)/g, "$1");
}

const CALL = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\((.*)\)$/s;
const THIS_ROW = /^\[@(?:\[((?:[^\]']|'.)+)\]|((?:[^\]'[]|'.)+))\]$/;
const COLUMN = /^([^[\]"(),\s]+)\[((?:[^\]'[]|'.)+)\]$/;
const COLUMN_SPAN = /^([^[\]"(),\s]+)\[\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]$/;

/** The expression tree of one argument or formula body, or undefined when it is not understood. */
function parse(text: string): Node | undefined {
  const t = text.trim();
  if (t === "") return { kind: "value", value: null };
  if (/^"(?:[^"]|"")*"$/s.test(t))
    return { kind: "value", value: t.slice(1, -1).replace(/""/g, '"') };
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return { kind: "value", value: Number(t) };
  if (/^(TRUE|FALSE)$/i.test(t)) return { kind: "value", value: t.toUpperCase() === "TRUE" };
  let m = THIS_ROW.exec(t);
  if (m) return { kind: "thisRow", column: unescapeColumn(m[1] ?? m[2]) };
  m = COLUMN_SPAN.exec(t);
  if (m)
    return {
      kind: "columns",
      table: m[1],
      first: unescapeColumn(m[2]),
      last: unescapeColumn(m[3]),
    };
  m = COLUMN.exec(t);
  if (m) {
    const column = unescapeColumn(m[2]);
    return { kind: "columns", table: m[1], first: column, last: column };
  }
  m = CALL.exec(t);
  if (m && balanced(m[2])) {
    const args: Node[] = [];
    for (const part of splitArguments(m[2])) {
      const node = parse(part);
      if (!node) return undefined;
      args.push(node);
    }
    return { kind: "call", name: m[1].toUpperCase(), args };
  }
  return undefined;
}

// ---- evaluation ----

/** Excel's display of an error thrown or returned by a function. */
function errorText(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
}

/** A condition as IF reads it. */
function truth(v: CellValue | FormulaError): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  return new FormulaError("#VALUE!");
}

/** A whole number as INDEX reads it. */
function wholeNumber(v: CellValue | FormulaError): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "number" && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
  return new FormulaError("#VALUE!");
}

function evaluate(node: Node, scope: Scope): Value {
  switch (node.kind) {
    case "value":
      return node.value;
    case "thisRow": {
      const v = scope.ctx.thisRow(node.column);
      return v === undefined ? new FormulaError("#REF!") : v;
    }
    case "columns":
      return scope.ctx.columns(node.table, node.first, node.last) ?? new FormulaError("#REF!");
    case "call":
      return call(node.name, node.args, scope);
  }
}

function call(name: string, args: readonly Node[], scope: Scope): Value {
  switch (name) {
    case "IF": {
      if (args.length < 2 || args.length > 3) return new FormulaError("#VALUE!");
      const cond = truth(scalar(evaluate(args[0], scope)));
      if (cond instanceof FormulaError) return cond;
      if (cond) return evaluate(args[1], scope);
      return args.length === 3 ? evaluate(args[2], scope) : false;
    }
    case "ISBLANK": {
      if (args.length !== 1) return new FormulaError("#VALUE!");
      const v = scalar(evaluate(args[0], scope));
      return v instanceof FormulaError ? v : v === null;
    }
    case "INDEX": {
      if (args.length < 2 || args.length > 3) return new FormulaError("#VALUE!");
      const array = evaluate(args[0], scope);
      if (array instanceof FormulaError) return array;
      const m: Matrix = isMatrix(array) ? array : [[array]];
      const row = wholeNumber(scalar(evaluate(args[1], scope)));
      if (row instanceof FormulaError) return row;
      const col = args.length === 3 ? wholeNumber(scalar(evaluate(args[2], scope))) : 1;
      if (col instanceof FormulaError) return col;
      if (row < 1 || col < 1 || row > m.length || col > (m[row - 1]?.length ?? 0))
        return new FormulaError("#REF!");
      return m[row - 1][col - 1] ?? null;
    }
  }
  const entry = functionNamed(scope, name);
  if (!entry) return new FormulaError("#NAME?");
  const values: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = evaluate(args[i], scope);
    // Excel does not call a function with an error value as an argument; it shows the error.
    if (v instanceof FormulaError) return v;
    if (isMatrix(v) && !entry.matrixParams.includes(i)) {
      const one = scalar(v);
      if (one instanceof FormulaError) return one;
      values.push(one);
    } else {
      values.push(v);
    }
  }
  try {
    const result = entry.call(scope.system, values);
    const first = Array.isArray(result) ? (result[0] as unknown[])[0] : result;
    return first === undefined ? null : (first as CellValue);
  } catch (e) {
    return new FormulaError(errorText(e));
  }
}

// ---- the template's Frigörs formula ----

let nativeReleased: Map<string, Lang> | undefined;

/** The language of the template's Frigörs formula, when `formula` is exactly that formula. */
function releasedFormulaLang(formula: string): Lang | undefined {
  if (!nativeReleased) {
    const langs: Lang[] = ["sv", "en"];
    nativeReleased = new Map(langs.map((lang) => [meetingFormulas(lang).released, lang]));
  }
  return nativeReleased.get(formula.trim());
}

const CONSENT_NO = new Set(RELEASED_FORMULA_CONSENT_NO.map((v) => v.toLowerCase()));

/** True when the formula's criteria `"<>Nej"` and `"<>No"` exclude this Samtycke cell (text equal to one, any case). */
function consentIsNo(v: CellValue | undefined): boolean {
  return typeof v === "string" && CONSENT_NO.has(v.toLowerCase());
}

/** Frigörs for this row, as UNITS_TO_RELEASE computes it from the same columns, over the cases whose Samtycke is not "Nej". */
function evaluateReleased(lang: Lang, scope: Scope): CellValue {
  const { ctx } = scope;
  const s = releasedFormulaSources(lang);
  const meeting = ctx.thisRow(s.meetingDate);
  const units = ctx.columns(s.unitsTable, s.unitName, s.unitType);
  const caseUnits = ctx.columns(s.casesTable, s.caseUnit, s.caseUnit);
  const caseDates = ctx.columns(s.casesTable, s.caseMeetingDate, s.caseMeetingDate);
  const consents = ctx.columns(s.casesTable, s.caseConsent, s.caseConsent);
  if (meeting === undefined || !units || !caseUnits || !caseDates || !consents) return "#REF!";
  const release = functionNamed(scope, CUSTOM_FUNCTIONS.unitsToRelease);
  if (!release) return "#NAME?";
  // A case that may not be raised concerns no unit: its unit cell counts as empty.
  const raisedUnits = caseUnits.map((r, i) => (consentIsNo(consents[i]?.[0]) ? [null] : r));
  try {
    const result = release.call(scope.system, [units, raisedUnits, caseDates, meeting, ", "]);
    return (result as CellValue[][])[0][0];
  } catch (e) {
    return errorText(e);
  }
}

/**
 * The value a formula shows in its cell (a spilled result shows its first cell), calling
 * `functions` with the context's date system (1900 when it gives none).
 */
export function evaluateFormula(
  formula: string,
  ctx: FormulaContext,
  functions: FormulaFunctions
): CellValue {
  const scope: Scope = { ctx, functions, system: ctx.dateSystem ?? "1900" };
  const released = releasedFormulaLang(formula);
  if (released) return evaluateReleased(released, scope);
  const body = /^=(.*)$/s.exec(formula.trim());
  const node = body ? parse(body[1]) : undefined;
  if (!node || node.kind !== "call") return "#NAME?";
  const value = evaluate(node, scope);
  if (value instanceof FormulaError) return value.code;
  if (isMatrix(value)) return value[0]?.[0] ?? null;
  return value;
}
