/**
 * The one interface through which the add-in touches a workbook. Two implementations:
 * `OfficeWorkbook` (Office.js, inside Excel) and `MemoryWorkbook` (the browser preview and
 * the tests). Each call is one batch: the Office.js implementation uses a fixed number of
 * `context.sync()` calls whatever the number of rows.
 */
import type { ChartSpec } from "../core/charts/spec";
import type { DateSystem } from "../core/dates/date-system";
import type { TemplateTable } from "../core/planning/template";
import type { CellValue, TableGrid } from "../core/planning/types";

export type { CellValue, TableGrid, ChartSpec };

/**
 * The add-in's own sheets carry this worksheet custom property; a sheet without it was made
 * by a person and is never written to.
 */
export const OWNER_PROPERTY = "VerkSamPlanner";
export const OWNER_VALUE = "genererat-blad";

/** Where to find one planning table: the Excel table of that name, else the sheet's used range. */
export interface TableLocation {
  /** Logical name, e.g. "Stängda dagar". */
  readonly name: string;
  /** Excel table name, e.g. "Stängda_dagar". */
  readonly table: string;
  /** Sheet name to fall back on when no such Excel table exists (a hand-made workbook). */
  readonly sheet: string;
}

export interface ReadRequest {
  readonly tables: readonly TableLocation[];
  /** Sheets whose existence and ownership the caller needs to know. */
  readonly sheets: readonly string[];
  /** Logical names of the tables whose formulas are read too (`TableGrid.formulas`). */
  readonly formulasOf?: readonly string[];
}

export type SheetOwner = "absent" | "addin" | "person";

export interface ReadResult {
  /** Per logical table name; missing when neither the table nor the sheet exists. */
  readonly tables: ReadonlyMap<string, TableGrid>;
  readonly sheets: ReadonlyMap<string, SheetOwner>;
  /** The workbook's date system: its date serials are converted by the caller. */
  readonly dateSystem: DateSystem;
  /**
   * True when a change to anything this read found will be told to the `watch` listener
   * (every table read is an Excel table with a change handler): the read stays current until
   * the listener is called. False or missing: a change may go unnoticed (a hand-made sheet).
   */
  readonly watched?: boolean;
}

/**
 * What Ctrl+Z can do after a call that writes: "one-step" — the whole call is one undo step
 * (Excel's `mergeUndoGroup`, ExcelApi 1.20); "not-promised" — each sync may be a step of its
 * own, or this Excel may not undo it at all (before ExcelApi 1.20); "none" — nothing can be
 * undone (the preview's in-memory workbook has no undo).
 */
export type UndoSupport = "one-step" | "not-promised" | "none";

/** A sheet the add-in writes (and owns): header row, data rows, a number format per column. */
export interface OutputSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (string | null)[];
  /**
   * Native charts on this sheet (`ChartSpec.source.sheet` is this sheet): each chart's source
   * block (`chartSourceGrid`) is written to its cells, then the chart is made from them.
   * The add-in's own charts on the sheet (names starting "VerkSam.") are replaced by these
   * on every write; a chart a person made is never touched.
   */
  readonly charts?: readonly ChartSpec[];
}

/**
 * Allowed values for a column of a new table: a fixed list, the values of another table's
 * column, or a whole number in a range.
 */
export type ColumnValidation =
  | { readonly list: readonly string[] }
  | { readonly tableColumn: { readonly table: string; readonly column: string } }
  | { readonly wholeNumber: { readonly min: number; readonly max: number } };

/** A table to create on a new sheet of its own (the planning workbook). */
export interface NewTable {
  readonly sheet: string;
  readonly table: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (string | null)[];
  readonly validation: readonly (ColumnValidation | null)[];
  /** Per column, a formula (English syntax, structured references) for every data row. */
  readonly formulas: readonly (string | null)[];
}

/** Formulas to write back into some cells of a table's column (Kontroller's refill). */
export interface FormulaRefill {
  /** Excel table name, e.g. "Möten". */
  readonly table: string;
  /** Header of the column. */
  readonly column: string;
  /** 0-based data rows (below the header) to refill. */
  readonly rows: readonly number[];
  readonly formula: string;
}

/** A cell of a row to append: a value, or a formula (`{row}` stands for the new row's 1-based number). */
export type AppendCell = CellValue | { readonly formula: string };

/**
 * Rows to add at the end of a planning table (Lägg till nästa termin): to the Excel table
 * `location.table` when it exists, else under the used range of the sheet `location.sheet`
 * (a hand-made table), one value per column from its first column. Existing rows are
 * never changed.
 */
export interface RowsToAppend {
  readonly location: TableLocation;
  readonly rows: readonly (readonly AppendCell[])[];
}

export interface Workbook {
  /** What Ctrl+Z can do after a write (missing: "none"). */
  readonly undo?: UndoSupport;
  /**
   * From now on, `listener` is called (asynchronously, maybe more than once) when a planning
   * table that a read found changes, or a table is added or deleted. Each read keeps the
   * watch up to date with the tables it finds (see `ReadResult.watched`).
   */
  watch?(listener: () => void): void;
  /** Reads the planning tables and the state of the named sheets, in one batch. */
  read(request: ReadRequest): Promise<ReadResult>;
  /**
   * Replaces the add-in's own sheets with new contents, in one batch. The caller has
   * checked with `read` that none of them belongs to a person; an implementation refuses
   * again if one does, writing nothing.
   */
  writeSheets(sheets: readonly OutputSheet[]): Promise<void>;
  /** Creates new sheets, each with one table, in one batch; refuses if any sheet exists. */
  createTables(tables: readonly NewTable[]): Promise<void>;
  /** Activates the sheet and selects the cell or range, e.g. ("Ärenden", "B7"). */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Writes the formulas into exactly the given cells of table columns, in one batch. Only
   * for cells the person has agreed to have refilled; nothing else is touched.
   */
  refillFormulas(refills: readonly FormulaRefill[]): Promise<void>;
  /** Appends rows to a table or a hand-made sheet, in one batch; see `RowsToAppend`. */
  appendRows(append: RowsToAppend): Promise<void>;
}

/** Thrown when a name the add-in would create is taken by a table or a defined name; nothing was written. */
export class NameTakenError extends Error {
  readonly names: readonly string[];
  constructor(names: readonly string[]) {
    super(`names are taken by a table or a defined name: ${names.join(", ")}`);
    this.name = "NameTakenError";
    this.names = names;
  }
}

/** Thrown when a write would touch a sheet the add-in does not own; nothing was written. */
export class NotOwnedError extends Error {
  readonly sheets: readonly string[];
  constructor(sheets: readonly string[]) {
    super(`sheets exist and are not the add-in's own: ${sheets.join(", ")}`);
    this.name = "NotOwnedError";
    this.sheets = sheets;
  }
}

/** A table of the core's planning-workbook template, as `createTables` takes it. */
export function newTableFromTemplate(t: TemplateTable): NewTable {
  return {
    sheet: t.sheet,
    table: t.table,
    header: t.header,
    rows: t.rows,
    numberFormats: t.numberFormats,
    formulas: t.formulas,
    validation: t.validation.map((v): ColumnValidation | null => {
      if (v === null) return null;
      switch (v.kind) {
        case "list":
          return { list: v.values };
        case "tableColumn":
          return { tableColumn: { table: v.table, column: v.column } };
        case "wholeNumber":
          return { wholeNumber: { min: v.min, max: v.max } };
      }
    }),
  };
}
