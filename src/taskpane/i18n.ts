/**
 * The task pane's words. Swedish by default; English where Office's display language is
 * English (in the browser preview: `?lang=en`).
 */
import type { Lang } from "../core/i18n/messages";

export type { Lang };

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
  createTitle: "Planeringsbok",
  createIntro:
    "Skapar bladen Inställningar, Stängda dagar, Enheter, Möten och Ärenden med terminens möten.",
  group: "Grupp",
  customGroup: "Egen grupp",
  customName: "Gruppens namn",
  customUnits: "Enheter, en per rad: namn; typ (Kommun, Region, AF eller FK)",
  term: "Termin",
  spring: "VT (vårtermin)",
  autumn: "HT (hösttermin)",
  year: "År",
  firstMeeting: "Första mötet",
  createButton: "Skapa planeringsbok",
  customNameMissing: "Skriv gruppens namn.",
  customUnitsMissing: "Skriv minst en enhet.",
  badUnitLine: (line: number): string =>
    `Rad ${line} i Enheter: skriv namn; typ, där typ är Kommun, Region, AF eller FK.`,
  actionsTitle: "Mötesschema och statistik",
  actionsIntro:
    "Läser planeringsbokens tabeller och skriver bladen Mötesschema, Dagordning och Statistik. Andra blad ändras aldrig.",
  scheduleButton: "Skapa mötesschema",
  statisticsButton: "Skapa statistik",
  checkButton: "Kontrollera",
  busy: "Arbetar …",
  copyTitle: "Kopiera statistik",
  copyChoice: "Möte eller halvår",
  copyButton: "Kopiera statistik",
  copyNeedsStatistics: "Skapa statistik först.",
  copied: (label: string): string =>
    `Kopierat: ${label}. Klistra in i Excel eller skriv över till enkäten.`,
  copyManual: "Kopieringen blockerades. Texten är markerad nedan: tryck Ctrl+C (Cmd+C på Mac).",
  checksTitle: "Kontroller",
  noFindings: "Inga anmärkningar.",
  formulaProblem: (
    cell: string,
    column: string,
    problem: "missing" | "overwritten" | "outdated"
  ): string =>
    problem === "missing"
      ? `Formeln i ${cell} (${column}) saknas, så raden räknas inte om.`
      : problem === "overwritten"
        ? `Formeln i ${cell} (${column}) är överskriven med ett värde, så raden räknas inte om.`
        : `Formeln i ${cell} (${column}) är från en äldre version av VerkSam-planeraren.`,
  refillButton: (cells: number): string =>
    cells === 1 ? "Fyll i formeln igen" : `Fyll i formlerna igen (${cells} celler)`,
  refillConfirm: (cells: string): string =>
    `Formlerna skrivs in i ${cells}. Det som står i cellerna nu ersätts, och Ctrl+Z kan inte ångra det. Fortsätta?`,
  refillYes: "Ja, fyll i",
  refillNo: "Avbryt",
  showCell: (cell: string): string => `Visa ${cell}`,
  previewGrid: "Arbetsboken (förhandsvisning, skrivskyddad)",
  emptySheet: "Bladet är tomt.",
  unexpected: "Något oväntat gick fel; inget av det du skrivit har ändrats",
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
  createTitle: "Planning workbook",
  createIntro:
    "Creates the sheets Inställningar, Stängda dagar, Enheter, Möten and Ärenden with the term's meetings.",
  group: "Group",
  customGroup: "Own group",
  customName: "Group name",
  customUnits: "Units, one per line: name; type (Kommun, Region, AF or FK)",
  term: "Term",
  spring: "VT (spring term)",
  autumn: "HT (autumn term)",
  year: "Year",
  firstMeeting: "First meeting",
  createButton: "Create planning workbook",
  customNameMissing: "Enter the group's name.",
  customUnitsMissing: "Enter at least one unit.",
  badUnitLine: (line: number): string =>
    `Line ${line} of the units: write name; type, where type is Kommun, Region, AF or FK.`,
  actionsTitle: "Schedule and statistics",
  actionsIntro:
    "Reads the planning tables and writes the sheets Mötesschema, Dagordning and Statistik. No other sheet is ever changed.",
  scheduleButton: "Make schedule",
  statisticsButton: "Make statistics",
  checkButton: "Check",
  busy: "Working …",
  copyTitle: "Copy statistics",
  copyChoice: "Meeting or half-year",
  copyButton: "Copy statistics",
  copyNeedsStatistics: "Make the statistics first.",
  copied: (label: string): string =>
    `Copied: ${label}. Paste into Excel or type it into the survey.`,
  copyManual: "Copying was blocked. The text is selected below: press Ctrl+C (Cmd+C on a Mac).",
  checksTitle: "Checks",
  noFindings: "Nothing to report.",
  formulaProblem: (
    cell: string,
    column: string,
    problem: "missing" | "overwritten" | "outdated"
  ): string =>
    problem === "missing"
      ? `The formula in ${cell} (${column}) is missing, so the row is not recalculated.`
      : problem === "overwritten"
        ? `The formula in ${cell} (${column}) was typed over with a value, so the row is not recalculated.`
        : `The formula in ${cell} (${column}) is from an earlier version of VerkSam planner.`,
  refillButton: (cells: number): string =>
    cells === 1 ? "Fill in the formula again" : `Fill in the formulas again (${cells} cells)`,
  refillConfirm: (cells: string): string =>
    `The formulas are written into ${cells}. What those cells hold now is replaced, and Ctrl+Z cannot undo it. Continue?`,
  refillYes: "Yes, fill in",
  refillNo: "Cancel",
  showCell: (cell: string): string => `Show ${cell}`,
  previewGrid: "The workbook (preview, read-only)",
  emptySheet: "The sheet is empty.",
  unexpected: "Something unexpected went wrong; nothing you typed was changed",
};

export function strings(lang: Lang): Strings {
  return lang === "en" ? en : sv;
}

/** The pane's language: Office's display language inside Office, `?lang=` in the preview. */
export function detectLanguage(officeDisplayLanguage: string | undefined, search: string): Lang {
  if (officeDisplayLanguage)
    return officeDisplayLanguage.toLowerCase().startsWith("en") ? "en" : "sv";
  const requested = new URLSearchParams(search).get("lang");
  return requested && requested.toLowerCase().startsWith("en") ? "en" : "sv";
}
