/**
 * Reading the planning workbook into a typed `Plan`. Columns are found by header text
 * (`locateColumns`, columns.ts), in any order; extra columns are ignored; fully blank rows are
 * skipped. Nothing here throws on bad input: every problem becomes a finding that names
 * its cell, and the plan is returned as far as it can be made.
 */
import { formatIsoDate, isSerialInRange } from "../dates/serial";
import {
  CASE_COLUMNS,
  CLOSED_DAY_COLUMNS,
  MEETING_COLUMNS,
  SETTINGS_COLUMNS,
  UNIT_COLUMNS,
  type ColumnHeader,
} from "../i18n/headers";
import {
  containsPersonnummer,
  isPhoneColumnHeader,
  PersonnummerPseudonyms,
  personnummerIn,
  redactedCellText,
  redactMatches,
  redactPersonnummer,
  type PersonnummerMatch,
  type ScanOptions,
} from "../privacy/personnummer";
import { cellAddress, colLetter, quoteSheetName, rowRangeAddress } from "./address";
import { checkPlan } from "./checks";
import { makeFinding, shownCaseCode } from "./findings";
import { type Columns, locateColumns } from "./columns";
import { cellText, cleanText, isBlank, matchKey } from "./normalize";
import {
  parseConsent,
  parseDateCell,
  parseInitiator,
  parseMeetingForm,
  parseOutcome,
  parseTimeCell,
  parseUnitType,
  parseWholeNumber,
  formatMinutes,
  type Parsed,
} from "./values";
import {
  DEFAULT_SETTINGS,
  type Case,
  type CaseCells,
  type CellValue,
  type ClosedDay,
  type ConsentStatus,
  type Finding,
  type FindingCode,
  type Initiator,
  type Meeting,
  type Outcome,
  type Plan,
  type PlanningInput,
  type Settings,
  type TableGrid,
  type TableName,
  type Unit,
} from "./types";

/** A table whose columns have been located. */
interface BoundTable<K extends string> {
  readonly table: TableName;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Column index (within the grid) of each found column. */
  readonly cols: Partial<Record<K, number>>;
  /** The header text as found, per found column (for messages). */
  readonly headerText: Partial<Record<K, string>>;
  /** Non-blank data rows: index after the header (0-based) and cells. */
  readonly rows: readonly { readonly index: number; readonly cells: readonly CellValue[] }[];
  readonly width: number;
}

/** Accessors for one data row of a bound table. */
interface RowView<K extends string> {
  readonly index: number;
  value(key: K): CellValue | undefined;
  has(key: K): boolean;
  /** Address of the column's cell in this row; the row's first cell when the column is missing. */
  addr(key: K): string;
  header(key: K): string;
}

function safeInt(n: unknown): number {
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
}

function safeSheet(grid: TableGrid, table: TableName): string {
  const s = typeof grid.sheet === "string" ? cleanText(grid.sheet) : "";
  return s === "" ? table : s;
}

function safeRows(grid: TableGrid): readonly (readonly CellValue[])[] {
  const values: unknown = grid.values;
  if (!Array.isArray(values)) return [];
  // The grid itself when every row is a list (as Excel gives it); a copy only otherwise.
  for (let i = 0; i < values.length; i++) {
    if (!Array.isArray(values[i]))
      return values.map((r: unknown) => (Array.isArray(r) ? (r as CellValue[]) : []));
  }
  return values as readonly (readonly CellValue[])[];
}

/** `parseDateCell`, without making a result for the common case of a number cell. */
function dateCell(v: CellValue | undefined): Parsed<number> | number {
  if (typeof v === "number" && Number.isFinite(v)) {
    const serial = Math.floor(v);
    if (isSerialInRange(serial)) return serial;
  }
  return parseDateCell(v);
}

/**
 * The text of a cell for use anywhere: cleaned, every personnummer (in any form, a number
 * cell's too) replaced by "[personnummer borttaget]". Detection (`scanForPersonnummer`)
 * looks at exactly the same normalised value, see privacy/personnummer.ts.
 */
function safeText(v: CellValue | undefined): string {
  return cleanText(redactedCellText(v));
}

/**
 * A name or code cell (unit names, case codes): its `safeText`, and the key it is matched
 * and compared by — like `matchKey`, but taken before redaction, with each personnummer
 * replaced by a stand-in of that person, so that two different numbers never compare
 * equal and the key holds none of them.
 */
function textAndKey(
  v: CellValue | undefined,
  pseudonyms: PersonnummerPseudonyms
): { text: string; key: string } {
  const { redacted, pseudonymised } = pseudonyms.read(v);
  return { text: cleanText(redacted), key: matchKey(pseudonymised) };
}

