/**
 * What the custom functions compute, with the workbook's date system passed as a value:
 * each implementation takes the `DateSystem` its date arguments and results are in, turns
 * Excel's arguments into the core's types (arguments.ts), calls the pure core and turns any
 * failure into a `CustomFunctions.Error` (#VALUE! or #N/A, the two codes Excel shows a
 * message with) in the user's language.
 *
 * Two callers: the registered functions (functions.ts) pass the system the shared runtime
 * detected (runtime-date-system.ts); the preview's formula evaluator gets them through
 * formula-table.ts with the date system of the workbook it evaluates in.
 *
 * Arguments as the hosts pass them: an omitted optional argument is `null`; an empty cell is
 * `0` on Windows and Mac and `null` on the web. Every optional argument gives the same
 * result for an empty cell on every host, except `workdays`, where a typed 0 means "the
 * meeting date itself" and cannot be told apart from the desktop's empty cell: the planning
 * workbook's formulas never pass an empty cell there (see template.ts).
 */
import type { DateSystem } from "../core/dates/date-system";
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
import { errorMessages, type Place } from "./error-messages";
import { displayLanguage, functionTexts, type Lang } from "./i18n";

/** Default number of working days between notifying a case and the meeting (R7). */
export const DEFAULT_CASE_DEADLINE_WORKDAYS = 6;
/** The most working days a deadline may count back (about two years). */
const MAX_WORKDAYS = 500;
/** The most meetings one MEETING_DATES call may return. */
const MAX_MEETINGS = 1000;
const MAX_INTERVAL_WEEKS = 104;
/** Weeks between meetings when none is given (R1). */
const DEFAULT_INTERVAL_WEEKS = 6;

/** Runs `body` in the user's language and the date system given, turning every failure into the Excel error the cell shows. */
function guard<T>(system: DateSystem, body: (lang: Lang) => T): T {
  const lang = displayLanguage();
  try {
    return body(lang);
  } catch (e) {
    throw toExcelError(e, lang, system);
  }
}

/** WORKDAYS_BEFORE_MEETING (see functions.ts) with its dates in `system`. */
export function workdaysBeforeMeeting(
  system: DateSystem,
  meeting_date: number | string,
  workdays?: number | string | null,
  closed_days?: unknown[][]
): number | string {
  return guard(system, (lang) => {
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
  if (width > 2) throw new ArgumentError("#VALUE!", errorMessages.tooManyColumns("units", lang));
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

/** UNITS_TO_RELEASE (see functions.ts) with its dates in `system`. */
export function unitsToRelease(
  system: DateSystem,
  units: unknown[][],
  case_units: unknown[][],
  case_meeting_dates?: unknown[][],
  meeting_date?: number | string | null,
  separator?: string | null
): string[][] {
  return guard(system, (lang) => {
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
        errorMessages.needsBoth("case_meeting_dates", "meeting_date", lang)
      );
    const meeting = hasDates
      ? toSerial(meeting_date, { arg: "meeting_date" }, lang, system)
      : undefined;
    const caseDates = caseDateCells !== undefined ? flatten(caseDateCells) : undefined;
    if (caseDates && caseDates.length !== caseUnits.length) {
      throw new ArgumentError(
        "#VALUE!",
        errorMessages.lengthMismatch(
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

/** MEETING_DATES (see functions.ts) with its dates in `system`. */
export function meetingDates(
  system: DateSystem,
  first_meeting: number | string,
  count?: number | string | null,
  interval_weeks?: number | string | null,
  closed_days?: unknown[][]
): unknown[][] {
  return guard(system, (lang) => {
    const first = toSerial(first_meeting, { arg: "first_meeting" }, lang, system);
    // An empty cell (null or 0) means what leaving the argument out means, on every host.
    const n = isEmptyArgument(count)
      ? undefined
      : toCount(count, { arg: "count" }, lang, 0, MAX_MEETINGS);
    const weeks = isEmptyArgument(interval_weeks)
      ? DEFAULT_INTERVAL_WEEKS
      : toCount(interval_weeks, { arg: "interval_weeks" }, lang, 0, MAX_INTERVAL_WEEKS);
    if (weeks < 1)
      throw new ArgumentError("#VALUE!", errorMessages.atLeastOne({ arg: "interval_weeks" }, lang));
    const closed = toClosedDays(closed_days, "closed_days", lang, system);
    if (first === BLANK) return [[""]];
    const dates = meetingSeries(first, { count: n, intervalWeeks: weeks, closed });
    return dates.length === 0 ? [[""]] : dates.map((d) => [toResultSerial(d, lang, system)]);
  });
}

/** IS_WORKDAY (see functions.ts) with its dates in `system`. */
export function isWorkday(
  system: DateSystem,
  date: number | string,
  closed_days?: unknown[][]
): boolean | string {
  return guard(system, (lang) => {
    const serial = toSerial(date, { arg: "date" }, lang, system);
    const closed = toClosedDays(closed_days, "closed_days", lang, system);
    if (serial === BLANK) return "";
    return isSwedishWorkday(serial, closed);
  });
}

/** SWEDISH_HOLIDAYS (see functions.ts) with its dates in `system`. */
export function swedishHolidays(
  system: DateSystem,
  year: number | string,
  with_names?: boolean | number | string | null
): unknown[][] {
  return guard(system, (lang) => {
    const y = toYear(year, { arg: "year" }, lang, system);
    const names = toBoolean(with_names, { arg: "with_names" }, lang, false);
    if (y === BLANK) return [[""]];
    return holidaysOfYear(y).map((h) => {
      const serial = toResultSerial(h.serial, lang, system);
      return names ? [serial, functionTexts(lang).holidayName(h)] : [serial];
    });
  });
}
