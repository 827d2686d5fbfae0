// FROZEN REFERENCE (issue 14): the planner as it was before the single-pass rewrite, the
// oracle of tests/unit/planning/equivalence.test.ts. Do not edit. It imports from src only the
// calendar, dates, i18n and template modules, which the rewrite did not change.
/**
 * The planning model: the five tables of the planning workbook as read from Excel, and
 * the typed plan made from them. Pure data; no Office, DOM or Node types.
 */

/** One cell value as Office.js delivers it (`range.values`). */
export type CellValue = string | number | boolean | null;

/** The logical tables of the planning workbook (DOMAIN.md, "The planning workbook"). */
export type TableName = "Inställningar" | "Stängda dagar" | "Enheter" | "Möten" | "Ärenden";

/** One table (or sheet used range) as read from the workbook: `values[0]` is the header row. */
export interface TableGrid {
  /** Logical table: "Inställningar" | "Stängda dagar" | "Enheter" | "Möten" | "Ärenden". */
  readonly name: string;
  /** Worksheet name, for cell addresses in messages. */
  readonly sheet: string;
  /** The Excel table the grid was read from; absent for a sheet's used range. */
  readonly table?: string;
  /** 0-based row index of the header row on the sheet. */
  readonly top: number;
  /** 0-based column index of the first column on the sheet. */
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  /**
   * The formulas of the same cells (a cell without a formula holds its value), when the
   * reader asked for them: the Möten formula columns are checked against the template's.
   */
  readonly formulas?: readonly (readonly CellValue[])[];
}

/** The tables read from the workbook; any of them may be missing. */
export interface PlanningInput {
  readonly settings?: TableGrid;
  readonly closedDays?: TableGrid;
  readonly units?: TableGrid;
  readonly meetings?: TableGrid;
  readonly cases?: TableGrid;
}

/** The `PlanningInput` field of each planning table. */
export const PLANNING_INPUT_KEYS: Readonly<Record<TableName, keyof PlanningInput>> = {
  Inställningar: "settings",
  "Stängda dagar": "closedDays",
  Enheter: "units",
  Möten: "meetings",
  Ärenden: "cases",
};

/** A `PlanningInput` from tables found by their logical name; names not in it are ignored. */
export function planningInput(tables: Iterable<readonly [string, TableGrid]>): PlanningInput {
  const input: { -readonly [K in keyof PlanningInput]: PlanningInput[K] } = {};
  for (const [name, grid] of tables) {
    const key = (PLANNING_INPUT_KEYS as Readonly<Record<string, keyof PlanningInput>>)[name];
    if (key) input[key] = grid;
  }
  return input;
}

/** Typ of a unit (Enheter). Only Region units can be released (R8). */
export type UnitType = "Kommun" | "Region" | "AF" | "FK";
/** Form of a meeting (R2). */
export type MeetingForm = "Fysiskt" | "Digitalt";
/** Who initiated a case (R4). */
export type Initiator = "Kommun" | "Region";
/** Outcome of a case (R11). */
export type Outcome =
  "Kommun" | "Region" | "AF" | "FK" | "SIP" | "Ingen fortsatt samverkan" | "Annat";

export const UNIT_TYPES: readonly UnitType[] = ["Kommun", "Region", "AF", "FK"];
export const MEETING_FORMS: readonly MeetingForm[] = ["Fysiskt", "Digitalt"];
export const INITIATORS: readonly Initiator[] = ["Kommun", "Region"];
export const OUTCOMES: readonly Outcome[] = [
  "Kommun",
  "Region",
  "AF",
  "FK",
  "SIP",
  "Ingen fortsatt samverkan",
  "Annat",
];

/** The settings row (table Inställningar), defaults filled in. */
export interface Settings {
  /** Grupp, e.g. "VerkSam Jönköping 2"; "" when not given. */
  readonly group: string;
  /** Starttid in minutes after midnight (default 540 = 09:00). */
  readonly startMinutes: number;
  /** Mötesintervall in weeks (default 6, R1). */
  readonly intervalWeeks: number;
  /** Ärendefrist in working days before the meeting (default 6, R7). */
  readonly caseDeadlineDays: number;
  /** Frigörandefrist in working days before the meeting (default 5, R8). */
  readonly releaseDeadlineDays: number;
  /** Minuter per ärende (default 20, R5). */
  readonly minutesPerCase: number;
  /** Koordinator (R3), redacted; absent when the column is missing or the cell empty. */
  readonly coordinator?: string;
  /** Sammankallande (R3: chosen by the group in Habo and Mullsjö), redacted; absent when empty. */
  readonly convener?: string;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  group: "",
  startMinutes: 9 * 60,
  intervalWeeks: 6,
  caseDeadlineDays: 6,
  releaseDeadlineDays: 5,
  minutesPerCase: 20,
});

