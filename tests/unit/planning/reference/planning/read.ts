// FROZEN REFERENCE (issue 14): the planner as it was before the single-pass rewrite, the
// oracle of tests/unit/planning/equivalence.test.ts. Do not edit. It imports from src only the
// calendar, dates, i18n and template modules, which the rewrite did not change.
/**
 * Reading the planning workbook into a typed `Plan`. Columns are found by header text
 * (see `headerKey`), in any order; extra columns are ignored; fully blank rows are
 * skipped. Nothing here throws on bad input: every problem becomes a finding that names
 * its cell, and the plan is returned as far as it can be made.
 */
import { formatIsoDate } from "../../../../../src/core/dates/serial";
import {
  CASE_COLUMNS,
  CLOSED_DAY_COLUMNS,
  MEETING_COLUMNS,
  SETTINGS_COLUMNS,
  UNIT_COLUMNS,
  type ColumnHeader,
} from "../../../../../src/core/i18n/headers";
import {
  containsPersonnummer,
  isPhoneColumnHeader,
  PersonnummerPseudonyms,
  redactedCellText,
} from "../privacy/personnummer";
import { cellAddress, rowRangeAddress } from "./address";
import { checkPlan } from "./checks";
import { makeFinding, shownCaseCode } from "./findings";
import { cellText, cleanText, headerKey, isBlank, matchKey } from "./normalize";
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
  type CellValue,
  type ClosedDay,
  type ConsentStatus,
  type Finding,
  type FindingCode,
  type Meeting,
  type Plan,
  type PlanningInput,
  type Settings,
  type TableGrid,
  type TableName,
  type Unit,
} from "./types";

type Columns = Readonly<Record<string, ColumnHeader>>;

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
  return Array.isArray(grid.values) ? grid.values.map((r) => (Array.isArray(r) ? r : [])) : [];
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
  columns: Columns & Record<K, ColumnHeader>,
  required: readonly K[],
  tableRequired: boolean,
  findings: Finding[]
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
  const width = all.reduce((w, r) => Math.max(w, r.length), 0);

  const wanted = new Map<string, K>();
  for (const key of Object.keys(columns) as K[]) {
    const h = columns[key];
    for (const text of [h.sv, h.en, ...(h.aliases ?? [])]) {
      const k = headerKey(text);
      if (!wanted.has(k)) wanted.set(k, key);
    }
  }
  const cols: Partial<Record<K, number>> = {};
  const headerText: Partial<Record<K, string>> = {};
  header.forEach((cell, j) => {
    const k = headerKey(cellText(cell));
    if (k === "") return;
    const key = wanted.get(k);
    if (key === undefined) return;
    if (cols[key] === undefined) {
      cols[key] = j;
      headerText[key] = safeText(cell);
    } else {
      findings.push(
        makeFinding("column-duplicate", cellAddress(sheet, top, left + j), {
          table,
          column: columns[key].sv,
          columnEn: columns[key].en,
        })
      );
    }
  });
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
  for (let i = 1; i < all.length; i++) {
    const cells = all[i];
    if (cells.every((v) => isBlank(v))) continue;
    rows.push({ index: i - 1, cells });
  }
  return { table, sheet, top, left, cols, headerText, rows, width };
}

function rowView<K extends string>(
  bound: BoundTable<K>,
  row: { index: number; cells: readonly CellValue[] },
  columns: Record<K, ColumnHeader>
): RowView<K> {
  const sheetRow = bound.top + 1 + row.index;
  return {
    index: row.index,
    value: (key) => {
      const j = bound.cols[key];
      return j === undefined ? undefined : row.cells[j];
    },
    has: (key) => bound.cols[key] !== undefined,
    addr: (key) => cellAddress(bound.sheet, sheetRow, bound.left + (bound.cols[key] ?? 0)),
    header: (key) => bound.headerText[key] ?? columns[key].sv,
  };
}

/**
 * Every cell (header cells too) of every table that holds a personnummer, and every sheet
 * name that holds one (one finding per table on it). In a phone column
 * (`isPhoneColumnHeader`) a mobile number written as digits only is not one. A finding in a
 * case row names the row's case code (`cases`: the bound Ärenden table, for its code column).
 */
