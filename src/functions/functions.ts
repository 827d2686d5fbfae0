/**
 * The add-in's custom functions (namespace VERKSAM). Each is a thin adapter: it turns
 * Excel's arguments into the core's types (arguments.ts), converting dates from the
 * workbook's date system (date-system.ts), calls the pure core, converts dates back, and
 * turns any failure into a `CustomFunctions.Error` (#VALUE! or #N/A, the two codes Excel
 * shows a message with) in the user's language.
 *
 * Arguments as the hosts pass them: an omitted optional argument is `null`; an empty cell is
 * `0` on Windows and Mac and `null` on the web. Every optional argument gives the same
 * result for an empty cell on every host, except `workdays`, where a typed 0 means "the
 * meeting date itself" and cannot be told apart from the desktop's empty cell: the planning
 * workbook's formulas never pass an empty cell there (see template.ts).
 *
 * The JSDoc of each function is read by custom-functions-metadata to produce
 * functions.json: its Swedish text is what Excel shows in formula autocomplete.
 */

import { holidaysOfYear } from "../core/calendar/holidays";
import { meetingSeries } from "../core/calendar/meetings";
import { isWorkday as isSwedishWorkday, workdaysBefore } from "../core/calendar/workdays";
import { matchKey } from "../core/planning/normalize";
import {
  ArgumentError,
  asMatrix,
  BLANK,
  Cell,
  errorValueError,
  isBlank,
  isEmptyArgument,
  isErrorValue,
  Matrix,
  toBoolean,
  toClosedDays,
  toCount,
  toExcelError,
  toOptionalText,
  toResultSerial,
  toSerial,
  toYear,
} from "./arguments";
import { type DateSystem, startDateSystemDetection, workbookDateSystem } from "./date-system";
import { displayLanguage, Lang, messages, type Place } from "./messages";

// The build appends `CustomFunctions.associate("ID", fn)` calls to this module. Outside
// Excel (the browser preview, Node) there may be no custom-functions runtime: give those
// calls something harmless to call. Inside Excel the runtime's own object is kept.
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    associate: (): void => undefined,
  };
}

/** Default number of working days between notifying a case and the meeting (R7). */
export const DEFAULT_CASE_DEADLINE_WORKDAYS = 6;
/** The most working days a deadline may count back (about two years). */
const MAX_WORKDAYS = 500;
/** The most meetings one MEETING_DATES call may return. */
const MAX_MEETINGS = 1000;
const MAX_INTERVAL_WEEKS = 104;
/** Weeks between meetings when none is given (R1). */
const DEFAULT_INTERVAL_WEEKS = 6;

/** Runs `body` in the user's language and the workbook's date system, turning every failure into the Excel error the cell shows. */
function guard<T>(body: (lang: Lang, system: DateSystem) => T): T {
  const lang = displayLanguage();
  const system = workbookDateSystem();
  try {
    return body(lang, system);
  } catch (e) {
    throw toExcelError(e, lang, system);
  }
}

/**
 * Arbetsdagen som ligger ett visst antal svenska arbetsdagar före mötet, som Excels ARBETSDAGAR(mötesdatum; -arbetsdagar; helgdagar) med svenska helgdagar inbyggda. Mötesdagen räknas inte.
 * @customfunction WORKDAYS_BEFORE_MEETING
 * @param meeting_date Mötesdatum (datum eller text som 2025-03-14).
 * @param [workdays] Antal arbetsdagar före mötet (standard 6, ärendefristen). 0 ger mötesdatumet.
 * @param [closed_days] Område med extra stängda dagar (klämdagar, planeringsdagar).
 * @returns Datumet som serienummer; formatera cellen som datum.
 */
export function workdaysBeforeMeeting(
  meeting_date: number | string,
  workdays?: number | string | null,
  closed_days?: unknown[][]
): number | string {
  return guard((lang, system) => {
    const meeting = toSerial(meeting_date, { arg: "meeting_date" }, lang, system);
    // null (omitted; an empty cell on the web) is the default; 0 is the meeting date itself.
    const n = toCount(
      workdays,
      { arg: "workdays" },
      lang,
      DEFAULT_CASE_DEADLINE_WORKDAYS,
      MAX_WORKDAYS
    );
    const closed = toClosedDays(closed_days, "closed_days", lang, system);
    if (meeting === BLANK) return "";
    return toResultSerial(workdaysBefore(meeting, n, closed), lang, system);
  });
}

/** One unit from the `units` range: its name and whether it may be released. */
interface UnitRow {
  readonly name: string;
  readonly key: string;
  readonly candidate: boolean;
}

