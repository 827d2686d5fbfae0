/**
 * The planning workbook a group starts from: the five tables with headers, first rows,
 * number formats, data validation and the live formulas of Möten (DOMAIN.md, "The
 * planning workbook"). The task pane writes these with Office.js.
 */
import { meetingSeries } from "../calendar/meetings";
import { formatIsoDate, isSerialInRange } from "../dates/serial";
import { termFirstDay, termLastDay, type Term } from "../dates/term";
import { termLabel } from "../dates/term-labels";
import {
  CASE_COLUMNS,
  CLOSED_DAY_COLUMNS,
  MEETING_COLUMNS,
  SETTINGS_COLUMNS,
  UNIT_COLUMNS,
  headerText as headerOf,
  type ColumnHeader,
} from "../i18n/headers";
import { t, type Lang } from "../i18n";
import { allowedValues } from "./findings";
import { CONTACT_UNITS, type GroupPreset, type PresetUnit } from "./groups";
import { DATE_FORMAT, INTEGER_FORMAT, TIME_FORMAT } from "./output";
import { DEFAULT_SETTINGS, type CellValue, type TableName } from "./types";
import { minutesToFraction } from "./values";

/** Number format for columns whose text must not be turned into numbers or dates. */
export const TEXT_FORMAT = "@";

/** Excel table names (no spaces) of the five tables, by sheet. */
export const TEMPLATE_TABLE_NAMES: Readonly<Record<TableName, string>> = {
  Inställningar: "Inställningar",
  "Stängda dagar": "Stängda_dagar",
  Enheter: "Enheter",
  Möten: "Möten",
  Ärenden: "Ärenden",
};

/** The custom functions the Möten formulas call or replace (namespace VERKSAM). */
export const CUSTOM_FUNCTIONS = {
  workdaysBeforeMeeting: "VERKSAM.WORKDAYS_BEFORE_MEETING",
  unitsToRelease: "VERKSAM.UNITS_TO_RELEASE",
} as const;

export type ValidationRule =
  /** A fixed list; `source` is the comma-separated list for Office.js `dataValidation.rule.list.source`. */
  | { readonly kind: "list"; readonly values: readonly string[]; readonly source: string }
  /**
   * The values of another table's column. Data validation does not accept structured
   * references directly, so `source` wraps it in INDIRECT: `=INDIRECT("Enheter[Enhet]")`.
   */
  | {
      readonly kind: "tableColumn";
      readonly table: string;
      readonly column: string;
      readonly source: string;
    }
  /** A whole number from `min` to `max` (the number cells of Inställningar). */
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number };

export interface TemplateTable {
  /** Worksheet name, e.g. "Stängda dagar". */
  readonly sheet: string;
  /** Excel table name, e.g. "Stängda_dagar". */
  readonly table: string;
  readonly header: readonly string[];
  /** Data rows; formula columns hold null here (see `formulas` and `rowsWithFormulas`). */
  readonly rows: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (string | null)[];
  readonly validation: readonly (ValidationRule | null)[];
  /** Per column: the formula every row gets (English function names and "," separators, for `range.formulas`), or null. */
  readonly formulas: readonly (string | null)[];
}

export interface TemplateOptions {
  readonly group: GroupPreset | { readonly name: string; readonly units: readonly PresetUnit[] };
  readonly term: Term;
  /** Serial of the first meeting; must lie in the term's half-year. */
  readonly firstMeeting: number;
  readonly lang: Lang;
  /** Weeks between meetings (default 6, R1). */
  readonly intervalWeeks?: number;
}

/** Thrown by `buildPlanningTemplate` for options it cannot use; the message is in the options' language. */
export class PlanningTemplateError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "PlanningTemplateError";
  }
}

// ---- structured references ----

