/**
 * The Office.js implementation of `Workbook`. Every method runs one `Excel.run`. Excel on the
 * web limits one request and one response to 5 MB, so rows travel in windows (see
 * `WINDOW`); a normal planning workbook fits in one window and each call then uses a fixed
 * number of `context.sync()` calls:
 *   read            2 syncs: which tables, sheets and owner marks exist and the date system;
 *                   then every table's size and first window of values (3 for a table
 *                   found only as a sheet's used range), plus one sync per further window
 *   writeSheets     3 syncs: which sheets exist; their owner marks, checked again; then every
 *                   write, in as many syncs as there are windows
 *   createTables    3 syncs: sheets, tables and defined names (workbook- and sheet-scoped)
 *                   that would clash; then every sheet, table and value, then the formulas
 *                   and validation that reference them; on failure a cleanup batch removes
 *                   the sheets it added
 *   select          1 sync
 *   refillFormulas  2 syncs: the tables' places; then the formulas
 *   appendRows      3 syncs: whether the table (or the sheet) exists; where its rows end; the rows
 */
import { dateSystemFromProbe } from "../core/dates/date-system";
import type { CellValue, TableGrid } from "../core/planning/types";
import {
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

/** `Excel.run`, injectable so that tests can pass a strict double of Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** How much one sync may carry: well under Excel on the web's 5 MB per request or response. */
export const WINDOW = {
  /** Rows of each table read with the first batch of values. */
  firstRows: 2000,
  /** At most this many rows in one later window. */
  maxRows: 20000,
  /** At most this many bytes (values as JSON) in one window. */
  maxBytes: 2_000_000,
} as const;

/** Number format that keeps text as typed: Excel does not turn "0123" into 123 or "1-2" into a date. */
export const TEXT_NUMBER_FORMAT = "@";

/** Office.js writes "" to empty a cell; null would mean "leave unchanged". */
function writable(value: CellValue): string | number | boolean {
  return value === null ? "" : value;
}

function matrix<T>(rows: number, cols: number, value: (r: number, c: number) => T): T[][] {
  const out: T[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = value(r, c);
    out[r] = line;
  }
  return out;
}

/** JSON size of a row of values, as Office.js sends it (UTF-8). */
function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) {
    if (typeof v === "string") {
      n += 3 + v.length;
      // Letters outside ASCII take 2–3 bytes in UTF-8 (å, ä, ö: 2).
      for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 0x7f) n += 2;
    } else n += 1 + String(v).length;
  }
  return n;
}

/**
 * Splits `count` rows into windows of at most `WINDOW.maxRows` rows and about
 * `WINDOW.maxBytes` bytes, given the size of each row.
 */
export function windows(count: number, bytesOf: (row: number) => number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < count; r++) {
    const b = bytesOf(r);
    if (r > start && (r - start >= WINDOW.maxRows || bytes + b > WINDOW.maxBytes)) {
      out.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += b;
  }
  if (count > start) out.push([start, count]);
  return out;
}

/**
 * Per cell, the number format to write before the value: "@" for text (so that Excel keeps
 * it as typed), else the column's format.
 */
function cellFormat(value: CellValue | undefined, columnFormat: string | null): string {
  return typeof value === "string" && value !== ""
    ? TEXT_NUMBER_FORMAT
    : (columnFormat ?? "General");
}

/** A loaded range of a table being read: where it is and what has been read so far. */
interface PendingGrid {
  readonly name: string;
  /** The Excel table read, if it was one. */
  readonly table?: string;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  values: CellValue[][];
  formulas?: CellValue[][];
  /** Leave out the last row (a table's total row). */
  dropLast: boolean;
}

export class OfficeWorkbook implements Workbook {
  constructor(private readonly run: ExcelRun = defaultRun) {}

