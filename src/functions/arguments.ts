/**
 * Turns the values Excel passes to a custom function into the core's types, or fails with
 * an `ArgumentError` that names the argument (and the row of a range) in the user's language.
 *
 * What Excel passes: numbers, strings and booleans; `null` for an omitted optional argument;
 * an empty cell given as an argument arrives as `0` in Excel on Windows and Mac and as
 * `null` in Excel on the web; for a range, a matrix in which an empty cell is `0`, `""` or
 * `null`. An error value (`#N/A`, `#DIV/0!`, ...) in an argument or inside a range reaches the
 * function only because the metadata sets `allowErrorForDataTypeAny` (see
 * scripts/localize-functions.js); it arrives as an object: a `CustomFunctions.Error` with its
 * `code`, or, with data types on, an error cell value (`{ type: "Error", basicValue: "#N/A" }`).
 * Every argument then fails with a message naming it, its row and the error. Dates are Excel serial numbers of the
 * workbook's date system (converted here to the 1900 system the core uses); a fraction is
 * a time of day and is ignored.
 *
 * Errors: Excel shows a function's own message only with #VALUE! and #N/A, so those are the
 * only two codes used: #VALUE! for an argument that cannot be used, #N/A for a result that
 * does not exist in the supported calendar.
 */
import { CalendarRangeError } from "../core/calendar/workdays";
import {
  DATE_SYSTEM_1904_OFFSET,
  fromSerial1900,
  toSerial1900,
  type DateSystem,
} from "../core/dates/date-system";
import { FIRST_YEAR, isSerialInRange, LAST_YEAR, parseIsoDate } from "../core/dates/serial";
import { errorMessages, Lang, Place } from "./error-messages";

export type ExcelErrorCode = "#VALUE!" | "#N/A";

/** A bad argument: becomes `CustomFunctions.Error(code, message)` at the function's edge. */
export class ArgumentError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "ArgumentError";
  }
}

/** Marks a blank input: the function then returns a blank result. */
export const BLANK = Symbol("blank");
export type Blank = typeof BLANK;

/** A cell value as it reaches a custom function. */
export type Cell = unknown;
export type Matrix = ReadonlyArray<ReadonlyArray<unknown>> | null | undefined;

/** A blank cell: `null`, `undefined`, an empty or all-space string. */
export function isBlank(value: Cell): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const ERROR_TEXT =
  /^#(?:VALUE!|N\/A|NUM!|REF!|DIV\/0!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** An error value inside a range (an error object, or an error's text). */
export function isErrorValue(value: Cell): boolean {
  if (value instanceof Error) return true;
  if (typeof value === "object" && value !== null) return true; // error objects, entities: not data we can read
  return typeof value === "string" && ERROR_TEXT.test(value.trim());
}

/**
 * The error's text ("#N/A") of an error value, where it says: the `code` of a
 * `CustomFunctions.Error`, the `basicValue` of an error cell value, or the text itself.
 */
export function errorCodeOf(value: Cell): string | undefined {
  const candidates =
    typeof value === "object" && value !== null
      ? [(value as { code?: unknown }).code, (value as { basicValue?: unknown }).basicValue]
      : [value];
  for (const c of candidates)
    if (typeof c === "string" && ERROR_TEXT.test(c.trim())) return c.trim();
  return undefined;
}

/** The failure for an error value at `place`: #VALUE! naming the argument, the row and the error. */
export function errorValueError(place: Place, value: Cell, lang: Lang): ArgumentError {
  return new ArgumentError("#VALUE!", errorMessages.errorInRange(place, lang, errorCodeOf(value)));
}

/**
 * An optional scalar argument left empty: omitted, or an empty cell as either host passes
 * it (`null` on the web, `0` on Windows and Mac), or blank text. Used where an empty cell
 * must mean what leaving the argument out means, on every host.
 */
export function isEmptyArgument(value: Cell): boolean {
  return isBlank(value) || value === 0;
}

/** The first 1900-system serial a workbook of `system` can hold (1904-01-01 is 1462). */
function firstSerial(system: DateSystem): number {
  return system === "1904" ? DATE_SYSTEM_1904_OFFSET : 1;
}

/**
 * A whole 1900-system serial from a serial of the workbook's `system` (fraction ignored) or
 * from ISO text; `BLANK` for blank, 0 included (an empty cell on Windows and Mac). The date
 * must lie between the system's first date and 2199-12-31.
 */
export function toSerial(
  value: Cell,
  place: Place,
  lang: Lang,
  system: DateSystem
): number | Blank {
  if (isEmptyArgument(value)) return BLANK;
  if (isErrorValue(value)) throw errorValueError(place, value, lang);
  let serial: number;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new ArgumentError("#VALUE!", errorMessages.dateOutOfRange(place, lang, system));
    serial = toSerial1900(Math.trunc(value), system);
  } else if (typeof value === "string") {
    const parsed = parseIsoDate(value);
    if (parsed === undefined)
      throw new ArgumentError("#VALUE!", errorMessages.notADate(place, value, lang));
    serial = parsed; // ISO text names a date, not a serial: it is the same in both systems
  } else {
    throw new ArgumentError("#VALUE!", errorMessages.notADate(place, value, lang));
  }
  if (!isSerialInRange(serial) || serial < firstSerial(system))
    throw new ArgumentError("#VALUE!", errorMessages.dateOutOfRange(place, lang, system));
  return serial;
}

/**
 * A 1900-system serial the core computed, as a serial of the workbook's `system`. A date the
 * workbook cannot hold (before 1904-01-01 in the 1904 system) gives #N/A.
 */
export function toResultSerial(serial: number, lang: Lang, system: DateSystem): number {
  if (serial < firstSerial(system))
    throw new ArgumentError("#N/A", errorMessages.resultOutOfRange(lang, system));
  return fromSerial1900(serial, system);
}

