/**
 * What the task pane's buttons do, independent of the DOM: read the workbook in one batch,
 * run the pure core, write the add-in's own sheets in one batch. Every action returns an
 * outcome for the pane to show and never throws for a problem a person can fix.
 */
import { type DateSystem, fromSerial1900, toSerial1900 } from "../core/dates/date-system";
import { formatIsoDate } from "../core/dates/serial";
import { CLOSED_DAY_COLUMNS, MEETING_COLUMNS } from "../core/i18n/headers";
import {
  nextTermMeetings,
  nextTermRefusalText,
  termAfter,
  termOfSerial,
} from "../core/planning/next-term";
import { Lang } from "./i18n";
import {
  allowedValues,
  buildPlanningTemplate,
  cellText,
  CellValue,
  colLetter,
  CUSTOM_FUNCTIONS,
  headerKey,
  meetingFormulas,
  Plan,
  quoteSheetName,
  TableGrid,
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
  AppendCell,
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

const TEXT = {
  sv: {
    notOwned: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `Bladet ${sheets[0]} finns redan och är inte skapat av VerkSam-planeraren. Byt namn på det eller ta bort det; inget har skrivits.`
        : `Bladen ${sheets.join(", ")} finns redan och är inte skapade av VerkSam-planeraren. Byt namn på dem eller ta bort dem; inget har skrivits.`,
    sheetsExist: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `Bladet ${sheets[0]} finns redan. Planeringsboken har inte skapats och inget har ändrats.`
        : `Bladen ${sheets.join(", ")} finns redan. Planeringsboken har inte skapats och inget har ändrats.`,
    namesTaken: (names: readonly string[]): string =>
      `Namnet ${names.join(", ")} används redan av en tabell eller ett definierat namn i arbetsboken (Formler → Namnhanteraren). Byt namn på det eller ta bort det; planeringsboken har inte skapats och inget har ändrats.`,
    noTables:
      "Hittar varken tabellerna Enheter, Möten och Ärenden eller blad med de namnen. Skapa planeringsboken först.",
    created: (meetings: number): string =>
      `Planeringsboken är skapad med ${meetings === 1 ? "1 möte" : `${meetings} möten`}. Nästa steg: fyll i Ärenden (steg 2).`,
    readFailed: (reason: string): string =>
      `Arbetsboken kunde inte läsas (${reason}). Inget har skrivits.`,
    refilled: (cells: number): string =>
      cells === 1
        ? "Formeln är ifylld igen i 1 cell i Möten."
        : `Formlerna är ifyllda igen i ${cells} celler i Möten.`,
    nothingToRefill: "Alla formler i Möten är på plats; inget har ändrats.",
    refillFailed: (reason: string): string =>
      `Formlerna kunde inte fyllas i (${reason}). Kör Kontroller igen och försök på nytt.`,
    writeFailed: (reason: string): string =>
      `Bladen kunde inte skrivas färdigt (${reason}). Bara tilläggets egna blad (Mötesschema, Dagordning, Statistik) kan ha ändrats; kör åtgärden igen.`,
    createFailed: (reason: string): string =>
      `Planeringsboken kunde inte skapas (${reason}). Bladen som hann läggas till har tagits bort igen; försök på nytt.`,
    undoCleared:
      " Excel tömmer ångra-listan när ett blad tas bort: Ctrl+Z kan inte ångra något som gjordes före det här.",
  },
  en: {
    notOwned: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `The sheet ${sheets[0]} already exists and was not made by VerkSam planner. Rename or delete it; nothing was written.`
        : `The sheets ${sheets.join(", ")} already exist and were not made by VerkSam planner. Rename or delete them; nothing was written.`,
    sheetsExist: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `The sheet ${sheets[0]} already exists. The planning workbook was not created and nothing was changed.`
        : `The sheets ${sheets.join(", ")} already exist. The planning workbook was not created and nothing was changed.`,
    namesTaken: (names: readonly string[]): string =>
      `The name ${names.join(", ")} is already used by a table or a defined name in the workbook (Formulas → Name Manager). Rename or delete it; the planning workbook was not created and nothing was changed.`,
    noTables:
      "Found neither the tables Enheter, Möten and Ärenden nor sheets of those names. Create the planning workbook first.",
    created: (meetings: number): string =>
      `The planning workbook is created with ${meetings === 1 ? "1 meeting" : `${meetings} meetings`}. Next step: fill in Ärenden (step 2).`,
    readFailed: (reason: string): string =>
      `The workbook could not be read (${reason}). Nothing was written.`,
    refilled: (cells: number): string =>
      cells === 1
        ? "The formula is filled in again in 1 cell of Möten."
        : `The formulas are filled in again in ${cells} cells of Möten.`,
    nothingToRefill: "Every formula in Möten is in place; nothing was changed.",
    refillFailed: (reason: string): string =>
      `The formulas could not be filled in (${reason}). Run the checks again and retry.`,
    writeFailed: (reason: string): string =>
      `The sheets could not be written completely (${reason}). Only the add-in's own sheets (Mötesschema, Dagordning, Statistik) may have changed; run the action again.`,
    createFailed: (reason: string): string =>
      `The planning workbook could not be created (${reason}). The sheets already added have been removed again; try once more.`,
    undoCleared:
      " Excel empties its undo list when a sheet is deleted: Ctrl+Z cannot undo anything done before this.",
  },
};

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
  const t = CELL_EDIT_TEXT[lang];
  return `${t.first} ${make(t.reason)}`;
}

