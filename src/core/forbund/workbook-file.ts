/**
 * A group's planning workbook read from its `.xlsx` file, and the planning tables found in
 * it exactly as the add-in finds them in an open workbook (workbook.ts `read`): for each
 * planning table the Excel table of the template's name (any case), else the sheet of the
 * table's name with its used range (values only, from the first used cell), else missing.
 * The grids then go through the same core as the open workbook's: `inputTo1900` with the
 * file's date system, then `plan`.
 */
import type { DateSystem } from "../dates/date-system";
import { TEMPLATE_TABLE_NAMES } from "../planning/template";
import type { CellValue, TableGrid, TableName } from "../planning/types";

/** One worksheet: its cells from A1, row by row (rows may be ragged). */
export interface FileSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** One Excel table of the file: its name, sheet and place (0-based, the header row included). */
export interface FileTable {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** A workbook file as the add-in's reader sees a workbook: raw values, dates as serials of its system. */
export interface WorkbookFile {
  readonly dateSystem: DateSystem;
  readonly sheets: readonly FileSheet[];
  readonly tables: readonly FileTable[];
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

function rect(
  sheet: FileSheet,
  top: number,
  left: number,
  rows: number,
  cols: number
): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = top; r < top + rows; r++) {
    const src = sheet.rows[r] ?? [];
    const line: CellValue[] = [];
    for (let c = left; c < left + cols; c++) line.push(src[c] ?? null);
    out.push(line);
  }
  return out;
}

/** The used range of a sheet (values only): its bounding box of non-empty cells. */
function usedRange(
  sheet: FileSheet
): { top: number; left: number; rows: number; cols: number } | undefined {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (isEmpty(row[c])) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  });
  if (top < 0) return undefined;
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/**
 * The planning tables of the file by logical name (as `ReadResult.tables`): the Excel table
 * of the template's name, else the sheet of the table's name (its used range).
 */
export function planningTablesOf(file: WorkbookFile): Map<string, TableGrid> {
  const tables = new Map<string, TableGrid>();
  const sheetOf = (name: string): FileSheet | undefined =>
    file.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  for (const name of Object.keys(TEMPLATE_TABLE_NAMES) as TableName[]) {
    const tableName = TEMPLATE_TABLE_NAMES[name].toLowerCase();
    const table = file.tables.find((t) => t.name.toLowerCase() === tableName);
    const tableSheet = table ? sheetOf(table.sheet) : undefined;
    if (table && tableSheet) {
      tables.set(name, {
        name,
        table: table.name,
        sheet: tableSheet.name,
        top: table.top,
        left: table.left,
        values: rect(tableSheet, table.top, table.left, table.rows, table.cols),
      });
      continue;
    }
    const sheet = sheetOf(name);
    if (!sheet) continue;
    const used = usedRange(sheet) ?? { top: 0, left: 0, rows: 0, cols: 0 };
    tables.set(name, {
      name,
      sheet: sheet.name,
      top: used.top,
      left: used.left,
      values: rect(sheet, used.top, used.left, used.rows, used.cols),
    });
  }
  return tables;
}
