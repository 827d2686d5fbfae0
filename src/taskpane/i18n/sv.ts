/**
 * The task pane's words in Swedish: the shape every language of the pane has (`PaneTexts`).
 * One file per language, as date-fns keeps one folder per locale (en.ts satisfies it).
 */
import type { Term } from "../../core/dates/term";
import { termLabel } from "../../core/dates/term-labels";
import type { UndoSupport } from "../../workbook/workbook";

/** "1 arbetsdag" / "3 arbetsdagar". */
function svWorkdays(n: number): string {
  return n === 1 ? "1 arbetsdag" : `${n} arbetsdagar`;
}

function svList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** "1 fil" / "3 filer": the count and the noun's form for it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const sv = {
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
  // ---- the views (tab bar) and the footer ----
  viewsLabel: "Vyer",
  viewStart: "Kom igång",
  viewOversikt: "Översikt",
  viewArenden: "Ärenden",
  viewMoten: "Möten",
  viewMeddela: "Meddela",
  viewStatistik: "Statistik",
  viewForbund: "Förbund",
  noBookYet:
    "Arbetsboken har ingen planeringsbok ännu. Skapa den här; sedan visar planeraren Översikt, Ärenden, Möten, Meddela och Statistik.",
  help: "Hjälp",
  helpHref: "guide.html",
  helpTitle: "Guiden för koordinatorer (öppnas i en ny flik)",
  todoGoConsent: "Öppna Ärenden",
  todoGoRelease: "Kopiera frigörandebesked i Meddela",
  todoGoMessages: "Kopiera kallelser och mötestider i Meddela",
  todoGoOutcomes: "Fyll i utfall i Ärenden",
  todoGoStatistics: "Öppna Statistik",
  todoGoNextTerm: "Lägg till nästa termin i Möten",
  // ---- steps ----
  needsBook: "Behöver en planeringsbok: skapa den i steg 1.",
  // 1
  createTitle: "Planeringsbok",
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
  termName: (term: Term): string => termLabel(term, "sv"),
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
  casesTitle: "Fyll i Ärenden",
  casesIntro:
    "Skriv ett ärende per rad i tabellen Ärenden: mötesdatum, ärendekod (aldrig personnummer), initierad av, enhet, samtycke och dagen det anmäldes. Tryck sedan Kontrollera.",
  checkButton: "Kontrollera",
  checksTitle: "Kontroller",
  noFindings: "Inga anmärkningar.",
  errorLabel: "Fel:",
  warningLabel: "Varning:",
  // 3
  scheduleTitle: "Mötesschema och Dagordning",
  scheduleIntro:
    "Skriver bladen Mötesschema och Dagordning från Möten och Ärenden. De skrivs om varje gång, så ändringar där försvinner: ändra i Möten och Ärenden i stället.",
  scheduleButton: "Skapa mötesschema",
  scheduleDone: (summary: string): string => `Mötesschema och Dagordning är skrivna: ${summary}.`,
  // 4
  statisticsTitle: "Statistik",
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
    "Texterna du skickar till gruppen. Inga personuppgifter följer med; bara kallelserna och dagordningen har ärendekoder.",
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
  /** The meeting chooser's line: "tisdag 18 november 2025 (möte 3)". */
  meetingChoice: (date: string, nr: number): string => `${date} (möte ${nr})`,
  // ---- what the actions answer (actions.ts) ----
  actions: {
    notOwned: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `Bladet ${sheets[0]} finns redan och är inte skapat av VerkSam-planeraren. Byt namn på det eller ta bort det; inget har skrivits.`
        : `Bladen ${sheets.join(", ")} finns redan och är inte skapade av VerkSam-planeraren. Byt namn på dem eller ta bort dem; inget har skrivits.`,
    sheetsExist: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `Bladet ${sheets[0]} finns redan. Planeringsboken har inte skapats och inget har ändrats.`
        : `Bladen ${sheets.join(", ")} finns redan. Planeringsboken har inte skapats och inget har ändrats.`,
    namesTaken: (names: readonly string[]): string =>
      `Namnet ${names.join(", ")} används redan av en tabell eller ett definierat namn i arbetsboken (Formler → Namnhanteraren). Byt namn på det eller ta bort det; planeringsboken har inte skapats och inget har ändrats.`,
    noTables:
      "Hittar varken tabellerna Enheter, Möten och Ärenden eller blad med de namnen. Skapa planeringsboken först.",
    created: (meetings: number): string =>
      `Planeringsboken är skapad med ${meetings === 1 ? "1 möte" : `${meetings} möten`}. Nästa steg: fyll i Ärenden (steg 2).`,
    readFailed: (reason: string): string =>
      `Arbetsboken kunde inte läsas (${reason}). Inget har skrivits.`,
    refilled: (cells: number): string =>
      cells === 1
        ? "Formeln är ifylld igen i 1 cell i Möten."
        : `Formlerna är ifyllda igen i ${cells} celler i Möten.`,
    nothingToRefill: "Alla formler i Möten är på plats; inget har ändrats.",
    refillFailed: (reason: string): string =>
      `Formlerna kunde inte fyllas i (${reason}). Kör Kontroller igen och försök på nytt.`,
    writeFailed: (reason: string): string =>
      `Bladen kunde inte skrivas färdigt (${reason}). Bara tilläggets egna blad (Mötesschema, Dagordning, Statistik) kan ha ändrats; kör åtgärden igen.`,
    createFailed: (reason: string): string =>
      `Planeringsboken kunde inte skapas (${reason}). Bladen som hann läggas till har tagits bort igen; försök på nytt.`,
    undoCleared:
      " Excel tömmer ångra-listan när ett blad tas bort: Ctrl+Z kan inte ångra något som gjordes före det här.",
  },
  cellEditFailure: {
    first: "Tryck Enter i cellen först och tryck sedan på knappen igen.",
    reason: "en cell redigeras",
  },
  nextTermAction: {
    ahead: (last: string): string =>
      `Möten har redan nästa termins möten (det senaste är ${last}). Nästa termin läggs till när den här terminen är slut. Inget har ändrats.`,
    past: (last: string): string =>
      `Det senaste mötet i Möten är ${last}, och terminen efter det har redan passerat. Skriv in den här terminens första möte i Möten; sedan kan nästa termin läggas till. Inget har ändrats.`,
    changed:
      "Möten har ändrats sedan datumen visades. Inget har ändrats: tryck Lägg till nästa termin igen.",
    added: (label: string, dates: readonly string[]): string =>
      `${label}: ${dates.length === 1 ? "1 möte" : `${dates.length} möten`} tillagda sist i Möten (${dates.join(", ")}).`,
    noReleasedFormula:
      " Möten är ett blad utan Excel-tabell, så kolumnen Frigörs har lämnats tom i de nya raderna.",
    failed: (reason: string): string =>
      `Mötena kunde inte läggas till (${reason}). Kontrollera Möten och försök igen.`,
  },
  // ---- the preview's cells and the deadline calculator's holidays, in this language ----
  /** A holiday's name (the calendar has both languages' names). */
  holidayName: (holiday: { readonly name: string; readonly nameEn: string }): string =>
    holiday.name,
  /** A logical cell value as Excel shows it. */
  booleanValue: (value: boolean): string => (value ? "SANT" : "FALSKT"),
  // ---- the pane's charts (Statistik) ----
  charts: {
    /** The pane's chart when the chosen half-year has no meetings. */
    noMeetings: (halfYear: string): string => `Inga möten ${halfYear}.`,
    /** The caption of the text equivalent (a table) under a chart. */
    tableCaption: (title: string): string => `${title}: siffrorna`,
  },
  // ---- Förbund: the förbund's overview of all groups ----
  forbund: {
    title: "Förbundsöversikt",
    intro:
      "Välj gruppernas planeringsböcker (.xlsx, flera på en gång). Bladet Förbundsstatistik i den här arbetsboken får en rad per grupp och halvår, en totalrad per halvår och ett diagram över ärenden per grupp.",
    privacy:
      "Filerna läses här i panelen och skickas ingenstans. Bara antal räknas: ärendekoder, frågeställningar och annan fritext läses aldrig in.",
    filesLabel: "Gruppernas arbetsböcker (.xlsx)",
    chosen: (n: number): string =>
      n === 0 ? "Inga filer valda." : `${count(n, "fil", "filer")} valda.`,
    button: "Skapa förbundsstatistik",
    rewritten: "Bladet Förbundsstatistik skrivs om varje gång; ändringar där försvinner.",
    noFiles: "Välj först en eller flera arbetsböcker (.xlsx).",
    readerFailed: (reason: string): string =>
      `Läsaren för .xlsx-filer kunde inte laddas (${reason}). Ladda om panelen och försök igen. Inget är skrivet.`,
    nothingCounted: "Ingen av filerna kunde räknas (se nedan). Inget är skrivet.",
    notOwned: (sheet: string): string =>
      `Det finns redan ett blad ${sheet} som inte är tilläggets eget. Inget är skrivet; byt namn på bladet och försök igen.`,
    workbookFailed: (reason: string): string =>
      `Arbetsboken kunde inte skrivas (${reason}). Inget är skrivet.`,
    done: (sheet: string, groups: number, halves: number, leftOut: number): string =>
      `${sheet} är skriven: ${count(groups, "grupp", "grupper")}, ${count(halves, "halvår", "halvår")}.` +
      (leftOut > 0
        ? ` ${count(leftOut, "fil", "filer")} utelämnad${leftOut === 1 ? "" : "e"} (se nedan).`
        : ""),
    problemsTitle: "Filer att se över",
    copyButton: "Kopiera förbundsstatistik",
    copyNothing: "Skapa förbundsstatistik först; sedan kan den kopieras.",
    copied: "Förbundsstatistiken är kopierad som tabbavgränsade rader (klistra in i Excel).",
    copyManual: "Kopiering tilläts inte här: texten är markerad nedan, tryck Ctrl+C.",
    copyText: "Förbundsstatistiken som text",
  },
};

/** Every text of the pane, by key: Swedish defines the shape. */
export type PaneTexts = typeof sv;
