/**
 * An in-memory workbook: sheets of cells, Excel tables, number formats, formulas (our own,
 * evaluated by formulas.ts) and worksheet custom properties. The browser preview shows it
 * as a grid; the tests use it as the workbook.
 *
 * Its formulas call the custom functions of the evaluator it is given
 * (`new MemoryWorkbook({ evaluate })`; the preview passes src/functions/formula-table.ts's).
 * Without one it is a workbook without the add-in: a VERKSAM formula shows "#NAME?".
 */
import { chartSourceGrid, isOwnChart, type ChartSpec } from "../core/charts/spec";
import type { DateSystem } from "../core/dates/date-system";
import type { CellValue, TableGrid } from "../core/planning/types";
import { evaluateFormula, type FormulaEvaluator } from "./formulas";
import {
  ColumnValidation,
  AppendCell,
  FormulaRefill,
  NameTakenError,
  NewTable,
  NotOwnedError,
  OutputSheet,
  OWNER_PROPERTY,
  OWNER_VALUE,
  ReadRequest,
  ReadResult,
  RowsToAppend,
  SheetOwner,
  Workbook,
} from "./workbook";

export interface MemoryTable {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly columns: string[];
  /** Number of data rows (below the header). */
  rows: number;
  readonly validation: readonly (ColumnValidation | null)[];
}

export interface MemorySheet {
  readonly name: string;
  /** Typed values, row by row (rows may be ragged or missing). */
  values: CellValue[][];
  formulas: (string | null)[][];
  formats: (string | null)[][];
  tables: MemoryTable[];
  properties: Map<string, string>;
  /** The charts on the sheet, as described (the preview draws them; see `ChartSpec`). */
  charts?: ChartSpec[];
}

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

type Listener = () => void;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B7" into 0-based row/column. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** Formulas as in an Excel without the add-in: no VERKSAM function. */
const WITHOUT_FUNCTIONS: FormulaEvaluator = (formula, ctx) => evaluateFormula(formula, ctx, {});

export class MemoryWorkbook implements Workbook {
  private readonly evaluateFormula: FormulaEvaluator;

  constructor(options: { readonly evaluate?: FormulaEvaluator } = {}) {
    this.evaluateFormula = options.evaluate ?? WITHOUT_FUNCTIONS;
  }

  private readonly sheetList: MemorySheet[] = [];
  private listeners: Listener[] = [];
  selection: Selection | undefined;
  /** The workbook's date system (an old Mac workbook may use 1904). */
  dateSystem: DateSystem = "1900";
  /** Number of batches each kind of call made (the preview has no sync; this counts calls). */
  readonly calls = {
    read: 0,
    writeSheets: 0,
    createTables: 0,
    select: 0,
    refillFormulas: 0,
    appendRows: 0,
  };

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** The preview's grid has no undo. */
  readonly undo = "none" as const;
  private watchers: Listener[] = [];

  /** `Workbook.watch`: told of every change but to the add-in's own sheets and the selection. */
  watch(listener: Listener): void {
    this.watchers.push(listener);
  }

  /** After every change; `tables` false for one that touches no planning table. */
  private changed(tables = true): void {
    for (const l of this.listeners) l();
    if (tables) for (const w of this.watchers) queueMicrotask(w);
  }

  get sheets(): readonly MemorySheet[] {
    return this.sheetList;
  }

