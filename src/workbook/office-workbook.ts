/**
 * The Office.js implementation of `Workbook`. Every method runs one `Excel.run`. Excel on the
 * web limits one request and one response to 5 MB, so rows travel in windows (see
 * `WINDOW`); a normal planning workbook fits in one window and each call then uses a fixed
 * number of `context.sync()` calls:
 *   read            2 syncs: which tables, sheets and owner marks exist and the date system;
 *                   then every table's size and first window of values (3 for a table
 *                   found only as a sheet's used range), plus one sync per further window
 *   writeSheets     3 syncs: which sheets exist; their owner marks and charts, checked again;
 *                   then every write, in as many syncs as there are windows: the cells, and
 *                   the charts the sheets describe (the add-in's own charts, known by name,
 *                   replaced; a person's kept); if that fails, 3 more remove the add-in's
 *                   charts from those sheets, so that no half-made set of charts stays
 *   createTables    3 syncs: sheets, tables and defined names (workbook- and sheet-scoped)
 *                   that would clash; then every sheet, table and value, then the formulas
 *                   and validation that reference them; on failure a cleanup batch removes
 *                   the sheets it added
 *   select          1 sync
 *   refillFormulas  2 syncs: the tables' places; then the formulas
 *   appendRows      4 syncs: whether the table (or the sheet) exists; where its rows end (and,
 *                   for a table, what lies under it; for a sheet, the row above's formats);
 *                   the values; the formulas (see appendBelowTable)
 *
 * Every batch runs with `delayForCellEdit: true`: while a person edits a cell Excel holds the
 * batch until the edit ends instead of failing it (OfficeDev/office-js #3388). Where the
 * caller says Excel supports it (`mergeUndo`: ExcelApi 1.20), every call that writes runs
 * with `mergeUndoGroup: true`, so that Ctrl+Z takes the whole call back in one step; without
 * it each sync that changes something is an undo step of its own. The cleanup after a failed
 * createTables deletes sheets, which Excel cannot undo: it clears the undo stack.
 *
 * With `watch(listener)`, every read also keeps a change handler on each planning table it
 * found (`table.onChanged`, registered in the read's own second sync: no extra sync), and on
 * the workbook's table collection (`onAdded`, `onDeleted`: a table made or removed later).
 * A table deleted and made again gets a new handler; the old one is removed in the context
 * it was added in, as Excel requires.
 */
import { chartSourceGrid, isOwnChart, type ChartSpec } from "../core/charts/spec";
import { type DateSystem, dateSystemFromProbe } from "../core/dates/date-system";
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
  UndoSupport,
  Workbook,
} from "./workbook";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * `Excel.run` in the shapes the adapter uses (a batch; options and a batch; an earlier
 * context and a batch), injectable so that tests can pass a strict double of Excel.
 */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions | Excel.RequestContext, batch: Batch<T>): Promise<T>;
}

const defaultRun: ExcelRun = <T>(
  first: Batch<T> | Excel.RunOptions | Excel.RequestContext,
  batch?: Batch<T>
): Promise<T> =>
  typeof first === "function"
    ? Excel.run(first)
    : Excel.run(first as Excel.RunOptions, batch as Batch<T>);

export interface OfficeWorkbookOptions {
  /**
   * True where Excel supports `mergeUndoGroup` (`isSetSupported("ExcelApi", "1.20")`): each
   * call that writes is then one undo step.
   */
  readonly mergeUndo?: boolean;
  /** Told the date system every read finds (the custom functions adopt it); awaited. */
  readonly onDateSystem?: (system: DateSystem) => Promise<unknown> | unknown;
}

/** The change handler on one planning table, by its Excel id. */
interface Watched {
  readonly id: string;
  readonly handler: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;
}

/** How much one sync may carry: well under Excel on the web's 5 MB per request or response. */
export const WINDOW = {
  /** Rows of each table read with the first batch of values. */
  firstRows: 2000,
  /** At most this many rows in one later window. */
  maxRows: 20000,
  /** At most this many bytes (values as JSON) in one window. */
  maxBytes: 2_000_000,
  /** Windows halved at most this many times in one read after Excel refused one as too large. */
  maxRetries: 16,
} as const;

