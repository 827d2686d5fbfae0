/**
 * The task pane's words. Swedish by default; English where Office's display language is
 * English (in the browser preview: `?lang=en`).
 */
import type { Lang } from "../core/i18n/messages";
import type { UndoSupport } from "../workbook/workbook";

export type { Lang };

/** "1 arbetsdag" / "3 arbetsdagar". */
function svWorkdays(n: number): string {
  return n === 1 ? "1 arbetsdag" : `${n} arbetsdagar`;
}

function enWorkdays(n: number): string {
  return n === 1 ? "1 working day" : `${n} working days`;
}

function svList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

function enList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const sv = {
  appTitle: "VerkSam-planeraren",
  previewSample: (today: string): string =>
    `Förhandsvisning utan Excel: exempelboken VerkSam Jönköping 2 (HT 2025, 30 påhittade ärenden) i minnet. Dagens datum i exemplet: ${today}.`,
  previewEmpty: (today: string): string =>
    `Förhandsvisning utan Excel: en tom arbetsbok i minnet. Dagens datum: ${today}.`,
  // ---- the deadline calculator ----
  deadlinesTitle: "Frister för ett möte",
  meetingDate: "Mötesdatum",
  caseDeadline: "Ärendefrist",
  caseDeadlineHint: "Ärenden anmäls senast",
  releaseDeadline: "Frigörandefrist",
  releaseDeadlineHint: "Enheter utan ärende frigörs senast",
  workdaysBefore: (n: number): string => `${svWorkdays(n)} före mötet`,
  countsWith: "Räknar med",
  fromBook: "planeringsbokens Inställningar och Stängda dagar",
  week: "vecka",
  notAWorkday: "Mötesdatumet är ingen arbetsdag.",
  badDate: "Skriv ett datum som 2025-03-14.",
  outOfRange: "Datumet måste ligga mellan 1900 och 2199.",
  holidaysTitle: "Helgdagar och stängda dagar de närmaste månaderna",
  closedEve: "stängd afton",
  closedDay: "Stängd dag",
  noHolidays: "Inga helgdagar de närmaste månaderna.",
  // ---- steps ----
  needsBook: "Behöver en planeringsbok: skapa den i steg 1.",
  // 1
  createTitle: "1. Planeringsbok",
  createIntro:
    "Börja här. Välj grupp, termin och första mötet. Planeraren lägger till bladen Inställningar, Stängda dagar, Enheter, Möten och Ärenden med terminens möten.",
  bookExists: "Planeringsboken finns i arbetsboken. Fler möten skriver du direkt i tabellen Möten.",
  group: "Grupp",
  chooseGroup: "Välj grupp",
  customGroup: "Egen grupp",
  customName: "Gruppens namn",
  customUnits: "Enheter, en per rad: namn; typ (Kommun, Region, AF eller FK)",
  term: "Termin",
  spring: "VT (vårtermin)",
  autumn: "HT (hösttermin)",
  termName: (half: "VT" | "HT", year: number): string => `${half} ${year}`,
  year: "År",
  firstMeeting: "Första mötet",
  firstMeetingHint: "Sedan ett möte var 6:e vecka terminen ut.",
  firstMeetingPast: (date: string): string =>
    `Obs: ${date} har redan passerat. Välj ett senare datum om mötet inte redan har hållits.`,
  createButton: "Skapa planeringsbok",
  groupMissing: "Välj grupp först.",
  customNameMissing: "Skriv gruppens namn.",
  customUnitsMissing: "Skriv minst en enhet.",
  badUnitLine: (line: number): string =>
    `Rad ${line} i Enheter: skriv namn; typ, där typ är Kommun, Region, AF eller FK.`,
  yearOutOfRange: "Året måste ligga mellan 1900 och 2199.",
  confirmTitle: "Det här läggs till i arbetsboken",
  confirmGroup: "Grupp",
  confirmTerm: "Termin",
  confirmSheets: "Blad",
  confirmMeetings: (n: number): string => (n === 1 ? "1 möte" : `${n} möten`),
  confirmUndo: (undo: UndoSupport): string =>
    undo === "one-step"
      ? "Ctrl+Z direkt efteråt ångrar hela planeringsboken i ett steg: de fem bladen tas bort igen. Har du hunnit göra något annat i arbetsboken ångras det först. Skapa planeringsboken?"
      : undo === "not-promised"
        ? "Ctrl+Z ångrar kanske inte det här i den här versionen av Excel: blev något fel får bladen tas bort för hand. Skapa planeringsboken?"
        : "Ctrl+Z kan inte ångra det här: blev något fel får bladen tas bort för hand. Skapa planeringsboken?",
  confirmYes: "Ja, skapa planeringsboken",
  confirmNo: "Avbryt",
  // 2
  casesTitle: "2. Fyll i Ärenden",
  casesIntro:
    "Skriv ett ärende per rad i tabellen Ärenden: mötesdatum, ärendekod (aldrig personnummer), initierad av, enhet, samtycke och dagen det anmäldes. Tryck sedan Kontrollera.",
  checkButton: "Kontrollera",
  checksTitle: "Kontroller",
  noFindings: "Inga anmärkningar.",
  errorLabel: "Fel:",
  warningLabel: "Varning:",
  // 3
  scheduleTitle: "3. Mötesschema",
  scheduleIntro:
    "Skriver bladen Mötesschema och Dagordning från Möten och Ärenden. De skrivs om varje gång, så ändringar där försvinner: ändra i Möten och Ärenden i stället.",
  scheduleButton: "Skapa mötesschema",
  scheduleDone: (summary: string): string => `Mötesschema och Dagordning är skrivna: ${summary}.`,
  // 4
  statisticsTitle: "4. Statistik",
  statisticsIntro:
    "Skriver bladet Statistik: en rad per möte och en summa per halvår, som förbundet följer upp i juni och december. Bladet skrivs om varje gång, så ändringar där försvinner.",
  statisticsButton: "Skapa statistik",
  statisticsDone: (summary: string): string => `Statistik är skriven: ${summary}.`,
  copyChoice: "Möte eller halvår att kopiera",
  copyButton: "Kopiera statistik",
  copyNothing: "Inget att kopiera än: fyll i ärenden först.",
  copied: (label: string): string =>
    `Kopierat: ${label}. Klistra in i Excel eller för över till enkäten.`,
  copyManual: "Kopieringen blockerades. Texten är markerad nedan: tryck Ctrl+C (Cmd+C på Mac).",
  copyText: "Texten att kopiera",
  busy: "Arbetar …",
  busyCellEdit:
    "Arbetar … Excel har inte svarat än. Redigerar du en cell? Tryck Enter i cellen först.",
  cellEdit:
    "Tryck Enter i cellen först och tryck sedan på knappen igen: Excel tar inte emot något medan en cell redigeras.",
  readAgainFirst: (summary: string): string =>
    `Arbetsboken hade ändrats sedan den lästes, så den är inläst igen: ${summary}. Tryck på knappen en gång till.`,
  unwatchedNote:
    " Texten är gjord av arbetsboken som den lästes senast. Panelen märker inte ändringar i blad utan Excel-tabell: har du ändrat Möten eller Ärenden sedan dess, tryck Läs in arbetsboken igen och kopiera på nytt.",
  // ---- Meddela gruppen ----
  messagesTitle: "Meddela gruppen",
  messagesIntro:
    "Texter att skicka: frigörandebesked till enheter utan ärende, kallelser och dagordning, terminens mötestider och en kalenderfil. Inga personuppgifter följer med; bara kallelserna och dagordningen har ärendekoder. Kallelserna och dagordningen läser arbetsboken som den är nu; de andra görs från arbetsboken som den lästes senast, och har den ändrats sedan dess läser panelen in den igen innan något kopieras.",
  messageMeeting: "Möte",
  messagesRefresh: "Läs in arbetsboken igen",
  messagesRefreshed: (summary: string): string =>
    `Arbetsboken är inläst igen: ${summary}. Texterna nedan följer den.`,
  senderLine: (name: string): string => `Texterna undertecknas av ${name}.`,
  senderNone:
    "Texterna har ingen avsändare: skriv namnet i Inställningar, kolumnen Koordinator eller Sammankallande.",
  convenerChosen:
    "I den här gruppen väljer gruppen sin sammankallande: skriv namnet i Inställningar, kolumnen Sammankallande, så undertecknar den texterna.",
  convenerSet: "I den här gruppen väljer gruppen sin sammankallande, som undertecknar texterna.",
  releaseHeading: "Frigörandebesked",
  releaseUnits: (units: readonly string[]): string =>
    `Behöver inte delta: ${svList(units)}. Ett besked per enhet.`,
  releaseNoneAtMeeting:
    "Ingen enhet frigörs vid det här mötet: alla regionens enheter har ärenden. Inget att kopiera.",
  releaseButton: "Kopiera frigörandebesked",
  releaseCopied: (n: number, late: boolean): string =>
    `Kopierat: ${n === 1 ? "1 frigörandebesked" : `${n} frigörandebesked`}. Klistra in i ett mejl till varje enhet.${late ? " Frigörandefristen har passerat: skicka dem så snart som möjligt." : ""}`,
  timesHeading: "Mötestider",
  timesTerm: (term: string, n: number): string =>
    `${term}: ${n === 1 ? "1 möte" : `${n} möten`} med tid, form, plats och ärendefrist.`,
  timesButton: "Kopiera mötestider",
  timesCopied: (term: string): string =>
    `Kopierat: mötestiderna för ${term}, som text för ett mejl eller Teams och som tabbavgränsade rader för Excel.`,
  calendarHeading: "Kalenderfil",
  calendarDeadlines: "Ta med Ärendefrist och Frigörandefrist som heldagshändelser",
  calendarButton: "Ladda ner kalenderfil",
  calendarShowText: "Visa texten i stället",
  calendarDownloaded: (file: string): string =>
    `Kalenderfilen ${file} är nedladdad. Öppna den eller skicka den till gruppen; en ny fil efter en ändrad mötestid uppdaterar samma händelser i kalendern.`,
  calendarNoDownload:
    "Den här versionen av Excel kan inte ladda ner filer från tillägget. Kalenderfilens text visas nedan.",
  calendarTextLabel: "Kalenderfilens text",
  calendarCopyButton: "Kopiera kalendertexten",
  calendarCopied: "Kopierat: kalenderfilens text. Spara den som en .ics-fil enligt raden ovan.",
  kallelseHeading: "Kallelser och dagordning",
  kallelseHint:
    "Läser arbetsboken som den är nu. En kallelse per enhet med ärenden, med enhetens egen tid, ärendekoderna och påminnelsen om skriftligt samtycke, och en till kommunen med alla pass. Enheter som frigörs får ingen kallelse.",
  kallelseButton: "Kopiera kallelser",
  agendaButton: "Kopiera dagordning",
  kallelseRead: (summary: string): string => `Arbetsboken är läst nu: ${summary}.`,
  kallelseNone: "Inga ärenden vid det här mötet: ingen kallelse att kopiera.",
  kallelseCopied: (n: number): string =>
    `Kopierat: ${n === 1 ? "1 kallelse" : `${n} kallelser`}, gjorda av arbetsboken som den är nu. Klistra in i ett mejl till varje enhet.`,
  agendaCopied:
    "Kopierat: dagordningen, gjord av arbetsboken som den är nu, som text och som tabbavgränsade rader för Excel.",
  shownTextLabel: "Texten, gjord av arbetsboken som den är nu",
  shownCopyButton: "Kopiera",
  shownPressCopy:
    "Texten är gjord av arbetsboken som den är nu och visas nedan. Tryck Kopiera: här får texten bara kopieras direkt vid ett klick.",
  // ---- Nästa termin ----
  nextTermTitle: "Nästa termin",
  nextTermIntro:
    "Lägger till nästa termins möten sist i tabellen Möten: med Mötesintervall från Inställningar efter det senaste mötet, flyttade från helgdagar och stängda dagar, med formlerna för fristerna. Befintliga rader ändras inte.",
  nextTermButton: "Lägg till nästa termin",
  nextTermConfirmTitle: (label: string, n: number): string =>
    `${label}: ${n === 1 ? "1 möte" : `${n} möten`} läggs till i Möten`,
  nextTermUndo: (undo: UndoSupport): string =>
    undo === "one-step"
      ? "Ctrl+Z direkt efteråt tar bort alla de nya raderna i ett steg. Lägga till mötena?"
      : undo === "not-promised"
        ? "Ctrl+Z ångrar kanske inte det här i den här versionen av Excel: blev något fel får raderna tas bort för hand. Lägga till mötena?"
        : "Ctrl+Z kan inte ångra det här: blev något fel får raderna tas bort för hand. Lägga till mötena?",
  nextTermYes: "Ja, lägg till mötena",
  nextTermNo: "Avbryt",
  nextTermNothingRead: "Arbetsboken är inte läst än; försök igen om en stund.",
  // ---- Möten formulas (Kontroller) ----
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
  refillConfirm: (cells: string, undo: UndoSupport): string =>
    undo === "one-step"
      ? `Formlerna skrivs in i ${cells}. Det som står i cellerna nu ersätts; Ctrl+Z direkt efteråt ger tillbaka det i ett steg. Fortsätta?`
      : undo === "not-promised"
        ? `Formlerna skrivs in i ${cells}. Det som står i cellerna nu ersätts, och Ctrl+Z ångrar kanske inte det i den här versionen av Excel. Fortsätta?`
        : `Formlerna skrivs in i ${cells}. Det som står i cellerna nu ersätts, och Ctrl+Z kan inte ångra det. Fortsätta?`,
  refillYes: "Ja, fyll i",
  refillNo: "Avbryt",
  showCell: (cell: string): string => `Visa ${cell}`,
  // ---- Att göra ----
  todoTitle: "Att göra",
  todoReading: "Läser arbetsboken …",
  noMeetings: "Tabellen Möten har inga möten ännu. Skriv in terminens mötesdatum i Möten.",
  allMeetingsHeld:
    "Alla möten i Möten har redan hållits. Lägg till nästa termins möten med Lägg till nästa termin, eller skriv in dem i Möten.",
  nextMeeting: "Nästa möte",
  meetingToday: "i dag",
  at: (time: string): string => `kl. ${time}`,
  meetingOf: (nr: number, of: number): string => `möte ${nr} av ${of}`,
  caseCount: (n: number): string => (n === 1 ? "1 ärende" : `${n} ärenden`),
  todoCaseDeadline: "Ärendefrist",
  todoReleaseDeadline: "Frigörandefrist",
  inWorkdays: (n: number): string => `om ${svWorkdays(n)}`,
  deadlineToday: "i dag",
  deadlinePassed: "passerad",
  release: (units: readonly string[], by: string): string =>
    `Meddela ${svList(units)} senast ${by} att de inte behöver komma.`,
  releaseNone: "Ingen enhet frigörs: alla regionens enheter har ärenden.",
  consentNo: "Samtycke Nej, tas inte upp:",
  consentMissing: "Samtycke inte ifyllt:",
  notifiedLate: "Anmälda efter ärendefristen:",
  followUpTitle: "Statistik till förbundet",
  followUp: (month: string, held: number, meetings: number, cases: number): string =>
    `Nästa uppföljning: ${month}. Hittills ${held} av ${meetings} ${meetings === 1 ? "möte" : "möten"} hållna, ${cases === 1 ? "1 ärende" : `${cases} ärenden`}.`,
  followUpNone: (month: string): string =>
    `Nästa uppföljning: ${month}. Halvåret har inga möten i Möten.`,
  month6: (year: number): string => `juni ${year}`,
  month12: (year: number): string => `december ${year}`,
  outcomesMissing: "Utfall saknas:",
  outcomesMeeting: (nr: number, date: string): string => `Möte ${nr} (${date}):`,
  outcomesComplete: "Alla hållna möten har utfall ifyllt.",
  noCode: "(ärendekod saknas)",
  // ---- the preview grid ----
  previewGrid: "Arbetsboken (förhandsvisning)",
  previewGridHint:
    "Klicka på en cell i en tabell, skriv i fältet Innehåll och tryck Enter. Raden under en tabell lägger till en rad i den.",
  nameBox: "Cell",
  cellEditor: "Innehåll",
  emptyWorkbook: "Arbetsboken är tom.",
  emptySheet: "Bladet är tomt.",
  rowHeader: "Rad",
  cellReadOnly:
    "Den här cellen ändras inte i förhandsvisningen: skriv i tabellerna Inställningar, Stängda dagar, Enheter, Möten och Ärenden.",
  noCellSelected: "Ingen cell markerad.",
  badAddress: "Skriv en cell som B3.",
  noFormulas: "Förhandsvisningen räknar inte egna formler: skriv ett värde.",
  notInList: (allowed: string): string => `Värdet finns inte i listan. Tillåtet: ${allowed}.`,
  notWholeNumber: (min: number, max: number): string =>
    `Skriv ett heltal mellan ${min} och ${max}.`,
  unexpected: "Något oväntat gick fel; inget av det du skrivit har ändrats",
};

