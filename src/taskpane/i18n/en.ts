/** The task pane's words in English (Office's display language English; `?lang=en`). */
import type { Term } from "../../core/dates/term";
import { termLabel } from "../../core/dates/term-labels";
import type { UndoSupport } from "../../workbook/workbook";
import type { PaneTexts } from "./sv";

function enWorkdays(n: number): string {
  return n === 1 ? "1 working day" : `${n} working days`;
}

function enList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 file" / "3 files": the count and the noun's form for it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const en = {
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
  viewsLabel: "Views",
  viewStart: "Get started",
  viewOversikt: "Overview",
  viewArenden: "Cases",
  viewMoten: "Meetings",
  viewMeddela: "Notify",
  viewStatistik: "Statistics",
  viewForbund: "Association",
  noBookYet:
    "This workbook has no planning workbook yet. Create it here; then the planner shows Overview, Cases, Meetings, Notify and Statistics.",
  help: "Help",
  helpHref: "guide.en.html",
  helpTitle: "The coordinators' guide (opens in a new tab)",
  todoGoConsent: "Open Cases",
  todoGoRelease: "Copy release notices in Notify",
  todoGoMessages: "Copy notices to attend and meeting times in Notify",
  todoGoOutcomes: "Fill in outcomes in Cases",
  todoGoStatistics: "Open Statistics",
  todoGoNextTerm: "Add the next term in Meetings",
  needsBook: "Needs a planning workbook: create it in step 1.",
  createTitle: "Planning workbook",
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
  /** The core's "Spring 2026", lower case, with the Swedish half: "spring 2026 (VT)". */
  termName: (term: Term): string => `${termLabel(term, "en").toLowerCase()} (${term.half})`,
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
  casesTitle: "Fill in Ärenden",
  casesIntro:
    "Type one case per row in the table Ärenden: meeting date, case code (never a personal identity number), initiated by, unit, consent and the day it was notified. Then press Check.",
  checkButton: "Check",
  checksTitle: "Checks",
  noFindings: "Nothing to report.",
  errorLabel: "Error:",
  warningLabel: "Warning:",
  scheduleTitle: "Meeting schedule and agenda",
  scheduleIntro:
    "Writes the sheets Mötesschema and Dagordning from Möten and Ärenden. They are rewritten every time, so changes made there are lost: change Möten and Ärenden instead.",
  scheduleButton: "Make schedule",
  scheduleDone: (summary: string): string => `Mötesschema and Dagordning are written: ${summary}.`,
  statisticsTitle: "Statistics",
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
    "The texts you send to the group. No personal data goes with them; only the invitations and the agenda have case codes.",
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
  /** The meeting chooser's line: "tisdag 18 november 2025 (möte 3)". */
  meetingChoice: (date: string, nr: number): string => `${date} (meeting ${nr})`,
  // ---- what the actions answer (actions.ts) ----
  actions: {
    notOwned: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `The sheet ${sheets[0]} already exists and was not made by VerkSam planner. Rename or delete it; nothing was written.`
        : `The sheets ${sheets.join(", ")} already exist and were not made by VerkSam planner. Rename or delete them; nothing was written.`,
    sheetsExist: (sheets: readonly string[]): string =>
      sheets.length === 1
        ? `The sheet ${sheets[0]} already exists. The planning workbook was not created and nothing was changed.`
        : `The sheets ${sheets.join(", ")} already exist. The planning workbook was not created and nothing was changed.`,
    namesTaken: (names: readonly string[]): string =>
      `The name ${names.join(", ")} is already used by a table or a defined name in the workbook (Formulas → Name Manager). Rename or delete it; the planning workbook was not created and nothing was changed.`,
    noTables:
      "Found neither the tables Enheter, Möten and Ärenden nor sheets of those names. Create the planning workbook first.",
    created: (meetings: number): string =>
      `The planning workbook is created with ${meetings === 1 ? "1 meeting" : `${meetings} meetings`}. Next step: fill in Ärenden (step 2).`,
    readFailed: (reason: string): string =>
      `The workbook could not be read (${reason}). Nothing was written.`,
    refilled: (cells: number): string =>
      cells === 1
        ? "The formula is filled in again in 1 cell of Möten."
        : `The formulas are filled in again in ${cells} cells of Möten.`,
    nothingToRefill: "Every formula in Möten is in place; nothing was changed.",
    refillFailed: (reason: string): string =>
      `The formulas could not be filled in (${reason}). Run the checks again and retry.`,
    writeFailed: (reason: string): string =>
      `The sheets could not be written completely (${reason}). Only the add-in's own sheets (Mötesschema, Dagordning, Statistik) may have changed; run the action again.`,
    createFailed: (reason: string): string =>
      `The planning workbook could not be created (${reason}). The sheets already added have been removed again; try once more.`,
    undoCleared:
      " Excel empties its undo list when a sheet is deleted: Ctrl+Z cannot undo anything done before this.",
  },
  cellEditFailure: {
    first: "Press Enter in the cell first, then press the button again.",
    reason: "a cell is being edited",
  },
  nextTermAction: {
    ahead: (last: string): string =>
      `Möten already has the next term's meetings (the last is ${last}). The term after it is added once this term is over. Nothing was changed.`,
    past: (last: string): string =>
      `The last meeting in Möten is ${last}, and the term after it is already over. Enter this term's first meeting in Möten; then the next term can be added. Nothing was changed.`,
    changed:
      "Möten has changed since the dates were shown. Nothing was changed: press Add next term again.",
    added: (label: string, dates: readonly string[]): string =>
      `${label}: ${dates.length === 1 ? "1 meeting" : `${dates.length} meetings`} added at the end of Möten (${dates.join(", ")}).`,
    noReleasedFormula:
      " Möten is a sheet without an Excel table, so the column Frigörs was left empty in the new rows.",
    failed: (reason: string): string =>
      `The meetings could not be added (${reason}). Check Möten and try again.`,
  },
  holidayName: (holiday: { readonly name: string; readonly nameEn: string }): string =>
    holiday.nameEn,
  booleanValue: (value: boolean): string => (value ? "TRUE" : "FALSE"),
  charts: {
    noMeetings: (halfYear: string): string => `No meetings in ${halfYear}.`,
    tableCaption: (title: string): string => `${title}: the numbers`,
  },
  forbund: {
    title: "Association overview",
    intro:
      "Choose the groups' planning workbooks (.xlsx, several at once). The sheet Förbundsstatistik in this workbook gets one row per group and half-year, a total row per half-year and a chart of cases per group.",
    privacy:
      "The files are read here in the pane and sent nowhere. Only counts are made: case codes, questions and other free text are never read in.",
    filesLabel: "The groups' workbooks (.xlsx)",
    chosen: (n: number): string =>
      n === 0 ? "No files chosen." : `${count(n, "file", "files")} chosen.`,
    button: "Create association statistics",
    rewritten: "The sheet Förbundsstatistik is written anew every time; edits there are lost.",
    noFiles: "First choose one or more workbooks (.xlsx).",
    readerFailed: (reason: string): string =>
      `The reader for .xlsx files could not be loaded (${reason}). Reload the pane and try again. Nothing was written.`,
    nothingCounted: "None of the files could be counted (see below). Nothing was written.",
    notOwned: (sheet: string): string =>
      `A sheet ${sheet} exists that is not the add-in's own. Nothing was written; rename that sheet and try again.`,
    workbookFailed: (reason: string): string =>
      `The workbook could not be written (${reason}). Nothing was written.`,
    done: (sheet: string, groups: number, halves: number, leftOut: number): string =>
      `${sheet} is written: ${count(groups, "group", "groups")}, ${count(halves, "half-year", "half-years")}.` +
      (leftOut > 0 ? ` ${count(leftOut, "file", "files")} left out (see below).` : ""),
    problemsTitle: "Files to look at",
    copyButton: "Copy association statistics",
    copyNothing: "Create the association statistics first; then they can be copied.",
    copied: "The association statistics are copied as tab-separated rows (paste into Excel).",
    copyManual: "Copying was not allowed here: the text is selected below, press Ctrl+C.",
    copyText: "The association statistics as text",
  },
} satisfies PaneTexts;
