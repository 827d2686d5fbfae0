/**
 * The task pane's words: one catalogue of one shape (`PaneTexts`, defined by sv.ts), one
 * file per language. Swedish by default; English where Office's display language is
 * English (in the browser preview: `?lang=en`).
 */
import type { Lang } from "../../core/i18n";
import { en } from "./en";
import { sv, type PaneTexts } from "./sv";

export type { Lang, PaneTexts };
/** The pane's texts (the name the views use). */
export type Strings = PaneTexts;

export function strings(lang: Lang): PaneTexts {
  return lang === "en" ? en : sv;
}

/** The pane's language: Office's display language inside Office, `?lang=` in the preview. */
export function detectLanguage(officeDisplayLanguage: string | undefined, search: string): Lang {
  if (officeDisplayLanguage)
    return officeDisplayLanguage.toLowerCase().startsWith("en") ? "en" : "sv";
  const requested = new URLSearchParams(search).get("lang");
  return requested && requested.toLowerCase().startsWith("en") ? "en" : "sv";
}
