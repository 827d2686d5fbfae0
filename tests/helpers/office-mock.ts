/**
 * A fake Excel workbook (sheets of cells, Excel tables, worksheet custom properties) and an
 * Office.js request context built from office-addin-mock `OfficeMockObject`s that reflects it,
 * for testing `OfficeWorkbook` in Node.
 *
 * office-addin-mock only gives `load` / `sync` on a fixed object tree, so every
 * `getItemOrNullObject`, `getRange`, `add`, ... here builds a new `OfficeMockObject` and the
 * request context's `sync` is replaced. The mock follows real Office.js where the code under
 * test depends on it:
 * - Every method call and property write is queued and applied to the model only at
 *   `context.sync()`, in order. A failing action rejects the sync; the actions before it stay
 *   applied (an Excel batch is not a transaction), the ones after it are dropped.
 * - `load` reads the model at its place in the queue; the loaded values appear after the sync
 *   (office-addin-mock's load/sync: before it, a property reads as the string
 *   "Error, property was not loaded" / "Error, context.sync() was not called").
 * - `isNullObject` throws until the object was loaded and synced (Office.js throws
 *   PropertyNotLoaded; this mock insists on a `load`, which is the strict reading).
 * - A method on a null object, or a property of it, fails the sync (InvalidObjectPath).
 * - Sheet and table names are case-insensitive; adding a sheet whose name is taken, `getItem`
 *   of a missing sheet, or naming a table with a taken or invalid name fails the sync.
 * - Writing `null` into `values` leaves the cell unchanged, as in Office.js ("" empties it).
 * - `run` behaves like `Excel.run`: after the batch resolves, whatever is still queued is sent
 *   by Excel.run's own closing sync (counted in `implicitActions`, not in `syncs`); when the
 *   batch rejects, the queue is dropped and nothing of it reaches the workbook.
 * Limitation (office-addin-mock): a property loaded twice keeps its first loaded value.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../src/core/planning/types";
import type { ExcelRun } from "../../src/workbook/office-workbook";

export type Cell = CellValue | undefined;
type Grid<T> = (T | undefined)[][];

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface FakeTable {
  name: string;
  readonly row: number;
  readonly col: number;
  /** Rows including the header row (and the total row when shown). */
  readonly rows: number;
  readonly cols: number;
  /** The table shows a total row (its last row). */
  showTotals?: boolean;
}

export interface FakeValidation extends Rect {
  readonly rule: unknown;
}

export interface FakeSheet {
  readonly name: string;
  values: Grid<CellValue>;
  formulas: Grid<string>;
  numberFormats: Grid<string>;
  bold: Grid<boolean>;
  validations: FakeValidation[];
  autofitted: Rect[];
  frozenRows: number;
  readonly properties: Map<string, string>;
  readonly tables: FakeTable[];
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };

export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

function setCell<T>(grid: Grid<T>, r: number, c: number, v: T | undefined): void {
  if (v === undefined) {
    const line = grid[r];
    if (line && c < line.length) delete line[c];
    return;
  }
  (grid[r] ??= [])[c] = v;
}