const CELL_EDIT_TEXT = {
  sv: {
    first: "Tryck Enter i cellen först och tryck sedan på knappen igen.",
    reason: "en cell redigeras",
  },
  en: {
    first: "Press Enter in the cell first, then press the button again.",
    reason: "a cell is being edited",
  },
};

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
  options: { today: number; lang: Lang }
): Promise<ActionOutcome> {
  const text = TEXT[options.lang];
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
        ? [result.sheets.statistics]
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
  const text = TEXT[lang];
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
  const text = TEXT[options.lang];
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

const NEXT_TERM_TEXT = {
  sv: {
    ahead: (last: string): string =>
      `Möten har redan nästa termins möten (det senaste är ${last}). Nästa termin läggs till när den här terminen är slut. Inget har ändrats.`,
    past: (last: string): string =>
      `Det senaste mötet i Möten är ${last}, och terminen efter det har redan passerat. Skriv in den här terminens första möte i Möten; sedan kan nästa termin läggas till. Inget har ändrats.`,
    changed:
      "Möten har ändrats sedan datumen visades. Inget har ändrats: tryck Lägg till nästa termin igen.",
    added: (label: string, dates: readonly string[]): string =>
      `${label}: ${dates.length === 1 ? "1 möte" : `${dates.length} möten`} tillagda sist i Möten (${dates.join(", ")}).`,
    noReleasedFormula:
      " Möten är ett blad utan Excel-tabell, så kolumnen Frigörs har lämnats tom i de nya raderna.",
    failed: (reason: string): string =>
      `Mötena kunde inte läggas till (${reason}). Kontrollera Möten och försök igen.`,
  },
  en: {
    ahead: (last: string): string =>
      `Möten already has the next term's meetings (the last is ${last}). The term after it is added once this term is over. Nothing was changed.`,
    past: (last: string): string =>
      `The last meeting in Möten is ${last}, and the term after it is already over. Enter this term's first meeting in Möten; then the next term can be added. Nothing was changed.`,
    changed:
      "Möten has changed since the dates were shown. Nothing was changed: press Add next term again.",
    added: (label: string, dates: readonly string[]): string =>
      `${label}: ${dates.length === 1 ? "1 meeting" : `${dates.length} meetings`} added at the end of Möten (${dates.join(", ")}).`,
    noReleasedFormula:
      " Möten is a sheet without an Excel table, so the column Frigörs was left empty in the new rows.",
    failed: (reason: string): string =>
      `The meetings could not be added (${reason}). Check Möten and try again.`,
  },
};

/**
 * The next term's meetings for a plan, as the pane offers them (R1): the half-year after the
 * one holding the last meeting (`nextTermMeetings`), every Mötesintervall weeks, off the
 * book's non-working days. Decided here, so that a second click does not keep adding terms:
 * it refuses when Möten already reaches past today's term (the last meeting lies in the term
 * after today's or later: that is already the next term), and when the term after the last
 * meeting is over (an old book: the current term's first meeting is typed by hand first).
 */
export function proposeNextTerm(model: Plan, today: number, lang: Lang): NextTermProposal {
  const text = NEXT_TERM_TEXT[lang];
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

/** The key of MEETING_COLUMNS a header names (Swedish, English or an alias), if any. */
function meetingColumnOf(header: CellValue): keyof typeof MEETING_COLUMNS | undefined {
  const key = headerKey(cellText(header));
  if (key === "") return undefined;
  for (const [name, h] of Object.entries(MEETING_COLUMNS) as [
    keyof typeof MEETING_COLUMNS,
    (typeof MEETING_COLUMNS)[keyof typeof MEETING_COLUMNS],
  ][]) {
    const texts: readonly string[] = [h.sv, h.en, ...("aliases" in h ? h.aliases : [])];
    if (texts.some((t) => headerKey(t) === key)) return name;
  }
  return undefined;
}

/**
 * The rows Lägg till nästa termin appends to Möten, one per date, each following the
 * header order as read: Mötesdatum (in the workbook's date system), Starttid and Plats
 * empty (the settings' start time applies), Form the first allowed value (as the template),
 * and the formula columns as formulas. In the Excel table those are the template's
 * (`meetingFormulas`, in the language of the headers). On a hand-made sheet structured
 * references do not work: the deadlines get A1 formulas (`{row}` is the new row) with the
 * book's deadline days and Stängda dagar's Datum column (rows 2–1000 of that sheet), and
 * Frigörs is left empty (`releasedLeftEmpty`). Other columns stay empty.
 */
export function nextTermRows(
  grid: TableGrid,
  model: Plan,
  dates: readonly number[],
  dateSystem: DateSystem,
  closedDays?: TableGrid
): { rows: AppendCell[][]; releasedLeftEmpty: boolean } {
  const header = grid.values[0] ?? [];
  const columns = header.map(meetingColumnOf);
  const dateCol = columns.indexOf("date");
  const headersLang: Lang =
    dateCol >= 0 && headerKey(cellText(header[dateCol])) === headerKey(MEETING_COLUMNS.date.en)
      ? "en"
      : "sv";
  const form = allowedValues("form", headersLang)[0];
  const isTable = grid.table !== undefined;
  const formulas = meetingFormulas(headersLang);
  let closedRange = "";
  if (closedDays) {
    const j = (closedDays.values[0] ?? []).findIndex(
      (h) =>
        headerKey(cellText(h)) !== "" &&
        [CLOSED_DAY_COLUMNS.date.sv, CLOSED_DAY_COLUMNS.date.en].some(
          (t) => headerKey(t) === headerKey(cellText(h))
        )
    );
    if (j >= 0) {
      const letter = colLetter(closedDays.left + j);
      closedRange = `,${quoteSheetName(closedDays.sheet)}!$${letter}$${closedDays.top + 2}:$${letter}$${Math.max(1000, closedDays.top + closedDays.values.length + 1)}`;
    }
  }
  const dateRef = `${colLetter(grid.left + Math.max(0, dateCol))}{row}`;
  const deadline = (days: number): AppendCell => ({
    formula: `=${CUSTOM_FUNCTIONS.workdaysBeforeMeeting}(${dateRef},${days}${closedRange})`,
  });
  let releasedLeftEmpty = false;
  const rows = dates.map((date) =>
    columns.map((column): AppendCell => {
      switch (column) {
        case "date":
          return fromSerial1900(date, dateSystem);
        case "form":
          return form;
        case "caseDeadline":
          return isTable
            ? { formula: formulas.caseDeadline }
            : deadline(model.settings.caseDeadlineDays);
        case "releaseDeadline":
          return isTable
            ? { formula: formulas.releaseDeadline }
            : deadline(model.settings.releaseDeadlineDays);
        case "released":
          if (isTable) return { formula: formulas.released };
          releasedLeftEmpty = true;
          return null;
        default:
          return null;
      }
    })
  );
  return { rows, releasedLeftEmpty };
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
  const text = TEXT[lang];
  const nt = NEXT_TERM_TEXT[lang];
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
