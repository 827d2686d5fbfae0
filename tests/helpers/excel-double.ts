/**
 * A strict test double of the Excel JavaScript API: the subset the add-in uses, behaving like
 * Excel rather than like a mock. `OfficeWorkbook` runs against it through its injectable
 * `ExcelRun`. Where Excel rejects something, so does the double; every rule below is one the
 * documentation of Excel's API (or Excel itself) states:
 *
 * - Proxies queue commands; `context.sync()` runs them in order. A failing command rejects
 *   the sync with an error whose `code` is Excel's (InvalidArgument, ItemNotFound, ...); the
 *   commands before it in that batch stay applied (a batch is not a transaction), the ones
 *   after it are dropped. `run` then behaves like `Excel.run`: whatever is still queued when
 *   the batch resolves is sent by a closing sync; a rejected batch sends nothing more.
 * - Reading a property that was not loaded (and synced) throws PropertyNotLoaded.
 *   `isNullObject` of an `*OrNullObject` is known after the sync that resolved it; a method or
 *   property of a null object fails the sync (InvalidObjectPath).
 * - A formula (through `formulas`, or a string starting with "=" written through `values` into
 *   a cell not formatted as text) may reference only tables, table columns, sheets and defined
 *   names that exist at that moment of the batch, in English syntax (`,` between arguments);
 *   `[@Column]` only inside a table. Otherwise InvalidArgument.
 * - Text written through `values` is coerced as Excel coerces typed input unless the cell has
 *   the text format "@" at that moment: "0123" becomes 123, "1-2" a date, "2025-08-26" a date
 *   serial, "09:30" a time, "TRUE" a boolean, "=x"/"+x"/"-x" a formula.
 * - Table names must be valid names (not a cell reference) and unique among tables and defined
 *   names (workbook- and sheet-scoped), case-insensitively. A table's header cells must be
 *   distinct non-empty text (Excel would rename them).
 * - One sync whose request or response (the values, formulas and formats it carries, as
 *   JSON) exceeds 5 MB fails with RequestPayloadSizeLimitExceeded (a response:
 *   ResponsePayloadSizeLimitExceeded), as in Excel on the web; a
 *   request over the limit applies nothing.
 * - `dateSystem` switches the workbook to the 1904 date system: `functions.date` and the
 *   coercion of date text then give 1904 serials.
 * - `run` takes Excel.run's shapes: (batch), (RunOptions, batch), (an earlier context, batch).
 * - Cell-edit mode (`enterCellEdit`/`exitCellEdit`): every sync fails with
 *   InvalidOperationInCellEditMode (nothing applied), unless the run asked
 *   `delayForCellEdit: true`: then it waits until the edit ends (OfficeDev/office-js #3388).
 * - The undo stack (`undoStack`): every sync that changes something is one step; with
 *   `mergeUndoGroup: true` (where `excelApi` is 1.20 or later) one run is one step;
 *   Worksheet.delete clears the stack, and inside an undo group fails (UndoNotSupported).
 * - Events: `table.onChanged` and the table collection's `onAdded`/`onDeleted`. `add` gives an
 *   EventHandlerResult; the handler starts with the sync that sends it, fires after each sync
 *   (or a person's edit: `type`, `typeRows`) that changed its table, asynchronously, with
 *   Excel's event args; `remove()` takes effect only with a sync of the context it was added
 *   in; a deleted table's handler never fires again but stays registered (`handlerCount`).
 * - `null` in a written 2-D array leaves that cell unchanged (values, formulas, formats).
 * - A range past the sheet's last row or column (getResizedRange, getRowsBelow, ...) fails
 *   with InvalidArgument.
 * - Data written into the row directly under a table extends the table, as Microsoft's
 *   co-authoring guide describes (`DoubleWorkbook.autoExpand`); `table.resize` needs
 *   ExcelApi 1.13; `insert("Down")` / `delete("Up")` shift the cells under a range.
 */
import type { CellValue } from "../../src/core/planning/types";
import { DATE_SYSTEM_1904_OFFSET, type DateSystem } from "../../src/core/dates/date-system";
import { parseIsoDate, serialFromDate } from "../../src/core/dates/serial";
import type { ExcelRun } from "../../src/workbook/office-workbook";
import { evaluateFormula } from "../../src/functions/formula-table";

/** Excel on the web's limit for one request or one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export function excelError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code, name: "RichApi.Error" });
}

// ---------------------------------------------------------------- the model

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface Cell {
  value?: CellValue;
  formula?: string;
  format?: string;
  bold?: boolean;
}

export interface DoubleTable {
  name: string;
  sheet: DoubleSheet;
  row: number;
  col: number;
  /** Rows including the header row (and the total row when shown). */
  rows: number;
  cols: number;
  showTotals: boolean;
}

export interface DoubleValidation extends Rect {
  readonly rule: unknown;
}

export interface DoubleSheet {
  name: string;
  readonly cells: Map<number, Map<number, Cell>>;
  readonly properties: Map<string, string>;
  readonly names: Map<string, string>;
  validations: DoubleValidation[];
  autofitted: Rect[];
  frozenRows: number;
  /** The sheet's charts, in the order added (a sheet's delete takes them with it). */
  charts: DoubleChart[];
}

/**
 * A chart as Excel keeps it (ExcelApi 1.1): its type, the range of its own sheet it reads
 * (it survives `range.clear()` and shows what the cells hold at any time), titles, legend and
 * the cells it lies over. Names need not be unique: `getItem` gives the first of a name.
 */
export interface DoubleChart {
  name: string;
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  title: string | undefined;
  categoryAxisTitle: string | undefined;
  valueAxisTitle: string | undefined;
  legendVisible: boolean;
  legendPosition: string;
  /** `setPosition(startCell, endCell)`: the cells from its top-left to its bottom-right corner. */
  position: Rect | undefined;
  deleted: boolean;
}

/** The chart types the double knows (Excel.ChartType has many more; these are the add-in's). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "Pie",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const LEGEND_POSITIONS = new Set(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

/** The cell at (r, c), if anything was ever stored there. */
function cellOf(sheet: DoubleSheet, r: number, c: number): Cell | undefined {
  return sheet.cells.get(r)?.get(c);
}

/** The cell at (r, c), made empty if it was not there. */
function cellAt(sheet: DoubleSheet, r: number, c: number): Cell {
  let line = sheet.cells.get(r);
  if (!line) sheet.cells.set(r, (line = new Map()));
  let cell = line.get(c);
  if (!cell) line.set(c, (cell = {}));
  return cell;
}

