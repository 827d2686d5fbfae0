/**
 * The labels of terms and half-years (`term.ts`), in the core's two languages: "VT 2026" /
 * "Spring 2026" for a term, "2025 jan–jun" and "Totalt jan–jun 2025 (rapporteras i juni)"
 * for the statistics' half-years. The words are the catalogue's (`i18n`).
 */
import { t, textsOf, type Lang } from "../i18n";
import type { HalfYear, Term } from "./term";

/** "VT 2026" / "Spring 2026". */
export function termLabel(term: Term, lang: Lang): string {
  return textsOf(lang).termLabel(term.half, term.year);
}

/** The statistics' name of a half-year: "2025 jan–jun" / "2025 Jan–Jun". */
export function halfYearLabel(h: HalfYear, lang: Lang): string {
  return t(`stats.half.${h.half}`, lang, { year: h.year });
}

/** The statistics' total row of a half-year: "Totalt jan–jun 2025 (rapporteras i juni)". */
export function halfYearTotalLabel(h: HalfYear, lang: Lang): string {
  return t(`stats.total.${h.half}`, lang, { year: h.year });
}