  read(request: ReadRequest): Promise<ReadResult> {
    const withFormulas = new Set(request.formulasOf ?? []);
    return this.run(async (context) => {
      const wb = context.workbook;
      const tables = request.tables.map((loc) => ({
        loc,
        table: wb.tables.getItemOrNullObject(loc.table).load("name,showTotals"),
        sheet: wb.worksheets.getItemOrNullObject(loc.sheet).load("name"),
      }));
      const sheets = request.sheets.map((name) => ({
        name,
        sheet: wb.worksheets.getItemOrNullObject(name).load("name"),
      }));
      // DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one.
      const probe = wb.functions.date(1904, 1, 1).load("value");
      await context.sync();

      const marks = sheets.map((s) =>
        s.sheet.isNullObject
          ? undefined
          : s.sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value")
      );
      // Tables: the whole range's place and size, and its first window of values, in one sync.
      const found = tables.map((t) => {
        if (t.table.isNullObject) return undefined;
        const whole = t.table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
        const first = whole.getIntersectionOrNullObject(
          whole
            .getCell(0, 0)
            .getEntireRow()
            .getResizedRange(WINDOW.firstRows - 1, 0)
        );
        if (withFormulas.has(t.loc.name)) first.load("values,formulas");
        else first.load("values");
        return { t, whole, first, sheetName: t.table.worksheet.load("name") };
      });
      // Sheets without such a table (a hand-made workbook): only the used range's place here.
      const used = tables.map((t, i) =>
        found[i] || t.sheet.isNullObject
          ? undefined
          : t.sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")
      );
      await context.sync();

      const pending: PendingGrid[] = [];
      found.forEach((f) => {
        if (!f) return;
        const values = f.first.values as CellValue[][];
        pending.push({
          name: f.t.loc.name,
          table: f.t.table.name,
          sheet: f.sheetName.name,
          top: f.whole.rowIndex,
          left: f.whole.columnIndex,
          rows: f.whole.rowCount,
          cols: f.whole.columnCount,
          values: values.slice(),
          formulas: withFormulas.has(f.t.loc.name)
            ? (f.first.formulas as CellValue[][]).slice()
            : undefined,
          // getRange() is the whole table, including its total row when one is shown.
          dropLast: f.t.table.showTotals,
        });
      });
      used.forEach((u, i) => {
        if (!u) return;
        const loc = tables[i].loc;
        if (u.isNullObject) {
          // A sheet with nothing on it.
          pending.push({
            name: loc.name,
            sheet: tables[i].sheet.name,
            top: 0,
            left: 0,
            rows: 0,
            cols: 0,
            values: [],
            dropLast: false,
          });
          return;
        }
        pending.push({
          name: loc.name,
          sheet: tables[i].sheet.name,
          top: u.rowIndex,
          left: u.columnIndex,
          rows: u.rowCount,
          cols: u.columnCount,
          values: [],
          formulas: withFormulas.has(loc.name) ? [] : undefined,
          dropLast: false,
        });
      });
      await this.readRemainingWindows(context, pending);

      const grids = new Map<string, TableGrid>();
      for (const p of pending) {
        const keep = p.dropLast ? p.values.length - 1 : p.values.length;
        grids.set(p.name, {
          name: p.name,
          ...(p.table ? { table: p.table } : {}),
          sheet: p.sheet,
          top: p.top,
          left: p.left,
          values: p.values.slice(0, keep),
          ...(p.formulas ? { formulas: p.formulas.slice(0, keep) } : {}),
        });
      }
      const owners = new Map<string, SheetOwner>();
      sheets.forEach((s, i) => {
        const mark = marks[i];
        owners.set(
          s.name,
          !mark ? "absent" : !mark.isNullObject && mark.value === OWNER_VALUE ? "addin" : "person"
        );
      });
      return { tables: grids, sheets: owners, dateSystem: dateSystemFromProbe(probe.value) };
    });
  }