/** A whole number ≥ 0 (fraction truncated, numeric text accepted); `fallback` when omitted/blank. */
export function toCount(
  value: Cell,
  place: Place,
  lang: Lang,
  fallback: number,
  max: number
): number {
  if (isBlank(value)) return fallback;
  if (isErrorValue(value)) throw errorValueError(place, value, lang);
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\s*[-+]?\d+(?:[.,]\d+)?\s*$/.test(value))
    n = Number(value.trim().replace(",", "."));
  else throw new ArgumentError("#VALUE!", errorMessages.notANumber(place, value, lang));
  if (!Number.isFinite(n))
    throw new ArgumentError("#VALUE!", errorMessages.tooLarge(place, max, lang));
  n = Math.trunc(n);
  if (n < 0) throw new ArgumentError("#VALUE!", errorMessages.negative(place, lang));
  if (n > max) throw new ArgumentError("#VALUE!", errorMessages.tooLarge(place, max, lang));
  return n;
}

/** The first year a workbook of `system` can hold whole (1904 in the 1904 system). */
export function firstYear(system: DateSystem): number {
  return system === "1904" ? 1904 : FIRST_YEAR;
}

/**
 * A year from the system's first year to 2199 (a whole number, or numeric text); `BLANK`
 * for blank, 0 included (an empty cell on Windows and Mac).
 */
export function toYear(value: Cell, place: Place, lang: Lang, system: DateSystem): number | Blank {
  if (isEmptyArgument(value)) return BLANK;
  if (isErrorValue(value)) throw errorValueError(place, value, lang);
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d{4}\s*$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isInteger(n) || n < firstYear(system) || n > LAST_YEAR)
    throw new ArgumentError(
      "#VALUE!",
      errorMessages.badYear(place, value, lang, firstYear(system))
    );
  return n;
}

/** TRUE/FALSE, 1/0, or text "SANT"/"FALSKT"/"TRUE"/"FALSE"; `fallback` when omitted. */
export function toBoolean(value: Cell, place: Place, lang: Lang, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (isErrorValue(value)) throw errorValueError(place, value, lang);
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  if (typeof value === "string") {
    const t = value.trim().toUpperCase();
    if (t === "SANT" || t === "TRUE" || t === "JA" || t === "YES") return true;
    if (t === "FALSKT" || t === "FALSE" || t === "NEJ" || t === "NO") return false;
  }
  throw new ArgumentError("#VALUE!", errorMessages.notABoolean(place, value, lang));
}

/**
 * Optional text (e.g. a separator); `undefined` when omitted or given an empty cell (`null`,
 * `0` or `""`, whichever the host passes). Spaces are text: `" "` is kept.
 */
export function toOptionalText(value: Cell, place: Place, lang: Lang): string | undefined {
  if (value === null || value === undefined || value === 0 || value === "") return undefined;
  if (isErrorValue(value)) throw errorValueError(place, value, lang);
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new ArgumentError("#VALUE!", errorMessages.notText(place, value, lang));
}

/** The cells of a range, row by row, with their 1-based position in the range. */
export function cellsOf(matrix: Matrix): { value: Cell; row: number; col: number }[] {
  const out: { value: Cell; row: number; col: number }[] = [];
  if (!matrix) return out;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r] ?? [];
    for (let c = 0; c < row.length; c++) out.push({ value: row[c], row: r + 1, col: c + 1 });
  }
  return out;
}

/**
 * A range argument as a matrix: `null` when omitted; a single value (which Excel may pass for
 * a range argument given one value) as a 1×1 matrix; an error value in place of the whole
 * range fails naming the argument.
 */
export function asMatrix(value: unknown, arg: string, lang: Lang): Matrix {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value))
    return value.every((row: unknown) => Array.isArray(row))
      ? (value as unknown[][])
      : value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  if (isErrorValue(value)) throw errorValueError({ arg }, value, lang);
  return [[value]];
}

/** Extra closed days (1900-system serials) from a range of dates; blank cells (also 0) are skipped. */
export function toClosedDays(
  range: unknown,
  arg: string,
  lang: Lang,
  system: DateSystem
): Set<number> {
  const set = new Set<number>();
  const matrix = asMatrix(range, arg, lang);
  if (!matrix) return set;
  // Every deadline formula normalises this range again: walk it directly, without `cellsOf`'s per-cell objects.
  for (let r = 0; r < matrix.length; r++) {
    const cells = matrix[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const serial = toSerial(
        cells[c],
        { arg, row: r + 1, col: matrix[0].length > 1 ? c + 1 : undefined },
        lang,
        system
      );
      if (serial !== BLANK) set.add(serial);
    }
  }
  return set;
}

/** The runtime's error class; a stand-in with the same shape where no runtime is loaded (the browser preview). */
class StandInExcelError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

function excelError(code: ExcelErrorCode, message: string): CustomFunctions.Error {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime && typeof runtime.Error === "function") {
    const codes = {
      "#VALUE!": runtime.ErrorCode.invalidValue,
      "#N/A": runtime.ErrorCode.notAvailable,
    };
    return new runtime.Error(codes[code], message);
  }
  return new StandInExcelError(code, message) as unknown as CustomFunctions.Error;
}

/** Converts a thrown value to the error Excel shows; never lets anything else escape. */
export function toExcelError(e: unknown, lang: Lang, system: DateSystem): CustomFunctions.Error {
  if (e instanceof ArgumentError) return excelError(e.code, e.message);
  if (e instanceof CalendarRangeError)
    return excelError("#N/A", errorMessages.resultOutOfRange(lang, system));
  return excelError("#VALUE!", errorMessages.unexpected(lang));
}