/** One extra closed day (table Stängda dagar). */
export interface ClosedDay {
  readonly date: number;
  readonly description: string;
  readonly cell: string;
}

/** One unit (table Enheter). */
export interface Unit {
  /** 0-based position among the plan's units (the order of Enheter). */
  readonly index: number;
  /** The name as written (trimmed, NFC). */
  readonly name: string;
  /** The matching key: NFC, trimmed, inner spaces collapsed, lower case. */
  readonly key: string;
  /** undefined when blank or not recognised. */
  readonly type?: UnitType;
  readonly representative: string;
  readonly phone: string;
  readonly email: string;
  /** Address of the Enhet cell. */
  readonly cell: string;
}

/** One meeting (table Möten) with a valid date. */
export interface Meeting {
  /** Excel serial of the meeting day. */
  readonly date: number;
  /** The meeting's own Starttid in minutes after midnight, if given. */
  readonly startMinutes?: number;
  readonly form?: MeetingForm;
  readonly location: string;
  /** Address of the Mötesdatum cell. */
  readonly cell: string;
}

export type ConsentStatus = "yes" | "no" | "blank" | "unknown";

/** Addresses of the cells of one case row (the row's first cell where a column is missing). */
export interface CaseCells {
  readonly row: string;
  readonly meetingDate: string;
  readonly code: string;
  readonly initiatedBy: string;
  readonly unit: string;
  readonly consent: string;
  readonly notified: string;
  readonly outcome: string;
  readonly minutes: string;
}

/** One case (table Ärenden). Identified by a code, never by a personnummer. */
export interface Case {
  /** 0-based data row (after the header) in the Ärenden table. */
  readonly row: number;
  /** Serial of the meeting; undefined when blank or not a valid date. */
  readonly meetingDate?: number;
  /** Ärendekod as written, any personnummer in it redacted. */
  readonly code: string;
  /**
   * The key duplicate codes are compared by: the code before redaction, each personnummer
   * in it replaced by a stand-in of its person, so two codes holding different numbers
   * differ and one number typed in two forms is the same.
   */
  readonly codeKey: string;
  readonly initiatedBy?: Initiator;
  /** Enhet as written (trimmed, NFC); "" when blank. */
  readonly unit: string;
  readonly unitKey: string;
  /** Index into `Plan.units`, or -1 when the unit is not in Enheter (or blank). */
  readonly unitIndex: number;
  /** Samtycke: "yes" (Ja), "no" (Nej), "blank", or "unknown" (a value not recognised). */
  readonly consent: ConsentStatus;
  /** Serial of the day the case was notified (Anmäld). */
  readonly notified?: number;
  readonly question: string;
  readonly outcome?: Outcome;
  /** Minuter, when given and valid. */
  readonly minutes?: number;
  readonly cells: CaseCells;
}

/** The typed planning workbook. */
export interface Plan {
  readonly settings: Settings;
  readonly closedDays: ReadonlySet<number>;
  readonly closedDayList: readonly ClosedDay[];
  readonly units: readonly Unit[];
  /** Meetings with a valid date, one per date, sorted by date. */
  readonly meetings: readonly Meeting[];
  /** Every non-blank case row, in table order. */
  readonly cases: readonly Case[];
  /** Whether the Ärenden table has a Samtycke column. */
  readonly hasConsentColumn: boolean;
  /** Which tables the input had. */
  readonly tables: Readonly<Record<keyof PlanningInput, boolean>>;
}

export type Severity = "error" | "warning";

export type FindingCode =
  | "table-missing"
  | "column-missing"
  | "column-duplicate"
  | "consent-column-missing"
  | "settings-extra-rows"
  | "setting-invalid"
  | "date-as-text"
  | "date-invalid"
  | "date-missing"
  | "time-invalid"
  | "minutes-invalid"
  | "value-unknown"
  | "value-missing"
  | "unit-name-missing"
  | "unit-duplicate"
  | "meeting-duplicate"
  | "meeting-not-workday"
  | "case-code-missing"
  | "case-code-duplicate"
  | "case-unit-missing"
  | "case-unit-unknown"
  | "case-meeting-unknown"
  | "consent-no"
  | "consent-blank"
  | "notified-late"
  | "personnummer";

/** One problem found in the workbook, tied to a cell. Never holds a personnummer. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** A1 address with sheet, e.g. "Ärenden!E7" or "'Stängda dagar'!A2"; the table name when the table is missing. */
  readonly cell: string;
  /** Language-neutral parameters of the message (dates as ISO text). */
  readonly params: Readonly<Record<string, string | number>>;
  /** Serial of the meeting the finding belongs to, if any (for the schedule's Varningar). */
  readonly meeting?: number;
  /**
   * Present when the finding is about a case row (Ärenden): the case code its message names,
   * or "" when the row has none that can be shown (blank, or holding a personnummer).
   */
  readonly caseCode?: string;
}