/** Locates the columns of a table; reports missing required columns and duplicates. */
function bindTable<K extends string>(
  grid: TableGrid | undefined,
  table: TableName,
  columns: Columns<K>,
  required: readonly K[],
  tableRequired: boolean,
  findings: Finding[],
  listRows = true
): BoundTable<K> | undefined {
  if (!grid) {
    if (tableRequired) findings.push(makeFinding("table-missing", table, { table }));
    return undefined;
  }
  const sheet = safeSheet(grid, table);
  const top = safeInt(grid.top);
  const left = safeInt(grid.left);
  const all = safeRows(grid);
  const header = all[0] ?? [];
  let width = 0;
  for (let i = 0; i < all.length; i++) if (all[i].length > width) width = all[i].length;

  const { found: cols, duplicates } = locateColumns(columns, header);
  const headerText: Partial<Record<K, string>> = {};
  for (const key of Object.keys(cols) as K[]) headerText[key] = safeText(header[cols[key]!]);
  for (const { key, index } of duplicates) {
    findings.push(
      makeFinding("column-duplicate", cellAddress(sheet, top, left + index), {
        table,
        column: columns[key].sv,
        columnEn: columns[key].en,
      })
    );
  }
  const headerRange = rowRangeAddress(sheet, top, left, left + Math.max(0, header.length - 1));
  for (const key of required) {
    if (cols[key] === undefined) {
      findings.push(
        makeFinding("column-missing", headerRange, {
          table,
          column: columns[key].sv,
          columnEn: columns[key].en,
        })
      );
    }
  }
  const rows: { index: number; cells: readonly CellValue[] }[] = [];
  for (let i = 1; listRows && i < all.length; i++) {
    const cells = all[i];
    if (isBlankRow(cells)) continue;
    rows.push({ index: i - 1, cells });
  }
  return { table, sheet, top, left, cols, headerText, rows, width };
}

/** True for a row whose every cell is blank (`isBlank`). */
function isBlankRow(cells: readonly CellValue[]): boolean {
  for (let j = 0; j < cells.length; j++) if (!isBlank(cells[j])) return false;
  return true;
}

/** One data row of a bound table (a class, for the reason given at `MemoParser`). */
class BoundRow<K extends string> implements RowView<K> {
  readonly index: number;
  private readonly sheetRow: number;
  constructor(
    private readonly bound: BoundTable<K>,
    private readonly row: { index: number; cells: readonly CellValue[] },
    private readonly columns: Record<K, ColumnHeader>
  ) {
    this.index = row.index;
    this.sheetRow = bound.top + 1 + row.index;
  }
  value(key: K): CellValue | undefined {
    const j = this.bound.cols[key];
    return j === undefined ? undefined : this.row.cells[j];
  }
  has(key: K): boolean {
    return this.bound.cols[key] !== undefined;
  }
  addr(key: K): string {
    const b = this.bound;
    return cellAddress(b.sheet, this.sheetRow, b.left + (b.cols[key] ?? 0));
  }
  header(key: K): string {
    return this.bound.headerText[key] ?? this.columns[key].sv;
  }
}

function rowView<K extends string>(
  bound: BoundTable<K>,
  row: { index: number; cells: readonly CellValue[] },
  columns: Record<K, ColumnHeader>
): RowView<K> {
  return new BoundRow(bound, row, columns);
}

/**
 * Every cell (header cells too) of every table that holds a personnummer, and every sheet
 * name that holds one (one finding per table on it). In a phone column
 * (`isPhoneColumnHeader`) a mobile number written as digits only is not one. A finding in a
 * case row names the row's case code (`cases`: the bound Ärenden table, for its code column).
 */
function scanForPersonnummer(input: PlanningInput, findings: Finding[]): void {
  const tables: [TableGrid | undefined, TableName][] = [
    [input.settings, "Inställningar"],
    [input.closedDays, "Stängda dagar"],
    [input.units, "Enheter"],
    [input.meetings, "Möten"],
  ];
  for (const [grid, table] of tables) {
    if (!grid) continue;
    const sheet = safeSheet(grid, table);
    const top = safeInt(grid.top);
    const left = safeInt(grid.left);
    const rows = safeRows(grid);
    const phone = (rows[0] ?? []).map((h) => isPhoneColumnHeader(h));
    scanSheetName(sheet, table, findings);
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      for (let j = 0; j < cells.length; j++) {
        const options = i > 0 && phone[j] === true ? PHONE_COLUMN : NOT_PHONE;
        if (!containsPersonnummer(cells[j], options)) continue;
        findings.push(
          makeFinding("personnummer", cellAddress(sheet, top + i, left + j), { table })
        );
      }
    }
  }
}

/**
 * The sheet's name is in every address of the table: a personnummer in it is reported by
 * the table's name, as the name itself cannot be shown (every address redacts it, see
 * makeFinding).
 */
function scanSheetName(sheet: string, table: TableName, findings: Finding[]): void {
  if (containsPersonnummer(sheet))
    findings.push(makeFinding("personnummer", table, { table, place: "sheet" }));
}

/** Reads a date cell, reporting text dates (warning) and invalid ones (error). */
function readDate(
  v: CellValue | undefined,
  cell: string,
  findings: Finding[],
  meeting?: (serial: number) => number | undefined,
  caseCode?: string
): Parsed<number> {
  const p = parseDateCell(v);
  if (p.kind === "invalid")
    findings.push(makeFinding("date-invalid", cell, {}, undefined, caseCode));
  if (p.kind === "ok" && p.asText)
    findings.push(makeFinding("date-as-text", cell, {}, meeting?.(p.value), caseCode));
  return p;
}

