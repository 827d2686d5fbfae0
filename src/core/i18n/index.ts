/**
 * The core's user-facing text: one value of type `CoreTexts` per language (`sv.ts`, the
 * reference, and `en.ts`), and `t` for the templates. The column names the reader accepts,
 * with their English aliases, are a separate module (`headers.ts`).
 */
import { en } from "./en";
import { sv } from "./sv";
import type { CoreTexts, Lang, MessageKey, MessageParams } from "./types";

export type { CoreTexts, Lang, MeetingFormValue, MessageKey, MessageParams } from "./types";
export * from "./headers";

/** Every language's texts. */
export const CORE_TEXTS: Readonly<Record<Lang, CoreTexts>> = { sv, en };

/** The texts of `lang`; Swedish for anything but "en" (a value from outside the type). */
export function textsOf(lang: Lang): CoreTexts {
  return lang === "en" ? en : sv;
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

/** The template `key` in `lang` with its placeholders filled. */
export function t(key: MessageKey, lang: Lang, params?: MessageParams): string {
  return interpolate(textsOf(lang).messages[key], params);
}

/** True when `key` is a template of the catalogue. */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(sv.messages, key);
}

/** "{count} x" with the singular form for exactly 1, the plural otherwise. */
export function countText(
  what: "meeting" | "case" | "warning" | "error",
  count: number,
  lang: Lang
): string {
  const key: MessageKey = `count.${what}.${count === 1 ? "one" : "other"}`;
  return t(key, lang, { count });
}