function contains(outer: Rect, r: number, c: number): boolean {
  return (
    r >= outer.row && r < outer.row + outer.rows && c >= outer.col && c < outer.col + outer.cols
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

function colLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7", "A1:C3", "$A$1" (no sheet name) → rectangle. */
export function parseAddress(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw excelError("InvalidArgument", `the address ${address} is not valid`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  if (r1 >= MAX_ROWS || r2 >= MAX_ROWS || c1 >= MAX_COLS || c2 >= MAX_COLS || r1 < 0 || r2 < 0)
    throw excelError("InvalidArgument", `the address ${address} is outside the sheet`);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

export function a1(rect: Rect): string {
  const first = `${colLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${colLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

const CELL_REFERENCE = /^\$?[A-Za-z]{1,3}\$?\d+$|^[Rr]\d*[Cc]\d*$|^[RrCc]$/;
const NAME_SYNTAX = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

/** A valid Excel name (table or defined name): Excel's own rules. */
export function isValidExcelName(name: string): boolean {
  return name.length <= 255 && NAME_SYNTAX.test(name) && !CELL_REFERENCE.test(name);
}

export class DoubleWorkbook {
  readonly sheets: DoubleSheet[] = [];
  /** Workbook-scoped defined names (name → reference). */
  readonly names = new Map<string, string>();
  dateSystem: DateSystem = "1900";
  active: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  /** Every change applied, in order (for assertions on what was and was not done). */
  readonly log: string[] = [];
  private tableCounter = 0;
  /**
   * Excel's AutoCorrect option "Include new rows and columns in table" (on by default): data
   * written into the row directly under a table extends the table (see `autoExpand`). A
   * person may turn it off; the add-in must not depend on it.
   */
  autoExpandTables = true;

  sheet(name: string): DoubleSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  need(name: string): DoubleSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`the double has no sheet ${name}`);
    return s;
  }

  tables(): DoubleTable[] {
    return this.sheets.flatMap((s) => this.tablesOf(s));
  }

  private readonly tableList: DoubleTable[] = [];

  tablesOf(sheet: DoubleSheet): DoubleTable[] {
    return this.tableList.filter((t) => t.sheet === sheet);
  }

  table(name: string): DoubleTable | undefined {
    const key = name.toLowerCase();
    return this.tableList.find((t) => t.name.toLowerCase() === key);
  }

  /** A workbook- or sheet-scoped defined name of this text, if any. */
  definedName(name: string, scope?: DoubleSheet): string | undefined {
    const key = name.toLowerCase();
    const lookup = (map: Map<string, string>) =>
      [...map.keys()].find((k) => k.toLowerCase() === key);
    if (scope) {
      const k = lookup(scope.names);
      if (k) return k;
    }
    return lookup(this.names);
  }

  /** True when `name` is taken by a table or any defined name (workbook or any sheet). */
  nameTaken(name: string, except?: DoubleTable): boolean {
    const t = this.table(name);
    if (t && t !== except) return true;
    const key = name.toLowerCase();
    const inScope = (map: Map<string, string>): boolean =>
      [...map.keys()].some((k) => k.toLowerCase() === key);
    return inScope(this.names) || this.sheets.some((s) => inScope(s.names));
  }

  newSheet(name: string): DoubleSheet {
    const sheet: DoubleSheet = {
      name,
      cells: new Map(),
      properties: new Map(),
      names: new Map(),
      validations: [],
      autofitted: [],
      frozenRows: 0,
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: DoubleSheet): void {
    if (this.sheets.length === 1)
      throw excelError("InvalidOperation", "a workbook must keep at least one visible sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tableList.length - 1; i >= 0; i--)
      if (this.tableList[i].sheet === sheet) this.tableList.splice(i, 1);
    if (this.active?.toLowerCase() === sheet.name.toLowerCase()) this.active = this.sheets[0]?.name;
  }

  addTableModel(sheet: DoubleSheet, rect: Rect): DoubleTable {
    if (this.tableList.some((t) => t.sheet === sheet && overlaps(t, rect)))
      throw excelError("InvalidArgument", "a table cannot overlap another table");
    if (rect.rows < 2) throw excelError("InvalidArgument", "a table needs a header and a data row");
    const header = this.readValues(sheet, { ...rect, rows: 1 })[0];
    const seen = new Set<string>();
    for (const h of header) {
      const key = String(h).toLowerCase();
      // Excel would silently rename such a header to "Column1", "Enhet2", ...: never wanted.
      if (typeof h !== "string" || h.trim() === "" || seen.has(key))
        throw new Error(`excel-double: Excel would rename the header ${JSON.stringify(h)}`);
      seen.add(key);
    }
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.nameTaken(name));
    const table: DoubleTable = { name, sheet, ...rect, showTotals: false };
    this.tableList.push(table);
    return table;
  }

  // ---- set-up helpers for tests (not logged) ----

  /** A sheet a person typed: values from `at` (0-based [row, col]), optional custom properties. */
  addSheet(
    name: string,
    values: readonly (readonly CellValue[])[] = [],
    options: { at?: [number, number]; properties?: Record<string, string> } = {}
  ): DoubleSheet {
    if (this.sheet(name)) throw new Error(`excel-double: sheet exists: ${name}`);
    const sheet = this.newSheet(name);
    const [top, left] = options.at ?? [0, 0];
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") cellAt(sheet, top + r, left + c).value = v;
      })
    );
    for (const [k, v] of Object.entries(options.properties ?? {})) sheet.properties.set(k, v);
    return sheet;
  }

  /** An Excel table (header row + data rows) at `at`, on the sheet (made if missing). */
  addTable(
    sheetName: string,
    tableName: string,
    values: readonly (readonly CellValue[])[],
    options: { at?: [number, number]; formulas?: readonly (string | null)[] } = {}
  ): DoubleTable {
    const sheet = this.sheet(sheetName) ?? this.newSheet(sheetName);
    const [top, left] = options.at ?? [0, 0];
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") cellAt(sheet, top + r, left + c).value = v;
      })
    );
    const table = this.addTableModel(sheet, {
      row: top,
      col: left,
      rows: values.length,
      cols: values[0].length,
    });
    table.name = tableName;
    options.formulas?.forEach((f, c) => {
      if (!f) return;
      for (let r = 1; r < values.length; r++) cellAt(sheet, top + r, left + c).formula = f;
    });
    return table;
  }

  /**
   * A person types rows under a table (Excel extends the table as they go): the rows are
   * stored as typed, text in cells formatted "@" staying text.
   */
  typeRows(
    tableName: string,
    rows: readonly (readonly CellValue[])[],
    options: { fillFormulas?: boolean } = {}
  ): void {
    const t = this.table(tableName);
    if (!t) throw new Error(`excel-double: no table ${tableName}`);
    // The template's one blank data row is typed over first.
    const firstBlank =
      t.rows === 2 &&
      this.readValues(t.sheet, { ...t, row: t.row + 1, rows: 1 })[0].every((v) => v === "")
        ? 1
        : t.rows;
    rows.forEach((line, i) => {
      const r = t.row + firstBlank + i;
      line.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = cellAt(t.sheet, r, t.col + c);
        cell.value = v;
        cell.formula = undefined;
      });
      // A calculated column fills the new row with its formula, when AutoCorrect's "Fill
      // formulas in tables to create calculated columns" is on (Excel's default).
      for (let c = 0; c < t.cols && options.fillFormulas !== false; c++) {
        const above = cellOf(t.sheet, t.row + 1, t.col + c)?.formula;
        if (above !== undefined && r !== t.row + 1) cellAt(t.sheet, r, t.col + c).formula = above;
      }
    });
    t.rows = Math.max(t.rows, firstBlank + rows.length);
  }

  // ---- reading the model ----

  /** The value a cell shows: a formula's result (evaluated for the add-in's own formulas), else as stored. */
  cellValue(sheet: DoubleSheet, r: number, c: number): CellValue {
    const cell = cellOf(sheet, r, c);
    if (!cell) return "";
    if (cell.formula !== undefined) return this.evaluate(sheet, r, c, cell.formula);
    return cell.value === undefined || cell.value === null ? "" : cell.value;
  }

  readValues(sheet: DoubleSheet, rect: Rect): CellValue[][] {
    const out: CellValue[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++) {
      const line: CellValue[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++)
        line[c] = this.cellValue(sheet, rect.row + r, rect.col + c);
      out[r] = line;
    }
    return out;
  }

  readFormulas(sheet: DoubleSheet, rect: Rect): CellValue[][] {
    const out: CellValue[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++) {
      const line: CellValue[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) {
        const cell = cellOf(sheet, rect.row + r, rect.col + c);
        line[c] =
          cell?.formula ?? (cell?.value === undefined || cell.value === null ? "" : cell.value);
      }
      out[r] = line;
    }
    return out;
  }

  readFormats(sheet: DoubleSheet, rect: Rect): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < rect.cols; c++)
        line.push(cellOf(sheet, rect.row + r, rect.col + c)?.format ?? "General");
      out.push(line);
    }
    return out;
  }

  /** The used range: cells with a value or formula (and, unless valuesOnly, a format, or a table). */
  usedRect(sheet: DoubleSheet, valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number): void => {
      if (r < top) top = r;
      if (c < left) left = c;
      if (r > bottom) bottom = r;
      if (c > right) right = c;
    };
    for (const [r, line] of sheet.cells) {
      for (const [c, cell] of line) {
        const hasValue =
          cell.formula !== undefined ||
          (cell.value !== undefined && cell.value !== null && cell.value !== "");
        if (hasValue || (!valuesOnly && (cell.format !== undefined || cell.bold))) take(r, c);
      }
    }
    if (!valuesOnly)
      for (const t of this.tablesOf(sheet)) {
        take(t.row, t.col);
        take(t.row + t.rows - 1, t.col + t.cols - 1);
      }
    if (bottom < 0) return undefined;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** A sheet's values from A1 to its last used cell ("" for empty), for assertions. */
  grid(name: string): CellValue[][] {
    const sheet = this.need(name);
    const used = this.usedRect(sheet, true);
    if (!used) return [];
    return this.readValues(sheet, {
      row: 0,
      col: 0,
      rows: used.row + used.rows,
      cols: used.col + used.cols,
    });
  }

  formulas(name: string, rect: Rect): CellValue[][] {
    return this.readFormulas(this.need(name), rect);
  }

  formats(name: string, rect: Rect): string[][] {
    return this.readFormats(this.need(name), rect);
  }

  /** A person types `value` into a cell (over a formula, if there is one). */
  typeInto(sheetName: string, address: string, value: CellValue): void {
    const rect = parseAddress(address);
    const cell = cellAt(this.need(sheetName), rect.row, rect.col);
    cell.formula = undefined;
    cell.value = value;
  }

  /** The raw stored value of a cell (a number stays a number, text stays text), for assertions. */
  stored(name: string, address: string): CellValue | undefined {
    const rect = parseAddress(address);
    return cellOf(this.need(name), rect.row, rect.col)?.value;
  }

  bold(name: string, address: string): boolean {
    const rect = parseAddress(address);
    return cellOf(this.need(name), rect.row, rect.col)?.bold === true;
  }

  /** The charts of a sheet (none if there is no such sheet). */
  charts(sheetName: string): DoubleChart[] {
    return this.sheet(sheetName)?.charts ?? [];
  }

  /**
   * What a chart shows now, read from its source cells as Excel does at every recalculation:
   * by columns, the first row the series names, the first column the categories.
   */
  chartData(
    sheetName: string,
    chart: DoubleChart
  ): {
    categories: CellValue[];
    series: { name: CellValue; values: CellValue[] }[];
  } {
    const grid = this.readValues(this.need(sheetName), chart.source);
    if (chart.seriesBy === "Rows") throw new Error("excel-double: series by rows is not modelled");
    return {
      categories: grid.slice(1).map((row) => row[0]),
      series: grid[0].slice(1).map((name, j) => ({
        name,
        values: grid.slice(1).map((row) => row[j + 1]),
      })),
    };
  }

  /** A comparable copy of the whole workbook. */
  snapshot(): unknown {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells].map(([r, line]) => [r, [...line]]),
        properties: [...s.properties],
        names: [...s.names],
        validations: s.validations,
        frozen: s.frozenRows,
        charts: s.charts,
      })),
      tables: this.tableList.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: [...this.names],
      active: this.active,
      selection: this.selection,
    });
  }

  // ---- formulas ----

  /** The table a cell belongs to (header, body or totals), if any. */
  tableAt(sheet: DoubleSheet, r: number, c: number): DoubleTable | undefined {
    return this.tableList.find((t) => t.sheet === sheet && contains(t, r, c));
  }

  columnIndex(table: DoubleTable, column: string): number {
    const key = column.toLowerCase();
    const header = this.readValues(table.sheet, { ...table, rows: 1 })[0];
    return header.findIndex((h) => String(h).toLowerCase() === key);
  }

  private evaluate(sheet: DoubleSheet, r: number, c: number, formula: string): CellValue {
    const own = this.tableAt(sheet, r, c);
    return evaluateFormula(formula, {
      dateSystem: this.dateSystem,
      thisRow: (column) => {
        if (!own) return undefined;
        const j = this.columnIndex(own, column);
        if (j < 0) return undefined;
        const cell = cellOf(sheet, r, own.col + j);
        if (cell?.formula !== undefined) return undefined;
        return cell?.value ?? null;
      },
      columns: (tableName, first, last) => {
        const t = this.table(tableName);
        if (!t) return undefined;
        const a = this.columnIndex(t, first);
        const b = this.columnIndex(t, last);
        if (a < 0 || b < a) return undefined;
        const bodyRows = t.rows - 1 - (t.showTotals ? 1 : 0);
        const out: CellValue[][] = [];
        for (let i = 1; i <= bodyRows; i++) {
          const line: CellValue[] = [];
          for (let j = a; j <= b; j++) {
            const cell = cellOf(t.sheet, t.row + i, t.col + j);
            line.push(cell?.formula !== undefined ? null : (cell?.value ?? null));
          }
          out.push(line);
        }
        return out;
      },
    });
  }

  /**
   * Checks a formula as Excel does when it is written into (sheet, r, c): English syntax, and
   * every table, table column, sheet and defined name it references exists now.
   */
  checkFormula(formula: string, sheet: DoubleSheet, r: number, c: number): void {
    const fail = (why: string): never => {
      throw excelError(
        "InvalidArgument",
        `the formula ${formula} at ${sheet.name}!${a1({ row: r, col: c, rows: 1, cols: 1 })}: ${why}`
      );
    };
    const own = (): DoubleTable => this.tableAt(sheet, r, c) ?? fail("[@...] outside a table");
    const checkColumn = (table: DoubleTable, column: string): void => {
      const name = column.replace(/'(.)/g, "$1").trim();
      if (/^#(this row|all|data|headers|totals)$/i.test(name)) return;
      if (this.columnIndex(table, name) < 0) fail(`the table ${table.name} has no column ${name}`);
    };
    /** The column names in a structured reference's brackets: "[Col]", "[[A]:[B]]", "[@Col]", "[[#This Row],[Col]]". */
    const checkSpecifier = (table: DoubleTable, spec: string): void => {
      let inner = spec.slice(1, -1).trim();
      if (inner.startsWith("@")) inner = inner.slice(1).trim();
      if (inner === "") return;
      if (!inner.startsWith("[")) return checkColumn(table, inner);
      const parts = inner.match(/\[(?:[^\]']|'.)*\]/g) ?? [];
      for (const p of parts) checkColumn(table, p.slice(1, -1));
    };
    const body = formula.startsWith("=") ? formula.slice(1) : formula;
    let i = 0;
    let depth = 0;
    while (i < body.length) {
      const ch = body[i];
      if (ch === '"') {
        const end = body.indexOf('"', i + 1);
        if (end < 0) fail("an unclosed string");
        i = end + 1;
        if (body[i] === '"') continue; // "" inside a string: the loop reads on
        continue;
      }
      if (ch === "{") {
        const end = body.indexOf("}", i);
        i = end < 0 ? body.length : end + 1;
        continue;
      }
      if (ch === ";") fail("';' is not an argument separator in English syntax");
      if (ch === "(") depth++;
      if (ch === ")") depth--;
      if (ch === "'") {
        // 'Sheet name'!A1
        const m = /^'((?:[^']|'')+)'!/.exec(body.slice(i));
        if (!m) fail("a quoted name that is not a sheet reference");
        const name = m![1].replace(/''/g, "'");
        if (!this.sheet(name)) fail(`no sheet named ${name}`);
        i += m![0].length;
        continue;
      }
      if (ch === "[") {
        // A structured reference to the formula's own table: [@Col], [[#This Row],[Col]], [Col].
        const spec = bracketed(body, i) ?? fail("an unclosed [");
        checkSpecifier(own(), spec!);
        i += spec!.length;
        continue;
      }
      const word = /^[\p{L}_\\$][\p{L}\p{N}_.\\$]*/u.exec(body.slice(i));
      if (word) {
        const text = word[0];
        const after = body[i + text.length];
        i += text.length;
        if (after === "(") continue; // a function: Excel shows #NAME? for an unknown one
        if (after === "[") {
          const table = this.table(text) ?? fail(`no table named ${text}`);
          const spec = bracketed(body, i) ?? fail("an unclosed [");
          checkSpecifier(table!, spec!);
          i += spec!.length;
          continue;
        }
        if (after === "!") {
          if (!this.sheet(text)) fail(`no sheet named ${text}`);
          i += 1;
          continue;
        }
        if (/^(TRUE|FALSE)$/i.test(text)) continue;
        if (
          /^\$?[A-Za-z]{1,3}\$?\d+$/.test(text) ||
          (/^\$?[A-Za-z]{1,3}$/.test(text) && body[i] === ":")
        )
          continue;
        if (/^\$?[A-Za-z]{1,3}$/.test(text) && body[i - text.length - 1] === ":") continue;
        if (!this.definedName(text, sheet)) fail(`no defined name ${text}`);
        continue;
      }
      i++;
    }
    if (depth !== 0) fail("unbalanced parentheses");
  }

  /** A value written through `values` (or a table row's values) into a cell, as Excel stores it. */
  putValue(cell: Cell, x: unknown, sheet: DoubleSheet, r: number, c: number): void {
    if (x === null) return; // Office.js: null leaves the cell as it is ("" empties it)
    if (typeof x === "string" && x !== "" && cell.format !== "@") {
      const coerced = this.coerce(x);
      if ("formula" in coerced) {
        this.checkFormula(coerced.formula, sheet, r, c);
        cell.formula = coerced.formula;
        cell.value = undefined;
        return;
      }
      cell.value = coerced.value;
    } else {
      cell.value = x as CellValue;
    }
    cell.formula = undefined;
  }

  /**
   * `table.rows.add(undefined, values)`: new rows at the end of the table. Cells below the
   * table, within its columns, move down; the new rows take the number formats of the row
   * above, and their values are written as through `values`.
   */
  addTableRows(t: DoubleTable, values: unknown): void {
    if (t.showTotals)
      throw new Error("excel-double: adding rows above a total row is not modelled");
    const m = values as unknown[][];
    if (
      !Array.isArray(m) ||
      m.length === 0 ||
      !m.every((l) => Array.isArray(l) && l.length === t.cols)
    )
      throw excelError(
        "InvalidArgument",
        `rows.add: the values do not match the table's ${t.cols} columns`
      );
    const end = t.row + t.rows; // first sheet row under the table
    const n = m.length;
    // One command: a formula Excel rejects leaves the table as it was.
    t.rows += n;
    try {
      for (let i = 0; i < n; i++)
        for (let j = 0; j < t.cols; j++) {
          const x = m[i][j];
          if (typeof x !== "string" || x === "") continue;
          const coerced = this.coerce(x);
          if ("formula" in coerced) this.checkFormula(coerced.formula, t.sheet, end + i, t.col + j);
        }
    } finally {
      t.rows -= n;
    }
    for (const r of [...t.sheet.cells.keys()].sort((a, b) => b - a)) {
      if (r < end) continue;
      const line = t.sheet.cells.get(r)!;
      for (let c = t.col; c < t.col + t.cols; c++) {
        const cell = line.get(c);
        if (!cell) continue;
        line.delete(c);
        let target = t.sheet.cells.get(r + n);
        if (!target) t.sheet.cells.set(r + n, (target = new Map()));
        target.set(c, cell);
      }
    }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < t.cols; j++) {
        const cell = cellAt(t.sheet, end + i, t.col + j);
        const above = cellOf(t.sheet, end - 1, t.col + j)?.format;
        if (above !== undefined) cell.format = above;
      }
    t.rows += n;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < t.cols; j++)
        this.putValue(cellAt(t.sheet, end + i, t.col + j), m[i][j], t.sheet, end + i, t.col + j);
  }

  // ---- tables that grow, cells that shift ----

  /**
   * After `values` or `formulas` were written into `rect`: a table directly above whose next
   * row received actual data grows to take in the written rows down to the last one with
   * data. Microsoft's co-authoring guide ("Avoid table row conflicts"): "set values in the
   * range directly below the table. Excel automatically expands the table"; "Tables only
   * auto-expand when you set actual data"; and, for it to work reliably, "No data validation
   * rules below the table". So no expansion when AutoCorrect's option is off, when the
   * write reaches outside the table's columns, or when a validation rule lies in the rows
   * written. Number formats are not data and expand nothing.
   */
  autoExpand(sheet: DoubleSheet, rect: Rect): void {
    if (!this.autoExpandTables) return;
    const t = this.tablesOf(sheet).find(
      (x) =>
        !x.showTotals &&
        rect.row === x.row + x.rows &&
        rect.col >= x.col &&
        rect.col + rect.cols <= x.col + x.cols
    );
    if (!t) return;
    if (sheet.validations.some((v) => overlaps(v, rect))) return;
    const hasData = (r: number): boolean => {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const cell = cellOf(sheet, r, c);
        if (
          cell &&
          (cell.formula !== undefined ||
            (cell.value !== undefined && cell.value !== null && cell.value !== ""))
        )
          return true;
      }
      return false;
    };
    let rows = 0;
    while (rows < rect.rows && hasData(rect.row + rows)) rows++;
    if (rows === 0) return;
    t.rows += rows;
    this.log.push(`expand table ${t.name} to ${t.rows} rows`);
  }

  /**
   * `range.insert("Down")` / `range.delete("Up")` (ExcelApi 1.1): the cells under the range's
   * top row, within its columns, move down (insert) or up (delete) by its height. A table
   * wholly under the range within its columns moves with them; a table whose full-width rows
   * are deleted loses those rows (its header row may not be deleted); any other overlap with
   * a table is not modelled. The inserted cells are empty.
   */
  shiftCells(sheet: DoubleSheet, rect: Rect, direction: "Down" | "Up"): void {
    const n = rect.rows;
    const inColumns = (t: Rect): boolean =>
      t.col >= rect.col && t.col + t.cols <= rect.col + rect.cols;
    const moved: DoubleTable[] = [];
    let shrunk: DoubleTable | undefined;
    for (const t of this.tablesOf(sheet)) {
      const below = t.row >= rect.row + (direction === "Up" ? n : 0);
      if (!overlaps(t, { ...rect, rows: MAX_ROWS - rect.row })) continue;
      if (below && inColumns(t)) moved.push(t);
      else if (
        direction === "Up" &&
        rect.col === t.col &&
        rect.cols === t.cols &&
        rect.row > t.row &&
        rect.row + n <= t.row + t.rows - (t.showTotals ? 1 : 0) &&
        t.rows - n >= 2
      )
        shrunk = t;
      else
        throw new Error(
          `excel-double: shifting ${a1(rect)} ${direction} across the table ${t.name} is not modelled`
        );
    }
    if (direction === "Down" && rect.row + n + this.lastRowIn(sheet, rect) > MAX_ROWS)
      throw excelError("InvalidOperation", "insert would push cells off the sheet");
    const rows = [...sheet.cells.keys()].sort((a, b) => (direction === "Down" ? b - a : a - b));
    for (const r of rows) {
      if (r < rect.row) continue;
      const line = sheet.cells.get(r)!;
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const cell = line.get(c);
        if (!cell) continue;
        line.delete(c);
        if (direction === "Up" && r < rect.row + n) continue; // deleted
        const to = direction === "Down" ? r + n : r - n;
        let target = sheet.cells.get(to);
        if (!target) sheet.cells.set(to, (target = new Map()));
        target.set(c, cell);
      }
    }
    for (const t of moved) t.row += direction === "Down" ? n : -n;
    if (shrunk) shrunk.rows -= n;
    sheet.validations = sheet.validations.map((v) =>
      v.row >= rect.row && v.col >= rect.col && v.col + v.cols <= rect.col + rect.cols
        ? { ...v, row: v.row + (direction === "Down" ? n : -n) }
        : v
    );
    this.log.push(`${direction === "Down" ? "insert" : "delete"} ${sheet.name}!${a1(rect)}`);
  }

  /** Rows used under `rect`'s top within its columns (for an insert's room on the sheet). */
  private lastRowIn(sheet: DoubleSheet, rect: Rect): number {
    let last = -1;
    for (const [r, line] of sheet.cells)
      for (const c of line.keys())
        if (r >= rect.row && c >= rect.col && c < rect.col + rect.cols && r > last) last = r;
    return last < 0 ? 0 : last - rect.row + 1;
  }

  /**
   * `table.resize(range)` (ExcelApi 1.13): "The new range must overlap with the original
   * table range and the headers (or the top of the table) must be in the same row."
   */
  resizeTable(t: DoubleTable, rect: Rect): void {
    if (rect.row !== t.row || !overlaps(rect, t) || rect.rows < 2)
      throw excelError("InvalidArgument", `resize ${t.name} to ${a1(rect)}`);
    if (this.tablesOf(t.sheet).some((x) => x !== t && overlaps(x, rect)))
      throw excelError("InvalidArgument", "a table cannot overlap another table");
    t.col = rect.col;
    t.cols = rect.cols;
    t.rows = rect.rows;
    this.log.push(`resize table ${t.name} to ${t.sheet.name}!${a1(rect)}`);
  }

  // ---- coercion of typed text ----

  /**
   * What Excel stores when `text` is written through `values` into a cell that is not
   * formatted as text: a number, a date serial, a time, a boolean, a formula, or the text.
   */
  coerce(text: string): { value: CellValue } | { formula: string } {
    const t = text.trim();
    if (t.startsWith("=") && t.length > 1) return { formula: t };
    if (/^[+-]/.test(t) && !/^[+-]\s*\d+(\.\d+)?$/.test(t)) return { formula: `=${t}` };
    if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
    if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
    if (/^(TRUE|FALSE)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
    const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(t)
      ? parseIsoDate(t.replace(/-(\d)(?=-|$)/g, "-0$1"))
      : undefined;
    if (iso !== undefined) return { value: this.toSystem(iso) };
    const dayMonth = /^(\d{1,2})[-/](\d{1,2})$/.exec(t);
    if (dayMonth) {
      // Typed "1-2" becomes a date in the current year (Swedish locale: day/month is ambiguous;
      // Excel takes it as a date either way).
      const a = Number(dayMonth[1]);
      const b = Number(dayMonth[2]);
      const [month, day] = a <= 12 && b <= 31 ? [a, b] : [b, a];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
        return { value: this.toSystem(serialFromDate(2026, month, Math.min(day, 28))) };
    }
    const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
    if (time && Number(time[1]) < 24 && Number(time[2]) < 60)
      return { value: (Number(time[1]) * 60 + Number(time[2])) / 1440 };
    return { value: text };
  }

  private toSystem(serial1900: number): number {
    return this.dateSystem === "1904" ? serial1900 - DATE_SYSTEM_1904_OFFSET : serial1900;
  }

  /** `DATE(y, m, d)` in the workbook's date system. */
  date(year: number, month: number, day: number): number {
    return this.toSystem(serialFromDate(year, month, day));
  }
}

