/**
 * What the task pane's buttons do, independent of the DOM: read the workbook in one batch,
 * run the pure core, write the add-in's own sheets in one batch. Every action returns an
 * outcome for the pane to show and never throws for a problem a person can fix.
 */
import { withStatisticsCharts } from "../core/charts/statistics-charts";
import { halfYearOf, type HalfYear } from "../core/dates/term";
import { toSerial1900 } from "../core/dates/date-system";
import { formatIsoDate } from "../core/dates/serial";
import { termAfter, termOfSerial } from "../core/dates/term";
import { nextTermMeetings, nextTermRefusalText } from "../core/planning/next-term";
import { nextTermRows } from "../core/planning/next-term-rows";
import { Lang, strings } from "./i18n";
import {
  buildPlanningTemplate,
  CellValue,
  Plan,
  Finding,
  FormulaRepair,
  formatFinding,
  meetingFormulaRepairs,
  inputTo1900,
  oneLineResult,
  OUTPUT_SHEET_NAMES,
  plan,
  planningInput,
  PlanningResult,
  PlanningTemplateError,
  rowsFrom1900,
  statisticsChoiceLabel,
  statisticsSummary,
  StatisticsRow,
  TEMPLATE_TABLE_NAMES,
  TemplateOptions,
  TemplateTable,
  tableToGrid,
} from "../core/planning";
import {
  NameTakenError,
  newTableFromTemplate,
  NotOwnedError,
  OutputSheet,
  ReadResult,
  TableLocation,
  Workbook,
} from "../workbook/workbook";

/** The five planning tables: Excel table name, and the sheet to read when no such table exists. */
export const PLANNING_TABLES: readonly TableLocation[] = (
  Object.keys(TEMPLATE_TABLE_NAMES) as (keyof typeof TEMPLATE_TABLE_NAMES)[]
).map((name) => ({
  name,
  table: TEMPLATE_TABLE_NAMES[name],
  sheet: name,
}));

export type ActionKind = "schedule" | "statistics" | "check";

/** A check shown in the pane, with the cell it points at. */
export interface ShownFinding {
  readonly severity: "error" | "warning";
  readonly text: string;
  /** Sheet and address to select, when the finding points at a cell. */
  readonly target?: { readonly sheet: string; readonly address: string };
}

/** A statistics row the coordinator can copy. */
export interface CopyChoice {
  readonly id: string;
  readonly label: string;
  readonly row: StatisticsRow;
}

export interface ActionOutcome {
  readonly ok: boolean;
  /** Möten formula cells Kontroller offers to fill again. */
  readonly repairs?: readonly FormulaRepair[];
  /** One line: "5 möten, 27 ärenden, 2 varningar", or what went wrong. */
  readonly message: string;
  readonly findings: readonly ShownFinding[];
  readonly copyChoices: readonly CopyChoice[];
  /** The run of the planner on what was read (or, after Skapa planeringsbok, on what was created). */
  readonly result?: PlanningResult;
  /** True when the workbook has no planning tables (neither Enheter, Möten nor Ärenden). */
  readonly noBook?: boolean;
  /** The read is watched: a later change will be told (`ReadResult.watched`). */
  readonly watched?: boolean;
}

/** "Ärenden!E7" or "'Stängda dagar'!A2" → sheet and address; undefined for a bare table name. */
export function splitCellReference(cell: string): { sheet: string; address: string } | undefined {
  const bang = cell.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = cell.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: cell.slice(bang + 1) };
}

export function showFindings(findings: readonly Finding[], lang: Lang): ShownFinding[] {
  return findings.map((f) => ({
    severity: f.severity,
    text: formatFinding(f, lang),
    target: splitCellReference(f.cell),
  }));
}

function copyChoices(result: PlanningResult, lang: Lang): CopyChoice[] {
  return result.statistics.rows.map((row, i) => ({
    id: String(i),
    label: statisticsChoiceLabel(row, lang),
    row,
  }));
}

/** Excel's answer to a batch sent while a person edits a cell (OfficeDev/office-js #3388). */
export function isCellEditError(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { code?: unknown }).code === "InvalidOperationInCellEditMode"
  );
}

/**
 * What a failure says: `make(reason)`, except while a cell is edited, when the line starts
 * with "Tryck Enter i cellen först" (what to do) and names that as the reason.
 */
