/**
 * The Möten table's live formulas (Ärendefrist, Frigörandefrist, Frigörs) fill new rows
 * only when Excel's AutoCorrect option "Fill formulas in tables to create calculated
 * columns" is on, and a person may type over a formula cell. Kontroller finds the rows whose
 * formula cells are empty, hold a typed value, or hold the formula of an earlier version of
 * the add-in (which passed whole Ärenden columns to a custom function and whole settings
 * columns, which spill), and says which formula each of them should get back.
 */
import { MEETING_COLUMNS, type ColumnHeader } from "../i18n/headers";
import type { Lang } from "../i18n";
import { cellAddress } from "./address";
import { cellText, headerKey, isBlank } from "./normalize";
import { meetingFormulas, TEMPLATE_TABLE_NAMES } from "./template";
import type { CellValue, TableGrid } from "./types";

export type FormulaProblem = "missing" | "overwritten" | "outdated";

/** Cells of one Möten column that should get the template's formula back. */
export interface FormulaRepair {
  /** Excel table name ("Möten"). */
  readonly table: string;
  /** The column's header as it stands in the workbook. */
  readonly column: string;
  readonly formula: string;
  /** 0-based data rows (below the header) and what is wrong in each. */
  readonly rows: readonly {
    readonly row: number;
    readonly problem: FormulaProblem;
    readonly cell: string;
  }[];
}

type FormulaKey = "caseDeadline" | "releaseDeadline" | "released";

const FORMULA_COLUMNS: Readonly<Record<FormulaKey, ColumnHeader>> = {
  caseDeadline: MEETING_COLUMNS.caseDeadline,
  releaseDeadline: MEETING_COLUMNS.releaseDeadline,
  released: MEETING_COLUMNS.released,
};

/**
 * The formulas an earlier version of the add-in wrote (before windowed reads and the native
 * Frigörs formula): whole settings columns and UNITS_TO_RELEASE over whole Ärenden columns.
 */
export const LEGACY_MEETING_FORMULAS: Readonly<Record<Lang, Readonly<Record<FormulaKey, string>>>> =
  {
    sv: {
      caseDeadline:
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Ärendefrist],Stängda_dagar[Datum])",
      releaseDeadline:
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Frigörandefrist],Stängda_dagar[Datum])",
      released:
        '=VERKSAM.UNITS_TO_RELEASE(Enheter[[Enhet]:[Typ]],Ärenden[Enhet],Ärenden[Mötesdatum],[@Mötesdatum],", ")',
    },
    en: {
      caseDeadline:
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@[Meeting date]],Inställningar[Case deadline],Stängda_dagar[Date])",
      releaseDeadline:
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@[Meeting date]],Inställningar[Release deadline],Stängda_dagar[Date])",
      released:
        '=VERKSAM.UNITS_TO_RELEASE(Enheter[[Unit]:[Type]],Ärenden[Unit],Ärenden[Meeting date],[@[Meeting date]],", ")',
    },
  };

/** A formula as compared: spaces outside strings removed, upper case outside strings. */
export function normalizeFormula(formula: string): string {
  let out = "";
  let quoted = false;
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') out += ch;
    else if (!/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

/** The language of the template whose headers the Möten table has, if it has them exactly. */
function templateLanguage(header: readonly CellValue[]): Lang | undefined {
  const texts = header.map((h) => cellText(h).trim());
  for (const lang of ["sv", "en"] as const) {
    const needed = [MEETING_COLUMNS.date, ...Object.values(FORMULA_COLUMNS)].map((h) => h[lang]);
    if (needed.every((n) => texts.includes(n))) return lang;
  }
  return undefined;
}

/**
 * The repairs the Möten table needs, for a grid read with its formulas from the Excel table
 * `Möten`. Rows without a meeting date are left alone, and so is any formula a person wrote
 * that is not one of the add-in's (current or earlier).
 */
export function meetingFormulaRepairs(grid: TableGrid | undefined): FormulaRepair[] {
  if (!grid?.formulas || grid.table?.toLowerCase() !== TEMPLATE_TABLE_NAMES.Möten.toLowerCase())
    return [];
  const header = grid.values[0] ?? [];
  const lang = templateLanguage(header);
  if (!lang) return [];
  const current = meetingFormulas(lang);
  const legacy = LEGACY_MEETING_FORMULAS[lang];
  const dateCol = header.findIndex(
    (h) => headerKey(cellText(h)) === headerKey(MEETING_COLUMNS.date[lang])
  );
  const repairs: FormulaRepair[] = [];
  for (const key of Object.keys(FORMULA_COLUMNS) as FormulaKey[]) {
    const col = header.findIndex((h) => cellText(h).trim() === FORMULA_COLUMNS[key][lang]);
    const rows: { row: number; problem: FormulaProblem; cell: string }[] = [];
    const wanted = normalizeFormula(current[key]);
    const old = normalizeFormula(legacy[key]);
    for (let r = 1; r < grid.formulas.length; r++) {
      if (isBlank(grid.values[r]?.[dateCol])) continue;
      const f = grid.formulas[r]?.[col];
      const text = typeof f === "string" ? f : f === null || f === undefined ? "" : String(f);
      let problem: FormulaProblem | undefined;
      if (text === "") problem = "missing";
      else if (!text.startsWith("=")) problem = "overwritten";
      else if (normalizeFormula(text) === old && old !== wanted) problem = "outdated";
      if (problem)
        rows.push({
          row: r - 1,
          problem,
          cell: cellAddress(grid.sheet, grid.top + r, grid.left + col),
        });
    }
    if (rows.length > 0)
      repairs.push({
        table: grid.table,
        column: FORMULA_COLUMNS[key][lang],
        formula: current[key],
        rows,
      });
  }
  return repairs;
}
