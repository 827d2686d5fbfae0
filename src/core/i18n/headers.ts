/**
 * Header texts of the planning workbook's own tables, Swedish with the English variant,
 * plus extra aliases accepted when reading a hand-made workbook. The Swedish text is the
 * one the template writes (the English one with lang = "en").
 */
import type { Lang } from "./types";

export interface ColumnHeader {
  readonly sv: string;
  readonly en: string;
  /** Further accepted spellings (matched like headers: case, spaces, trailing parenthetical ignored). */
  readonly aliases?: readonly string[];
}

export const SETTINGS_COLUMNS = {
  group: { sv: "Grupp", en: "Group" },
  startTime: { sv: "Starttid", en: "Start time" },
  intervalWeeks: { sv: "Mötesintervall (veckor)", en: "Meeting interval (weeks)" },
  caseDeadlineDays: { sv: "Ärendefrist", en: "Case deadline" },
  releaseDeadlineDays: { sv: "Frigörandefrist", en: "Release deadline" },
  minutesPerCase: { sv: "Minuter per ärende", en: "Minutes per case" },
  /** Who signs the messages when no convener is set (R3); optional. */
  coordinator: { sv: "Koordinator", en: "Coordinator" },
  /** R3: in Habo and Mullsjö the group chooses its convener, who then signs; optional. */
  convener: { sv: "Sammankallande", en: "Convener" },
} as const satisfies Record<string, ColumnHeader>;

export const CLOSED_DAY_COLUMNS = {
  date: { sv: "Datum", en: "Date" },
  description: { sv: "Beskrivning", en: "Description" },
} as const satisfies Record<string, ColumnHeader>;

export const UNIT_COLUMNS = {
  name: { sv: "Enhet", en: "Unit" },
  type: { sv: "Typ", en: "Type" },
  representative: {
    sv: "Representant",
    en: "Representative",
    aliases: ["Kontaktperson", "Contact person"],
  },
  phone: { sv: "Telefon", en: "Phone", aliases: ["Telefonnummer", "Telephone"] },
  email: { sv: "E-post", en: "Email", aliases: ["E-mail", "Epost", "Mejl", "Mail"] },
} as const satisfies Record<string, ColumnHeader>;

export const MEETING_COLUMNS = {
  date: { sv: "Mötesdatum", en: "Meeting date" },
  startTime: { sv: "Starttid", en: "Start time" },
  form: { sv: "Form", en: "Format", aliases: ["Mötesform"] },
  location: { sv: "Plats", en: "Location" },
  caseDeadline: { sv: "Ärendefrist", en: "Case deadline" },
  releaseDeadline: { sv: "Frigörandefrist", en: "Release deadline" },
  released: { sv: "Frigörs", en: "Released" },
} as const satisfies Record<string, ColumnHeader>;

export const CASE_COLUMNS = {
  meetingDate: { sv: "Mötesdatum", en: "Meeting date" },
  code: { sv: "Ärendekod", en: "Case code" },
  initiatedBy: { sv: "Initierad av", en: "Initiated by" },
  unit: { sv: "Enhet", en: "Unit" },
  consent: { sv: "Samtycke", en: "Consent" },
  notified: { sv: "Anmäld", en: "Notified" },
  question: { sv: "Frågeställning", en: "Question" },
  outcome: { sv: "Utfall", en: "Outcome" },
  minutes: { sv: "Minuter", en: "Minutes" },
} as const satisfies Record<string, ColumnHeader>;

/** The header a column has in a workbook made in `lang` (Swedish for anything but "en"). */
export function headerText(header: ColumnHeader, lang: Lang): string {
  return lang === "en" ? header.en : header.sv;
}
