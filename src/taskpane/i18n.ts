/**
 * The task pane's words. Swedish by default; English where Office's display language is
 * English (in the browser preview: `?lang=en`).
 */
export type Lang = "sv" | "en";

const sv = {
  appTitle: "VerkSam planner",
  previewBanner: "Förhandsvisning utan Excel: en exempelbok (VerkSam Jönköping 2) i minnet.",
  deadlinesTitle: "Frister för ett möte",
  meetingDate: "Mötesdatum",
  caseDeadline: "Ärendefrist (R7)",
  caseDeadlineHint: "Ärenden anmäls senast",
  releaseDeadline: "Frigörandefrist (R8)",
  releaseDeadlineHint: "Enheter utan ärende frigörs senast",
  workdaysBefore: (n: number): string => `${n} arbetsdagar före mötet`,
  week: "vecka",
  notAWorkday: "Mötesdatumet är ingen arbetsdag.",
  badDate: "Skriv ett datum som 2025-03-14.",
  outOfRange: "Datumet måste ligga mellan 1900 och 2199.",
  holidaysTitle: "Helgdagar och stängda dagar de närmaste månaderna",
  closedEve: "stängd afton",
  noHolidays: "Inga helgdagar de närmaste månaderna.",
};

export type Strings = typeof sv;

const en: Strings = {
  appTitle: "VerkSam planner",
  previewBanner: "Preview without Excel: a sample workbook (VerkSam Jönköping 2) in memory.",
  deadlinesTitle: "Deadlines for a meeting",
  meetingDate: "Meeting date",
  caseDeadline: "Case deadline (R7)",
  caseDeadlineHint: "Cases notified at the latest",
  releaseDeadline: "Release deadline (R8)",
  releaseDeadlineHint: "Units with no case released at the latest",
  workdaysBefore: (n: number): string => `${n} working days before the meeting`,
  week: "week",
  notAWorkday: "The meeting date is not a working day.",
  badDate: "Enter a date such as 2025-03-14.",
  outOfRange: "The date must lie between 1900 and 2199.",
  holidaysTitle: "Holidays and closed days in the coming months",
  closedEve: "closed eve",
  noHolidays: "No holidays in the coming months.",
};

export function strings(lang: Lang): Strings {
  return lang === "en" ? en : sv;
}

/** The pane's language: Office's display language inside Office, `?lang=` in the preview. */
export function detectLanguage(officeDisplayLanguage: string | undefined, search: string): Lang {
  if (officeDisplayLanguage) return officeDisplayLanguage.toLowerCase().startsWith("en") ? "en" : "sv";
  const requested = new URLSearchParams(search).get("lang");
  return requested && requested.toLowerCase().startsWith("en") ? "en" : "sv";
}