/** Excel's error code, if `e` is a RichApi.Error. */
function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Excel on the web refused a request or a response over its 5 MB. */
function isPayloadTooLarge(e: unknown): boolean {
  const code = errorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** A read batch worth one more try without first windows (see `read`). */
function isRetryableRead(e: unknown): boolean {
  return errorCode(e) === "InvalidArgument" || isPayloadTooLarge(e);
}

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
  readonly undo: UndoSupport;
  private listener: (() => void) | undefined;
  /** Change handlers on planning tables, by lower-case Excel table name. */
  private readonly watched = new Map<string, Watched>();
  private collectionWatched = false;

  constructor(
    private readonly excelRun: ExcelRun = defaultRun,
    private readonly options: OfficeWorkbookOptions = {}
  ) {
    this.undo = options.mergeUndo ? "one-step" : "not-promised";
  }

  /** One batch: held while a cell is edited; a writing one is one undo step where Excel can. */
  private run<T>(batch: Batch<T>, writes = false): Promise<T> {
    return this.excelRun(
      writes && this.options.mergeUndo
        ? { delayForCellEdit: true, mergeUndoGroup: true }
        : { delayForCellEdit: true },
      batch
    );
  }

  /** A batch that writes: one undo step where Excel supports mergeUndoGroup. */
  private write<T>(batch: Batch<T>): Promise<T> {
    return this.run(batch, true);
  }

  watch(listener: () => void): void {
    this.listener = listener;
  }

  private readonly changed = async (): Promise<void> => {
    this.listener?.();
  };

  async read(request: ReadRequest): Promise<ReadResult> {
    const retired: Watched[] = [];
    const result = await this.readBatch(request, retired, WINDOW.firstRows).catch((e: unknown) => {
      // The first window's band of rows reaches past the sheet's last row for a table that
      // ends within WINDOW.firstRows rows of it (InvalidArgument), or the first windows of
      // long rows are over 5 MB: read once more without first windows; the later windows
      // size themselves (readRemainingWindows).
      if (!isRetryableRead(e)) throw e;
      return this.readBatch(request, retired, 0);
    });
    // Handlers of tables deleted (or made again) since: removed in the context they were
    // added in. Excel may refuse for a table that is gone; such a handler never fires again.
    for (const w of retired)
      await this.excelRun(w.handler.context as Excel.RequestContext, async (context) => {
        w.handler.remove();
        // One run per handler: each must be removed in the context it was added in.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }).catch(() => undefined);
    await this.options.onDateSystem?.(result.dateSystem);
    return result;
  }

  private readBatch(
    request: ReadRequest,
    retired: Watched[],
    firstRows: number
  ): Promise<ReadResult> {
    const withFormulas = new Set(request.formulasOf ?? []);
    const watching = this.listener !== undefined;
    return this.run(async (context) => {
      const wb = context.workbook;
      const tables = request.tables.map((loc) => ({
        loc,
        table: wb.tables
          .getItemOrNullObject(loc.table)
          .load(watching ? "name,showTotals,id" : "name,showTotals"),
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
        const first =
          firstRows > 0
            ? whole.getIntersectionOrNullObject(
                whole
                  .getCell(0, 0)
                  .getEntireRow()
                  .getResizedRange(firstRows - 1, 0)
              )
            : undefined;
        if (first && withFormulas.has(t.loc.name)) first.load("values,formulas");
        else if (first) first.load("values");
        return { t, whole, first, sheetName: t.table.worksheet.load("name") };
      });
      // Sheets without such a table (a hand-made workbook): only the used range's place here.
      const used = tables.map((t, i) =>
        found[i] || t.sheet.isNullObject
          ? undefined
          : t.sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")
      );
      // Change handlers go with this sync: on each table found that has none yet.
      const added = watching ? this.watchTables(context, tables, retired) : [];
      await context.sync();
      for (const a of added) this.watched.set(a.key, a.watched);
      if (watching) this.collectionWatched = true;

      const pending: PendingGrid[] = [];
      found.forEach((f) => {
        if (!f) return;
        const values = f.first ? (f.first.values as CellValue[][]) : [];
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
            ? f.first
              ? (f.first.formulas as CellValue[][]).slice()
              : []
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
      return {
        tables: grids,
        sheets: owners,
        dateSystem: dateSystemFromProbe(probe.value),
        // Current until a handler says otherwise: only when every grid read is a watched table.
        ...(watching ? { watched: pending.every((p) => p.table !== undefined) } : {}),
      };
    });
  }

  /**
   * Queues the change handlers a read needs (they are sent with its next sync): the table
   * collection's onAdded and onDeleted once, and onChanged on each table found whose handler
   * is missing or belongs to a table of that name that has since been deleted (another id).
   * Handlers of tables no longer found go to `retired`.
   */
  private watchTables(
    context: Excel.RequestContext,
    tables: readonly { loc: { table: string }; table: Excel.Table }[],
    retired: Watched[]
  ): { key: string; watched: Watched }[] {
    if (!this.collectionWatched) {
      context.workbook.tables.onAdded.add(this.changed);
      context.workbook.tables.onDeleted.add(this.changed);
    }
    const added: { key: string; watched: Watched }[] = [];
    for (const t of tables) {
      const key = t.loc.table.toLowerCase();
      const old = this.watched.get(key);
      if (t.table.isNullObject) {
        if (old) retired.push(old);
        this.watched.delete(key);
        continue;
      }
      if (old && old.id === t.table.id) continue;
      if (old) retired.push(old);
      this.watched.delete(key);
      added.push({
        key,
        watched: { id: t.table.id, handler: t.table.onChanged.add(this.changed) },
      });
    }
    return added;
  }

  /**
   * Reads the rows each pending grid still lacks, a window per sync: at most
   * `WINDOW.maxRows` rows and about `WINDOW.maxBytes` bytes (estimated from the rows read so
   * far) over all grids in one sync. The estimate comes from rows already read; rows further
   * down may be far longer (long texts), and a window over Excel on the web's 5 MB fails the
   * sync: then every window of that sync is halved and read again, at most
   * `WINDOW.maxRetries` times, down to one row.
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
    // The most rows one window may take; halved after a window was too large.
    let cap: number = WINDOW.maxRows;
    let retries = 0;
    for (;;) {
      let budget = WINDOW.maxBytes;
      const loads: { p: PendingGrid; range: Excel.Range }[] = [];
      let largest = 0;
      for (const p of pending) {
        const missing = p.rows - p.values.length;
        if (missing <= 0 || budget <= 0) continue;
        const take = Math.max(1, Math.min(missing, cap, Math.floor(budget / perRow(p))));
        largest = Math.max(largest, take);
        budget -= take * perRow(p);
        const range = wb.worksheets
          .getItem(p.sheet)
          .getRangeByIndexes(p.top + p.values.length, p.left, take, p.cols)
          .load(p.formulas ? "values,formulas" : "values");
        loads.push({ p, range });
      }
      if (loads.length === 0) return;
      try {
        // One sync per window is the point: each carries at most about WINDOW.maxBytes.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (!isPayloadTooLarge(e) || largest <= 1 || retries >= WINDOW.maxRetries) throw e;
        retries++;
        cap = Math.max(1, Math.floor(largest / 2));
        continue;
      }
      for (const { p, range } of loads) {
        for (const row of range.values as CellValue[][]) p.values.push(row);
        if (p.formulas) for (const row of range.formulas as CellValue[][]) p.formulas.push(row);
      }
    }
  }

  writeSheets(outputs: readonly OutputSheet[]): Promise<void> {
    return this.write(async (context) => {
      // A chart reads cells of its own sheet (Excel refuses another's): checked before any sync.
      for (const out of outputs)
        for (const chart of out.charts ?? [])
          if (chart.source.sheet.toLowerCase() !== out.name.toLowerCase())
            throw new Error(
              `chart ${chart.name} reads another sheet: ${chart.source.sheet}, not ${out.name}`
            );
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
      // The charts already there, with the marks: the add-in's own are replaced below.
      const charts = targets.map((t) =>
        t.sheet.isNullObject ? undefined : t.sheet.charts.load("items/name")
      );
      // The marks load with the writes below only if every sheet is ours; check them first.
      await context.sync();
      const foreign = targets
        .filter((_, i) => marks[i] && (marks[i]!.isNullObject || marks[i]!.value !== OWNER_VALUE))
        .map((t) => t.out.name);
      if (foreign.length > 0) throw new NotOwnedError(foreign);

      const writer = new WindowedWriter(context);
      for (const [i, t] of targets.entries()) {
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
        for (const chart of charts[i]?.items ?? []) if (isOwnChart(chart.name)) chart.delete();
        for (const spec of out.charts ?? []) addChart(sheet, spec);
      }
      try {
        await context.sync();
      } catch (e) {
        // A chart command failed after some others ran: no half-made set of charts stays.
        const names = targets.map((t) => t.out.name);
        await removeOwnCharts(context, names).catch(() => undefined);
        throw e;
      }
    });
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    let writing = false;
    try {
      await this.write(async (context) => {
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
      if (writing) {
        const removed = await this.removeSheets(tables.map((t) => t.sheet)).catch(() => 0);
        // Worksheet.delete has no undo: Excel has emptied the undo stack.
        if (removed > 0 && typeof e === "object" && e !== null)
          (e as { undoCleared?: boolean }).undoCleared = true;
      }
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

  /** Deletes those of the named sheets that exist (after a failed create), in a batch of its own; how many. */
  private removeSheets(names: readonly string[]): Promise<number> {
    // Not an undo group: Worksheet.delete cannot be part of one (UndoNotSupported).
    return this.run(async (context) => {
      const sheets = names.map((n) =>
        context.workbook.worksheets.getItemOrNullObject(n).load("name")
      );
      await context.sync();
      const found = sheets.filter((s) => !s.isNullObject);
      for (const s of found) s.delete();
      await context.sync();
      return found.length;
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
    return this.write(async (context) => {
      const wb = context.workbook;
      const table = wb.tables.getItemOrNullObject(append.location.table).load("name,showTotals");
      const sheet = wb.worksheets.getItemOrNullObject(append.location.sheet).load("name");
      await context.sync();
      const cols = Math.max(0, ...append.rows.map((r) => r.length));
      if (append.rows.length === 0 || cols === 0) return;
      if (!table.isNullObject) {
        if (table.showTotals) await this.addAboveTotalRow(context, table, append.rows, cols);
        else await this.appendBelowTable(context, table, append.rows);
        return;
      }
      if (sheet.isNullObject) throw new Error(append.location.sheet);
      await this.appendBelowUsedRange(context, sheet, append.rows, cols);
    });
  }

  /**
   * New rows for an Excel table, written into the rows directly under its data body, as
   * Microsoft's co-authoring guide recommends instead of `table.rows.add` (which, while
   * co-authors edit, ends in a merge conflict and lost changes): "set values in the range
   * directly below the table. Excel automatically expands the table". Cells already holding
   * something there are first moved down (`insert`, as the guide says for data below the
   * table). The values go first, with the number formats of the table's last row; once the
   * table has taken the rows in (or, where it did not — AutoCorrect's option off, validation
   * under the table — `table.resize`, ExcelApi 1.13), the formulas, whose `[@Column]`
   * references need the row to be in the table. 4 syncs: the table (in appendRows); its place
   * and what lies under it; the values; the formulas. If the last fails, what was written is
   * taken away again (2 more syncs) and the error is passed on.
   */
  private async appendBelowTable(
    context: Excel.RequestContext,
    table: Excel.Table,
    rows: readonly (readonly AppendCell[])[]
  ): Promise<void> {
    const n = rows.length;
    const whole = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
    const body = table.getDataBodyRange();
    const above = body.getLastRow().load("numberFormat");
    const below = body.getRowsBelow(n).load("formulas,numberFormat");
    const sheet = table.worksheet;
    await context.sync();
    const width = whole.columnCount;
    if (rows.some((r) => r.length > width))
      throw new Error(`the new rows are wider than the table ${table.name}`);
    const first = whole.rowIndex + whole.rowCount; // 0-based sheet row of the first new row
    const left = whole.columnIndex;
    const cell = (i: number, j: number): AppendCell => rows[i][j] ?? null;
    const formats = above.numberFormat[0] as string[];
    const occupied = (below.formulas as CellValue[][]).some((line) =>
      line.some((v) => v !== "" && v !== null)
    );
    if (occupied) below.insert("Down");
    const target = sheet.getRangeByIndexes(first, left, n, width);
    target.numberFormat = matrix(n, width, (_, c) => formats[c] ?? "General");
    // null leaves a cell as it is: the formulas follow once the rows belong to the table.
    target.values = matrix(n, width, (i, c) => {
      const v = cell(i, c);
      return v === null || isFormulaCell(v) ? null : writable(v);
    }) as (string | number | boolean)[][];
    const grown = table.getRange().load("rowCount");
    await context.sync();

    const expected = whole.rowCount + n;
    try {
      if (grown.rowCount < expected)
        table.resize(sheet.getRangeByIndexes(whole.rowIndex, left, expected, width));
      for (let c = 0; c < width; c++) {
        if (!rows.some((_, i) => isFormulaCell(cell(i, c)))) continue;
        sheet.getRangeByIndexes(first, left + c, n, 1).formulas = rows.map((_, i) => {
          const v = cell(i, c);
          return [isFormulaCell(v) ? appendValue(v, first + i) : null];
        }) as string[][];
      }
      await context.sync();
    } catch (e) {
      await this.takeBackAppend(context, table, {
        sheet,
        first,
        left,
        n,
        width,
        rowsBefore: whole.rowCount,
        inserted: occupied,
        formats: below.numberFormat as string[][],
      }).catch(() => undefined);
      throw e;
    }
  }

  /**
   * Undoes a failed appendBelowTable: the rows the table took in are deleted (the table
   * shrinks back and what is under it moves up), and either the cells moved down for them
   * come back up, or the emptied cells get their number formats back, so that the sheet is
   * as it was.
   */
  private async takeBackAppend(
    context: Excel.RequestContext,
    table: Excel.Table,
    at: {
      sheet: Excel.Worksheet;
      first: number;
      left: number;
      n: number;
      width: number;
      rowsBefore: number;
      inserted: boolean;
      formats: string[][];
    }
  ): Promise<void> {
    const { sheet, first, left, n, width } = at;
    const now = table.getRange().load("rowCount");
    await context.sync();
    const taken = Math.min(n, Math.max(0, now.rowCount - at.rowsBefore));
    if (taken > 0) sheet.getRangeByIndexes(first, left, taken, width).delete("Up");
    if (at.inserted) {
      if (n - taken > 0) sheet.getRangeByIndexes(first, left, n - taken, width).delete("Up");
    } else {
      if (taken > 0) sheet.getRangeByIndexes(first, left, taken, width).insert("Down");
      const cells = sheet.getRangeByIndexes(first, left, n, width);
      cells.clear("Contents");
      cells.numberFormat = at.formats;
    }
    await context.sync();
  }

  /**
   * A table with a total row: the rows go in above it with `table.rows.add`, the only way the
   * API offers (the co-authoring guide's way writes under the data body, where the total row
   * is). 2 syncs after appendRows' first.
   */
  private async addAboveTotalRow(
    context: Excel.RequestContext,
    table: Excel.Table,
    rows: readonly (readonly AppendCell[])[],
    cols: number
  ): Promise<void> {
    const body = table.getDataBodyRange().load("rowIndex,rowCount");
    await context.sync();
    const first = body.rowIndex + body.rowCount;
    table.rows.add(
      undefined,
      rows.map((cells, i) =>
        Array.from({ length: cols }, (_, j) => appendValue(cells[j] ?? null, first + i))
      )
    );
    await context.sync();
  }

  /**
   * New rows under a hand-made sheet's used range, with the number formats of the row above
   * (a date stays a date, not a serial number). 4 syncs: the sheet (in appendRows); its used
   * range; the row above's formats; the rows. If the last fails, the cells are emptied again.
   */
  private async appendBelowUsedRange(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    rows: readonly (readonly AppendCell[])[],
    cols: number
  ): Promise<void> {
    const n = rows.length;
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex");
    await context.sync();
    const first = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    const left = used.isNullObject ? 0 : used.columnIndex;
    const target = sheet.getRangeByIndexes(first, left, n, cols).load("numberFormat");
    const above = first > 0 ? sheet.getRangeByIndexes(first - 1, left, 1, cols) : undefined;
    above?.load("numberFormat");
    await context.sync();
    const before = target.numberFormat as string[][];
    try {
      if (above) {
        const formats = above.numberFormat[0] as string[];
        target.numberFormat = matrix(n, cols, (_, c) => formats[c] ?? "General");
      }
      target.formulas = rows.map((cells, i) =>
        Array.from({ length: cols }, (_, j) => {
          const v = cells[j] ?? null;
          return v === null ? null : appendValue(v, first + i);
        })
      ) as string[][];
      await context.sync();
    } catch (e) {
      target.clear("Contents");
      target.numberFormat = before;
      await context.sync().catch(() => undefined);
      throw e;
    }
  }

  refillFormulas(refills: readonly FormulaRefill[]): Promise<void> {
    return this.write(async (context) => {
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

/** The Excel chart type of each kind a `ChartSpec` describes. */
const EXCEL_CHART_TYPE: Record<ChartSpec["kind"], "ColumnClustered" | "BarClustered"> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
};

/**
 * Queues a chart as `spec` describes it: its source block written to its cells (text
 * formatted `@` first, so a label is never coerced), the chart made from those cells
 * (ExcelApi 1.1), named, titled and placed over cells the sheet does not write.
 */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const grid = chartSourceGrid(spec);
  const source = sheet.getRange(spec.source.address);
  source.numberFormat = grid.map((row) => row.map((v) => cellFormat(v, "0")));
  source.values = grid.map((row) => row.map(writable));
  // The header row: "AB1:AD6" → "AB1:AD1".
  const [first, last = first] = spec.source.address.split(":");
  const headerRow = /\d+$/.exec(first)![0];
  sheet.getRange(`${first}:${last.replace(/\d+$/, headerRow)}`).format.font.bold = true;
  source.format.autofitColumns();
  const chart = sheet.charts.add(EXCEL_CHART_TYPE[spec.kind], source, "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.axes.categoryAxis.title.text = spec.categoryTitle;
  chart.axes.valueAxis.title.text = spec.valueTitle;
  chart.legend.visible = spec.legend !== "none";
  if (spec.legend !== "none") chart.legend.position = spec.legend === "bottom" ? "Bottom" : "Right";
  chart.setPosition(spec.placement.topLeft, spec.placement.bottomRight);
}

/** After a failed write: deletes the add-in's charts on the named sheets (3 syncs). */
async function removeOwnCharts(context: Excel.RequestContext, names: readonly string[]) {
  const sheets = names.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name).load("name")
  );
  await context.sync();
  const lists = sheets.filter((s) => !s.isNullObject).map((s) => s.charts.load("items/name"));
  await context.sync();
  for (const list of lists) for (const c of list.items) if (isOwnChart(c.name)) c.delete();
  await context.sync();
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

/** A cell of a new row that is a formula (`{ formula }`), not a value. */
function isFormulaCell(cell: AppendCell): cell is { readonly formula: string } {
  return cell !== null && typeof cell === "object";
}

/** A cell to append as Office.js writes it: a formula with its {row} filled in, or the value. */
function appendValue(cell: AppendCell, row: number): string | number | boolean {
  if (cell !== null && typeof cell === "object")
    return cell.formula.split("{row}").join(String(row + 1));
  return writable(cell);
}
