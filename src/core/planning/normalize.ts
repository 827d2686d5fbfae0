/** Normalisation of header texts, names and enumerated values for matching. */
import type { CellValue } from "./types";

/** The text of a cell as typed: strings as they are, numbers and booleans as text, blanks as "". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value ? "TRUE" : "FALSE";
}

/**
 * True when `cleanText` would return `text` unchanged, decided in one pass over its
 * characters: every character below U+0300 (no combining mark can follow, and none of these
 * changes under NFC), no space other than the plain one, none at either end, no two in a row.
 */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let previous = 32;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 || c === 0xa0 || (c >= 9 && c <= 13) || (c === 32 && previous === 32))
      return false;
    previous = c;
  }
  return previous !== 32;
}

/** NFC, every kind of space turned into a plain space, trimmed, inner runs collapsed. */
export function cleanText(text: string): string {
  if (isClean(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
    .trim();
}

/** The characters `cleanText` removes at either end: every kind of space. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The key two names are compared by: `cleanText` and lower case. */
export function matchKey(text: string): string {
  return cleanText(text).toLowerCase();
}

/** A header's matching key: like `matchKey`, with a trailing parenthetical removed. */
export function headerKey(text: string): string {
  let key = matchKey(text);
  for (;;) {
    const stripped = key.replace(/\s*\([^()]*\)$/, "").trim();
    if (stripped === key) break;
    key = stripped;
  }
  return key;
}

/** True for a cell that holds nothing: null, undefined, or text of only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // `cleanText` gives "" exactly when every character is a space (NFC keeps every other one).
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return false;
  return true;
}