function failedText(e: unknown, lang: Lang, make: (reason: string) => string): string {
  if (!isCellEditError(e)) return make(reasonOf(e));
  const t = strings(lang).cellEditFailure;
  return `${t.first} ${make(t.reason)}`;
}

/** A short reason for a failure Office reported (its own words, never workbook data). */
export function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.length > 120 ? `${message.slice(0, 117)}...` : message || "okänt fel";
}

function failure(message: string): ActionOutcome {
  return { ok: false, message, findings: [], copyChoices: [] };
}

/**
 * Skapa mötesschema / Skapa statistik / Kontroller: one read, the core, and (for the first
 * two) one write of the add-in's own sheets.
 */
export async function runAction(
  workbook: Workbook,
  kind: ActionKind,
  options: { today: number; lang: Lang; halfYear?: HalfYear }
): Promise<ActionOutcome> {
  const text = strings(options.lang).actions;
  const targets: string[] =
    kind === "schedule"
      ? [OUTPUT_SHEET_NAMES.schedule, OUTPUT_SHEET_NAMES.agenda]
      : kind === "statistics"
        ? [OUTPUT_SHEET_NAMES.statistics]
        : [];
  let read: ReadResult;
  try {
    read = await workbook.read({ tables: PLANNING_TABLES, sheets: targets, formulasOf: ["Möten"] });
  } catch (e) {
    return failure(failedText(e, options.lang, text.readFailed));
  }
  if (!hasPlanningTables(read)) return { ...failure(text.noTables), noBook: true };
  // The core never throws on cell values; everything is computed before anything is written.
  // It counts in the 1900 date system: a 1904 workbook's dates are converted in and out.
  const result = plan(inputTo1900(planningInput(read.tables), read.dateSystem), options);
  const base = {
    repairs: result.repairs,
    findings: showFindings(result.findings, options.lang),
    copyChoices: copyChoices(result, options.lang),
    result,
    watched: read.watched === true,
  };
  const foreign = targets.filter((name) => read.sheets.get(name) === "person");
  if (foreign.length > 0) return { ...base, ok: false, message: text.notOwned(foreign) };
  const sheets: OutputSheet[] = (
    kind === "schedule"
      ? [result.sheets.schedule, result.sheets.agenda]
      : kind === "statistics"
        ? [
            withStatisticsCharts(
              result.sheets.statistics,
              result.statistics,
              options.halfYear ?? halfYearOf(options.today),
              options.lang
            ),
          ]
        : []
  ).map((sheet) => rowsFrom1900(sheet, read.dateSystem));
  try {
    if (sheets.length > 0) await workbook.writeSheets(sheets);
  } catch (e) {
    if (e instanceof NotOwnedError) return { ...base, ok: false, message: text.notOwned(e.sheets) };
    return { ...base, ok: false, message: failedText(e, options.lang, text.writeFailed) };
  }
  return { ...base, ok: true, message: oneLineResult(result.summary, options.lang) };
}

/**
 * Fyll i formlerna igen: reads the planning tables as they are now (one read) and writes the
 * template's formula into exactly the Möten cells Kontroller reported (empty, typed over, or
 * an earlier version's), and nothing else. Only after the person has confirmed it in the
 * pane. With `today`, the outcome carries the checks and the planner's run on what was read
 * (the refilled formulas change no value the planner reads), so the pane needs no second read.
 */
export async function refillMeetingFormulas(
  workbook: Workbook,
  lang: Lang,
  today?: number
): Promise<ActionOutcome> {
  const text = strings(lang).actions;
  let read: ReadResult;
  try {
    read = await workbook.read({ tables: PLANNING_TABLES, sheets: [], formulasOf: ["Möten"] });
  } catch (e) {
    return failure(failedText(e, lang, text.readFailed));
  }
  const repairs = meetingFormulaRepairs(read.tables.get("Möten"));
  const cells = repairs.reduce((n, r) => n + r.rows.length, 0);
  const after = (message: string, left: readonly FormulaRepair[]): ActionOutcome => {
    if (today === undefined)
      return { ok: true, message, findings: [], copyChoices: [], repairs: left };
    const result = plan(inputTo1900(planningInput(read.tables), read.dateSystem), { today, lang });
    return {
      ok: true,
      message,
      findings: showFindings(result.findings, lang),
      copyChoices: copyChoices(result, lang),
      result: { ...result, repairs: left },
      repairs: left,
      watched: read.watched === true,
    };
  };
  if (cells === 0) return after(text.nothingToRefill, repairs);
  try {
    await workbook.refillFormulas(
      repairs.map((r) => ({
        table: r.table,
        column: r.column,
        rows: r.rows.map((x) => x.row),
        formula: r.formula,
      }))
    );
  } catch (e) {
    return failure(failedText(e, lang, text.refillFailed));
  }
  return after(text.refilled(cells), []);
}