function readUnits(units: unknown, lang: Lang): UnitRow[] {
  const rows = asMatrix(units, "units", lang) ?? [];
  const width = rows.length > 0 ? rows[0].length : 0;
  if (width > 2) throw new ArgumentError("#VALUE!", messages.tooManyColumns("units", lang));
  const out: UnitRow[] = [];
  rows.forEach((row, i) => {
    const name = row[0];
    const type = width === 2 ? row[1] : "Region";
    if (isErrorValue(name) || isErrorValue(type)) {
      const bad = isErrorValue(name) ? 0 : 1;
      throw errorValueError(
        { arg: "units", row: i + 1, col: width === 2 ? bad + 1 : undefined },
        row[bad],
        lang
      );
    }
    if (isBlank(name) || name === 0) return;
    const typeText = typeof type === "string" ? type.trim().toLowerCase() : "";
    // A header row selected together with the table ("Enhet", "Typ") is skipped.
    if (i === 0 && width === 2 && (typeText === "typ" || typeText === "type")) return;
    const text = String(name);
    out.push({ name: text.trim(), key: matchKey(text), candidate: typeText === "region" });
  });
  return out;
}

/**
 * Where the `index`-th cell of `flatten(matrix)` sits: its row, and its column in a range of
 * several. Called for every cell of large ranges: constant time (a range is rectangular).
 */
function placeOf(matrix: Matrix, arg: string, index: number): Place {
  const width = matrix && matrix.length > 0 ? (matrix[0]?.length ?? 1) : 1;
  if (width <= 1) return { arg, row: index + 1 };
  return { arg, row: Math.floor(index / width) + 1, col: (index % width) + 1 };
}

/**
 * The cells of a range, row by row. Ranges may hold 100 000 cases and every meeting's
 * formula flattens them again: no per-cell objects, and the array is allocated once.
 */
function flatten(matrix: Matrix): Cell[] {
  if (!matrix) return [];
  let size = 0;
  for (let r = 0; r < matrix.length; r++) size += (matrix[r] ?? []).length;
  const out: Cell[] = new Array(size);
  let k = 0;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r] ?? [];
    for (let c = 0; c < row.length; c++) out[k++] = row[c];
  }
  return out;
}

/**
 * Enheterna som inget ärende berör och som därför kan frigöras från mötet, i samma ordning som i units. Med två kolumner (enhet, typ) frigörs bara enheter av typen Region.
 * @customfunction UNITS_TO_RELEASE
 * @param units Enheterna: en kolumn med namn, eller två kolumner (enhet, typ).
 * @param case_units Ärendenas enheter (kolumnen Enhet i Ärenden).
 * @param [case_meeting_dates] Ärendenas mötesdatum, lika många celler som case_units.
 * @param [meeting_date] Mötet som räknas; bara ärenden med detta mötesdatum räknas.
 * @param [separator] Skiljetecken, t.ex. ", ": ger namnen i en cell (fungerar i Excel-tabeller).
 * @returns Enheterna som kan frigöras, en per rad, eller i en cell med separator.
 */
export function unitsToRelease(
  units: unknown[][],
  case_units: unknown[][],
  case_meeting_dates?: unknown[][],
  meeting_date?: number | string | null,
  separator?: string | null
): string[][] {
  return guard((lang, system) => {
    const sep = toOptionalText(separator, { arg: "separator" }, lang);
    const unitRows = readUnits(units, lang);
    const caseUnitCells = asMatrix(case_units, "case_units", lang);
    const caseUnits = flatten(caseUnitCells);
    const hasDates = case_meeting_dates !== null && case_meeting_dates !== undefined;
    const caseDateCells = hasDates
      ? asMatrix(case_meeting_dates, "case_meeting_dates", lang)
      : undefined;
    if (isErrorValue(meeting_date))
      throw errorValueError({ arg: "meeting_date" }, meeting_date, lang);
    // An empty meeting_date cell (null or 0) counts as omitted; with case dates it means "not yet filled in".
    if (!hasDates && !isEmptyArgument(meeting_date))
      throw new ArgumentError(
        "#VALUE!",
        messages.needsBoth("case_meeting_dates", "meeting_date", lang)
      );
    const meeting = hasDates
      ? toSerial(meeting_date, { arg: "meeting_date" }, lang, system)
      : undefined;
    const caseDates = caseDateCells !== undefined ? flatten(caseDateCells) : undefined;
    if (caseDates && caseDates.length !== caseUnits.length) {
      throw new ArgumentError(
        "#VALUE!",
        messages.lengthMismatch(
          "case_units",
          caseUnits.length,
          "case_meeting_dates",
          caseDates.length,
          lang
        )
      );
    }
    if (meeting === BLANK) return [[""]];

    const concerned = new Set<string>();
    for (let i = 0; i < caseUnits.length; i++) {
      const unit = caseUnits[i];
      if (isErrorValue(unit))
        throw errorValueError(placeOf(caseUnitCells, "case_units", i), unit, lang);
      if (isBlank(unit) || unit === 0) continue;
      if (caseDates) {
        const date = toSerial(
          caseDates[i],
          placeOf(caseDateCells, "case_meeting_dates", i),
          lang,
          system
        );
        if (date !== meeting) continue;
      }
      concerned.add(matchKey(String(unit)));
    }
    const released = unitRows
      .filter((u) => u.candidate && !concerned.has(u.key))
      .map((u) => u.name);
    if (sep !== undefined) return [[released.join(sep)]];
    return released.length === 0 ? [[""]] : released.map((name) => [name]);
  });
}