  /**
   * Reads the rows each pending grid still lacks, a window per sync: at most
   * `WINDOW.maxRows` rows and about `WINDOW.maxBytes` bytes (estimated from the rows read so
   * far) over all grids in one sync.
   */
  private async readRemainingWindows(
    context: Excel.RequestContext,
    pending: PendingGrid[]
  ): Promise<void> {
    const wb = context.workbook;
    // Bytes per row seen so far, per grid (a guess of 100 before any row is seen).
    const perRow = (p: PendingGrid): number => {
      const seen = p.values.length;
      if (seen === 0) return Math.max(100, p.cols * 12);
      let bytes = 0;
      const sample = Math.min(seen, 200);
      for (let r = seen - sample; r < seen; r++) bytes += rowBytes(p.values[r]);
      return Math.ceil((bytes / sample) * (p.formulas ? 2 : 1)) + 1;
    };
    for (;;) {
      let budget = WINDOW.maxBytes;
      const loads: { p: PendingGrid; range: Excel.Range }[] = [];
      for (const p of pending) {
        const missing = p.rows - p.values.length;
        if (missing <= 0 || budget <= 0) continue;
        const take = Math.max(1, Math.min(missing, WINDOW.maxRows, Math.floor(budget / perRow(p))));
        budget -= take * perRow(p);
        const range = wb.worksheets
          .getItem(p.sheet)
          .getRangeByIndexes(p.top + p.values.length, p.left, take, p.cols)
          .load(p.formulas ? "values,formulas" : "values");
        loads.push({ p, range });
      }
      if (loads.length === 0) return;
      // One sync per window is the point: each carries at most about WINDOW.maxBytes.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const { p, range } of loads) {
        for (const row of range.values as CellValue[][]) p.values.push(row);
        if (p.formulas) for (const row of range.formulas as CellValue[][]) p.formulas.push(row);
      }
    }
  }

  writeSheets(outputs: readonly OutputSheet[]): Promise<void> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const targets = outputs.map((out) => ({
        out,
        sheet: wb.worksheets.getItemOrNullObject(out.name).load("name"),
      }));
      await context.sync();
      const marks = targets.map((t) =>
        t.sheet.isNullObject
          ? undefined
          : t.sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value")
      );
      // The marks load with the writes below only if every sheet is ours; check them first.
      await context.sync();
      const foreign = targets
        .filter((_, i) => marks[i] && (marks[i]!.isNullObject || marks[i]!.value !== OWNER_VALUE))
        .map((t) => t.out.name);
      if (foreign.length > 0) throw new NotOwnedError(foreign);

      const writer = new WindowedWriter(context);
      for (const t of targets) {
        const { out } = t;
        let sheet = t.sheet;
        if (sheet.isNullObject) {
          sheet = wb.worksheets.add(out.name);
          sheet.customProperties.add(OWNER_PROPERTY, OWNER_VALUE);
        } else {
          sheet.getRange().clear("All");
        }
        const cols = Math.max(out.header.length, 1);
        const rows: (readonly CellValue[])[] = [out.header, ...out.rows];
        await writer.write(sheet, rows, cols, (r, c) =>
          r === 0 ? null : (out.numberFormats[c] ?? null)
        );
        sheet.getRangeByIndexes(0, 0, 1, cols).format.font.bold = true;
        sheet.freezePanes.freezeRows(1);
        sheet.getRangeByIndexes(0, 0, rows.length, cols).format.autofitColumns();
      }
      await context.sync();
    });
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    let writing = false;
    try {
      await this.run(async (context) => {
        const wb = context.workbook;
        const existing = tables.map((t) => wb.worksheets.getItemOrNullObject(t.sheet).load("name"));
        // A table keeps its name when its sheet is renamed, and a table name may not be any
        // defined name either: a name taken anywhere would fail the write half-way, so it is
        // refused here, before anything is written.
        const existingTables = tables.map((t) =>
          wb.tables.getItemOrNullObject(t.table).load("name")
        );
        const workbookNames = tables.map((t) => wb.names.getItemOrNullObject(t.table).load("name"));
        const allSheets = wb.worksheets.load("items/name");
        await context.sync();
        const sheetNames = allSheets.items.flatMap((ws) =>
          tables.map((t) => ws.names.getItemOrNullObject(t.table).load("name"))
        );
        await context.sync();
        const sheetsTaken = tables.filter((_, i) => !existing[i].isNullObject).map((t) => t.sheet);
        if (sheetsTaken.length > 0) throw new NotOwnedError(sheetsTaken);
        const namesTaken = tables
          .filter(
            (_, i) =>
              !existingTables[i].isNullObject ||
              !workbookNames[i].isNullObject ||
              sheetNames.some((n, k) => k % tables.length === i && !n.isNullObject)
          )
          .map((t) => t.table);
        if (namesTaken.length > 0) throw new NameTakenError(namesTaken);

        writing = true;
        await this.writeNewTables(context, tables);
      });
    } catch (e) {
      // Excel batches are not transactions: remove the sheets this call added (none of those
      // names existed before it), so that a retry works.
      if (writing) await this.removeSheets(tables.map((t) => t.sheet)).catch(() => undefined);
      throw e;
    }
  }

  /** Every sheet, table and value first; then the formulas and validation that reference them. */
  private async writeNewTables(
    context: Excel.RequestContext,
    tables: readonly NewTable[]
  ): Promise<void> {
    const wb = context.workbook;
    const writer = new WindowedWriter(context);
    const made: { t: NewTable; sheet: Excel.Worksheet; dataRows: number }[] = [];
    for (const t of tables) {
      const sheet = wb.worksheets.add(t.sheet);
      const cols = t.header.length;
      const dataRows = Math.max(1, t.rows.length); // an Excel table has at least one data row
      const rows: (readonly CellValue[])[] = [t.header];
      for (let r = 0; r < dataRows; r++)
        rows.push(t.header.map((_, c) => (t.formulas[c] ? null : (t.rows[r]?.[c] ?? null))));
      await writer.write(sheet, rows, cols, (r, c) =>
        r === 0 ? null : (t.numberFormats[c] ?? null)
      );
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, dataRows + 1, cols), true);
      table.name = t.table;
      made.push({ t, sheet, dataRows });
    }
    // Formulas and validation reference other tables (Ärenden, Inställningar): only now do
    // they all exist.
    for (const { t, sheet, dataRows } of made) {
      t.header.forEach((_, c) => {
        const body = sheet.getRangeByIndexes(1, c, dataRows, 1);
        const formula = t.formulas[c];
        if (formula) body.formulas = matrix(dataRows, 1, () => formula);
        const rule = t.validation[c];
        if (!rule) return;
        if ("wholeNumber" in rule) {
          body.dataValidation.rule = {
            wholeNumber: {
              formula1: rule.wholeNumber.min,
              formula2: rule.wholeNumber.max,
              operator: "Between",
            },
          };
          return;
        }
        const source =
          "list" in rule
            ? rule.list.join(",")
            : `=INDIRECT("${rule.tableColumn.table}[${rule.tableColumn.column}]")`;
        body.dataValidation.rule = { list: { inCellDropDown: true, source } };
      });
      sheet.getRangeByIndexes(0, 0, dataRows + 1, t.header.length).format.autofitColumns();
    }
    if (tables.length > 0) wb.worksheets.getItem(tables[0].sheet).activate();
    await context.sync();
  }

  /** Deletes those of the named sheets that exist (after a failed create), in a batch of its own. */
  private removeSheets(names: readonly string[]): Promise<void> {
    return this.run(async (context) => {
      const sheets = names.map((n) =>
        context.workbook.worksheets.getItemOrNullObject(n).load("name")
      );
      await context.sync();
      for (const s of sheets) if (!s.isNullObject) s.delete();
      await context.sync();
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  appendRows(append: RowsToAppend): Promise<void> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const table = wb.tables.getItemOrNullObject(append.location.table).load("name");
      const sheet = wb.worksheets.getItemOrNullObject(append.location.sheet).load("name");
      await context.sync();
      const cols = Math.max(0, ...append.rows.map((r) => r.length));
      if (append.rows.length === 0 || cols === 0) return;
      if (!table.isNullObject) {
        // Where the new rows will be, for the {row} placeholders: right under the table.
        const range = table.getRange().load("rowIndex,rowCount");
        await context.sync();
        const first = range.rowIndex + range.rowCount; // 0-based sheet row of the first new row
        // One call adds every row; formulas go in as "=..." values, as Excel takes them.
        table.rows.add(
          undefined,
          append.rows.map((cells, i) =>
            Array.from({ length: cols }, (_, j) => appendValue(cells[j] ?? null, first + i))
          )
        );
        await context.sync();
        return;
      }
      if (sheet.isNullObject) throw new Error(append.location.sheet);
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex");
      await context.sync();
      const first = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const left = used.isNullObject ? 0 : used.columnIndex;
      sheet.getRangeByIndexes(first, left, append.rows.length, cols).formulas = append.rows.map(
        (cells, i) =>
          Array.from({ length: cols }, (_, j) => appendValue(cells[j] ?? null, first + i))
      );
      await context.sync();
    });
  }

  refillFormulas(refills: readonly FormulaRefill[]): Promise<void> {
    return this.run(async (context) => {
      const places = refills.map((f) => {
        const table = context.workbook.tables.getItem(f.table);
        return {
          f,
          header: table.getHeaderRowRange().load("values"),
          body: table.getDataBodyRange(),
        };
      });
      await context.sync();
      for (const { f, header, body } of places) {
        const key = f.column.trim().toLowerCase();
        const c = (header.values[0] as CellValue[]).findIndex(
          (h) => String(h).trim().toLowerCase() === key
        );
        if (c < 0) throw new Error(`${f.table}[${f.column}]`);
        for (const r of f.rows) body.getCell(r, c).formulas = [[f.formula]];
      }
      await context.sync();
    });
  }
}

