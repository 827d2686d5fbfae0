/**
 * The shape of the custom functions' texts in one language, as date-fns keeps one `Locale`
 * per language: `sv.ts` and `en.ts` are each one value of type `FunctionTexts`. The texts
 * are the messages Excel shows with a function's #VALUE! or #N/A (error-messages.ts puts
 * the place and the value in), and the holiday names SWEDISH_HOLIDAYS returns. The
 * functions' descriptions are not here: Swedish in the JSDoc of functions.ts, English in
 * functions.en-us.json, as Microsoft's tooling wants.
 */
import type { Lang } from "../../core/i18n";

export type { Lang };

export interface FunctionTexts {
  /** A row of a range: "rad 3" / "row 3". */
  row(n: number): string;
  /** A column of a range: "kolumn 2" / "column 2". */
  column(n: number): string;

  // Each message below starts with `where`: the argument, and for a range its row/column.
  // `value` is the bad value as shown (quoted, shortened); `first` the first date of the
  // workbook's date system ("1900-01-01").

  notADate(where: string, value: string): string;
  dateOutOfRange(where: string, first: string): string;
  /** A result outside the supported calendar (no `where`). */
  resultOutOfRange(first: string): string;
  notANumber(where: string, value: string): string;
  negative(where: string): string;
  tooLarge(where: string, max: number): string;
  atLeastOne(where: string): string;
  badYear(where: string, value: string, firstYear: number): string;
  notABoolean(where: string, value: string): string;
  /** An error value where a value was expected; `code` ("#N/A") when known. */
  errorInRange(where: string, code?: string): string;
  notText(where: string, value: string): string;
  /** Two ranges `a` (n cells) and `b` (m cells) that must be as long. */
  lengthMismatch(a: string, n: number, b: string, m: number): string;
  tooManyColumns(arg: string): string;
  needsBoth(a: string, b: string): string;
  readonly unexpected: string;

  /** A holiday's name in this language (the core gives both). */
  holidayName(holiday: { readonly name: string; readonly nameEn: string }): string;
}