function clearRect<T>(grid: Grid<T>, rect: Rect): void {
  const lastRow = Math.min(rect.row + rect.rows, grid.length);
  for (let r = rect.row; r < lastRow; r++) {
    const line = grid[r];
    if (!line) continue;
    const lastCol = Math.min(rect.col + rect.cols, line.length);
    for (let c = rect.col; c < lastCol; c++) delete line[c];
  }
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7" or "A1:C3" (no sheet name) → rectangle. */
export function parseAddress(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw officeError("InvalidArgument", `address not understood by the mock: ${address}`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** The workbook the mock reflects. Setup helpers (`addSheet`, `addTable`) do not log. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  /** Every change applied through the mock, in order. */
  readonly log: string[] = [];
  private tableCounter = 0;

  sheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  table(name: string): { sheet: FakeSheet; table: FakeTable } | undefined {
    const key = name.toLowerCase();
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === key);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  /** The sheet, or an assertion-friendly error. */
  need(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`fake workbook has no sheet ${name}`);
    return s;
  }

  newSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      values: [],
      formulas: [],
      numberFormats: [],
      bold: [],
      validations: [],
      autofitted: [],
      frozenRows: 0,
      properties: new Map(),
      tables: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet with values from `at` (0-based [row, col]), optionally with custom properties. */
  addSheet(
    name: string,
    values: readonly (readonly CellValue[])[] = [],
    options: { at?: [number, number]; properties?: Record<string, string> } = {}
  ): FakeSheet {
    if (this.sheet(name)) throw new Error(`fake workbook: sheet exists: ${name}`);
    const sheet = this.newSheet(name);
    const [top, left] = options.at ?? [0, 0];
    values.forEach((line, r) =>
      line.forEach((v, c) => setCell(sheet.values, top + r, left + c, v))
    );
    for (const [k, v] of Object.entries(options.properties ?? {})) sheet.properties.set(k, v);
    return sheet;
  }

  /** An Excel table (header row + data rows) at `at` on the sheet, made if missing. */
  addTable(
    sheetName: string,
    tableName: string,
    values: readonly (readonly CellValue[])[],
    at: [number, number] = [0, 0]
  ): FakeTable {
    const sheet = this.sheet(sheetName) ?? this.newSheet(sheetName);
    const [top, left] = at;
    values.forEach((line, r) =>
      line.forEach((v, c) => setCell(sheet.values, top + r, left + c, v))
    );
    const table: FakeTable = {
      name: tableName,
      row: top,
      col: left,
      rows: values.length,
      cols: values[0].length,
    };
    sheet.tables.push(table);
    return table;
  }

  nextTableName(): string {
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.table(name));
    return name;
  }

  /** Values of a rectangle as Office.js returns them: "" for an empty cell. */
  read(sheet: FakeSheet, rect: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: CellValue[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const v = sheet.values[r]?.[c];
        line.push(v === undefined || v === null ? "" : v);
      }
      out.push(line);
    }
    return out;
  }

  /** The used range: the bounding box of cells with a value or formula (and, unless valuesOnly, a format or a table). */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    const grids: Grid<unknown>[] = valuesOnly
      ? [sheet.values, sheet.formulas]
      : [sheet.values, sheet.formulas, sheet.numberFormats, sheet.bold];
    for (const grid of grids) {
      grid.forEach((line, r) => line?.forEach((v, c) => !isEmpty(v) && take(r, c)));
    }
    if (!valuesOnly)
      for (const t of sheet.tables)
        (take(t.row, t.col), take(t.row + t.rows - 1, t.col + t.cols - 1));
    if (bottom < 0) return undefined;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** A sheet's values from A1 to the bottom-right used cell ("" for empty), for assertions. */
  grid(name: string): CellValue[][] {
    const sheet = this.need(name);
    const used = this.usedRect(sheet, true);
    if (!used) return [];
    return this.read(sheet, {
      row: 0,
      col: 0,
      rows: used.row + used.rows,
      cols: used.col + used.cols,
    });
  }

  /** Number formats of a rectangle ("General" where none was set). */
  formats(name: string, rect: Rect): string[][] {
    const sheet = this.need(name);
    const out: string[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: string[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++)
        line.push(sheet.numberFormats[r]?.[c] ?? "General");
      out.push(line);
    }
    return out;
  }

  /** "r,c" of every bold cell, row by row. */
  boldCells(name: string): string[] {
    const out: string[] = [];
    this.need(name).bold.forEach((line, r) => line?.forEach((b, c) => b && out.push(`${r},${c}`)));
    return out;
  }

  /** Formulas of a rectangle (null where none). */
  formulasOf(name: string, rect: Rect): (string | null)[][] {
    const sheet = this.need(name);
    const out: (string | null)[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: (string | null)[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++)
        line.push(sheet.formulas[r]?.[c] ?? null);
      out.push(line);
    }
    return out;
  }

  /** A plain, comparable copy of everything in the workbook. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify(
        { sheets: this.sheets, active: this.active, selection: this.selection, log: this.log },
        (_, v) => (v instanceof Map ? Object.fromEntries(v) : v)
      )
    );
  }
}

/** An object the mock resolves at sync time: undefined until then, null for a null object. */
interface Ref<T> {
  target: T | null | undefined;
  /** Loaded and synced, so `isNullObject` may be read. */
  known: boolean;
  readonly what: string;
}