  sheet(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === key);
  }

  /** Adds a sheet a person typed (no table, no marker). For tests and samples. */
  addPlainSheet(name: string, values: CellValue[][]): MemorySheet {
    if (this.sheet(name)) throw new Error(`sheet exists: ${name}`);
    const sheet: MemorySheet = {
      name,
      values: values.map((r) => [...r]),
      formulas: [],
      formats: [],
      tables: [],
      properties: new Map(),
    };
    this.sheetList.push(sheet);
    this.changed();
    return sheet;
  }

  /** The value a cell shows: a formula is evaluated, everything else is as typed. */
  cellValue(sheet: MemorySheet, row: number, col: number): CellValue {
    const formula = sheet.formulas[row]?.[col];
    if (formula) return this.evaluate(sheet, row, formula);
    const v = sheet.values[row]?.[col];
    return v === undefined ? null : v;
  }

  cellFormat(sheet: MemorySheet, row: number, col: number): string | null {
    return sheet.formats[row]?.[col] ?? null;
  }

  /** The bounding box of the cells in use, as [rows, columns]. */
  usedSize(sheet: MemorySheet): [number, number] {
    let rows = 0;
    let cols = 0;
    const grids = [sheet.values, sheet.formulas];
    for (const grid of grids) {
      grid.forEach((row, r) => {
        for (let c = row.length - 1; c >= 0; c--) {
          const v = row[c];
          if (v !== null && v !== undefined && v !== "") {
            rows = Math.max(rows, r + 1);
            cols = Math.max(cols, c + 1);
            break;
          }
        }
      });
    }
    for (const t of sheet.tables) {
      rows = Math.max(rows, t.top + 1 + t.rows);
      cols = Math.max(cols, t.left + t.columns.length);
    }
    return [rows, cols];
  }

  private findTable(name: string): { sheet: MemorySheet; table: MemoryTable } | undefined {
    const key = name.toLowerCase();
    for (const sheet of this.sheetList) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === key);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  private evaluate(sheet: MemorySheet, row: number, formula: string): CellValue {
    const own = sheet.tables.find((t) => row > t.top && row <= t.top + t.rows);
    return this.evaluateFormula(formula, {
      dateSystem: this.dateSystem,
      thisRow: (column) => {
        if (!own) return undefined;
        const c = own.columns.findIndex((h) => h.toLowerCase() === column.toLowerCase());
        if (c < 0) return undefined;
        const f = sheet.formulas[row]?.[own.left + c];
        if (f) return undefined; // no formula reads another formula of its own row here
        return sheet.values[row]?.[own.left + c] ?? null;
      },
      columns: (tableName, first, last) => {
        const found = this.findTable(tableName);
        if (!found) return undefined;
        const { sheet: s, table: t } = found;
        const a = t.columns.findIndex((h) => h.toLowerCase() === first.toLowerCase());
        const b = t.columns.findIndex((h) => h.toLowerCase() === last.toLowerCase());
        if (a < 0 || b < a) return undefined;
        const out: CellValue[][] = [];
        for (let r = t.top + 1; r <= t.top + t.rows; r++) {
          const line: CellValue[] = [];
          for (let c = t.left + a; c <= t.left + b; c++)
            line.push(s.formulas[r]?.[c] ? null : (s.values[r]?.[c] ?? null));
          out.push(line);
        }
        return out;
      },
    });
  }

  /** A rectangle's cells, each as `cell` gives it. */
  private rect(
    top: number,
    left: number,
    rows: number,
    cols: number,
    cell: (r: number, c: number) => CellValue
  ): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = top; r < top + rows; r++) {
      const line: CellValue[] = [];
      for (let c = left; c < left + cols; c++) line.push(cell(r, c));
      out.push(line);
    }
    return out;
  }

  /** Values of a rectangle as Office.js returns them (formulas evaluated). */
  private grid(
    sheet: MemorySheet,
    top: number,
    left: number,
    rows: number,
    cols: number
  ): CellValue[][] {
    return this.rect(top, left, rows, cols, (r, c) => this.cellValue(sheet, r, c));
  }

  private owner(name: string): SheetOwner {
    const sheet = this.sheet(name);
    if (!sheet) return "absent";
    return sheet.properties.get(OWNER_PROPERTY) === OWNER_VALUE ? "addin" : "person";
  }

  /** Formulas of a rectangle as Office.js returns them: the formula, else the value. */
  private formulaGrid(
    sheet: MemorySheet,
    top: number,
    left: number,
    rows: number,
    cols: number
  ): CellValue[][] {
    return this.rect(
      top,
      left,
      rows,
      cols,
      (r, c) => sheet.formulas[r]?.[c] ?? sheet.values[r]?.[c] ?? ""
    );
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    this.calls.read++;
    const withFormulas = new Set(request.formulasOf ?? []);
    const tables = new Map<string, TableGrid>();
    const take = (
      name: string,
      sheet: MemorySheet,
      top: number,
      left: number,
      rows: number,
      cols: number,
      table?: string
    ): void => {
      tables.set(name, {
        name,
        ...(table ? { table } : {}),
        sheet: sheet.name,
        top,
        left,
        values: this.grid(sheet, top, left, rows, cols),
        ...(withFormulas.has(name)
          ? { formulas: this.formulaGrid(sheet, top, left, rows, cols) }
          : {}),
      });
    };
    for (const loc of request.tables) {
      const found = this.findTable(loc.table);
      if (found) {
        const { sheet, table } = found;
        take(
          loc.name,
          sheet,
          table.top,
          table.left,
          table.rows + 1,
          table.columns.length,
          table.name
        );
        continue;
      }
      const sheet = this.sheet(loc.sheet);
      if (sheet) {
        const [rows, cols] = this.usedSize(sheet);
        take(loc.name, sheet, 0, 0, rows, cols);
      }
    }
    const sheets = new Map<string, SheetOwner>();
    for (const name of request.sheets) sheets.set(name, this.owner(name));
    // Every change is told to the watchers: a read is current until one is.
    return { tables, sheets, dateSystem: this.dateSystem, watched: this.watchers.length > 0 };
  }

  async writeSheets(outputs: readonly OutputSheet[]): Promise<void> {
    this.calls.writeSheets++;
    const foreign = outputs.filter((o) => this.owner(o.name) === "person").map((o) => o.name);
    if (foreign.length > 0) throw new NotOwnedError(foreign);
    // As Excel refuses a chart whose source is not a range of its own sheet: before any write.
    for (const out of outputs)
      for (const chart of out.charts ?? [])
        if (
          !parseA1(chart.source.address) ||
          chart.source.sheet.toLowerCase() !== out.name.toLowerCase()
        )
          throw new Error(
            `chart ${chart.name}: source ${chart.source.sheet}!${chart.source.address}`
          );
    for (const out of outputs) {
      let sheet = this.sheet(out.name);
      if (!sheet) {
        sheet = {
          name: out.name,
          values: [],
          formulas: [],
          formats: [],
          tables: [],
          properties: new Map([[OWNER_PROPERTY, OWNER_VALUE]]),
        };
        this.sheetList.push(sheet);
      }
      sheet.values = [[...out.header], ...out.rows.map((r) => [...r])];
      sheet.formulas = [];
      sheet.formats = [out.header.map(() => null), ...out.rows.map(() => [...out.numberFormats])];
      sheet.tables = [];
      // The add-in's own charts are replaced; a person's stay. Each chart's cells are written.
      const kept = (sheet.charts ?? []).filter((c) => !isOwnChart(c.name));
      for (const chart of out.charts ?? []) {
        const at = parseA1(chart.source.address)!;
        chartSourceGrid(chart).forEach((line, r) => {
          const row = (sheet!.values[at.row + r] ??= []);
          const formats = (sheet!.formats[at.row + r] ??= []);
          line.forEach((v, c) => {
            row[at.col + c] = v;
            formats[at.col + c] = typeof v === "number" ? "0" : null;
          });
        });
      }
      sheet.charts = [...kept, ...(out.charts ?? [])];
    }
    this.changed(false);
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    this.calls.createTables++;
    const existing = tables.filter((t) => this.sheet(t.sheet)).map((t) => t.sheet);
    if (existing.length > 0) throw new NotOwnedError(existing);
    const taken = tables.filter((t) => this.findTable(t.table)).map((t) => t.table);
    if (taken.length > 0) throw new NameTakenError(taken);
    for (const t of tables) {
      const rows = Math.max(1, t.rows.length); // an Excel table has at least one data row
      const values: CellValue[][] = [[...t.header]];
      const formulas: (string | null)[][] = [t.header.map(() => null)];
      const formats: (string | null)[][] = [t.header.map(() => null)];
      for (let r = 0; r < rows; r++) {
        values.push(t.header.map((_, c) => (t.formulas[c] ? null : (t.rows[r]?.[c] ?? null))));
        formulas.push(t.header.map((_, c) => t.formulas[c] ?? null));
        formats.push([...t.numberFormats]);
      }
      this.sheetList.push({
        name: t.sheet,
        values,
        formulas,
        formats,
        tables: [
          {
            name: t.table,
            top: 0,
            left: 0,
            columns: [...t.header],
            rows,
            validation: t.validation,
          },
        ],
        properties: new Map(),
      });
    }
    this.changed();
  }

  /**
   * The Excel table whose data rows hold the cell, or which the cell lies just below (within
   * its columns): the table a value typed there belongs to.
   */
  tableAt(
    sheet: MemorySheet,
    row: number,
    col: number
  ): { table: MemoryTable; below: boolean } | undefined {
    for (const table of sheet.tables) {
      if (col < table.left || col >= table.left + table.columns.length) continue;
      if (row > table.top && row <= table.top + table.rows) return { table, below: false };
      if (row === table.top + table.rows + 1) return { table, below: true };
    }
    return undefined;
  }

  /**
   * A value a person typed into one cell (the preview's grid). It replaces a formula there.
   * Typed into the row just below an Excel table, within its columns, it extends the table
   * by that row, as Excel's AutoExpansion does: the new row gets the formulas (calculated
   * columns) and number formats of the row above. `format` is given to a cell that has none
   * (Excel formats a typed date as a date).
   */
  setCellValue(
    sheetName: string,
    row: number,
    col: number,
    value: CellValue,
    format?: string
  ): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const at = this.tableAt(sheet, row, col);
    if (at?.below && value !== null && value !== "") {
      const { table } = at;
      const above = table.top + table.rows;
      const formulas = (sheet.formulas[row] ??= []);
      const formats = (sheet.formats[row] ??= []);
      for (let c = table.left; c < table.left + table.columns.length; c++) {
        const formula = sheet.formulas[above]?.[c];
        if (formula) formulas[c] = formula;
        const f = sheet.formats[above]?.[c];
        if (f && !formats[c]) formats[c] = f;
      }
      table.rows++;
    }
    (sheet.values[row] ??= [])[col] = value;
    if (sheet.formulas[row]?.[col]) sheet.formulas[row][col] = null;
    if (format && !sheet.formats[row]?.[col]) (sheet.formats[row] ??= [])[col] = format;
    this.changed();
  }

  async select(sheet: string, address: string): Promise<void> {
    this.calls.select++;
    this.selection = { sheet, address };
    this.changed(false);
  }

  async appendRows(append: RowsToAppend): Promise<void> {
    this.calls.appendRows++;
    const found = this.findTable(append.location.table);
    const sheet = found?.sheet ?? this.sheet(append.location.sheet);
    if (!sheet)
      throw new Error(`no table ${append.location.table} or sheet ${append.location.sheet}`);
    const table = found?.table;
    const left = table ? table.left : 0;
    const first = table ? table.top + 1 + table.rows : this.usedSize(sheet)[0];
    const above = first - 1;
    // As OfficeWorkbook does: what a person keeps directly under the table moves down first.
    if (table) {
      const n = append.rows.length;
      const width = table.columns.length;
      const occupied = (r: number): boolean => {
        for (let c = left; c < left + width; c++) {
          const v = sheet.values[r]?.[c];
          if (sheet.formulas[r]?.[c] || (v !== null && v !== undefined && v !== "")) return true;
        }
        return false;
      };
      let taken = false;
      for (let r = first; r < first + n; r++) taken ||= occupied(r);
      if (taken) {
        const last = Math.max(sheet.values.length, sheet.formulas.length, sheet.formats.length);
        for (const grid of [sheet.values, sheet.formulas, sheet.formats] as unknown[][][]) {
          for (let r = last - 1; r >= first; r--)
            for (let c = left; c < left + width; c++) {
              const v = grid[r]?.[c];
              if (v === undefined) continue;
              (grid[r + n] ??= [])[c] = v;
              grid[r][c] = null;
            }
        }
      }
    }
    append.rows.forEach((cells, i) => {
      const row = first + i;
      cells.forEach((cell: AppendCell, j) => {
        const c = left + j;
        if (cell !== null && typeof cell === "object") {
          (sheet.formulas[row] ??= [])[c] = cell.formula.split("{row}").join(String(row + 1));
          if (sheet.values[row]) sheet.values[row][c] = null;
        } else {
          (sheet.values[row] ??= [])[c] = cell;
        }
        // New rows get the number formats of the row above, as Excel's table rows do.
        const f = sheet.formats[above]?.[c];
        if (f) (sheet.formats[row] ??= [])[c] = f;
      });
    });
    if (table) table.rows += append.rows.length;
    this.changed();
  }

  async refillFormulas(refills: readonly FormulaRefill[]): Promise<void> {
    this.calls.refillFormulas++;
    const places = refills.map((f) => {
      const found = this.findTable(f.table);
      const c = found?.table.columns.findIndex(
        (h) => h.trim().toLowerCase() === f.column.trim().toLowerCase()
      );
      if (!found || c === undefined || c < 0) throw new Error(`${f.table}[${f.column}]`);
      return { f, ...found, c };
    });
    for (const { f, sheet, table, c } of places) {
      for (const r of f.rows) {
        const row = table.top + 1 + r;
        (sheet.formulas[row] ??= [])[table.left + c] = f.formula;
        if (sheet.values[row]) sheet.values[row][table.left + c] = null;
      }
    }
    this.changed();
  }
}