/** The bracketed text starting at `start` ("[...]" with nested brackets and ' escapes). */
function bracketed(text: string, start: number): string | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- the API surface

/** An object the double resolves at sync time: undefined until then, null for a null object. */
class Ref<T> {
  target: T | null | undefined = undefined;
  /** Resolved by a sync that has returned (so `isNullObject` may be read). */
  known = false;
  constructor(readonly what: string) {}
}

type Command = { run: () => void; request: number };

/** The context each run gets (and `run(context, …)` reuses), by its number. */
const contextIds = new WeakMap<object, number>();

type DoubleEventType = "TableChanged" | "TableAdded" | "TableDeleted";

/** `OfficeExtension.EventHandlers`: `add` gives an `EventHandlerResult`. */
export interface DoubleEventHandlers {
  add(handler: (args: never) => Promise<unknown> | unknown): {
    readonly context: Excel.RequestContext;
    remove(): void;
  };
}

interface Registration {
  readonly type: DoubleEventType;
  readonly handler: (args: Record<string, unknown>) => Promise<unknown> | unknown;
  /** The context the handler was added in. */
  readonly context: number;
  target: DoubleTable | "workbook" | undefined;
  active: boolean;
  removed: boolean;
}

interface Change {
  readonly sheet: DoubleSheet;
  readonly rect: Rect;
  readonly changeType: "RangeEdited" | "RowInserted";
}