function scanForPersonnummer(
  input: PlanningInput,
  cases: BoundTable<keyof typeof CASE_COLUMNS> | undefined,
  findings: Finding[]
): void {
  const tables: [TableGrid | undefined, TableName][] = [
    [input.settings, "Inställningar"],
    [input.closedDays, "Stängda dagar"],
    [input.units, "Enheter"],
    [input.meetings, "Möten"],
    [input.cases, "Ärenden"],
  ];
  for (const [grid, table] of tables) {
    if (!grid) continue;
    const sheet = safeSheet(grid, table);
    const top = safeInt(grid.top);
    const left = safeInt(grid.left);
    const rows = safeRows(grid);
    const phone = (rows[0] ?? []).map((h) => isPhoneColumnHeader(h));
    const codeCol = table === "Ärenden" ? cases?.cols.code : undefined;
    // The sheet's name is in every address of the table: reported by the table's name, as
    // the name itself cannot be shown (every address redacts it, see makeFinding).
    if (containsPersonnummer(sheet))
      findings.push(makeFinding("personnummer", table, { table, place: "sheet" }));
    rows.forEach((cells, i) => {
      cells.forEach((v, j) => {
        if (!containsPersonnummer(v, { phoneColumn: i > 0 && phone[j] === true })) return;
        const caseCode =
          i > 0 && codeCol !== undefined ? shownCaseCode(safeText(cells[codeCol])) : undefined;
        findings.push(
          makeFinding(
            "personnummer",
            cellAddress(sheet, top + i, left + j),
            { table },
            undefined,
            caseCode
          )
        );
      });
    });
  }
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

function readCases(
  bound: BoundTable<keyof typeof CASE_COLUMNS> | undefined,
  units: readonly Unit[],
  settings: Settings,
  pseudonyms: PersonnummerPseudonyms,
  findings: Finding[]
): Case[] {
  const cases: Case[] = [];
  if (!bound) return cases;
  const unitIndex = new Map(units.map((u) => [u.key, u.index] as const));
  if (bound.cols.consent === undefined) {
    findings.push(
      makeFinding(
        "consent-column-missing",
        rowRangeAddress(
          bound.sheet,
          bound.top,
          bound.left,
          bound.left + Math.max(0, bound.width - 1)
        ),
        {
          table: bound.table,
        }
      )
    );
  }
  for (const r of bound.rows) {
    const row = rowView(bound, r, CASE_COLUMNS);
    const { text: code, key: codeKey } = textAndKey(row.value("code"), pseudonyms);
    // Every finding about this case names its code, unless it is blank or held a personnummer.
    const caseCode = shownCaseCode(code);
    const add = (
      finding: FindingCode,
      cell: string,
      params: Record<string, string | number>,
      meeting?: number
    ): void => {
      findings.push(makeFinding(finding, cell, params, meeting, caseCode));
    };
    const unknown = (key: keyof typeof CASE_COLUMNS, kind: string, meeting?: number): void =>
      add(
        "value-unknown",
        row.addr(key),
        { column: row.header(key), value: truncatedValue(row.value(key)), allowedKind: kind },
        meeting
      );

    let meetingDate: number | undefined;
    if (row.has("meetingDate")) {
      const p = readDate(
        row.value("meetingDate"),
        row.addr("meetingDate"),
        findings,
        (d) => d,
        caseCode
      );
      if (p.kind === "ok") meetingDate = p.value;
      else if (p.kind === "blank") add("date-missing", row.addr("meetingDate"), {});
    }
    if (row.has("code") && code === "") add("case-code-missing", row.addr("code"), {}, meetingDate);

    let initiatedBy: Case["initiatedBy"];
    const ini = parseInitiator(row.value("initiatedBy"));
    if (ini.kind === "ok") initiatedBy = ini.value;
    else if (ini.kind === "invalid") unknown("initiatedBy", "initiator", meetingDate);

    const { text: unit, key: unitKey } = textAndKey(row.value("unit"), pseudonyms);
    if (row.has("unit") && unit === "") add("case-unit-missing", row.addr("unit"), {}, meetingDate);

    let consent: ConsentStatus = "blank";
    const c = parseConsent(row.value("consent"));
    if (c.kind === "ok") consent = c.value ? "yes" : "no";
    else if (c.kind === "invalid") {
      consent = "unknown";
      unknown("consent", "consent", meetingDate);
    }

    let notified: number | undefined;
    if (row.has("notified")) {
      const p = readDate(
        row.value("notified"),
        row.addr("notified"),
        findings,
        () => meetingDate,
        caseCode
      );
      if (p.kind === "ok") notified = p.value;
    }

    let outcome: Case["outcome"];
    const o = parseOutcome(row.value("outcome"));
    if (o.kind === "ok") outcome = o.value;
    else if (o.kind === "invalid") unknown("outcome", "outcome", meetingDate);

    let minutes: number | undefined;
    const m = parseWholeNumber(row.value("minutes"), 1, 480);
    if (m.kind === "ok") minutes = m.value;
    else if (m.kind === "invalid")
      add(
        "minutes-invalid",
        row.addr("minutes"),
        { default: settings.minutesPerCase },
        meetingDate
      );

    cases.push({
      row: row.index,
      ...(meetingDate !== undefined ? { meetingDate } : {}),
      code,
      codeKey,
      ...(initiatedBy ? { initiatedBy } : {}),
      unit,
      unitKey,
      unitIndex: unit === "" ? -1 : (unitIndex.get(unitKey) ?? -1),
      consent,
      ...(notified !== undefined ? { notified } : {}),
      question: safeText(row.value("question")),
      ...(outcome ? { outcome } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
      cells: {
        row: cellAddress(bound.sheet, bound.top + 1 + row.index, bound.left),
        meetingDate: row.addr("meetingDate"),
        code: row.addr("code"),
        initiatedBy: row.addr("initiatedBy"),
        unit: row.addr("unit"),
        consent: row.addr("consent"),
        notified: row.addr("notified"),
        outcome: row.addr("outcome"),
        minutes: row.addr("minutes"),
      },
    });
  }
  return cases;
}

/**
 * Reads the five tables into a plan and checks it. Never throws on bad cell values;
 * findings come in this order: missing tables and columns, personnummer, problems of
 * single cells table by table, then the checks of `checkPlan`.
 */
export function readPlanning(input: PlanningInput): { plan: Plan; findings: Finding[] } {
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
    structure
  );
  findings.push(...structure);
  scanForPersonnummer(input, casesT, findings);

  const settings = readSettings(settingsT, findings);
  const closedDayList = readClosedDays(closedT, findings);
  const closedDays = new Set(closedDayList.map((d) => d.date));
  // One set of stand-ins for the whole reading, so that unit names and case units compare.
  const pseudonyms = new PersonnummerPseudonyms();
  const units = readUnits(unitsT, pseudonyms, findings);
  const meetings = readMeetings(meetingsT, settings, findings);
  const cases = readCases(casesT, units, settings, pseudonyms, findings);

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
  findings.push(...checkPlan(plan));
  return { plan, findings };
}