function truncatedValue(v: CellValue | undefined): string {
  const text = safeText(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function readSettings(
  bound: BoundTable<keyof typeof SETTINGS_COLUMNS> | undefined,
  findings: Finding[]
): Settings {
  if (!bound || bound.rows.length === 0) return DEFAULT_SETTINGS;
  const [first, second] = bound.rows;
  if (second) {
    findings.push(
      makeFinding(
        "settings-extra-rows",
        cellAddress(bound.sheet, bound.top + 1 + second.index, bound.left),
        {}
      )
    );
  }
  const row = rowView(bound, first, SETTINGS_COLUMNS);
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  settings.group = safeText(row.value("group"));
  // Optional columns (R3): an older workbook without them reads as before.
  const coordinator = safeText(row.value("coordinator"));
  if (coordinator) settings.coordinator = coordinator;
  const convener = safeText(row.value("convener"));
  if (convener) settings.convener = convener;

  const start = parseTimeCell(row.value("startTime"));
  if (start.kind === "ok") settings.startMinutes = start.value;
  else if (start.kind === "invalid") {
    findings.push(
      makeFinding("time-invalid", row.addr("startTime"), {
        default: formatMinutes(DEFAULT_SETTINGS.startMinutes),
      })
    );
  }
  const numbers: [keyof typeof SETTINGS_COLUMNS & keyof Settings, number, number][] = [
    ["intervalWeeks", 1, 52],
    ["caseDeadlineDays", 0, 60],
    ["releaseDeadlineDays", 0, 60],
    ["minutesPerCase", 1, 480],
  ];
  for (const [key, min, max] of numbers) {
    const p = parseWholeNumber(row.value(key), min, max);
    if (p.kind === "ok") (settings[key] as number) = p.value;
    else if (p.kind === "invalid") {
      findings.push(
        makeFinding("setting-invalid", row.addr(key), {
          column: row.header(key),
          default: DEFAULT_SETTINGS[key] as number,
        })
      );
    }
  }
  return settings;
}

function readClosedDays(
  bound: BoundTable<keyof typeof CLOSED_DAY_COLUMNS> | undefined,
  findings: Finding[]
): ClosedDay[] {
  const list: ClosedDay[] = [];
  if (!bound || bound.cols.date === undefined) return list;
  for (const r of bound.rows) {
    const row = rowView(bound, r, CLOSED_DAY_COLUMNS);
    const cell = row.addr("date");
    const p = readDate(row.value("date"), cell, findings);
    if (p.kind === "blank") findings.push(makeFinding("date-missing", cell, {}));
    if (p.kind === "ok")
      list.push({
        date: p.value,
        description: safeText(row.value("description")),
        cell,
      });
  }
  return list;
}

function readUnits(
  bound: BoundTable<keyof typeof UNIT_COLUMNS> | undefined,
  pseudonyms: PersonnummerPseudonyms,
  findings: Finding[]
): Unit[] {
  const units: Unit[] = [];
  if (!bound) return units;
  const seen = new Map<string, string>();
  for (const r of bound.rows) {
    const row = rowView(bound, r, UNIT_COLUMNS);
    if (!row.has("name")) break;
    const { text: name, key } = textAndKey(row.value("name"), pseudonyms);
    const cell = row.addr("name");
    if (name === "") {
      findings.push(makeFinding("unit-name-missing", cell, {}));
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(makeFinding("unit-duplicate", cell, { unit: name, first }));
      continue;
    }
    seen.set(key, cell);
    let type: Unit["type"];
    if (row.has("type")) {
      const p = parseUnitType(row.value("type"));
      if (p.kind === "ok") type = p.value;
      else {
        findings.push(
          makeFinding(p.kind === "blank" ? "value-missing" : "value-unknown", row.addr("type"), {
            column: row.header("type"),
            value: truncatedValue(row.value("type")),
            allowedKind: "unitType",
          })
        );
      }
    }
    units.push({
      index: units.length,
      name,
      key,
      ...(type ? { type } : {}),
      representative: safeText(row.value("representative")),
      // The column was found by a phone header: a mobile number in it is kept as typed.
      phone: cleanText(redactedCellText(row.value("phone"), { phoneColumn: true })),
      email: safeText(row.value("email")),
      cell,
    });
  }
  return units;
}

function readMeetings(
  bound: BoundTable<keyof typeof MEETING_COLUMNS> | undefined,
  settings: Settings,
  findings: Finding[]
): Meeting[] {
  const meetings: Meeting[] = [];
  if (!bound || bound.cols.date === undefined) return meetings;
  const seen = new Map<number, string>();
  for (const r of bound.rows) {
    const row = rowView(bound, r, MEETING_COLUMNS);
    const cell = row.addr("date");
    const p = readDate(row.value("date"), cell, findings, (d) => d);
    if (p.kind === "blank") findings.push(makeFinding("date-missing", cell, {}));
    if (p.kind !== "ok") continue;
    const date = p.value;
    const first = seen.get(date);
    if (first !== undefined) {
      findings.push(
        makeFinding("meeting-duplicate", cell, { date: formatIsoDate(date), first }, date)
      );
      continue;
    }
    seen.set(date, cell);
    let startMinutes: number | undefined;
    const start = parseTimeCell(row.value("startTime"));
    if (start.kind === "ok") startMinutes = start.value;
    else if (start.kind === "invalid") {
      findings.push(
        makeFinding(
          "time-invalid",
          row.addr("startTime"),
          { default: formatMinutes(settings.startMinutes) },
          date
        )
      );
    }
    let form: Meeting["form"];
    const f = parseMeetingForm(row.value("form"));
    if (f.kind === "ok") form = f.value;
    else if (f.kind === "invalid") {
      findings.push(
        makeFinding(
          "value-unknown",
          row.addr("form"),
          {
            column: row.header("form"),
            value: truncatedValue(row.value("form")),
            allowedKind: "form",
          },
          date
        )
      );
    }
    meetings.push({
      date,
      ...(startMinutes !== undefined ? { startMinutes } : {}),
      ...(form ? { form } : {}),
      location: safeText(row.value("location")),
      cell,
    });
  }
  return meetings.sort((a, b) => a.date - b.date);
}

type CaseKey = keyof typeof CASE_COLUMNS;
/** The columns a case's cells are addressed by (`CaseCells`): all but Frågeställning. */
type AddressedKey = Exclude<CaseKey, "question">;

/** Where the cells of the Ärenden table are: addresses are made from it only when asked for. */
class CaseLayout {
  /** The sheet as an address starts: `Ärenden!` or `'Stängda dagar'!`. */
  private readonly prefix: string;
  /**
   * True when the sheet's name holds no personnummer: then no address on it does (a column's
   * letters and a row's at most seven digits, after "!", can form none), and a finding
   * need not redact it again.
   */
  readonly safe: boolean;
  /**
   * Each column's letters (the row's first cell's where the column is missing), one field per
   * column: a fixed shape made once, so that the code reading them is never thrown away
   * because the object the columns were found in was collected (V8 deoptimises code whose
   * objects' hidden classes die, and a record built key by key has such a class).
   */
  private readonly meetingDate: string;
  private readonly code: string;
  private readonly initiatedBy: string;
  private readonly unit: string;
  private readonly consent: string;
  private readonly notified: string;
  private readonly outcome: string;
  private readonly minutes: string;
  constructor(
    sheet: string,
    readonly top: number,
    private readonly left: number,
    cols: Partial<Record<CaseKey, number>>
  ) {
    this.prefix = `${quoteSheetName(sheet)}!`;
    this.safe = redactPersonnummer(this.prefix) === this.prefix;
    const letters = (key: CaseKey): string => colLetter(left + (cols[key] ?? 0));
    this.meetingDate = letters("meetingDate");
    this.code = letters("code");
    this.initiatedBy = letters("initiatedBy");
    this.unit = letters("unit");
    this.consent = letters("consent");
    this.notified = letters("notified");
    this.outcome = letters("outcome");
    this.minutes = letters("minutes");
  }
  /** The address of grid column `j` on sheet row `sheetRow` (0-based). */
  at(sheetRow: number, j: number): string {
    return `${this.prefix}${colLetter(this.left + j)}${sheetRow + 1}`;
  }
  /** The address of a column's cell; the row's first cell when the column is missing. */
  cell(sheetRow: number, key: AddressedKey): string {
    return `${this.prefix}${this[key]}${sheetRow + 1}`;
  }
}

/** The addresses of one case row's cells (`CaseCells`), made when read. */
class CaseCellAddresses implements CaseCells {
  constructor(
    private readonly layout: CaseLayout,
    private readonly sheetRow: number
  ) {}
  get row(): string {
    return this.layout.at(this.sheetRow, 0);
  }
  get meetingDate(): string {
    return this.layout.cell(this.sheetRow, "meetingDate");
  }
  get code(): string {
    return this.layout.cell(this.sheetRow, "code");
  }
  get initiatedBy(): string {
    return this.layout.cell(this.sheetRow, "initiatedBy");
  }
  get unit(): string {
    return this.layout.cell(this.sheetRow, "unit");
  }
  get consent(): string {
    return this.layout.cell(this.sheetRow, "consent");
  }
  get notified(): string {
    return this.layout.cell(this.sheetRow, "notified");
  }
  get outcome(): string {
    return this.layout.cell(this.sheetRow, "outcome");
  }
  get minutes(): string {
    return this.layout.cell(this.sheetRow, "minutes");
  }
  /** The addresses as a plain object, as `JSON.stringify` shows them. */
  toJSON(): CaseCells {
    return {
      row: this.row,
      meetingDate: this.meetingDate,
      code: this.code,
      initiatedBy: this.initiatedBy,
      unit: this.unit,
      consent: this.consent,
      notified: this.notified,
      outcome: this.outcome,
      minutes: this.minutes,
    };
  }
}

/**
 * One case: every case has every field (undefined where not given), in one shape. Two are
 * made when read: `codeKey`, when it is the code in lower case (the code held no
 * personnummer), and `cells`, the addresses, from the table's layout and the row.
 */
class CaseRecord implements Case {
  constructor(
    readonly row: number,
    readonly meetingDate: number | undefined,
    readonly code: string,
    /** The key when it is not `code` in lower case (a personnummer's stand-in), else null. */
    private readonly key: string | null,
    readonly initiatedBy: Initiator | undefined,
    readonly unit: string,
    readonly unitKey: string,
    readonly unitIndex: number,
    readonly consent: ConsentStatus,
    readonly notified: number | undefined,
    readonly question: string,
    readonly outcome: Outcome | undefined,
    readonly minutes: number | undefined,
    private readonly layout: CaseLayout
  ) {}
  get codeKey(): string {
    return this.key ?? this.code.toLowerCase();
  }
  get cells(): CaseCells {
    return new CaseCellAddresses(this.layout, this.layout.top + 1 + this.row);
  }
  /** The case as `JSON.stringify` showed it when every field was stored. */
  toJSON(): object {
    return {
      row: this.row,
      meetingDate: this.meetingDate,
      code: this.code,
      codeKey: this.codeKey,
      initiatedBy: this.initiatedBy,
      unit: this.unit,
      unitKey: this.unitKey,
      unitIndex: this.unitIndex,
      consent: this.consent,
      notified: this.notified,
      question: this.question,
      outcome: this.outcome,
      minutes: this.minutes,
      cells: this.cells,
    };
  }
}

/**
 * A parser whose answers for text are kept: an enumerated column repeats a few values. (A
 * class, not a closure made per reading: V8 keeps a module's optimised methods between runs,
 * while a closure's optimised code is dropped with the closure at the next collection.)
 */
class MemoParser<T> {
  private readonly known = new Map<string, Parsed<T>>();
  constructor(private readonly parser: (value: CellValue | undefined) => Parsed<T>) {}
  parse(value: CellValue | undefined): Parsed<T> {
    if (typeof value !== "string") return this.parser(value);
    let p = this.known.get(value);
    if (p === undefined) this.known.set(value, (p = this.parser(value)));
    return p;
  }
}

/**
 * What reading the rows of one Ärenden table needs: where its cells are, what has been read
 * so far, each cell's personnummer in the current row, and the row reader itself with its
 * helpers. Methods, not closures, and a method per row rather than one loop over all of
 * them: V8 keeps a module's optimised methods between runs, while a closure's optimised code
 * and the code it compiles for a loop while running it (on-stack replacement) are dropped at
 * the next collection, so that every read would start unoptimised again.
 */
class CaseRows {
  /** Each cell's personnummer in the current row (`NO_MATCHES` for most). */
  readonly matches: (readonly PersonnummerMatch[])[];
  private readonly cases: Case[];
  private readonly personnummer: Finding[];
  readonly findings: Finding[];
  private readonly top: number;
  private readonly table: TableName;
  private readonly width: number;
  /** Per column: whether its header names a phone column. */
  private readonly phone: readonly boolean[];
  private readonly unitIndex: ReadonlyMap<string, number>;
  /** Unit cells without a personnummer: their text, key and index, per text as typed. */
  private readonly unitTexts = new Map<string, { text: string; key: string; index: number }>();
  private readonly initiator = new MemoParser(parseInitiator);
  private readonly consentOf = new MemoParser(parseConsent);
  private readonly outcomeOf = new MemoParser(parseOutcome);
  private readonly perCase: number;
  private readonly cDate: number;
  private readonly cCode: number;
  private readonly cInit: number;
  private readonly cUnit: number;
  private readonly cConsent: number;
  private readonly cNotified: number;
  private readonly cQuestion: number;
  private readonly cOutcome: number;
  private readonly cMinutes: number;
  constructor(
    private readonly bound: BoundTable<CaseKey>,
    readonly layout: CaseLayout,
    reading: CaseReading,
    units: readonly Unit[],
    settings: Settings,
    private readonly pseudonyms: PersonnummerPseudonyms,
    headerRow: readonly CellValue[]
  ) {
    this.matches = new Array<readonly PersonnummerMatch[]>(bound.width).fill(NO_MATCHES);
    this.cases = reading.cases;
    this.personnummer = reading.personnummer;
    this.findings = reading.findings;
    this.top = bound.top;
    this.table = bound.table;
    this.width = bound.width;
    this.phone = headerRow.map((h) => isPhoneColumnHeader(h));
    this.unitIndex = new Map(units.map((u) => [u.key, u.index] as const));
    this.perCase = settings.minutesPerCase;
    const col = (key: CaseKey): number => bound.cols[key] ?? -1;
    this.cDate = col("meetingDate");
    this.cCode = col("code");
    this.cInit = col("initiatedBy");
    this.cUnit = col("unit");
    this.cConsent = col("consent");
    this.cNotified = col("notified");
    this.cQuestion = col("question");
    this.cOutcome = col("outcome");
    this.cMinutes = col("minutes");
  }
  /** Reads one non-blank row (`i`: its index in the grid, the header row being 0). */
  read(cells: readonly CellValue[], i: number): void {
    const index = i - 1;
    const sheetRow = this.top + i;

    // Every cell scanned once; the scans are reused for the texts below (a column past the
    // row's end has none).
    let found = false;
    for (let j = 0; j < cells.length; j++) {
      const m = personnummerIn(cells[j], this.phone[j] === true ? PHONE_COLUMN : NOT_PHONE);
      this.matches[j] = m;
      if (m.length > 0) found = true;
    }
    for (let j = cells.length; j < this.width; j++) this.matches[j] = NO_MATCHES;

    // Ärendekod: its text, and the key duplicates are compared by (before redaction).
    let code = "";
    let codeKey: string | null = null;
    if (this.cCode >= 0) {
      const v = cells[this.cCode];
      const text = cellText(v);
      if (this.matches[this.cCode].length === 0) {
        code = cleanText(text);
      } else {
        const { redacted, pseudonymised } = this.pseudonyms.readMatches(
          text,
          this.matches[this.cCode]
        );
        code = cleanText(redacted);
        codeKey = matchKey(pseudonymised);
      }
    }
    // Every finding about this case names its code, unless it is blank or held a this.personnummer.
    const caseCode = shownCaseCode(code);
    if (found) {
      for (let j = 0; j < cells.length; j++) {
        if (this.matches[j].length === 0) continue;
        this.personnummer.push(
          this.at(
            "personnummer",
            this.layout.at(sheetRow, j),
            { table: this.table },
            undefined,
            this.cCode >= 0 ? caseCode : undefined
          )
        );
      }
    }

    let meetingDate: number | undefined;
    if (this.cDate >= 0) {
      const p = dateCell(cells[this.cDate]);
      if (typeof p === "number") meetingDate = p;
      else if (p.kind === "ok") {
        meetingDate = p.value;
        if (p.asText)
          this.findings.push(
            this.at(
              "date-as-text",
              this.layout.cell(sheetRow, "meetingDate"),
              {},
              p.value,
              caseCode
            )
          );
      } else {
        this.findings.push(
          this.at(
            p.kind === "invalid" ? "date-invalid" : "date-missing",
            this.layout.cell(sheetRow, "meetingDate"),
            {},
            undefined,
            caseCode
          )
        );
      }
    }
    if (this.cCode >= 0 && code === "")
      this.findings.push(
        this.at("case-code-missing", this.layout.cell(sheetRow, "code"), {}, meetingDate, caseCode)
      );

    let initiatedBy: Initiator | undefined;
    const ini = this.initiator.parse(this.cInit >= 0 ? cells[this.cInit] : undefined);
    if (ini.kind === "ok") initiatedBy = ini.value;
    else if (ini.kind === "invalid")
      this.unknown(cells, sheetRow, caseCode, this.cInit, "initiatedBy", "initiator", meetingDate);

    let unit = "";
    let unitKey = "";
    let unitAt = -1;
    if (this.cUnit >= 0) {
      const v = cells[this.cUnit];
      const known =
        typeof v === "string" && this.matches[this.cUnit].length === 0
          ? this.unitTexts.get(v)
          : undefined;
      if (known) {
        ({ text: unit, key: unitKey, index: unitAt } = known);
      } else {
        const text = cellText(v);
        if (this.matches[this.cUnit].length === 0) {
          unit = cleanText(text);
          unitKey = unit.toLowerCase();
        } else {
          const { redacted, pseudonymised } = this.pseudonyms.readMatches(
            text,
            this.matches[this.cUnit]
          );
          unit = cleanText(redacted);
          unitKey = matchKey(pseudonymised);
        }
        unitAt = unit === "" ? -1 : (this.unitIndex.get(unitKey) ?? -1);
        if (typeof v === "string" && this.matches[this.cUnit].length === 0)
          this.unitTexts.set(v, { text: unit, key: unitKey, index: unitAt });
      }
      if (unit === "")
        this.findings.push(
          this.at(
            "case-unit-missing",
            this.layout.cell(sheetRow, "unit"),
            {},
            meetingDate,
            caseCode
          )
        );
    }

    let consent: ConsentStatus = "blank";
    const c = this.consentOf.parse(this.cConsent >= 0 ? cells[this.cConsent] : undefined);
    if (c.kind === "ok") consent = c.value ? "yes" : "no";
    else if (c.kind === "invalid") {
      consent = "unknown";
      this.unknown(cells, sheetRow, caseCode, this.cConsent, "consent", "consent", meetingDate);
    }

    let notified: number | undefined;
    if (this.cNotified >= 0) {
      const p = dateCell(cells[this.cNotified]);
      if (typeof p === "number") notified = p;
      else if (p.kind === "ok") {
        notified = p.value;
        if (p.asText)
          this.findings.push(
            this.at(
              "date-as-text",
              this.layout.cell(sheetRow, "notified"),
              {},
              meetingDate,
              caseCode
            )
          );
      } else if (p.kind === "invalid")
        this.findings.push(
          this.at("date-invalid", this.layout.cell(sheetRow, "notified"), {}, undefined, caseCode)
        );
    }

    let outcome: Outcome | undefined;
    const o = this.outcomeOf.parse(this.cOutcome >= 0 ? cells[this.cOutcome] : undefined);
    if (o.kind === "ok") outcome = o.value;
    else if (o.kind === "invalid")
      this.unknown(cells, sheetRow, caseCode, this.cOutcome, "outcome", "outcome", meetingDate);

    let minutes: number | undefined;
    const mv = this.cMinutes >= 0 ? cells[this.cMinutes] : undefined;
    if (mv !== null && mv !== undefined) {
      const m = parseWholeNumber(mv, 1, 480);
      if (m.kind === "ok") minutes = m.value;
      else if (m.kind === "invalid")
        this.findings.push(
          this.at(
            "minutes-invalid",
            this.layout.cell(sheetRow, "minutes"),
            { default: this.perCase },
            meetingDate,
            caseCode
          )
        );
    }

    this.cases.push(
      new CaseRecord(
        index,
        meetingDate,
        code,
        codeKey,
        initiatedBy,
        unit,
        unitKey,
        unitAt,
        consent,
        notified,
        this.safe(cells, this.cQuestion),
        outcome,
        minutes,
        this.layout
      )
    );
  }
  /** A finding at a cell of this table (its address made safe once, see `CaseLayout`). */
  at(
    code: FindingCode,
    cell: string,
    params: Readonly<Record<string, string | number>>,
    meeting: number | undefined,
    caseCode: string | undefined
  ): Finding {
    return makeFinding(code, cell, params, meeting, caseCode, this.layout.safe);
  }
  /** The column's header as found, else its Swedish header. */
  header(key: CaseKey): string {
    return this.bound.headerText[key] ?? CASE_COLUMNS[key].sv;
  }
  /** A cell's text made safe: cleaned, every personnummer in it replaced (`safeText`). */
  safe(cells: readonly CellValue[], j: number): string {
    if (j < 0) return "";
    const v = cells[j];
    if (v === null || v === undefined) return "";
    const m = this.matches[j];
    const text = typeof v === "string" ? v : cellText(v);
    return cleanText(m.length === 0 ? text : redactMatches(text, m));
  }
  /** `safe`, at most 40 characters. */
  shortened(cells: readonly CellValue[], j: number): string {
    const text = this.safe(cells, j);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  /** An unrecognised value of an enumerated column (`kind`). */
  unknown(
    cells: readonly CellValue[],
    sheetRow: number,
    caseCode: string,
    j: number,
    key: AddressedKey,
    kind: string,
    meeting: number | undefined
  ): void {
    this.findings.push(
      this.at(
        "value-unknown",
        this.layout.cell(sheetRow, key),
        { column: this.header(key), value: this.shortened(cells, j), allowedKind: kind },
        meeting,
        caseCode
      )
    );
  }
}

/** The cases, their findings and the personnummer in the Ärenden table, from one pass. */
interface CaseReading {
  readonly cases: Case[];
  /** Personnummer findings (the sheet name, then cell by cell, header row first). */
  readonly personnummer: Finding[];
  /** Problems of single cells, row by row. */
  readonly findings: Finding[];
}

/**
 * Reads the Ärenden table in one pass over its cells: each cell is scanned once for a
 * personnummer (in every column, the header row too) and that scan is reused for its text;
 * each text is cleaned and redacted once; a case keeps its row, and its cells' addresses are
 * made only when something asks for them (a finding, Att göra).
 */
function readCases(
  grid: TableGrid | undefined,
  bound: BoundTable<CaseKey> | undefined,
  units: readonly Unit[],
  settings: Settings,
  pseudonyms: PersonnummerPseudonyms
): CaseReading {
  const reading: CaseReading = { cases: [], personnummer: [], findings: [] };
  if (!grid || !bound) return reading;
  const { personnummer, findings } = reading;
  const all = safeRows(grid);
  const { sheet, top, cols } = bound;
  const layout = new CaseLayout(sheet, top, bound.left, cols);
  const table = bound.table;

  scanSheetName(sheet, table, personnummer);
  const headerRow = all[0] ?? [];
  for (let j = 0; j < headerRow.length; j++) {
    if (personnummerIn(headerRow[j]).length > 0)
      personnummer.push(makeFinding("personnummer", layout.at(top, j), { table }));
  }

  if (cols.consent === undefined) {
    findings.push(
      makeFinding(
        "consent-column-missing",
        rowRangeAddress(sheet, top, bound.left, bound.left + Math.max(0, bound.width - 1)),
        { table }
      )
    );
  }

  const rows = new CaseRows(bound, layout, reading, units, settings, pseudonyms, headerRow);
  for (let i = 1; i < all.length; i++) {
    const cells = all[i];
    if (!isBlankRow(cells)) rows.read(cells, i);
  }
  return reading;
}

const PHONE_COLUMN: ScanOptions = Object.freeze({ phoneColumn: true });
/** The scan of a cell that holds no personnummer (shared, never changed). */
const NO_MATCHES: readonly PersonnummerMatch[] = personnummerIn(null);
const NOT_PHONE: ScanOptions = Object.freeze({});

/**
 * Reads the five tables into a plan and checks it. Never throws on bad cell values;
 * findings come in this order: missing tables and columns, personnummer, problems of
 * single cells table by table, then the checks of `checkPlan`.
 */
export function readPlanning(input: PlanningInput): { plan: Plan; findings: Finding[] } {
  const read = readTables(input);
  append(read.findings, checkPlan(read.plan));
  return read;
}

/**
 * `readPlanning` without `checkPlan`: the plan and the findings of reading it (missing
 * tables and columns, personnummer, problems of single cells). The bench times it alone.
 */
export function readTables(input: PlanningInput): { plan: Plan; findings: Finding[] } {
  const findings: Finding[] = [];
  const structure: Finding[] = [];
  const settingsT = bindTable<keyof typeof SETTINGS_COLUMNS>(
    input.settings,
    "Inställningar",
    SETTINGS_COLUMNS,
    [],
    false,
    structure
  );
  const closedT = bindTable<keyof typeof CLOSED_DAY_COLUMNS>(
    input.closedDays,
    "Stängda dagar",
    CLOSED_DAY_COLUMNS,
    ["date"],
    false,
    structure
  );
  const unitsT = bindTable<keyof typeof UNIT_COLUMNS>(
    input.units,
    "Enheter",
    UNIT_COLUMNS,
    ["name", "type"],
    true,
    structure
  );
  const meetingsT = bindTable<keyof typeof MEETING_COLUMNS>(
    input.meetings,
    "Möten",
    MEETING_COLUMNS,
    ["date"],
    true,
    structure
  );
  const casesT = bindTable<keyof typeof CASE_COLUMNS>(
    input.cases,
    "Ärenden",
    CASE_COLUMNS,
    ["meetingDate", "code", "unit"],
    true,
    structure,
    false
  );
  findings.push(...structure);
  scanForPersonnummer(input, findings);

  const tableFindings: Finding[] = [];
  const settings = readSettings(settingsT, tableFindings);
  const closedDayList = readClosedDays(closedT, tableFindings);
  const closedDays = new Set(closedDayList.map((d) => d.date));
  // One set of stand-ins for the whole reading, so that unit names and case units compare.
  const pseudonyms = new PersonnummerPseudonyms();
  const units = readUnits(unitsT, pseudonyms, tableFindings);
  const meetings = readMeetings(meetingsT, settings, tableFindings);
  const reading = readCases(input.cases, casesT, units, settings, pseudonyms);
  const cases = reading.cases;
  // Personnummer first (every table's, in table order), then the problems of single cells.
  append(findings, reading.personnummer);
  append(findings, tableFindings);
  append(findings, reading.findings);

  const plan: Plan = {
    settings,
    closedDays,
    closedDayList,
    units,
    meetings,
    cases,
    hasConsentColumn: casesT?.cols.consent !== undefined,
    tables: {
      settings: settingsT !== undefined,
      closedDays: closedT !== undefined,
      units: unitsT !== undefined,
      meetings: meetingsT !== undefined,
      cases: casesT !== undefined,
    },
  };
  return { plan, findings };
}

/** `to.push(...from)` without spreading a long list onto the stack. */
function append(to: Finding[], from: readonly Finding[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
}

/**
 * One object of each class a reading makes, kept for the module's life. V8 throws away the
 * optimised code that depends on an object layout (hidden class) once no object of that
 * layout is left after a collection. A pane's reads are minutes apart, with collections
 * between them, and most of these objects live only while a table is read (the addresses
 * only while a finding is made): without these, every read after a collection would run its
 * loops unoptimised again, and compile them again.
 */
export const KEPT_SHAPES: readonly object[] = (() => {
  const layout = new CaseLayout("", 0, 0, {});
  const bound: BoundTable<CaseKey> = {
    table: "Ärenden",
    sheet: "",
    top: 0,
    left: 0,
    cols: {},
    headerText: {},
    rows: [],
    width: 0,
  };
  return [
    new CaseRecord(0, 0, "", null, undefined, "", "", -1, "blank", 0, "", undefined, 0, layout),
    new CaseCellAddresses(layout, 0),
    new CaseRows(
      bound,
      layout,
      { cases: [], personnummer: [], findings: [] },
      [],
      DEFAULT_SETTINGS,
      new PersonnummerPseudonyms(),
      []
    ),
    new MemoParser(parseConsent),
    new BoundRow(bound, { index: 0, cells: [] }, CASE_COLUMNS),
  ];
})();