interface RangeInfo {
  readonly sheet: Ref<FakeSheet>;
  readonly rect: Rect;
}

type MockInternals = { _properties: Map<string, { _valueBeforeLoaded: unknown }> };

/** Sets what a loaded scalar property of an OfficeMockObject shows after the next sync. */
function setLoaded(mock: OfficeMockObject, prop: string, value: unknown): void {
  const child = (mock as unknown as MockInternals)._properties.get(prop);
  if (!child) throw new Error(`mock: no property ${prop}`);
  child._valueBeforeLoaded = value;
}

/** A property the code writes: each assignment queues `onSet`. */
function writeOnly(obj: object, prop: string, onSet: (value: unknown) => void): void {
  let last: unknown;
  Object.defineProperty(obj, prop, {
    configurable: true,
    enumerable: true,
    get: () => last,
    set: (value: unknown) => {
      last = value;
      onSet(value);
    },
  });
}

function rectName(sheet: FakeSheet, r: Rect): string {
  return `${sheet.name}!R${r.row}C${r.col}:${r.rows}x${r.cols}`;
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class OfficeMock {
  /** Explicit `context.sync()` calls, over all runs. */
  syncs = 0;
  /** `context.sync()` calls of each run, in order. */
  readonly syncsPerRun: number[] = [];
  /** Actions still queued when a batch resolved (sent by Excel.run's closing sync). */
  implicitActions = 0;
  private queue: (() => void)[] = [];
  private proxies: OfficeMockObject[] = [];
  private readonly ranges = new WeakMap<object, RangeInfo>();

  constructor(readonly model: FakeWorkbook) {}

  /** Stands in for `Excel.run`. */
  readonly run: ExcelRun = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    this.queue = [];
    this.proxies = [];
    this.syncsPerRun.push(0);
    try {
      const result = await batch(this.createContext() as unknown as Excel.RequestContext);
      if (this.queue.length > 0) {
        this.implicitActions += this.queue.length;
        this.apply();
      }
      return result;
    } finally {
      this.queue = [];
      this.proxies = [];
    }
  };

  private createContext(): OfficeMockObject {
    const context = new OfficeMockObject({
      workbook: {
        tables: { getItemOrNullObject: (name: string) => this.tableProxy(name) },
        worksheets: {
          getItemOrNullObject: (name: string) => this.worksheetProxy("getItemOrNullObject", name),
          getItem: (name: string) => this.worksheetProxy("getItem", name),
          add: (name: string) => this.worksheetProxy("add", name),
        },
      },
    });
    context.sync = () => this.sync();
    return context;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    this.syncsPerRun[this.syncsPerRun.length - 1]++;
    this.apply();
    for (const p of this.proxies) await p.sync();
    // office-addin-mock publishes nested loaded values in microtasks; let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private apply(): void {
    const actions = this.queue;
    this.queue = [];
    for (const action of actions) action();
  }

  private queueAction(action: () => void): void {
    this.queue.push(action);
  }

  private need<T>(ref: Ref<T>): T {
    if (ref.target === undefined)
      throw new Error(`mock: ${ref.what} used before the action that makes it`);
    if (ref.target === null) throw officeError("InvalidObjectPath", `${ref.what} is a null object`);
    return ref.target;
  }

  /** Registers a proxy for sync; its `load` queues `populate`, which reads the model then. */
  private track(mock: OfficeMockObject, populate: () => void, ref?: Ref<unknown>): void {
    const load = mock.load.bind(mock);
    mock.load = (props: Parameters<OfficeMockObject["load"]>[0]) => {
      this.queueAction(() => {
        populate();
        if (ref) ref.known = true;
      });
      return load(props);
    };
    this.proxies.push(mock);
  }

  private defineIsNull(mock: OfficeMockObject, ref: Ref<unknown>): void {
    Object.defineProperty(mock, "isNullObject", {
      configurable: true,
      get: () => {
        if (!ref.known)
          throw officeError(
            "PropertyNotLoaded",
            `isNullObject of ${ref.what} read before it was loaded and synced`
          );
        return ref.target === null;
      },
    });
  }

  private worksheetProxy(
    how: "getItemOrNullObject" | "getItem" | "add",
    name: string
  ): OfficeMockObject {
    const ref: Ref<FakeSheet> = {
      target: undefined,
      known: false,
      what: `worksheet ${how}(${name})`,
    };
    this.queueAction(() => {
      const found = this.model.sheet(name);
      if (how === "add") {
        if (found) throw officeError("ItemAlreadyExists", `a sheet named ${found.name} exists`);
        ref.target = this.model.newSheet(name);
        this.model.log.push(`add sheet ${name}`);
      } else if (how === "getItem") {
        if (!found) throw officeError("ItemNotFound", `no sheet ${name}`);
        ref.target = found;
      } else {
        ref.target = found ?? null;
      }
    });
    const sheet = () => this.need(ref);
    const mock = new OfficeMockObject({
      name: "",
      customProperties: {
        getItemOrNullObject: (key: string) => this.customPropertyProxy(ref, key),
        add: (key: string, value: string) => {
          this.queueAction(() => {
            const s = sheet();
            if (s.properties.has(key))
              throw officeError("ItemAlreadyExists", `custom property ${key} on ${s.name}`);
            s.properties.set(key, value);
            this.model.log.push(`property ${s.name} ${key}=${value}`);
          });
          return new OfficeMockObject({ key, value });
        },
      },
      freezePanes: {
        freezeRows: (count: number) => {
          this.queueAction(() => {
            const s = sheet();
            s.frozenRows = count;
            this.model.log.push(`freeze ${s.name} ${count}`);
          });
        },
      },
      tables: {
        add: (range: unknown, hasHeaders: boolean) => this.newTableProxy(ref, range, hasHeaders),
      },
      getRange: (address?: string) =>
        this.writeRange(
          ref,
          address === undefined ? WHOLE_SHEET : parseAddress(address),
          address ?? ""
        ),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        this.writeRange(ref, { row, col, rows, cols }, ""),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
        this.readRange(`used range of ${name}`, () => {
          const s = sheet();
          const rect = this.model.usedRect(s, valuesOnly === true);
          return rect ? { sheet: s, rect } : null;
        }),
      activate: () => {
        this.queueAction(() => {
          this.model.active = sheet().name;
          this.model.log.push(`activate ${this.model.active}`);
        });
      },
    });
    this.track(
      mock,
      () => setLoaded(mock, "name", ref.target === null ? undefined : sheet().name),
      ref
    );
    this.defineIsNull(mock, ref);
    return mock;
  }

  private customPropertyProxy(sheetRef: Ref<FakeSheet>, key: string): OfficeMockObject {
    const ref: Ref<{ key: string; value: string }> = {
      target: undefined,
      known: false,
      what: `custom property ${key}`,
    };
    this.queueAction(() => {
      const value = this.need(sheetRef).properties.get(key);
      ref.target = value === undefined ? null : { key, value };
    });
    const mock = new OfficeMockObject({ key: "", value: "" });
    this.track(
      mock,
      () => {
        setLoaded(mock, "key", ref.target?.key);
        setLoaded(mock, "value", ref.target?.value);
      },
      ref
    );
    this.defineIsNull(mock, ref);
    return mock;
  }

  private tableProxy(name: string): OfficeMockObject {
    const ref: Ref<{ sheet: FakeSheet; table: FakeTable }> = {
      target: undefined,
      known: false,
      what: `table ${name}`,
    };
    this.queueAction(() => {
      ref.target = this.model.table(name) ?? null;
    });
    const mock = new OfficeMockObject({
      name: "",
      showTotals: false,
      worksheet: { name: "" },
      getRange: () =>
        this.readRange(`range of table ${name}`, () => {
          const { sheet, table } = this.need(ref);
          return { sheet, rect: table };
        }),
    });
    this.track(
      mock,
      () => {
        const found = ref.target;
        setLoaded(mock, "name", found ? found.table.name : undefined);
        setLoaded(mock, "showTotals", found ? found.table.showTotals === true : undefined);
      },
      ref
    );
    const worksheet = mock.worksheet as OfficeMockObject;
    this.track(worksheet, () => setLoaded(worksheet, "name", this.need(ref).sheet.name));
    this.defineIsNull(mock, ref);
    return mock;
  }

  /** A range the code reads: values, rowIndex, columnIndex, rowCount, columnCount. */
  private readRange(
    what: string,
    resolve: () => { sheet: FakeSheet; rect: Rect } | null
  ): OfficeMockObject {
    const ref: Ref<{ sheet: FakeSheet; rect: Rect }> = { target: undefined, known: false, what };
    this.queueAction(() => {
      ref.target = resolve();
    });
    const mock = new OfficeMockObject({
      values: [],
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
    });
    this.track(
      mock,
      () => {
        const t = ref.target;
        setLoaded(mock, "values", t ? this.model.read(t.sheet, t.rect) : undefined);
        setLoaded(mock, "rowIndex", t?.rect.row);
        setLoaded(mock, "columnIndex", t?.rect.col);
        setLoaded(mock, "rowCount", t?.rect.rows);
        setLoaded(mock, "columnCount", t?.rect.cols);
      },
      ref
    );
    this.defineIsNull(mock, ref);
    return mock;
  }

  /** A range the code writes: values, numberFormat, formulas, format, dataValidation, clear, select. */
  private writeRange(sheetRef: Ref<FakeSheet>, rect: Rect, address: string): OfficeMockObject {
    const sheet = () => this.need(sheetRef);
    const mock = new OfficeMockObject({
      format: {
        font: {},
        autofitColumns: () => {
          this.queueAction(() => {
            const s = sheet();
            s.autofitted.push(rect);
            this.model.log.push(`autofit ${rectName(s, rect)}`);
          });
        },
      },
      dataValidation: {},
      clear: (applyTo?: string) => {
        this.queueAction(() => {
          const s = sheet();
          const what = applyTo ?? "All";
          if (!["All", "Contents", "Formats"].includes(what))
            throw officeError("InvalidArgument", `clear(${String(applyTo)})`);
          if (what !== "Formats") (clearRect(s.values, rect), clearRect(s.formulas, rect));
          if (what !== "Contents") (clearRect(s.numberFormats, rect), clearRect(s.bold, rect));
          this.model.log.push(`clear ${what} ${rectName(s, rect)}`);
        });
      },
      select: () => {
        this.queueAction(() => {
          const s = sheet();
          this.model.selection = { sheet: s.name, address };
          this.model.log.push(`select ${s.name}!${address}`);
        });
      },
    });
    const matrix = (
      prop: string,
      value: unknown,
      each: (s: FakeSheet, r: number, c: number, v: unknown) => void
    ) => {
      this.queueAction(() => {
        const s = sheet();
        const fits =
          Array.isArray(value) &&
          value.length === rect.rows &&
          value.every((line) => Array.isArray(line) && line.length === rect.cols);
        if (!fits && (Array.isArray(value) || rect.rows * rect.cols > 1e6)) {
          throw officeError(
            "InvalidArgument",
            `${prop}: the array does not match the ${rect.rows}x${rect.cols} range`
          );
        }
        for (let r = 0; r < rect.rows; r++) {
          for (let c = 0; c < rect.cols; c++)
            each(s, rect.row + r, rect.col + c, fits ? (value as unknown[][])[r][c] : value);
        }
        this.model.log.push(`${prop} ${rectName(s, rect)}`);
      });
    };
    writeOnly(mock, "values", (v) =>
      matrix("values", v, (s, r, c, x) => {
        if (x === null) return; // Office.js: null leaves the cell unchanged ("" empties it)
        setCell(s.values, r, c, x as CellValue);
        setCell(s.formulas, r, c, undefined);
      })
    );
    writeOnly(mock, "formulas", (v) =>
      matrix("formulas", v, (s, r, c, x) => {
        setCell(s.formulas, r, c, String(x));
        setCell(s.values, r, c, undefined);
      })
    );
    writeOnly(mock, "numberFormat", (v) =>
      matrix("numberFormat", v, (s, r, c, x) => setCell(s.numberFormats, r, c, String(x)))
    );
    writeOnly((mock.format as OfficeMockObject).font as object, "bold", (v) =>
      matrix("bold", v, (s, r, c, x) => setCell(s.bold, r, c, x === true ? true : undefined))
    );
    writeOnly(mock.dataValidation as object, "rule", (rule) => {
      const copy = JSON.parse(JSON.stringify(rule)) as unknown;
      this.queueAction(() => {
        const s = sheet();
        s.validations.push({ ...rect, rule: copy });
        this.model.log.push(`validation ${rectName(s, rect)}`);
      });
    });
    this.ranges.set(mock, { sheet: sheetRef, rect });
    return mock;
  }

  /** `worksheet.tables.add(range, hasHeaders)`; the code then sets `name`. */
  private newTableProxy(
    sheetRef: Ref<FakeSheet>,
    range: unknown,
    hasHeaders: boolean
  ): OfficeMockObject {
    const info =
      typeof range === "string"
        ? { sheet: sheetRef, rect: parseAddress(range) }
        : this.ranges.get(range as object);
    if (!info)
      throw new Error(
        "mock: tables.add needs a range from getRange/getRangeByIndexes, or an address"
      );
    const ref: Ref<FakeTable> = { target: undefined, known: false, what: "new table" };
    this.queueAction(() => {
      const s = this.need(sheetRef);
      if (this.need(info.sheet) !== s)
        throw officeError("InvalidArgument", "the table's range is on another sheet");
      if (!hasHeaders) throw new Error("mock: tables.add without headers is not modelled");
      if (s.tables.some((t) => overlaps(t, info.rect)))
        throw officeError("InvalidArgument", "tables cannot overlap");
      const header = this.model.read(s, { ...info.rect, rows: 1 })[0];
      const seen = new Set<string>();
      for (const h of header) {
        const key = String(h).toLowerCase();
        // Excel would silently rename such a header to "Column1", "Enhet2", ...
        if (typeof h !== "string" || h === "" || seen.has(key))
          throw new Error(
            `mock: Excel would rename the header ${JSON.stringify(h)} of the new table`
          );
        seen.add(key);
      }
      const table: FakeTable = { name: this.model.nextTableName(), ...info.rect };
      s.tables.push(table);
      ref.target = table;
      this.model.log.push(`add table ${table.name} ${rectName(s, info.rect)}`);
    });
    const mock = new OfficeMockObject({});
    writeOnly(mock, "name", (value) => {
      this.queueAction(() => {
        const table = this.need(ref);
        const name = String(value);
        if (!TABLE_NAME.test(name))
          throw officeError("InvalidArgument", `invalid table name ${name}`);
        const taken = this.model.table(name);
        if (taken && taken.table !== table)
          throw officeError("InvalidArgument", `table name ${name} is taken`);
        this.model.log.push(`rename table ${table.name} to ${name}`);
        table.name = name;
      });
    });
    return mock;
  }
}