/** JSON size of what a command sends or a load returns. */
function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

type Loaded = Record<string, unknown>;

/** Base of every proxy: `load`, property reads that need a load, `isNullObject`. */
abstract class Proxy<T> {
  protected loaded: Loaded | undefined;
  constructor(
    protected readonly excel: ExcelDouble,
    readonly ref: Ref<T>
  ) {}

  protected abstract snapshot(target: T, props: string[]): Loaded;

  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean)
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : [];
    this.excel.queue(() => {
      // Loading a null object is allowed: it stays a null object, with nothing loaded.
      if (this.ref.target === null) return;
      const target = this.excel.resolve(this.ref);
      const values = this.snapshot(target, list);
      this.excel.respond(this, values);
    }, 0);
    return this;
  }

  /** Called by the double when a sync that loaded this object returns. */
  receive(values: Loaded): void {
    this.loaded = { ...(this.loaded ?? {}), ...values };
  }

  protected prop<V>(name: string): V {
    if (!this.loaded || !(name in this.loaded))
      throw excelError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.ref.what} is not available. Call load("${name}") and context.sync() before reading it.`
      );
    return this.loaded[name] as V;
  }

  get isNullObject(): boolean {
    if (!this.ref.known)
      throw excelError("PropertyNotLoaded", `isNullObject of ${this.ref.what} before a sync`);
    return this.ref.target === null;
  }
}

class FunctionResultProxy extends Proxy<{ value: number }> {
  protected snapshot(target: { value: number }, props: string[]): Loaded {
    return props.length === 0 || props.includes("value")
      ? { value: target.value, error: null }
      : {};
  }
  get value(): number {
    return this.prop("value");
  }
}

class CustomPropertyProxy extends Proxy<{ key: string; value: string }> {
  protected snapshot(target: { key: string; value: string }): Loaded {
    return { key: target.key, value: target.value };
  }
  get key(): string {
    return this.prop("key");
  }
  get value(): string {
    return this.prop("value");
  }
}

class NamedItemProxy extends Proxy<{ name: string }> {
  protected snapshot(target: { name: string }): Loaded {
    return { name: target.name };
  }
  get name(): string {
    return this.prop("name");
  }
}

class NamedItemCollectionProxy {
  constructor(
    private readonly excel: ExcelDouble,
    private readonly scope: () => Map<string, string>,
    private readonly what: string
  ) {}
  getItemOrNullObject(name: string): NamedItemProxy {
    const ref = this.excel.ref<{ name: string }>(`the name ${name} (${this.what})`);
    this.excel.queue(() => {
      const key = [...this.scope().keys()].find((k) => k.toLowerCase() === name.toLowerCase());
      ref.target = key ? { name: key } : null;
    }, jsonBytes(name));
    return new NamedItemProxy(this.excel, ref);
  }
}

class RangeProxy extends Proxy<{ sheet: DoubleSheet; rect: Rect }> {
  readonly format: { font: { bold?: boolean }; autofitColumns: () => void };
  readonly dataValidation: { rule?: unknown };

  constructor(excel: ExcelDouble, ref: Ref<{ sheet: DoubleSheet; rect: Rect }>) {
    super(excel, ref);
    const self = this;
    const font = {};
    Object.defineProperty(font, "bold", {
      set(v: unknown) {
        self.write("bold", v, (cell, x) => (cell.bold = x === true ? true : undefined));
      },
      get() {
        throw excelError("PropertyNotLoaded", "format.font.bold was not loaded");
      },
    });
    this.format = {
      font: font as { bold?: boolean },
      autofitColumns: () =>
        excel.queue(() => {
          const { sheet, rect } = excel.resolve(ref);
          sheet.autofitted.push(rect);
          excel.model.log.push(`autofit ${sheet.name}!${a1(rect)}`);
        }, 20),
    };
    const validation = {};
    Object.defineProperty(validation, "rule", {
      set(rule: unknown) {
        const copy = JSON.parse(JSON.stringify(rule)) as unknown;
        excel.queue(() => {
          const { sheet, rect } = excel.resolve(ref);
          excel.checkValidationRule(copy, sheet, rect);
          sheet.validations.push({ ...rect, rule: copy });
          excel.model.log.push(`validation ${sheet.name}!${a1(rect)}`);
        }, jsonBytes(copy));
      },
      get() {
        throw excelError("PropertyNotLoaded", "dataValidation.rule was not loaded");
      },
    });
    this.dataValidation = validation;
  }

  protected snapshot(target: { sheet: DoubleSheet; rect: Rect }, props: string[]): Loaded {
    const { sheet, rect } = target;
    const all = props.length === 0;
    const out: Loaded = {};
    const want = (p: string) => all || props.includes(p);
    if (want("values")) out.values = this.excel.model.readValues(sheet, rect);
    if (want("formulas")) out.formulas = this.excel.model.readFormulas(sheet, rect);
    if (want("numberFormat")) out.numberFormat = this.excel.model.readFormats(sheet, rect);
    if (want("rowIndex")) out.rowIndex = rect.row;
    if (want("columnIndex")) out.columnIndex = rect.col;
    if (want("rowCount")) out.rowCount = rect.rows;
    if (want("columnCount")) out.columnCount = rect.cols;
    if (want("address")) out.address = `${quoteSheet(sheet.name)}!${a1(rect)}`;
    return out;
  }

  get values(): CellValue[][] {
    return this.prop("values");
  }
  set values(v: CellValue[][]) {
    this.write("values", v, (cell, x, sheet, r, c) =>
      this.excel.model.putValue(cell, x, sheet, r, c)
    );
  }
  get formulas(): CellValue[][] {
    return this.prop("formulas");
  }
  set formulas(v: CellValue[][]) {
    this.write("formulas", v, (cell, x, sheet, r, c) => {
      if (typeof x === "string" && x.startsWith("=")) {
        if (cell.format === "@") {
          // Excel keeps a formula typed into a text cell as text.
          cell.value = x;
          cell.formula = undefined;
          return;
        }
        this.excel.model.checkFormula(x, sheet, r, c);
        cell.formula = x;
        cell.value = undefined;
        return;
      }
      cell.formula = undefined;
      if (typeof x === "string" && x !== "" && cell.format !== "@") {
        const coerced = this.excel.model.coerce(x);
        cell.value = "value" in coerced ? coerced.value : x;
      } else {
        cell.value = x as CellValue;
      }
    });
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v, (cell, x) => {
      if (typeof x !== "string") throw excelError("InvalidArgument", `number format ${String(x)}`);
      cell.format = x === "General" ? undefined : x;
    });
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get address(): string {
    return this.prop("address");
  }

  /** Queues a write of a matrix (or one value for every cell) to the range's cells. */
  private write(
    prop: string,
    value: unknown,
    each: (cell: Cell, v: unknown, sheet: DoubleSheet, r: number, c: number) => void
  ): void {
    const bytes = jsonBytes(value);
    this.excel.queue(() => {
      const { sheet, rect } = this.excel.resolve(this.ref);
      const isMatrix = Array.isArray(value);
      if (isMatrix) {
        const m = value as unknown[][];
        const fits =
          m.length === rect.rows && m.every((l) => Array.isArray(l) && l.length === rect.cols);
        if (!fits)
          throw excelError(
            "InvalidArgument",
            `${prop}: the array does not match the ${rect.rows}x${rect.cols} range ${a1(rect)}`
          );
      } else if (rect.rows * rect.cols > 5_000_000) {
        throw excelError("InvalidArgument", `${prop}: too many cells`);
      } else if (value === null) {
        // "null isn't valid for single properties like range.values" (Excel docs).
        throw excelError("InvalidArgument", `${prop} = null`);
      }
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.cols; c++) {
          const v = isMatrix ? (value as unknown[][])[r][c] : value;
          // "Use null in 2-D arrays to leave specific cells unchanged" (values, formulas, formats).
          if (v === null) continue;
          each(cellAt(sheet, rect.row + r, rect.col + c), v, sheet, rect.row + r, rect.col + c);
        }
      this.excel.model.log.push(`${prop} ${sheet.name}!${a1(rect)}`);
      if (prop === "values" || prop === "formulas") this.excel.model.autoExpand(sheet, rect);
    }, bytes);
  }

  clear(applyTo?: string): void {
    this.excel.queue(() => {
      const { sheet, rect } = this.excel.resolve(this.ref);
      const what = applyTo ?? "All";
      if (!["All", "Contents", "Formats"].includes(what))
        throw excelError("InvalidArgument", `clear(${what})`);
      for (const [r, line] of sheet.cells)
        for (const [c, cell] of line) {
          if (!contains(rect, r, c)) continue;
          if (what !== "Formats") ((cell.value = undefined), (cell.formula = undefined));
          if (what !== "Contents") ((cell.format = undefined), (cell.bold = undefined));
        }
      if (what !== "Contents")
        sheet.validations = sheet.validations.filter((v) => !overlaps(v, rect));
      this.excel.model.log.push(`clear ${what} ${sheet.name}!${a1(rect)}`);
    }, 20);
  }

  select(): void {
    this.excel.queue(() => {
      const { sheet, rect } = this.excel.resolve(this.ref);
      this.excel.model.selection = { sheet: sheet.name, address: a1(rect) };
      this.excel.model.log.push(`select ${sheet.name}!${a1(rect)}`);
    }, 10);
  }

  private derived(
    what: string,
    make: (t: { sheet: DoubleSheet; rect: Rect }) => Rect | null
  ): RangeProxy {
    const ref = this.excel.ref<{ sheet: DoubleSheet; rect: Rect }>(`${this.ref.what}.${what}`);
    this.excel.queue(() => {
      const t = this.excel.resolve(this.ref);
      const rect = make(t);
      if (
        rect &&
        (rect.row < 0 ||
          rect.col < 0 ||
          rect.row + rect.rows > MAX_ROWS ||
          rect.col + rect.cols > MAX_COLS ||
          rect.rows < 1 ||
          rect.cols < 1)
      )
        throw excelError("InvalidArgument", `${what} is outside the sheet`);
      ref.target = rect ? { sheet: t.sheet, rect } : null;
    }, 20);
    return new RangeProxy(this.excel, ref);
  }

  getCell(row: number, col: number): RangeProxy {
    return this.derived(`getCell(${row},${col})`, ({ rect }) => ({
      row: rect.row + row,
      col: rect.col + col,
      rows: 1,
      cols: 1,
    }));
  }
  getEntireRow(): RangeProxy {
    return this.derived("getEntireRow()", ({ rect }) => ({
      row: rect.row,
      col: 0,
      rows: rect.rows,
      cols: MAX_COLS,
    }));
  }
  /** `getLastRow()` (ExcelApi 1.1): the range's bottom row. */
  getLastRow(): RangeProxy {
    return this.derived("getLastRow()", ({ rect }) => ({
      ...rect,
      row: rect.row + rect.rows - 1,
      rows: 1,
    }));
  }
  /** `getRowsBelow(count)` (ExcelApi 1.2): `count` rows under the range; past the sheet's end it fails. */
  getRowsBelow(count = 1): RangeProxy {
    return this.derived(`getRowsBelow(${count})`, ({ rect }) => ({
      ...rect,
      row: rect.row + rect.rows,
      rows: count,
    }));
  }
  /** `insert("Down")` (ExcelApi 1.1): see `DoubleWorkbook.shiftCells`. */
  insert(shift: string): void {
    this.excel.queue(() => {
      const { sheet, rect } = this.excel.resolve(this.ref);
      if (shift !== "Down") throw new Error(`excel-double: insert(${shift}) is not modelled`);
      this.excel.model.shiftCells(sheet, rect, "Down");
    }, 20);
  }
  /** `delete("Up")` (ExcelApi 1.1): see `DoubleWorkbook.shiftCells`. */
  delete(shift: string): void {
    this.excel.queue(() => {
      const { sheet, rect } = this.excel.resolve(this.ref);
      if (shift !== "Up") throw new Error(`excel-double: delete(${shift}) is not modelled`);
      this.excel.model.shiftCells(sheet, rect, "Up");
    }, 20);
  }
  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.derived(`getResizedRange(${deltaRows},${deltaCols})`, ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaCols,
    }));
  }
  getAbsoluteResizedRange(rows: number, cols: number): RangeProxy {
    return this.derived(`getAbsoluteResizedRange(${rows},${cols})`, ({ rect }) => ({
      ...rect,
      rows,
      cols,
    }));
  }
  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return this.derived("getIntersectionOrNullObject()", ({ sheet, rect }) => {
      const o = this.excel.resolve(other.ref);
      if (o.sheet !== sheet) throw excelError("InvalidArgument", "ranges on different sheets");
      const row = Math.max(rect.row, o.rect.row);
      const col = Math.max(rect.col, o.rect.col);
      const bottom = Math.min(rect.row + rect.rows, o.rect.row + o.rect.rows);
      const right = Math.min(rect.col + rect.cols, o.rect.col + o.rect.cols);
      return bottom > row && right > col
        ? { row, col, rows: bottom - row, cols: right - col }
        : null;
    });
  }
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class TableProxy extends Proxy<DoubleTable> {
  readonly worksheet: WorksheetProxy;
  readonly rows: { add(index: number | undefined | null, values: unknown): void };
  /** `table.onChanged` (ExcelApi 1.7): see the events section of ExcelDouble. */
  readonly onChanged: DoubleEventHandlers;
  constructor(excel: ExcelDouble, ref: Ref<DoubleTable>) {
    super(excel, ref);
    this.onChanged = excel.eventHandlers("TableChanged", () => excel.resolve(ref));
    this.rows = {
      add: (index, values) => {
        if (index !== undefined && index !== null)
          throw new Error("excel-double: rows.add at an index is not modelled");
        excel.queue(() => {
          const t = excel.resolve(ref);
          excel.model.addTableRows(t, values);
          excel.model.log.push(`add ${(values as unknown[]).length} rows to ${t.name}`);
        }, jsonBytes(values));
      },
    };
    const sheetRef = excel.ref<DoubleSheet>(`the worksheet of ${ref.what}`);
    excel.queue(() => {
      sheetRef.target = ref.target === null ? null : excel.resolve(ref).sheet;
    }, 0);
    this.worksheet = new WorksheetProxy(excel, sheetRef);
  }
  protected snapshot(t: DoubleTable, props: string[]): Loaded {
    const all = props.length === 0;
    const out: Loaded = {};
    if (all || props.includes("name")) out.name = t.name;
    if (all || props.includes("showTotals")) out.showTotals = t.showTotals;
    if (all || props.includes("id")) out.id = this.excel.tableId(t);
    return out;
  }
  get name(): string {
    return this.prop("name");
  }
  get id(): string {
    return this.prop("id");
  }
  set name(value: string) {
    this.excel.queue(() => {
      const t = this.excel.resolve(this.ref);
      const name = String(value);
      if (!isValidExcelName(name))
        throw excelError("InvalidArgument", `${name} is not a valid table name`);
      if (this.excel.model.nameTaken(name, t))
        throw excelError("InvalidArgument", `the name ${name} is taken`);
      this.excel.model.log.push(`rename table ${t.name} to ${name}`);
      t.name = name;
    }, jsonBytes(value));
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  private range(what: string, part: (t: DoubleTable) => Rect | null): RangeProxy {
    const ref = this.excel.ref<{ sheet: DoubleSheet; rect: Rect }>(`${this.ref.what}.${what}`);
    this.excel.queue(() => {
      const t = this.excel.resolve(this.ref);
      const rect = part(t);
      ref.target = rect && { sheet: t.sheet, rect };
    }, 10);
    return new RangeProxy(this.excel, ref);
  }
  getRange(): RangeProxy {
    return this.range("getRange()", (t) => ({
      row: t.row,
      col: t.col,
      rows: t.rows,
      cols: t.cols,
    }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange()", (t) => ({
      row: t.row,
      col: t.col,
      rows: 1,
      cols: t.cols,
    }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange()", (t) => ({
      row: t.row + 1,
      col: t.col,
      rows: t.rows - 1 - (t.showTotals ? 1 : 0),
      cols: t.cols,
    }));
  }
  /** `resize(range)` (ExcelApi 1.13; ApiNotFound in an older Excel): see `DoubleWorkbook.resizeTable`. */
  resize(range: RangeProxy | string): void {
    const rangeRef = typeof range === "string" ? undefined : range.ref;
    this.excel.queue(() => {
      if (!this.excel.isSetSupported("ExcelApi", "1.13"))
        throw excelError("ApiNotFound", "Table.resize needs ExcelApi 1.13");
      const t = this.excel.resolve(this.ref);
      const r = rangeRef
        ? this.excel.resolve(rangeRef)
        : { sheet: t.sheet, rect: parseAddress(String(range).replace(/^.*!/, "")) };
      if (r.sheet !== t.sheet) throw excelError("InvalidArgument", "resize to another sheet");
      this.excel.model.resizeTable(t, r.rect);
    }, 30);
  }
}

class WorksheetProxy extends Proxy<DoubleSheet> {
  readonly customProperties: {
    getItemOrNullObject(key: string): CustomPropertyProxy;
    add(key: string, value: string): void;
  };
  readonly tables: { add(range: RangeProxy | string, hasHeaders: boolean): TableProxy };
  readonly freezePanes: { freezeRows(count: number): void };
  readonly names: NamedItemCollectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(excel: ExcelDouble, ref: Ref<DoubleSheet>) {
    super(excel, ref);
    this.charts = new ChartCollectionProxy(excel, ref);
    this.customProperties = {
      getItemOrNullObject: (key) => {
        const pref = excel.ref<{ key: string; value: string }>(`the custom property ${key}`);
        excel.queue(() => {
          const value = excel.resolve(ref).properties.get(key);
          pref.target = value === undefined ? null : { key, value };
        }, jsonBytes(key));
        return new CustomPropertyProxy(excel, pref);
      },
      add: (key, value) =>
        excel.queue(
          () => {
            const s = excel.resolve(ref);
            s.properties.set(key, value); // add() replaces an existing property's value
            excel.model.log.push(`property ${s.name} ${key}=${value}`);
          },
          jsonBytes([key, value])
        ),
    };
    this.tables = {
      add: (range, hasHeaders) => {
        const tref = excel.ref<DoubleTable>("a new table");
        const rangeRef = typeof range === "string" ? undefined : range.ref;
        excel.queue(() => {
          const s = excel.resolve(ref);
          const r = rangeRef
            ? excel.resolve(rangeRef)
            : { sheet: s, rect: parseAddress(range as string) };
          if (r.sheet !== s)
            throw excelError("InvalidArgument", "the table's range is on another sheet");
          if (!hasHeaders)
            throw new Error("excel-double: tables.add without headers is not modelled");
          tref.target = excel.model.addTableModel(s, r.rect);
          excel.model.log.push(`add table ${tref.target.name} ${s.name}!${a1(r.rect)}`);
        }, 30);
        return new TableProxy(excel, tref);
      },
    };
    this.freezePanes = {
      freezeRows: (count) =>
        excel.queue(() => {
          const s = excel.resolve(ref);
          s.frozenRows = count;
          excel.model.log.push(`freeze ${s.name} ${count}`);
        }, 10),
    };
    this.names = new NamedItemCollectionProxy(excel, () => excel.resolve(ref).names, ref.what);
  }

  protected snapshot(s: DoubleSheet, props: string[]): Loaded {
    return props.length === 0 || props.includes("name") ? { name: s.name } : {};
  }
  get name(): string {
    return this.prop("name");
  }

  private range(what: string, rect: () => Rect | null): RangeProxy {
    const rref = this.excel.ref<{ sheet: DoubleSheet; rect: Rect }>(`${this.ref.what}.${what}`);
    this.excel.queue(() => {
      const s = this.excel.resolve(this.ref);
      const r = rect();
      rref.target = r && { sheet: s, rect: r };
    }, jsonBytes(what));
    return new RangeProxy(this.excel, rref);
  }
  getRange(address?: string): RangeProxy {
    return this.range(`getRange(${address ?? ""})`, () =>
      address === undefined
        ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }
        : parseAddress(address)
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range(`getRangeByIndexes(${row},${col},${rows},${cols})`, () => {
      if (
        row < 0 ||
        col < 0 ||
        rows < 1 ||
        cols < 1 ||
        row + rows > MAX_ROWS ||
        col + cols > MAX_COLS
      )
        throw excelError("InvalidArgument", `getRangeByIndexes(${row},${col},${rows},${cols})`);
      return { row, col, rows, cols };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range("getUsedRangeOrNullObject()", () => {
      const s = this.excel.resolve(this.ref);
      return this.excel.model.usedRect(s, valuesOnly === true) ?? null;
    });
  }
  activate(): void {
    this.excel.queue(() => {
      const s = this.excel.resolve(this.ref);
      this.excel.model.active = s.name;
      this.excel.model.log.push(`activate ${s.name}`);
    }, 10);
  }
  delete(): void {
    this.excel.queue(() => {
      const s = this.excel.resolve(this.ref);
      // Worksheet.delete is one of the APIs without undo support: inside an undo group it
      // fails; outside one it clears the undo stack (see the undo section of ExcelDouble).
      if (this.excel.mergingUndo)
        throw excelError("UndoNotSupported", "Worksheet.delete cannot be part of an undo group");
      this.excel.model.deleteSheet(s);
      this.excel.model.log.push(`delete sheet ${s.name}`);
    }, 10);
  }
}

/** Excel's rule for a chart's name as modelled: not empty, at most 255 characters. */
function checkChartName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255)
    throw excelError("InvalidArgument", `${String(name)} is not a valid chart name`);
  return name;
}

/** `Excel.Chart`: a chart of a sheet; properties set are applied at the sync, in order. */
class ChartProxy extends Proxy<DoubleChart> {
  readonly title: { text?: string };
  readonly axes: {
    readonly categoryAxis: { readonly title: { text?: string } };
    readonly valueAxis: { readonly title: { text?: string } };
  };
  readonly legend: { visible?: boolean; position?: string };

  constructor(excel: ExcelDouble, ref: Ref<DoubleChart>) {
    super(excel, ref);
    const setter = <V>(
      what: string,
      apply: (chart: DoubleChart, value: V) => void
    ): PropertyDescriptor => ({
      set: (value: V) =>
        excel.queue(() => {
          const chart = this.live();
          apply(chart, value);
          excel.model.log.push(`chart ${chart.name} ${what}=${String(value)}`);
        }, jsonBytes(value)),
      get: () => {
        throw new Error(`excel-double: reading Chart ${what} is not modelled`);
      },
    });
    const text = (what: string, apply: (c: DoubleChart, v: string) => void) =>
      Object.defineProperty(
        {},
        "text",
        setter<unknown>(what, (c, v) => apply(c, String(v)))
      );
    this.title = text("title", (c, v) => (c.title = v));
    this.axes = {
      categoryAxis: { title: text("categoryAxis.title", (c, v) => (c.categoryAxisTitle = v)) },
      valueAxis: { title: text("valueAxis.title", (c, v) => (c.valueAxisTitle = v)) },
    };
    const legend = {};
    Object.defineProperty(
      legend,
      "visible",
      setter<unknown>("legend.visible", (c, v) => (c.legendVisible = v === true))
    );
    Object.defineProperty(
      legend,
      "position",
      setter<unknown>("legend.position", (c, v) => {
        if (!LEGEND_POSITIONS.has(String(v)))
          throw excelError("InvalidArgument", `legend.position ${String(v)}`);
        c.legendPosition = String(v);
      })
    );
    this.legend = legend;
  }

  /** The chart, if it still exists (a deleted chart, or one on a deleted sheet, does not). */
  private live(): DoubleChart {
    const chart = this.excel.resolve(this.ref);
    if (chart.deleted) throw excelError("InvalidObjectPath", `the chart ${chart.name} is deleted`);
    return chart;
  }

  protected snapshot(c: DoubleChart, props: string[]): Loaded {
    return props.length === 0 || props.includes("name") ? { name: c.name } : {};
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.excel.queue(() => {
      const chart = this.live();
      chart.name = checkChartName(value);
      this.excel.model.log.push(`chart name ${chart.name}`);
    }, jsonBytes(value));
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this.excel.queue(() => {
      const chart = this.live();
      const sheet = this.excel.model.sheets.find((s) => s.charts.includes(chart))!;
      const rectOf = (cell: RangeProxy | string): Rect => {
        if (typeof cell === "string") return parseAddress(cell);
        const r = this.excel.resolve(cell.ref);
        if (r.sheet !== sheet)
          throw excelError("InvalidArgument", "setPosition: a cell of another sheet");
        return r.rect;
      };
      const start = rectOf(startCell);
      const end = endCell === undefined ? start : rectOf(endCell);
      const rows = end.row + end.rows - start.row;
      const cols = end.col + end.cols - start.col;
      if (rows < 1 || cols < 1)
        throw excelError("InvalidArgument", "setPosition: the end cell is before the start cell");
      chart.position = { row: start.row, col: start.col, rows, cols };
      this.excel.model.log.push(`chart ${chart.name} position ${a1(chart.position)}`);
    }, 30);
  }
  delete(): void {
    this.excel.queue(() => {
      const chart = this.live();
      for (const s of this.excel.model.sheets) {
        const i = s.charts.indexOf(chart);
        if (i >= 0) s.charts.splice(i, 1);
      }
      chart.deleted = true;
      this.excel.model.log.push(`delete chart ${chart.name}`);
    }, 10);
  }
}

/** `worksheet.charts` (Excel.ChartCollection, ExcelApi 1.1). */
class ChartCollectionProxy {
  constructor(
    private readonly excel: ExcelDouble,
    private readonly sheetRef: Ref<DoubleSheet>
  ) {}

  /**
   * `add(type, sourceData, seriesBy)`: the source must be a range of this sheet that exists
   * when the command runs; Excel names the chart "Chart N" until it is named.
   */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    const ref = this.excel.ref<DoubleChart>(`a new chart`);
    this.excel.queue(() => {
      const sheet = this.excel.resolve(this.sheetRef);
      if (!CHART_TYPES.has(type)) throw excelError("InvalidArgument", `chart type ${type}`);
      if (!SERIES_BY.has(seriesBy)) throw excelError("InvalidArgument", `seriesBy ${seriesBy}`);
      if (!(sourceData instanceof RangeProxy))
        throw excelError("InvalidArgument", "the chart's sourceData is not a Range");
      const source = this.excel.resolve(sourceData.ref);
      if (source.sheet !== sheet || !this.excel.model.sheets.includes(sheet))
        throw excelError("InvalidArgument", "the chart's source is a range of another sheet");
      const chart: DoubleChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: { ...source.rect },
        seriesBy,
        title: undefined,
        categoryAxisTitle: undefined,
        valueAxisTitle: undefined,
        legendVisible: true,
        legendPosition: "Right",
        position: undefined,
        deleted: false,
      };
      sheet.charts.push(chart);
      ref.target = chart;
      this.excel.model.log.push(`add chart ${type} ${sheet.name}!${a1(source.rect)}`);
    }, 40);
    return new ChartProxy(this.excel, ref);
  }

  private byName(name: string, orNull: boolean): ChartProxy {
    const ref = this.excel.ref<DoubleChart>(`the chart ${name}`);
    this.excel.queue(() => {
      const chart = this.excel.resolve(this.sheetRef).charts.find((c) => c.name === name);
      if (!chart && !orNull) throw excelError("ItemNotFound", `no chart ${name}`);
      ref.target = chart ?? null;
    }, jsonBytes(name));
    return new ChartProxy(this.excel, ref);
  }
  getItem(name: string): ChartProxy {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): ChartProxy {
    return this.byName(name, true);
  }

  private loadedItems: DoubleChart[] | undefined;
  /** `charts.load("items/name")` (or "name"): the charts, with their names, after the sync. */
  load(props?: string): this {
    const what = props ?? "";
    if (!/^(items\/)?name$|^$/.test(what))
      throw new Error(`excel-double: charts.load(${what}) is not modelled`);
    this.excel.queue(() => {
      const charts = [...this.excel.resolve(this.sheetRef).charts];
      this.excel.respond(this, { items: charts });
    }, 10);
    return this;
  }
  receive(values: Loaded): void {
    this.loadedItems = values.items as DoubleChart[];
  }
  get items(): ChartProxy[] {
    if (!this.loadedItems) throw excelError("PropertyNotLoaded", "charts.items was not loaded");
    return this.loadedItems.map((chart) => {
      const ref = this.excel.ref<DoubleChart>(`the chart ${chart.name}`);
      ref.target = chart;
      ref.known = true;
      const proxy = new ChartProxy(this.excel, ref);
      proxy.receive({ name: chart.name });
      return proxy;
    });
  }
}

class WorksheetCollectionProxy {
  constructor(private readonly excel: ExcelDouble) {}
  private sheet(what: string, resolve: () => DoubleSheet | null): WorksheetProxy {
    const ref = this.excel.ref<DoubleSheet>(what);
    this.excel.queue(() => {
      ref.target = resolve();
    }, jsonBytes(what));
    return new WorksheetProxy(this.excel, ref);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return this.sheet(`the worksheet ${name}`, () => this.excel.model.sheet(name) ?? null);
  }
  getItem(name: string): WorksheetProxy {
    return this.sheet(`the worksheet ${name}`, () => {
      const s = this.excel.model.sheet(name);
      if (!s) throw excelError("ItemNotFound", `no worksheet ${name}`);
      return s;
    });
  }
  add(name: string): WorksheetProxy {
    return this.sheet(`the new worksheet ${name}`, () => {
      if (this.excel.model.sheet(name))
        throw excelError("ItemAlreadyExists", `a worksheet named ${name} exists`);
      if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
        throw excelError("InvalidArgument", `${name} is not a valid sheet name`);
      const s = this.excel.model.newSheet(name);
      this.excel.model.log.push(`add sheet ${name}`);
      return s;
    });
  }
  /** `worksheets.load("items/name")`: the sheets' names after the sync. */
  load(props?: string): this {
    const what = props ?? "";
    if (!/^(items\/)?name$|^$/.test(what))
      throw new Error(`excel-double: worksheets.load(${what}) is not modelled`);
    this.excel.queue(() => {
      const names = this.excel.model.sheets.map((s) => s.name);
      this.excel.respond(this, { items: names });
    }, 10);
    return this;
  }
  private loadedItems: string[] | undefined;
  receive(values: Loaded): void {
    this.loadedItems = values.items as string[];
  }
  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw excelError("PropertyNotLoaded", "worksheets.items was not loaded");
    return this.loadedItems.map((name) => {
      const ref = this.excel.ref<DoubleSheet>(`the worksheet ${name}`);
      this.excel.queue(() => {
        const s = this.excel.model.sheet(name);
        if (!s) throw excelError("ItemNotFound", `no worksheet ${name}`);
        ref.target = s;
      }, 0);
      const proxy = new WorksheetProxy(this.excel, ref);
      proxy.receive({ name });
      return proxy;
    });
  }
}

/** The double: a model workbook plus `run`, the stand-in for `Excel.run`. */
export class ExcelDouble {
  readonly model = new DoubleWorkbook();
  /** Explicit `context.sync()` calls of each `run`, in order. */
  readonly syncsPerRun: number[] = [];
  /** Bytes each sync carried, in order, over all runs (closing syncs included). */
  readonly syncRecords: SyncRecord[] = [];
  /** Commands still queued when a batch resolved (sent by Excel.run's closing sync). */
  implicitCommands = 0;
  /** Commands applied so far, over all runs. */
  commandsRun = 0;
  /** Set to fail the n-th command applied from now on (1-based), for failure tests. */
  failAtCommand: { n: number; error: Error } | undefined;

  private commands: Command[] = [];
  private responses: { proxy: { receive(v: Loaded): void }; values: Loaded }[] = [];

  get syncs(): number {
    return this.syncsPerRun.reduce((a, b) => a + b, 0);
  }

  /**
   * Stands in for `Excel.run`, with its three shapes: `run(batch)`, `run(options, batch)`
   * (`Excel.RunOptions`: `delayForCellEdit`, `mergeUndoGroup`) and `run(context, batch)`, a
   * context of an earlier run (as `Excel.run(eventResult.context, …)` removes a handler).
   */
  readonly run: ExcelRun = async <T>(
    first: ((context: Excel.RequestContext) => Promise<T>) | Excel.RunOptions | object,
    second?: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as (
      context: Excel.RequestContext
    ) => Promise<T>;
    const given = typeof first === "function" ? undefined : first;
    const previous = given && contextIds.has(given) ? given : undefined;
    const options = (previous ? {} : (given ?? {})) as Excel.RunOptions;
    if (typeof batch !== "function") throw new Error("excel-double: run without a batch");
    // Runs take turns (the double has one command queue): a run waits for the one before it.
    const before = this.turn;
    let release = (): void => undefined;
    this.turn = new Promise<void>((resolve) => (release = resolve));
    await before;
    this.running = true;
    this.commands = [];
    this.syncsPerRun.push(0);
    this.runOptions.push({ ...options });
    const context = (previous as Record<string, unknown> | undefined) ?? this.newContext();
    this.currentContext = contextIds.get(context)!;
    this.currentContextObject = context;
    this.delayForCellEdit = options.delayForCellEdit === true;
    this.mergeUndo = options.mergeUndoGroup === true && this.isSetSupported("ExcelApi", "1.20");
    this.runUndoStep = undefined;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (this.commands.length > 0) {
        this.implicitCommands += this.commands.length;
        await this.sync(true);
      }
      return result;
    } finally {
      this.commands = [];
      this.running = false;
      this.mergeUndo = false;
      this.delayForCellEdit = false;
      release();
    }
  };

  private turn: Promise<void> = Promise.resolve();
  private running = false;
  private currentContext = 0;
  private contextCounter = 0;
  /** The options of each run, in order (for assertions: which runs asked what). */
  readonly runOptions: Excel.RunOptions[] = [];

  /** A new request context, as each `Excel.run(batch)` gets. */
  private newContext(): object {
    const context = {
      workbook: {
        tables: {
          getItemOrNullObject: (name: string) => {
            const ref = this.ref<DoubleTable>(`the table ${name}`);
            this.queue(() => {
              ref.target = this.model.table(name) ?? null;
            }, jsonBytes(name));
            return new TableProxy(this, ref);
          },
          getItem: (name: string) => {
            const ref = this.ref<DoubleTable>(`the table ${name}`);
            this.queue(() => {
              const t = this.model.table(name);
              if (!t) throw excelError("ItemNotFound", `no table ${name}`);
              ref.target = t;
            }, jsonBytes(name));
            return new TableProxy(this, ref);
          },
          // TableCollection.onAdded / onDeleted (ExcelApi 1.9): any table of the workbook.
          onAdded: this.eventHandlers("TableAdded", () => "workbook"),
          onDeleted: this.eventHandlers("TableDeleted", () => "workbook"),
        },
        worksheets: new WorksheetCollectionProxy(this),
        names: new NamedItemCollectionProxy(this, () => this.model.names, "workbook"),
        functions: {
          date: (year: number, month: number, day: number) => {
            const ref = this.ref<{ value: number }>(`DATE(${year},${month},${day})`);
            this.queue(() => {
              ref.target = { value: this.model.date(year, month, day) };
            }, 30);
            return new FunctionResultProxy(this, ref);
          },
        },
        application: {
          calculate: (type: string) =>
            this.queue(() => {
              if (!["Full", "FullRebuild", "Recalculate"].includes(type))
                throw excelError("InvalidArgument", `calculate(${type})`);
              this.calculations.push(type);
            }, 20),
        },
      },
      sync: () => this.sync(false),
    };
    contextIds.set(context, ++this.contextCounter);
    return context;
  }

  /** Queues a command; `request` is its size in the request, in bytes. */
  queue(run: () => void, request: number): void {
    this.commands.push({ run, request });
  }

  /** Resolves a reference inside a command: its target, or InvalidObjectPath for a null object. */
  resolve<T>(ref: Ref<T>): T {
    if (ref.target === undefined)
      throw new Error(`excel-double: ${ref.what} used before it was made`);
    if (ref.target === null) throw excelError("InvalidObjectPath", `${ref.what} is a null object`);
    return ref.target;
  }

  /** A load's result, delivered to the proxy when the sync returns. */
  respond(proxy: { receive(v: Loaded): void }, values: Loaded): void {
    this.responses.push({ proxy, values });
  }

  private async sync(closing: boolean): Promise<void> {
    if (!closing) this.syncsPerRun[this.syncsPerRun.length - 1]++;
    const commands = this.commands;
    this.commands = [];
    this.responses = [];
    const requestBytes = commands.reduce((sum, c) => sum + c.request, 0);
    // Office.js sends a batch asynchronously: nothing is applied before the sync's promise runs.
    await Promise.resolve();
    if (this.cellEditMode) {
      // OfficeDev/office-js #3388: while a cell is edited every batch fails, unless the run
      // asked to wait (delayForCellEdit), in which case it waits until the edit ends.
      if (!this.delayForCellEdit) {
        this.syncRecords.push({ requestBytes, responseBytes: 0 });
        throw excelError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
        );
      }
      this.delayedSyncs++;
      await this.cellEditEnded;
    }
    // Handler removals queued in this context since its last sync go with this one.
    const removals = this.pendingRemovals.get(this.currentContext) ?? [];
    this.pendingRemovals.delete(this.currentContext);
    for (const r of removals) r.removed = true;
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.syncRecords.push({ requestBytes, responseBytes: 0 });
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        `the request (${requestBytes} bytes) is over the 5 MB limit of Excel on the web`
      );
    }
    let error: Error | undefined;
    const logStart = this.model.log.length;
    const tablesBefore = this.model.tables();
    for (const command of commands) {
      try {
        if (this.failAtCommand && --this.failAtCommand.n === 0) {
          const e = this.failAtCommand.error;
          this.failAtCommand = undefined;
          throw e;
        }
        this.commandsRun++;
        command.run();
      } catch (e) {
        error = e as Error;
        break;
      }
    }
    // What was applied stays applied, even before a failing command: its undo step and events.
    this.afterCommands(logStart, tablesBefore);
    const responseBytes = this.responses.reduce((sum, r) => sum + jsonBytes(r.values), 0);
    this.syncRecords.push({ requestBytes, responseBytes });
    const responses = this.responses;
    this.responses = [];
    // Every reference resolved by this sync may now say whether it is a null object.
    this.markKnown();
    if (error) throw error;
    if (responseBytes > PAYLOAD_LIMIT_BYTES)
      throw excelError(
        // "The response payload size has exceeded the limit" (Office's error codes).
        "ResponsePayloadSizeLimitExceeded",
        `the response (${responseBytes} bytes) is over the 5 MB limit of Excel on the web`
      );
    for (const r of responses) r.proxy.receive(r.values);
  }

  // ---- cell-edit mode ----

  /** True while a person edits a cell (see `sync`). */
  cellEditMode = false;
  /** Syncs that waited for the end of cell-edit mode (delayForCellEdit). */
  delayedSyncs = 0;
  private cellEditEnded: Promise<void> = Promise.resolve();
  private endCellEdit: () => void = () => undefined;

  /** A person starts editing a cell (double-click, F2, or typing into it). */
  enterCellEdit(): void {
    if (this.cellEditMode) return;
    this.cellEditMode = true;
    this.cellEditEnded = new Promise<void>((resolve) => (this.endCellEdit = resolve));
  }

  /** The person presses Enter (or Tab, or clicks another cell): delayed batches go on. */
  exitCellEdit(): void {
    this.cellEditMode = false;
    this.endCellEdit();
  }

  // ---- requirement sets ----

  /** The highest ExcelApi requirement set this Excel supports ("1.20": mergeUndoGroup). */
  excelApi = "1.20";

  /** `Office.context.requirements.isSetSupported` of this Excel (ExcelApi only). */
  readonly isSetSupported = (name: string, version = "1.1"): boolean => {
    if (name !== "ExcelApi") return false;
    const minor = (v: string): number => Number(v.split(".")[1] ?? 0);
    return minor(version) <= minor(this.excelApi);
  };

  // ---- the undo stack ----
  // Excel keeps an undo step for every sync that changed the workbook (RunOptions:
  // "When false, each context.sync() call creates an undo record"); with mergeUndoGroup
  // (ExcelApi 1.20; ignored by an older Excel) all syncs of one Excel.run are one step.
  // Worksheet.delete does not support undo: it clears the stack, and inside an undo group
  // it fails with UndoNotSupported ("Undo support with the Excel JavaScript API").

  /** The undo steps Ctrl+Z would take back, oldest first (labels for assertions). */
  readonly undoStack: string[] = [];
  private mergeUndo = false;
  private delayForCellEdit = false;
  private runUndoStep: string | undefined;

  /** True while the running batch merges its syncs into one undo group. */
  get mergingUndo(): boolean {
    return this.mergeUndo;
  }

  // ---- events ----
  // Handlers registered with `add` start at the sync that sends the registration and stay
  // after their run ends. `remove()` goes with the next sync of the context the handler was
  // added in (`Excel.run(result.context, …)`); a sync of another context does not send it.
  // Events fire after the sync that made the change (and after a person's edit), each
  // handler called asynchronously with Excel's event arguments. A handler on a table that
  // was deleted never fires again but stays registered ("Work with events", Excel docs).

  private registrations: Registration[] = [];
  private pendingRemovals = new Map<number, Registration[]>();
  private currentContextObject: object | undefined;
  private deliveries: Promise<void> = Promise.resolve();
  private readonly ids = new WeakMap<object, string>();
  private idCounter = 0;
  /** Every event delivered, in order (type and table name), for assertions. */
  readonly eventsDelivered: string[] = [];
  /** `application.calculate` calls applied, in order. */
  readonly calculations: string[] = [];

  /** Handlers registered and not removed (those on deleted tables included). */
  get handlerCount(): number {
    return this.registrations.filter((r) => r.active && !r.removed).length;
  }

  /** Excel's id of a table or a sheet: stable while it exists, new for a new one. */
  tableId(t: DoubleTable | DoubleSheet): string {
    let id = this.ids.get(t);
    if (!id) {
      id = `{${String(++this.idCounter).padStart(8, "0")}-0000-4000-8000-000000000000}`;
      this.ids.set(t, id);
    }
    return id;
  }

  /** An event of a table (`table.onChanged`) or of the workbook's table collection. */
  eventHandlers(
    type: DoubleEventType,
    target: () => DoubleTable | "workbook"
  ): DoubleEventHandlers {
    return {
      add: (handler) => {
        const registration: Registration = {
          type,
          handler: handler as Registration["handler"],
          context: this.currentContext,
          target: undefined,
          active: false,
          removed: false,
        };
        const context = this.currentContextObject;
        this.queue(() => {
          registration.target = target();
          registration.active = true;
          this.registrations.push(registration);
        }, 40);
        return {
          context: context as unknown as Excel.RequestContext,
          remove: () => {
            if (this.running && this.currentContext === registration.context)
              this.queue(() => (registration.removed = true), 20);
            else {
              const list = this.pendingRemovals.get(registration.context) ?? [];
              list.push(registration);
              this.pendingRemovals.set(registration.context, list);
            }
          },
        };
      },
    };
  }

  /** Resolves once every event fired so far has reached its handlers (and they settled). */
  async settle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.deliveries) {
      seen = this.deliveries;
      await seen;
    }
  }

  /**
   * A person types into a cell of Excel's grid: stored as typed (`DoubleWorkbook.typeInto`),
   * one undo step, and the change events of the tables the cell belongs to.
   */
  type(sheetName: string, address: string, value: CellValue): void {
    this.model.typeInto(sheetName, address, value);
    this.undoStack.push(`person: ${sheetName}!${address}`);
    const sheet = this.model.need(sheetName);
    this.fire([{ sheet, rect: parseAddress(address), changeType: "RangeEdited" }], [], []);
  }

  /** A person types rows under a table (`DoubleWorkbook.typeRows`): one undo step, the table's events. */
  typeRows(
    tableName: string,
    rows: readonly (readonly CellValue[])[],
    options: { fillFormulas?: boolean } = {}
  ): void {
    this.model.typeRows(tableName, rows, options);
    const t = this.model.table(tableName)!;
    this.undoStack.push(`person: rows of ${t.name}`);
    this.fire([{ sheet: t.sheet, rect: t, changeType: "RangeEdited" }], [], []);
  }

  /** Undo steps and events for what one sync applied (the log entries from `logStart`). */
  private afterCommands(logStart: number, tablesBefore: DoubleTable[]): void {
    const entries = this.model.log.slice(logStart);
    const changes = entries.filter((e) => !/^(select|activate) /.test(e));
    if (changes.length === 0) return;
    if (entries.some((e) => e.startsWith("delete sheet "))) {
      this.undoStack.length = 0;
      this.runUndoStep = undefined;
    } else if (this.mergeUndo) {
      if (this.runUndoStep === undefined) {
        this.runUndoStep = `run ${this.syncsPerRun.length}`;
        this.undoStack.push(this.runUndoStep);
      }
    } else {
      this.undoStack.push(`run ${this.syncsPerRun.length}, sync ${this.syncRecords.length + 1}`);
    }
    const after = this.model.tables();
    const added = after.filter((t) => !tablesBefore.includes(t));
    const deleted = tablesBefore.filter((t) => !after.includes(t));
    const changed: Change[] = [];
    for (const e of changes) {
      const rows = /^add \d+ rows to (.+)$/.exec(e);
      if (rows) {
        const t = this.model.table(rows[1]);
        if (t) changed.push({ sheet: t.sheet, rect: t, changeType: "RowInserted" });
        continue;
      }
      const m =
        /^(?:values|formulas|numberFormat|bold|clear \w+) (.+)!([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(e);
      const sheet = m ? this.model.sheet(m[1]) : undefined;
      if (m && sheet) changed.push({ sheet, rect: parseAddress(m[2]), changeType: "RangeEdited" });
    }
    this.fire(changed, added, deleted);
  }

  /** Calls the handlers the changes concern, asynchronously, after what is already under way. */
  private fire(changes: Change[], added: DoubleTable[], deleted: DoubleTable[]): void {
    const calls: { reg: Registration; args: Record<string, unknown>; label: string }[] = [];
    const live = this.model.tables();
    for (const reg of this.registrations) {
      if (!reg.active || reg.removed) continue;
      if (reg.type === "TableChanged") {
        const t = reg.target;
        if (!t || t === "workbook" || !live.includes(t) || added.includes(t)) continue;
        for (const c of changes) {
          if (c.sheet !== t.sheet || !overlaps(c.rect, t)) continue;
          const row = Math.max(c.rect.row, t.row);
          const col = Math.max(c.rect.col, t.col);
          const rect = {
            row,
            col,
            rows: Math.min(c.rect.row + c.rect.rows, t.row + t.rows) - row,
            cols: Math.min(c.rect.col + c.rect.cols, t.col + t.cols) - col,
          };
          calls.push({
            reg,
            label: `TableChanged ${t.name}`,
            args: {
              type: "TableChanged",
              changeType: c.changeType,
              source: "Local",
              address: a1(rect),
              tableId: this.tableId(t),
              worksheetId: this.tableId(t.sheet),
              getRange: () => {
                throw new Error("excel-double: TableChangedEventArgs.getRange is not modelled");
              },
            },
          });
          break;
        }
      } else if (reg.target === "workbook") {
        const list = reg.type === "TableAdded" ? added : deleted;
        for (const t of list)
          calls.push({
            reg,
            label: `${reg.type} ${t.name}`,
            args: {
              type: reg.type,
              source: "Local",
              tableId: this.tableId(t),
              ...(reg.type === "TableDeleted" ? { tableName: t.name } : {}),
              worksheetId: this.tableId(t.sheet),
            },
          });
      }
    }
    if (calls.length === 0) return;
    this.deliveries = this.deliveries
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(async () => {
        for (const c of calls) {
          if (c.reg.removed) continue;
          this.eventsDelivered.push(c.label);
          await Promise.resolve(c.reg.handler(c.args)).catch(() => undefined);
        }
      });
  }

  private markKnown(): void {
    for (const ref of this.pendingRefs) if (ref.target !== undefined) ref.known = true;
    this.pendingRefs = this.pendingRefs.filter((r) => r.target === undefined);
  }

  private pendingRefs: Ref<unknown>[] = [];
  /** A new proxy target, resolved by a later sync (which then marks it known). */
  ref<T>(what: string): Ref<T> {
    const ref = new Ref<T>(what);
    this.pendingRefs.push(ref as Ref<unknown>);
    return ref;
  }

  /** A data-validation rule as Excel checks it: one rule kind, with the fields it needs. */
  checkValidationRule(rule: unknown, sheet: DoubleSheet, rect: Rect): void {
    const bad = (why: string): never => {
      throw excelError("InvalidArgument", `data validation at ${sheet.name}!${a1(rect)}: ${why}`);
    };
    if (typeof rule !== "object" || rule === null) bad("no rule");
    const kinds = Object.keys(rule as object);
    if (kinds.length !== 1) bad(`one rule kind expected, got ${kinds.join(", ")}`);
    const kind = kinds[0];
    const body = (rule as Record<string, Record<string, unknown>>)[kind];
    const operators = [
      "Between",
      "NotBetween",
      "EqualTo",
      "NotEqualTo",
      "GreaterThan",
      "LessThan",
      "GreaterThanOrEqualTo",
      "LessThanOrEqualTo",
    ];
    switch (kind) {
      case "list": {
        const source = body.source;
        if (typeof source !== "string" || source === "") bad("a list needs a source");
        if ((source as string).startsWith("="))
          this.model.checkFormula(source as string, sheet, rect.row, rect.col);
        else if ((source as string).length > 255) bad("a list source over 255 characters");
        return;
      }
      case "wholeNumber":
      case "decimal":
      case "date":
      case "time":
      case "textLength": {
        if (!operators.includes(String(body.operator)))
          bad(`the operator ${String(body.operator)}`);
        if (body.formula1 === undefined || body.formula1 === "") bad("formula1 is required");
        const between = body.operator === "Between" || body.operator === "NotBetween";
        if (between && (body.formula2 === undefined || body.formula2 === ""))
          bad("formula2 is required");
        for (const f of [body.formula1, body.formula2])
          if (typeof f === "string" && f.startsWith("="))
            this.model.checkFormula(f, sheet, rect.row, rect.col);
        return;
      }
      case "custom":
        if (typeof body.formula !== "string") bad("a custom rule needs a formula");
        this.model.checkFormula(body.formula as string, sheet, rect.row, rect.col);
        return;
      default:
        bad(`unknown rule kind ${kind}`);
    }
  }
}