export type Strings = typeof sv;

const en: Strings = {
  appTitle: "VerkSam planner",
  previewSample: (today: string): string =>
    `Preview without Excel: the sample workbook VerkSam Jönköping 2 (autumn 2025, 30 made-up cases) in memory. Today's date in the sample: ${today}.`,
  previewEmpty: (today: string): string =>
    `Preview without Excel: an empty workbook in memory. Today's date: ${today}.`,
  deadlinesTitle: "Deadlines for a meeting",
  meetingDate: "Meeting date",
  caseDeadline: "Case deadline",
  caseDeadlineHint: "Cases notified at the latest",
  releaseDeadline: "Release deadline",
  releaseDeadlineHint: "Units with no case released at the latest",
  workdaysBefore: (n: number): string => `${enWorkdays(n)} before the meeting`,
  countsWith: "Counts with",
  fromBook: "the planning workbook's Inställningar and Stängda dagar",
  week: "week",
  notAWorkday: "The meeting date is not a working day.",
  badDate: "Enter a date such as 2025-03-14.",
  outOfRange: "The date must lie between 1900 and 2199.",
  holidaysTitle: "Holidays and closed days in the coming months",
  closedEve: "closed eve",
  closedDay: "Closed day",
  noHolidays: "No holidays in the coming months.",
  needsBook: "Needs a planning workbook: create it in step 1.",
  createTitle: "1. Planning workbook",
  createIntro:
    "Start here. Choose the group, the term and the first meeting. The planner adds the sheets Inställningar, Stängda dagar, Enheter, Möten and Ärenden with the term's meetings.",
  bookExists:
    "The planning workbook is in this workbook. Type further meetings straight into the table Möten.",
  group: "Group",
  chooseGroup: "Choose a group",
  customGroup: "Own group",
  customName: "Group name",
  customUnits: "Units, one per line: name; type (Kommun, Region, AF or FK)",
  term: "Term",
  spring: "VT (spring term)",
  autumn: "HT (autumn term)",
  termName: (half: "VT" | "HT", year: number): string =>
    `${half === "VT" ? "spring" : "autumn"} ${year} (${half})`,
  year: "Year",
  firstMeeting: "First meeting",
  firstMeetingHint: "Then a meeting every 6 weeks to the end of the term.",
  firstMeetingPast: (date: string): string =>
    `Note: ${date} has already passed. Choose a later date unless that meeting has been held.`,
  createButton: "Create planning workbook",
  groupMissing: "Choose a group first.",
  customNameMissing: "Enter the group's name.",
  customUnitsMissing: "Enter at least one unit.",
  badUnitLine: (line: number): string =>
    `Line ${line} of the units: write name; type, where type is Kommun, Region, AF or FK.`,
  yearOutOfRange: "The year must lie between 1900 and 2199.",
  confirmTitle: "This is added to the workbook",
  confirmGroup: "Group",
  confirmTerm: "Term",
  confirmSheets: "Sheets",
  confirmMeetings: (n: number): string => (n === 1 ? "1 meeting" : `${n} meetings`),
  confirmUndo: (undo: UndoSupport): string =>
    undo === "one-step"
      ? "Ctrl+Z right after undoes the whole planning workbook in one step: the five sheets are removed again. If you have done something else in the workbook since, that is undone first. Create the planning workbook?"
      : undo === "not-promised"
        ? "Ctrl+Z may not undo this in this version of Excel: if something is wrong, the sheets must be deleted by hand. Create the planning workbook?"
        : "Ctrl+Z cannot undo this: if something is wrong, the sheets must be deleted by hand. Create the planning workbook?",
  confirmYes: "Yes, create the planning workbook",
  confirmNo: "Cancel",
  casesTitle: "2. Fill in Ärenden",
  casesIntro:
    "Type one case per row in the table Ärenden: meeting date, case code (never a personal identity number), initiated by, unit, consent and the day it was notified. Then press Check.",
  checkButton: "Check",
  checksTitle: "Checks",
  noFindings: "Nothing to report.",
  errorLabel: "Error:",
  warningLabel: "Warning:",
  scheduleTitle: "3. Meeting schedule",
  scheduleIntro:
    "Writes the sheets Mötesschema and Dagordning from Möten and Ärenden. They are rewritten every time, so changes made there are lost: change Möten and Ärenden instead.",
  scheduleButton: "Make schedule",
  scheduleDone: (summary: string): string => `Mötesschema and Dagordning are written: ${summary}.`,
  statisticsTitle: "4. Statistics",
  statisticsIntro:
    "Writes the sheet Statistik: one row per meeting and a total per half-year, which the förbund follows up in June and December. The sheet is rewritten every time, so changes made there are lost.",
  statisticsButton: "Make statistics",
  statisticsDone: (summary: string): string => `Statistik is written: ${summary}.`,
  copyChoice: "Meeting or half-year to copy",
  copyButton: "Copy statistics",
  copyNothing: "Nothing to copy yet: fill in cases first.",
  copied: (label: string): string =>
    `Copied: ${label}. Paste into Excel or transfer it to the survey.`,
  copyManual: "Copying was blocked. The text is selected below: press Ctrl+C (Cmd+C on a Mac).",
  copyText: "The text to copy",
  busy: "Working …",
  busyCellEdit:
    "Working … Excel has not answered yet. Are you editing a cell? Press Enter in the cell first.",
  cellEdit:
    "Press Enter in the cell first, then press the button again: Excel accepts nothing while a cell is being edited.",
  readAgainFirst: (summary: string): string =>
    `The workbook had changed since it was read, so it has been read again: ${summary}. Press the button once more.`,
  unwatchedNote:
    " The text is made from the workbook as it was last read. The pane does not notice changes on sheets without an Excel table: if you have changed Möten or Ärenden since, press Read the workbook again and copy once more.",
  messagesTitle: "Tell the group",
  messagesIntro:
    "Texts to send: release notices to units without a case, invitations and the agenda, the term's meeting times and a calendar file. No personal data goes with them; only the invitations and the agenda have case codes. The invitations and the agenda read the workbook as it is now; the others are made from the workbook as last read, and if it has changed since, the pane reads it again before anything is copied.",
  messageMeeting: "Meeting",
  messagesRefresh: "Read the workbook again",
  messagesRefreshed: (summary: string): string =>
    `The workbook is read again: ${summary}. The texts below follow it.`,
  senderLine: (name: string): string => `The texts are signed by ${name}.`,
  senderNone:
    "The texts have no sender: enter the name in Inställningar, column Koordinator or Sammankallande.",
  convenerChosen:
    "In this group the group chooses its convener: enter the name in Inställningar, column Sammankallande, and the texts are signed by the convener.",
  convenerSet: "In this group the group chooses its convener, who signs the texts.",
  releaseHeading: "Release notices",
  releaseUnits: (units: readonly string[]): string =>
    `Need not attend: ${enList(units)}. One notice per unit.`,
  releaseNoneAtMeeting:
    "No unit is released at this meeting: every region unit has cases. Nothing to copy.",
  releaseButton: "Copy release notices",
  releaseCopied: (n: number, late: boolean): string =>
    `Copied: ${n === 1 ? "1 release notice" : `${n} release notices`}. Paste into an e-mail to each unit.${late ? " The release deadline has passed: send them as soon as possible." : ""}`,
  timesHeading: "Meeting times",
  timesTerm: (term: string, n: number): string =>
    `${term}: ${n === 1 ? "1 meeting" : `${n} meetings`} with time, format, place and case deadline.`,
  timesButton: "Copy meeting times",
  timesCopied: (term: string): string =>
    `Copied: the meeting times of ${term}, as text for an e-mail or Teams and as tab-separated rows for Excel.`,
  calendarHeading: "Calendar file",
  calendarDeadlines: "Include the case and release deadlines as all-day events",
  calendarButton: "Download calendar file",
  calendarShowText: "Show the text instead",
  calendarDownloaded: (file: string): string =>
    `The calendar file ${file} is downloaded. Open it or send it to the group; a new file after a meeting time changed updates the same events in the calendar.`,
  calendarNoDownload:
    "This version of Excel cannot download files from the add-in. The calendar file's text is shown below.",
  calendarTextLabel: "The calendar file's text",
  calendarCopyButton: "Copy the calendar text",
  calendarCopied:
    "Copied: the calendar file's text. Save it as an .ics file as the line above says.",
  kallelseHeading: "Invitations and agenda",
  kallelseHint:
    "Reads the workbook as it is now. One invitation per unit with cases, with the unit's own time, the case codes and the reminder of written consent, and one to the municipality with every slot. Units released get no invitation.",
  kallelseButton: "Copy invitations",
  agendaButton: "Copy agenda",
  kallelseRead: (summary: string): string => `The workbook is read now: ${summary}.`,
  kallelseNone: "No cases at this meeting: no invitation to copy.",
  kallelseCopied: (n: number): string =>
    `Copied: ${n === 1 ? "1 invitation" : `${n} invitations`}, made from the workbook as it is now. Paste into an e-mail to each unit.`,
  agendaCopied:
    "Copied: the agenda, made from the workbook as it is now, as text and as tab-separated rows for Excel.",
  shownTextLabel: "The text, made from the workbook as it is now",
  shownCopyButton: "Copy",
  shownPressCopy:
    "The text is made from the workbook as it is now and shown below. Press Copy: here the text can only be copied right inside a click.",
  nextTermTitle: "Next term",
  nextTermIntro:
    "Adds the next term's meetings at the end of the table Möten: every Mötesintervall weeks (Inställningar) after the last meeting, moved off holidays and closed days, with the deadline formulas. Existing rows are not changed.",
  nextTermButton: "Add next term",
  nextTermConfirmTitle: (label: string, n: number): string =>
    `${label}: ${n === 1 ? "1 meeting is" : `${n} meetings are`} added to Möten`,
  nextTermUndo: (undo: UndoSupport): string =>
    undo === "one-step"
      ? "Ctrl+Z right after removes all the new rows in one step. Add the meetings?"
      : undo === "not-promised"
        ? "Ctrl+Z may not undo this in this version of Excel: if something is wrong, the rows must be deleted by hand. Add the meetings?"
        : "Ctrl+Z cannot undo this: if something is wrong, the rows must be deleted by hand. Add the meetings?",
  nextTermYes: "Yes, add the meetings",
  nextTermNo: "Cancel",
  nextTermNothingRead: "The workbook has not been read yet; try again in a moment.",
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
  refillConfirm: (cells: string, undo: UndoSupport): string =>
    undo === "one-step"
      ? `The formulas are written into ${cells}. What those cells hold now is replaced; Ctrl+Z right after brings it back in one step. Continue?`
      : undo === "not-promised"
        ? `The formulas are written into ${cells}. What those cells hold now is replaced, and Ctrl+Z may not undo it in this version of Excel. Continue?`
        : `The formulas are written into ${cells}. What those cells hold now is replaced, and Ctrl+Z cannot undo it. Continue?`,
  refillYes: "Yes, fill in",
  refillNo: "Cancel",
  showCell: (cell: string): string => `Show ${cell}`,
  todoTitle: "To do",
  todoReading: "Reading the workbook …",
  noMeetings: "The table Möten has no meetings yet. Type the term's meeting dates into Möten.",
  allMeetingsHeld:
    "Every meeting in Möten has been held. Add the next term's meetings with Add next term, or type them into Möten.",
  nextMeeting: "Next meeting",
  meetingToday: "today",
  at: (time: string): string => `at ${time}`,
  meetingOf: (nr: number, of: number): string => `meeting ${nr} of ${of}`,
  caseCount: (n: number): string => (n === 1 ? "1 case" : `${n} cases`),
  todoCaseDeadline: "Case deadline",
  todoReleaseDeadline: "Release deadline",
  inWorkdays: (n: number): string => `in ${enWorkdays(n)}`,
  deadlineToday: "today",
  deadlinePassed: "passed",
  release: (units: readonly string[], by: string): string =>
    `Tell ${enList(units)} by ${by} that they need not attend.`,
  releaseNone: "No unit is released: every region unit has cases.",
  consentNo: "Consent No, not raised:",
  consentMissing: "Consent not filled in:",
  notifiedLate: "Notified after the case deadline:",
  followUpTitle: "Statistics for the förbund",
  followUp: (month: string, held: number, meetings: number, cases: number): string =>
    `Next follow-up: ${month}. So far ${held} of ${meetings} ${meetings === 1 ? "meeting" : "meetings"} held, ${cases === 1 ? "1 case" : `${cases} cases`}.`,
  followUpNone: (month: string): string =>
    `Next follow-up: ${month}. The half-year has no meetings in Möten.`,
  month6: (year: number): string => `June ${year}`,
  month12: (year: number): string => `December ${year}`,
  outcomesMissing: "Outcome missing:",
  outcomesMeeting: (nr: number, date: string): string => `Meeting ${nr} (${date}):`,
  outcomesComplete: "Every meeting held has its outcomes filled in.",
  noCode: "(case code missing)",
  previewGrid: "The workbook (preview)",
  previewGridHint:
    "Click a cell of a table, type in the Content field and press Enter. The row below a table adds a row to it.",
  nameBox: "Cell",
  cellEditor: "Content",
  emptyWorkbook: "The workbook is empty.",
  emptySheet: "The sheet is empty.",
  rowHeader: "Row",
  cellReadOnly:
    "This cell is not changed in the preview: type into the tables Inställningar, Stängda dagar, Enheter, Möten and Ärenden.",
  noCellSelected: "No cell selected.",
  badAddress: "Enter a cell such as B3.",
  noFormulas: "The preview does not calculate formulas of your own: enter a value.",
  notInList: (allowed: string): string => `The value is not in the list. Allowed: ${allowed}.`,
  notWholeNumber: (min: number, max: number): string =>
    `Enter a whole number from ${min} to ${max}.`,
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
