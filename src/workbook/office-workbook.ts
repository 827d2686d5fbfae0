/**
 * The Office.js implementation of `Workbook`. Every method runs one `Excel.run` with a fixed
 * number of `context.sync()` calls, whatever the number of rows:
 *   read          2 syncs (which tables and sheets exist; then their values and owner marks)
 *   writeSheets   3 syncs (which sheets exist; their owner marks, checked again; then every write)
 *   createTables  2 syncs (no sheet of those names may exist; then every sheet and table)
 *   select        1 sync
 */
import type { CellValue, TableGrid } from "../core/planning/types";
import {
  NewTable,
  NotOwnedError,
  OutputSheet,
  OWNER_PROPERTY,
  OWNER_VALUE,
  ReadRequest,
  ReadResult,
  SheetOwner,
  Workbook,
} from "./workbook";

/** `Excel.run`, injectable so that tests can pass a mocked request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

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

export class OfficeWorkbook implements Workbook {
  constructor(private readonly run: ExcelRun = defaultRun) {}

  read(request: ReadRequest): Promise<ReadResult> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const tables = request.tables.map((loc) => ({
        loc,
        table: wb.tables.getItemOrNullObject(loc.table),
        sheet: wb.worksheets.getItemOrNullObject(loc.sheet),
      }));
      const sheets = request.sheets.map((name) => ({
        name,
        sheet: wb.worksheets.getItemOrNullObject(name),
      }));
      for (const t of tables) {
        t.table.load("name,showTotals");
        t.sheet.load("name");
      }
      for (const s of sheets) s.sheet.load("name");
      await context.sync();

      const ranges = tables.map((t) => {
        if (!t.table.isNullObject) {
          // getRange() is the whole table, including its total row when one is shown.
          return {
            t,
            range: t.table.getRange().load("values,rowIndex,columnIndex"),
            sheetName: t.table.worksheet.load("name"),
            totals: t.table.showTotals,
          };
        }
        if (!t.sheet.isNullObject) {
          return {
            t,
            range: t.sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"),
            sheetName: t.sheet,
            totals: false,
          };
        }
        return undefined;
      });
      const marks = sheets.map((s) =>
        s.sheet.isNullObject
          ? undefined
          : s.sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value")
      );
      await context.sync();

      const grids = new Map<string, TableGrid>();
      for (const r of ranges) {
        if (!r) continue;
        const empty = r.range.isNullObject; // a sheet with nothing on it
        grids.set(r.t.loc.name, {
          name: r.t.loc.name,
          sheet: r.sheetName.name,
          top: empty ? 0 : r.range.rowIndex,
          left: empty ? 0 : r.range.columnIndex,
          values: empty
            ? []
            : r.totals
              ? (r.range.values as CellValue[][]).slice(0, -1)
              : (r.range.values as CellValue[][]),
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
      return { tables: grids, sheets: owners };
    });
  }

  writeSheets(outputs: readonly OutputSheet[]): Promise<void> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const targets = outputs.map((out) => ({
        out,
        sheet: wb.worksheets.getItemOrNullObject(out.name),
      }));
      for (const t of targets) t.sheet.load("name");
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

      for (const t of targets) {
        const { out } = t;
        let sheet = t.sheet;
        if (sheet.isNullObject) {
          sheet = wb.worksheets.add(out.name);
          sheet.customProperties.add(OWNER_PROPERTY, OWNER_VALUE);
        } else {
          sheet.getRange().clear(Excel.ClearApplyTo.all);
        }
        const cols = Math.max(out.header.length, 1);
        const rows = out.rows.length + 1;
        const range = sheet.getRangeByIndexes(0, 0, rows, cols);
        range.values = matrix(rows, cols, (r, c) =>
          r === 0 ? (out.header[c] ?? "") : writable(out.rows[r - 1][c] ?? null)
        );
        range.numberFormat = matrix(rows, cols, (r, c) =>
          r === 0 ? "General" : (out.numberFormats[c] ?? "General")
        );
        sheet.getRangeByIndexes(0, 0, 1, cols).format.font.bold = true;
        sheet.freezePanes.freezeRows(1);
        range.format.autofitColumns();
      }
      await context.sync();
    });
  }

  createTables(tables: readonly NewTable[]): Promise<void> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const existing = tables.map((t) => wb.worksheets.getItemOrNullObject(t.sheet).load("name"));
      // A table keeps its name when its sheet is renamed: a name taken anywhere would fail
      // the write half-way, so it is refused here, before anything is written.
      const existingTables = tables.map((t) => wb.tables.getItemOrNullObject(t.table).load("name"));
      await context.sync();
      const taken = [
        ...tables.filter((_, i) => !existing[i].isNullObject).map((t) => t.sheet),
        ...tables.filter((_, i) => !existingTables[i].isNullObject).map((t) => t.table),
      ];
      if (taken.length > 0) throw new NotOwnedError(taken);

      for (const t of tables) {
        const sheet = wb.worksheets.add(t.sheet);
        const cols = t.header.length;
        const dataRows = Math.max(1, t.rows.length); // an Excel table has at least one data row
        const all = sheet.getRangeByIndexes(0, 0, dataRows + 1, cols);
        all.values = matrix(dataRows + 1, cols, (r, c) =>
          r === 0 ? t.header[c] : t.formulas[c] ? "" : writable(t.rows[r - 1]?.[c] ?? null)
        );
        all.numberFormat = matrix(dataRows + 1, cols, (r, c) =>
          r === 0 ? "General" : (t.numberFormats[c] ?? "General")
        );
        const table = sheet.tables.add(all, true);
        table.name = t.table;
        t.header.forEach((_, c) => {
          const body = sheet.getRangeByIndexes(1, c, dataRows, 1);
          const formula = t.formulas[c];
          if (formula) body.formulas = matrix(dataRows, 1, () => formula);
          const rule = t.validation[c];
          if (rule) {
            const source =
              "list" in rule
                ? rule.list.join(",")
                : `=INDIRECT("${rule.tableColumn.table}[${rule.tableColumn.column}]")`;
            body.dataValidation.rule = { list: { inCellDropDown: true, source } };
          }
        });
        all.format.autofitColumns();
      }
      if (tables.length > 0) wb.worksheets.getItem(tables[0].sheet).activate();
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
}
