// FROZEN REFERENCE (issue 14): the planner as it was before the single-pass rewrite, the
// oracle of tests/unit/planning/equivalence.test.ts. Do not edit. It imports from src only the
// calendar, dates, i18n and template modules, which the rewrite did not change.
/** Normalisation of header texts, names and enumerated values for matching. */
import type { CellValue } from "./types";

/** The text of a cell as typed: strings as they are, numbers and booleans as text, blanks as "". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value ? "TRUE" : "FALSE";
}

/** NFC, every kind of space turned into a plain space, trimmed, inner runs collapsed. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
    .trim();
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
  return (
    value === null || value === undefined || (typeof value === "string" && cleanText(value) === "")
  );
}