/**
 * Mötesdatum var n:e vecka från första mötet. Ett datum som inte är en arbetsdag flyttas till nästa arbetsdag; serien behåller sin rytm.
 * @customfunction MEETING_DATES
 * @param first_meeting Första mötets datum.
 * @param [count] Antal möten. Utan antal (eller 0): mötena till halvårets slut (30 juni eller 31 december).
 * @param [interval_weeks] Veckor mellan mötena (standard 6, även för 0).
 * @param [closed_days] Område med extra stängda dagar.
 * @returns Mötesdatumen, ett per rad.
 */
export function meetingDates(
  first_meeting: number | string,
  count?: number | string | null,
  interval_weeks?: number | string | null,
  closed_days?: unknown[][]
): unknown[][] {
  return guard((lang, system) => {
    const first = toSerial(first_meeting, { arg: "first_meeting" }, lang, system);
    // An empty cell (null or 0) means what leaving the argument out means, on every host.
    const n = isEmptyArgument(count)
      ? undefined
      : toCount(count, { arg: "count" }, lang, 0, MAX_MEETINGS);
    const weeks = isEmptyArgument(interval_weeks)
      ? DEFAULT_INTERVAL_WEEKS
      : toCount(interval_weeks, { arg: "interval_weeks" }, lang, 0, MAX_INTERVAL_WEEKS);
    if (weeks < 1)
      throw new ArgumentError("#VALUE!", messages.atLeastOne({ arg: "interval_weeks" }, lang));
    const closed = toClosedDays(closed_days, "closed_days", lang, system);
    if (first === BLANK) return [[""]];
    const dates = meetingSeries(first, { count: n, intervalWeeks: weeks, closed });
    return dates.length === 0 ? [[""]] : dates.map((d) => [toResultSerial(d, lang, system)]);
  });
}

/**
 * SANT om datumet är en svensk arbetsdag: måndag–fredag som inte är helgdag, midsommarafton, julafton, nyårsafton eller en extra stängd dag.
 * @customfunction IS_WORKDAY
 * @param date Datumet.
 * @param [closed_days] Område med extra stängda dagar.
 * @returns SANT för en arbetsdag, annars FALSKT.
 */
export function isWorkday(date: number | string, closed_days?: unknown[][]): boolean | string {
  return guard((lang, system) => {
    const serial = toSerial(date, { arg: "date" }, lang, system);
    const closed = toClosedDays(closed_days, "closed_days", lang, system);
    if (serial === BLANK) return "";
    return isSwedishWorkday(serial, closed);
  });
}

/**
 * Årets svenska helgdagar och stängda aftnar (midsommarafton, julafton, nyårsafton), även de som infaller på en helg, sorterade efter datum.
 * @customfunction SWEDISH_HOLIDAYS
 * @param year Året, 1900–2199.
 * @param [with_names] SANT ger en andra kolumn med helgdagens namn.
 * @returns Datumen, ett per rad, eventuellt med namn.
 */
export function swedishHolidays(
  year: number | string,
  with_names?: boolean | number | string | null
): unknown[][] {
  return guard((lang, system) => {
    const y = toYear(year, { arg: "year" }, lang, system);
    const names = toBoolean(with_names, { arg: "with_names" }, lang, false);
    if (y === BLANK) return [[""]];
    return holidaysOfYear(y).map((h) => {
      const serial = toResultSerial(h.serial, lang, system);
      return names ? [serial, lang === "en" ? h.nameEn : h.name] : [serial];
    });
  });
}

// In Excel, learn the workbook's date system once the runtime is ready (date-system.ts).
startDateSystemDetection();
