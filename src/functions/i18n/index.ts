/**
 * The custom functions' texts: one `FunctionTexts` per language (sv.ts, en.ts), and the
 * language they speak (Office's display language: English when it is English, else Swedish).
 */
import { en } from "./en";
import { sv } from "./sv";
import type { FunctionTexts, Lang } from "./types";

export type { FunctionTexts, Lang };

export const FUNCTION_TEXTS: Readonly<Record<Lang, FunctionTexts>> = { sv, en };

/** The texts of one language. */
export function functionTexts(lang: Lang): FunctionTexts {
  return FUNCTION_TEXTS[lang];
}

/** Office's display language as the functions speak it; Swedish outside Office. */
export function displayLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const lang = office?.context?.displayLanguage;
    return typeof lang === "string" && lang.toLowerCase().startsWith("en") ? "en" : "sv";
  } catch {
    return "sv";
  }
}
