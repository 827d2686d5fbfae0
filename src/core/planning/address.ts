/** A1-style cell addresses for messages: `Ärenden!E7`, `'Stängda dagar'!A2`, `Möten!AA10`. */

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
export function colLetter(index: number): string {
  if (index >= 0 && index < LETTERS.length && Number.isInteger(index)) return LETTERS[index];
  return letters(index);
}

function letters(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The letters of the first 702 columns (A … ZZ), made once. */
const LETTERS: readonly string[] = Array.from({ length: 702 }, (_, i) => letters(i));

/** Names that Excel would read as a cell reference (A1, XFD10, R1C1, R, C) must be quoted. */
function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)
  );
}

/**
 * A sheet name as Excel writes it in a reference: unquoted when it is made of letters,
 * digits, underscores and periods only (not starting with a digit or a period and not
 * looking like a cell reference), otherwise in single quotes with inner quotes doubled.
 */
export function quoteSheetName(sheet: string): string {
  let quoted = QUOTED.get(sheet);
  if (quoted === undefined) {
    const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !looksLikeReference(sheet);
    quoted = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    // A workbook has a few sheets; a bound keeps garbage input from growing the memo.
    if (QUOTED.size >= 256) QUOTED.clear();
    QUOTED.set(sheet, quoted);
  }
  return quoted;
}

/** `quoteSheetName`'s answers: a sheet's name is quoted once, not once per address. */
const QUOTED = new Map<string, string>();

/** `Sheet!B7` for a 0-based row and column on the sheet. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${colLetter(col)}${Math.max(0, Math.floor(row)) + 1}`;
}

/** `Sheet!A1:F1` (or `Sheet!A1` for one cell) for a 0-based row and a column span. */
export function rowRangeAddress(
  sheet: string,
  row: number,
  firstCol: number,
  lastCol: number
): string {
  const r = Math.max(0, Math.floor(row)) + 1;
  const first = `${colLetter(firstCol)}${r}`;
  return lastCol > firstCol
    ? `${quoteSheetName(sheet)}!${first}:${colLetter(lastCol)}${r}`
    : `${quoteSheetName(sheet)}!${first}`;
}