/** True when the read found any of Enheter, Möten and Ärenden (as tables or sheets). */
function hasPlanningTables(read: ReadResult): boolean {
  return read.tables.has("Enheter") || read.tables.has("Möten") || read.tables.has("Ärenden");
}

/**
 * Skapa planeringsbok: the five tables on sheets of their own; nothing if any of those sheets
 * exists. With `today`, the outcome carries the planner's run on the tables just created
 * (for Att göra), computed from the template itself: no second read.
 */
export async function createPlanningWorkbook(
  workbook: Workbook,
  options: TemplateOptions,
  today?: number
): Promise<ActionOutcome> {
  const text = strings(options.lang).actions;
  let tables: TemplateTable[];
  try {
    tables = buildPlanningTemplate(options);
  } catch (e) {
    if (e instanceof PlanningTemplateError) return failure(e.message);
    return failure(text.createFailed(reasonOf(e)));
  }
  let read: ReadResult;
  try {
    read = await workbook.read({ tables: [], sheets: tables.map((t) => t.sheet) });
  } catch (e) {
    return failure(failedText(e, options.lang, text.readFailed));
  }
  const existing = tables.map((t) => t.sheet).filter((name) => read.sheets.get(name) !== "absent");
  if (existing.length > 0) return failure(text.sheetsExist(existing));
  try {
    await workbook.createTables(
      tables.map((t) => newTableFromTemplate(rowsFrom1900(t, read.dateSystem)))
    );
  } catch (e) {
    if (e instanceof NotOwnedError) return failure(text.sheetsExist(e.sheets));
    if (e instanceof NameTakenError) return failure(text.namesTaken(e.names));
    const undoCleared = (e as { undoCleared?: unknown } | null)?.undoCleared === true;
    return failure(
      failedText(e, options.lang, text.createFailed) + (undoCleared ? text.undoCleared : "")
    );
  }
  const meetings = tables.find((t) => t.table === TEMPLATE_TABLE_NAMES["Möten"])?.rows.length ?? 0;
  const message = text.created(meetings);
  if (today === undefined) return { ok: true, message, findings: [], copyChoices: [] };
  // The template in the 1900 system, as the planner counts (formula columns hold no values).
  const result = plan(planningInput(tables.map((t) => [t.sheet, tableToGrid(t)] as const)), {
    today,
    lang: options.lang,
  });
  return {
    ok: true,
    message,
    findings: showFindings(result.findings, options.lang),
    copyChoices: copyChoices(result, options.lang),
    result,
  };
}

/** The text "Kopiera statistik" puts on the clipboard: rows to paste into Excel, then label: value lines. */
export function statisticsClipboardText(row: StatisticsRow, lang: Lang): string {
  const { tsv, lines } = statisticsSummary(row, lang);
  return `${tsv}\n\n${lines}\n`;
}

// ---------------------------------------------------------------------------------------
// Lägg till nästa termin (R1)
// ---------------------------------------------------------------------------------------

/** What Lägg till nästa termin would add, or why it adds nothing. */
export type NextTermProposal =
  | { readonly ok: true; readonly label: string; readonly dates: readonly number[] }
  | { readonly ok: false; readonly message: string };

/**
 * The next term's meetings for a plan, as the pane offers them (R1): the half-year after the
 * one holding the last meeting (`nextTermMeetings`), every Mötesintervall weeks, off the
 * book's non-working days. Decided here, so that a second click does not keep adding terms:
 * it refuses when Möten already reaches past today's term (the last meeting lies in the term
 * after today's or later: that is already the next term), and when the term after the last
 * meeting is over (an old book: the current term's first meeting is typed by hand first).
 */