/**
 * Writes rows of values with their number formats, a window per sync when they are large.
 * Each window's formats go first, so that text lands in cells already formatted as text.
 */
class WindowedWriter {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  async write(
    sheet: Excel.Worksheet,
    rows: readonly (readonly CellValue[])[],
    cols: number,
    columnFormat: (r: number, c: number) => string | null
  ): Promise<void> {
    const sizes = rows.map((row) => rowBytes(row) * 2 + cols * 4);
    for (const [start, end] of windows(rows.length, (r) => sizes[r])) {
      let bytes = 0;
      for (let r = start; r < end; r++) bytes += sizes[r];
      if (this.bytes > 0 && this.bytes + bytes > WINDOW.maxBytes) {
        await this.context.sync();
        this.bytes = 0;
      }
      const n = end - start;
      const range = sheet.getRangeByIndexes(start, 0, n, cols);
      range.numberFormat = matrix(n, cols, (r, c) =>
        cellFormat(rows[start + r][c], columnFormat(start + r, c))
      );
      range.values = matrix(n, cols, (r, c) => writable(rows[start + r][c] ?? null));
      this.bytes += bytes;
    }
  }
}

/** A cell to append as Office.js writes it: a formula with its {row} filled in, or the value. */
function appendValue(cell: AppendCell, row: number): string | number | boolean {
  if (cell !== null && typeof cell === "object")
    return cell.formula.split("{row}").join(String(row + 1));
  return writable(cell);
}