/** Escapes the characters that need a ' inside a structured-reference column specifier. */
function escapeColumn(name: string): string {
  return name.replace(/['#[\]]/g, "'$&");
}

/** True when a column name must be written in its own brackets (`[@[Meeting date]]`). */
function needsOwnBrackets(name: string): boolean {
  return /[\s,:.[\]#'"{}$^&*+=\-<>/()]/.test(name);
}

/** `[@Mötesdatum]` or `[@[Meeting date]]`: this row's cell of a column. */
export function thisRowRef(column: string): string {
  const c = escapeColumn(column);
  return needsOwnBrackets(column) ? `[@[${c}]]` : `[@${c}]`;
}

/** `Enheter[Enhet]`: a whole column of a table. */
export function columnRef(table: string, column: string): string {
  return `${table}[${escapeColumn(column)}]`;
}

// ---- the tables ----

function listRule(values: readonly string[]): ValidationRule {
  return { kind: "list", values, source: values.join(",") };
}

function wholeNumberRule(min: number, max: number): ValidationRule {
  return { kind: "wholeNumber", min, max };
}

/** The value of Enheter's Typ column that marks a unit that can be released (R8), as UNITS_TO_RELEASE reads it. */
const RELEASABLE_TYPE = "Region";

/** The tables and columns the Frigörs formula reads, for headers in `lang`. */
export interface ReleasedFormulaSources {
  readonly unitsTable: string;
  readonly unitName: string;
  readonly unitType: string;
  readonly casesTable: string;
  readonly caseUnit: string;
  readonly caseMeetingDate: string;
  readonly caseConsent: string;
  /** Möten's own column (the formula reads this row's cell). */
  readonly meetingDate: string;
}

export function releasedFormulaSources(lang: Lang): ReleasedFormulaSources {
  return {
    unitsTable: TEMPLATE_TABLE_NAMES.Enheter,
    unitName: headerOf(UNIT_COLUMNS.name, lang),
    unitType: headerOf(UNIT_COLUMNS.type, lang),
    casesTable: TEMPLATE_TABLE_NAMES.Ärenden,
    caseUnit: headerOf(CASE_COLUMNS.unit, lang),
    caseMeetingDate: headerOf(CASE_COLUMNS.meetingDate, lang),
    caseConsent: headerOf(CASE_COLUMNS.consent, lang),
    meetingDate: headerOf(MEETING_COLUMNS.date, lang),
  };
}

/**
 * The Samtycke values that keep a case from being raised (R6), as Frigörs compares them:
 * "Nej" and "No", the "no" of the Samtycke dropdown in a Swedish and an English workbook
 * (`allowedValues("consent", lang)`), both in either, as the reader accepts both.
 */
export const RELEASED_FORMULA_CONSENT_NO: readonly string[] = [
  allowedValues("consent", "sv")[1],
  allowedValues("consent", "en")[1],
];

/**
 * A setting from the first data row of Inställningar, or `fallback` when that cell is
 * empty: `IF(ISBLANK(INDEX(Inställningar[Ärendefrist],1)),6,INDEX(Inställningar[Ärendefrist],1))`.
 * The whole column (`Inställningar[Ärendefrist]`) would make Excel call the function once
 * per settings row and spill (#SPILL! in a table) as soon as a second row appears. And an
 * empty cell must not reach the function: it arrives as 0 (the meeting date itself) on
 * Windows and Mac but as null (the function's default) on the web.
 */
function settingOrDefault(column: string, fallback: number): string {
  const first = `INDEX(${columnRef(TEMPLATE_TABLE_NAMES.Inställningar, column)},1)`;
  return `IF(ISBLANK(${first}),${fallback},${first})`;
}

/**
 * Frigörs as Excel's own formula, so that no case data crosses to JavaScript (a call of
 * UNITS_TO_RELEASE with two whole Ärenden columns is about 2.6 MB at 100 000 cases,
 * recalculated on every edit in Ärenden, against Excel's 5 MB per call). It gives what
 * Mötesschema's "Frigörs" gives (schedule.ts, `unitsToRelease`): the Region units (type
 * trimmed, any case) with no case at this meeting that may be raised, in Enheter order,
 * trimmed, joined with ", " (TEXTJOIN skips the "" of an empty name); "" for an empty
 * meeting date. A case whose Samtycke is "Nej" or "No" (any case; `RELEASED_FORMULA_CONSENT_NO`)
 * does not keep its unit; a blank or other Samtycke does. That is
 * `=VERKSAM.UNITS_TO_RELEASE(Enheter[[Enhet]:[Typ]],Ärenden[Enhet],Ärenden[Mötesdatum],[@Mötesdatum],", ")`
 * over the cases whose Samtycke is not "Nej". Names match ignoring case and spaces around
 * the Enheter name; `~ * ?` are escaped for COUNTIFS and the criterion starts with "=", so
 * that a unit name is matched as text.
 * Where it differs from Mötesschema (README, "The Möten formulas"): spaces around a name in
 * Ärenden, runs of spaces inside a name, spaces other than the plain one, a case date typed
 * as text or with a time of day, error values in Ärenden; a Samtycke the reader takes for
 * "Nej" that is not exactly "Nej"/"No" (spaces around it, "n", FALSKT, 0).
 */
function releasedFormula(lang: Lang, meetingDate: string): string {
  const s = releasedFormulaSources(lang);
  const name = `TRIM(${columnRef(s.unitsTable, s.unitName)})`;
  const type = `TRIM(${columnRef(s.unitsTable, s.unitType)})`;
  const literal = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${name},"~","~~"),"*","~*"),"?","~?")`;
  const consent = columnRef(s.casesTable, s.caseConsent);
  const consentGiven = RELEASED_FORMULA_CONSENT_NO.map((no) => `,${consent},"<>${no}"`).join("");
  const cases =
    `COUNTIFS(${columnRef(s.casesTable, s.caseUnit)},${literal},` +
    `${columnRef(s.casesTable, s.caseMeetingDate)},${meetingDate}${consentGiven})`;
  return (
    `=IF(${meetingDate}="","",TEXTJOIN(", ",TRUE,` +
    `IF((${type}="${RELEASABLE_TYPE}")*(${cases}=0),${name},"")))`
  );
}

/**
 * The Möten formulas for headers in `lang` (English function names and "," separators,
 * for `range.formulas`): the two deadlines call WORKDAYS_BEFORE_MEETING with the first
 * settings row (default 6 / 5 when empty); Frigörs is a native formula (`releasedFormula`).
 */
export function meetingFormulas(lang: Lang): {
  caseDeadline: string;
  releaseDeadline: string;
  released: string;
} {
  const h = (c: ColumnHeader): string => headerOf(c, lang);
  const closed = TEMPLATE_TABLE_NAMES["Stängda dagar"];
  const meetingDate = thisRowRef(h(MEETING_COLUMNS.date));
  const closedDates = columnRef(closed, h(CLOSED_DAY_COLUMNS.date));
  const deadline = (column: ColumnHeader, fallback: number): string =>
    `=${CUSTOM_FUNCTIONS.workdaysBeforeMeeting}(${meetingDate},${settingOrDefault(h(column), fallback)},${closedDates})`;
  return {
    caseDeadline: deadline(SETTINGS_COLUMNS.caseDeadlineDays, DEFAULT_SETTINGS.caseDeadlineDays),
    releaseDeadline: deadline(
      SETTINGS_COLUMNS.releaseDeadlineDays,
      DEFAULT_SETTINGS.releaseDeadlineDays
    ),
    released: releasedFormula(lang, meetingDate),
  };
}

function table(
  sheet: TableName,
  lang: Lang,
  columns: readonly {
    readonly header: ColumnHeader;
    readonly format?: string;
    readonly validation?: ValidationRule;
    readonly formula?: string;
  }[],
  rows: readonly (readonly CellValue[])[]
): TemplateTable {
  return {
    sheet,
    table: TEMPLATE_TABLE_NAMES[sheet],
    header: columns.map((c) => headerOf(c.header, lang)),
    rows,
    numberFormats: columns.map((c) => c.format ?? null),
    validation: columns.map((c) => c.validation ?? null),
    formulas: columns.map((c) => c.formula ?? null),
  };
}

/** Enheter rows of a group: its units, then AF and FK contact persons unless it has them. */
export function unitsOfGroup(group: TemplateOptions["group"]): PresetUnit[] {
  const units = [...group.units];
  for (const contact of CONTACT_UNITS) {
    if (!units.some((u) => u.type === contact.type)) units.push(contact);
  }
  return units;
}

/**
 * The five tables of a new planning workbook, in the order Inställningar, Stängda dagar,
 * Enheter, Möten, Ärenden. Möten holds the term's meetings every `intervalWeeks` weeks
 * from `firstMeeting` up to the end of its half-year (moved to the next working day where
 * needed), Form "Fysiskt"; its Ärendefrist, Frigörandefrist and Frigörs columns are live
 * formulas. Stängda dagar and Ärenden start with one blank row (an Excel table needs one).
 * Throws `PlanningTemplateError` when the first meeting is not in the term.
 */
export function buildPlanningTemplate(options: TemplateOptions): TemplateTable[] {
  const { lang } = options;
  const intervalWeeks = options.intervalWeeks ?? DEFAULT_SETTINGS.intervalWeeks;
  const first = termFirstDay(options.term);
  const last = termLastDay(options.term);
  const firstMeeting = options.firstMeeting;
  if (
    !Number.isInteger(firstMeeting) ||
    !isSerialInRange(firstMeeting) ||
    firstMeeting < first ||
    firstMeeting > last
  ) {
    throw new PlanningTemplateError(
      t("template.termOutside", lang, {
        date:
          Number.isInteger(firstMeeting) && isSerialInRange(firstMeeting)
            ? formatIsoDate(firstMeeting)
            : String(firstMeeting),
        term: termLabel(options.term, lang),
      })
    );
  }
  if (!Number.isInteger(intervalWeeks) || intervalWeeks < 1 || intervalWeeks > 52) {
    throw new PlanningTemplateError(`intervalWeeks: ${intervalWeeks}`);
  }

  const settings = table(
    "Inställningar",
    lang,
    [
      { header: SETTINGS_COLUMNS.group },
      { header: SETTINGS_COLUMNS.startTime, format: TIME_FORMAT },
      // Whole numbers only: an empty or text cell would reach the deadline formulas as 0 on
      // the desktop and as null on the web.
      {
        header: SETTINGS_COLUMNS.intervalWeeks,
        format: INTEGER_FORMAT,
        validation: wholeNumberRule(1, 52),
      },
      {
        header: SETTINGS_COLUMNS.caseDeadlineDays,
        format: INTEGER_FORMAT,
        validation: wholeNumberRule(0, 60),
      },
      {
        header: SETTINGS_COLUMNS.releaseDeadlineDays,
        format: INTEGER_FORMAT,
        validation: wholeNumberRule(0, 60),
      },
      {
        header: SETTINGS_COLUMNS.minutesPerCase,
        format: INTEGER_FORMAT,
        validation: wholeNumberRule(1, 480),
      },
      // Who signs the messages (R3); names are text, never turned into numbers or dates.
      { header: SETTINGS_COLUMNS.coordinator, format: TEXT_FORMAT },
      { header: SETTINGS_COLUMNS.convener, format: TEXT_FORMAT },
    ],
    [
      [
        options.group.name,
        minutesToFraction(DEFAULT_SETTINGS.startMinutes),
        intervalWeeks,
        DEFAULT_SETTINGS.caseDeadlineDays,
        DEFAULT_SETTINGS.releaseDeadlineDays,
        DEFAULT_SETTINGS.minutesPerCase,
        null,
        null,
      ],
    ]
  );

  const closedDays = table(
    "Stängda dagar",
    lang,
    [
      { header: CLOSED_DAY_COLUMNS.date, format: DATE_FORMAT },
      { header: CLOSED_DAY_COLUMNS.description },
    ],
    [[null, null]]
  );

  const units = table(
    "Enheter",
    lang,
    [
      { header: UNIT_COLUMNS.name },
      { header: UNIT_COLUMNS.type, validation: listRule(allowedValues("unitType", lang)) },
      { header: UNIT_COLUMNS.representative },
      { header: UNIT_COLUMNS.phone, format: TEXT_FORMAT },
      { header: UNIT_COLUMNS.email },
    ],
    unitsOfGroup(options.group).map((u) => [
      u.name,
      t(`value.unitType.${u.type}`, lang),
      null,
      null,
      null,
    ])
  );

  const formulas = meetingFormulas(lang);
  const form = allowedValues("form", lang);
  const meetings = table(
    "Möten",
    lang,
    [
      { header: MEETING_COLUMNS.date, format: DATE_FORMAT },
      { header: MEETING_COLUMNS.startTime, format: TIME_FORMAT },
      { header: MEETING_COLUMNS.form, validation: listRule(form) },
      { header: MEETING_COLUMNS.location },
      { header: MEETING_COLUMNS.caseDeadline, format: DATE_FORMAT, formula: formulas.caseDeadline },
      {
        header: MEETING_COLUMNS.releaseDeadline,
        format: DATE_FORMAT,
        formula: formulas.releaseDeadline,
      },
      { header: MEETING_COLUMNS.released, formula: formulas.released },
    ],
    meetingSeries(firstMeeting, { intervalWeeks }).map((date) => [
      date,
      null,
      form[0],
      null,
      null,
      null,
      null,
    ])
  );

  const unitHeader = headerOf(UNIT_COLUMNS.name, lang);
  const cases = table(
    "Ärenden",
    lang,
    [
      { header: CASE_COLUMNS.meetingDate, format: DATE_FORMAT },
      { header: CASE_COLUMNS.code, format: TEXT_FORMAT },
      { header: CASE_COLUMNS.initiatedBy, validation: listRule(allowedValues("initiator", lang)) },
      {
        header: CASE_COLUMNS.unit,
        validation: {
          kind: "tableColumn",
          table: TEMPLATE_TABLE_NAMES.Enheter,
          column: unitHeader,
          source: `=INDIRECT("${columnRef(TEMPLATE_TABLE_NAMES.Enheter, unitHeader)}")`,
        },
      },
      { header: CASE_COLUMNS.consent, validation: listRule(allowedValues("consent", lang)) },
      { header: CASE_COLUMNS.notified, format: DATE_FORMAT },
      { header: CASE_COLUMNS.question },
      { header: CASE_COLUMNS.outcome, validation: listRule(allowedValues("outcome", lang)) },
      { header: CASE_COLUMNS.minutes, format: INTEGER_FORMAT },
    ],
    [[null, null, null, null, null, null, null, null, null]]
  );

  return [settings, closedDays, units, meetings, cases];
}

/** The rows of a template table with each formula column's formula filled in (for `range.formulas`). */
export function rowsWithFormulas(tbl: TemplateTable): CellValue[][] {
  return tbl.rows.map((row) => row.map((v, j) => tbl.formulas[j] ?? v));
}