export function proposeNextTerm(model: Plan, today: number, lang: Lang): NextTermProposal {
  const text = strings(lang).nextTermAction;
  const dates = model.meetings.map((m) => m.date);
  const intervalWeeks = model.settings.intervalWeeks;
  const result = nextTermMeetings(dates, { intervalWeeks, closed: model.closedDays }, lang);
  if (!result.ok) return { ok: false, message: nextTermRefusalText(result, lang, intervalWeeks) };
  const afterToday = termAfter(termOfSerial(today));
  if (afterToday && result.term.first > afterToday.first)
    return { ok: false, message: text.ahead(formatIsoDate(result.last)) };
  if (result.term.last < today)
    return { ok: false, message: text.past(formatIsoDate(result.last)) };
  return { ok: true, label: result.label, dates: result.dates };
}

/**
 * Lägg till nästa termin: one read, the next term's dates (`proposeNextTerm`), and one
 * append of rows to Möten (`Workbook.appendRows`); an existing row is never changed. With
 * `expected` (the dates the person confirmed), it writes nothing when the read gives other
 * dates. The outcome carries the planner's run on the tables with the new rows, so the pane
 * shows the new Att göra without a second read.
 */
export async function addNextTerm(
  workbook: Workbook,
  options: { today: number; lang: Lang; expected?: readonly number[] }
): Promise<ActionOutcome> {
  const { today, lang } = options;
  const text = strings(lang).actions;
  const nt = strings(lang).nextTermAction;
  let read: ReadResult;
  try {
    read = await workbook.read({ tables: PLANNING_TABLES, sheets: [], formulasOf: ["Möten"] });
  } catch (e) {
    return failure(failedText(e, lang, text.readFailed));
  }
  if (!hasPlanningTables(read)) return { ...failure(text.noTables), noBook: true };
  const input = inputTo1900(planningInput(read.tables), read.dateSystem);
  const before = plan(input, { today, lang });
  const shown = (result: PlanningResult): Omit<ActionOutcome, "ok" | "message"> => ({
    repairs: result.repairs,
    findings: showFindings(result.findings, lang),
    copyChoices: copyChoices(result, lang),
    result,
    watched: read.watched === true,
  });
  const grid = read.tables.get("Möten");
  if (!grid) return { ...shown(before), ok: false, message: text.noTables };
  const proposal = proposeNextTerm(before.model, today, lang);
  if (!proposal.ok) return { ...shown(before), ok: false, message: proposal.message };
  if (
    options.expected &&
    (options.expected.length !== proposal.dates.length ||
      options.expected.some((d, i) => d !== proposal.dates[i]))
  )
    return { ...shown(before), ok: false, message: nt.changed };
  const { rows, releasedLeftEmpty } = nextTermRows(
    grid,
    before.model,
    proposal.dates,
    read.dateSystem,
    read.tables.get("Stängda dagar")
  );
  const location = PLANNING_TABLES.find((t) => t.name === "Möten")!;
  try {
    await workbook.appendRows({ location, rows });
  } catch (e) {
    return { ...shown(before), ok: false, message: failedText(e, lang, nt.failed) };
  }
  // The tables as they are now, without a second read: the new rows appended to what was
  // read (values in the 1900 system, formula cells empty as Excel has not computed them).
  const meetings = input.meetings!;
  const values1900 = rows.map((r) =>
    r.map((c): CellValue => {
      if (c !== null && typeof c === "object") return null;
      return typeof c === "number" ? toSerial1900(c, read.dateSystem) : c;
    })
  );
  const after = plan(
    {
      ...input,
      meetings: {
        ...meetings,
        values: [...meetings.values, ...values1900],
        ...(meetings.formulas
          ? {
              formulas: [
                ...meetings.formulas,
                ...rows.map((r) =>
                  r.map((c) => (c !== null && typeof c === "object" ? c.formula : c))
                ),
              ],
            }
          : {}),
      },
    },
    { today, lang }
  );
  const message =
    nt.added(proposal.label, proposal.dates.map(formatIsoDate)) +
    (releasedLeftEmpty ? nt.noReleasedFormula : "");
  return { ...shown(after), ok: true, message };
}
