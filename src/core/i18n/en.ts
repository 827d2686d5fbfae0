/**
 * The core's texts in English, for an Office whose display language is English: the same
 * keys and functions as `sv.ts` (`CoreTexts`), the same placeholders per key.
 *
 * Conventions: dates read "Tuesday 18 November 2025" (`dates/long-date.ts`), times "09:00".
 */
import { cellList } from "./cell-list";
import type { CoreTexts } from "./types";

/** The templates; `{name}` placeholders are filled by `t` (`{columnEn}` is English only). */
const EN_MESSAGES = {
  // ---- findings: full messages (every one names the cell) ----
  // A finding about a case row (Ärenden) starts with its subject, "Ärende J2-25-006
  // (Ärenden!F7)", or "Ärendet i Ärenden!F7" when the row has no code that can be shown
  // (blank, or holding a personnummer). Findings that also occur in other tables have a
  // "finding.case.*" variant for case rows. No rule numbers (R6, R7) in these texts.
  "finding.subject.code": "Case {code} ({cell})",
  "finding.subject.cell": "The case in {cell}",
  "finding.table-missing": "The table {table} is missing from the workbook ({cell}).",
  "finding.column-missing":
    'Column "{column}" ({columnEn}) is missing from the table {table} ({cell}).',
  "finding.column-duplicate":
    'Column "{column}" ({columnEn}) appears twice in the table {table}; {cell} is not used.',
  "finding.consent-column-missing":
    'Column "Samtycke" (Consent) is missing from the table {table} ({cell}), so consent cannot be checked.',
  "finding.settings-extra-rows":
    "The table Inställningar has more than one row; only the first is used ({cell}).",
  "finding.setting-invalid": 'Invalid value in {cell} ("{column}"); the default {default} is used.',
  "finding.date-as-text": "Date typed as text in {cell}; enter it as a date.",
  "finding.case.date-as-text": "{subject}: the date is typed as text; enter it as a date.",
  "finding.date-invalid": "Invalid date in {cell}; the row is not used for date calculations.",
  "finding.case.date-invalid": "{subject}: invalid date; it is not used for date calculations.",
  "finding.date-missing": "Date missing in {cell}.",
  "finding.case.date-missing":
    "{subject}: the meeting date is missing, so the case belongs to no meeting.",
  "finding.time-invalid": "Invalid time in {cell}; {default} is used.",
  "finding.minutes-invalid": "{subject}: invalid number of minutes; {default} minutes are used.",
  "finding.value-unknown":
    'Unknown value "{value}" in {cell} ("{column}"); allowed values: {allowed}.',
  "finding.case.value-unknown":
    '{subject}: unknown value "{value}" in the column "{column}"; allowed values: {allowed}.',
  "finding.value-missing": 'Value missing in {cell} ("{column}"); allowed values: {allowed}.',
  "finding.unit-name-missing": "The unit's name is missing in {cell}; the row is not used.",
  "finding.unit-duplicate":
    'The unit "{unit}" appears twice in the table Enheter ({cell}, first in {first}).',
  "finding.meeting-duplicate":
    "The meeting {date} appears twice in the table Möten ({cell}, first in {first}); the row is not used.",
  "finding.meeting-not-workday":
    "The meeting {date} in {cell} is not on a working day (weekend, public holiday or closed day).",
  "finding.case-code-missing": "{subject}: the case code is missing.",
  "finding.case-code-duplicate":
    "{subject}: the case code appears twice at the meeting {date}, first in {first}.",
  "finding.case-unit-missing": "{subject}: the unit is missing.",
  "finding.case-unit-unknown": '{subject}: the unit "{unit}" is not in the table Enheter.',
  "finding.case-meeting-unknown":
    "{subject}: the meeting date {date} is not a meeting in the table Möten, so the case is not counted.",
  "finding.consent-no":
    "{subject}: consent is No, so the case may not be raised. It gets no slot in the agenda and is not counted among the meeting's cases.",
  "finding.consent-blank":
    "{subject}: consent is not filled in. The case is planned as usual; enter Yes once the written consent is there.",
  "finding.notified-late": "{subject}: notified {notified}, after the case deadline {deadline}.",
  "finding.personnummer": "Personal identity number in {cell} — use a case code",
  "finding.sheet.personnummer":
    "Personal identity number in the name of the sheet with the table {table} — rename the sheet",
  "finding.case.personnummer": "Personal identity number in {cell} (case {code}) — use a case code",

  // ---- findings: short labels for the schedule's Varningar column ----
  "short.table-missing": "table missing",
  "short.column-missing": "column missing",
  "short.column-duplicate": "duplicate column",
  "short.consent-column-missing": "Consent column missing",
  "short.settings-extra-rows": "several settings rows",
  "short.setting-invalid": "invalid setting",
  "short.date-as-text": "date typed as text",
  "short.date-invalid": "invalid date",
  "short.date-missing": "date missing",
  "short.time-invalid": "invalid time",
  "short.minutes-invalid": "invalid minutes",
  "short.value-unknown": "unknown value",
  "short.value-missing": "value missing",
  "short.unit-name-missing": "unit name missing",
  "short.unit-duplicate": "duplicate unit",
  "short.meeting-duplicate": "duplicate meeting",
  "short.meeting-not-workday": "not a working day",
  "short.case-code-missing": "case code missing",
  "short.case-code-duplicate": "duplicate case code",
  "short.case-unit-missing": "unit missing",
  "short.case-unit-unknown": "unknown unit",
  "short.case-meeting-unknown": "unknown meeting",
  "short.consent-no": "consent No, not raised",
  "short.consent-blank": "consent not filled in",
  "short.notified-late": "notified late",
  "short.personnummer": "personal identity number",
  "short.more": "+{count} more",
  /** The subject of a short finding about a case with a code: "J2-25-006 (Ärenden!F7)". */
  "short.subject.code": "{code} ({cell})",

  // ---- result summary ----
  "count.meeting.one": "{count} meeting",
  "count.meeting.other": "{count} meetings",
  "count.case.one": "{count} case",
  "count.case.other": "{count} cases",
  "count.warning.one": "{count} warning",
  "count.warning.other": "{count} warnings",
  "count.error.one": "{count} error",
  "count.error.other": "{count} errors",

  // ---- values ----
  "value.unitType.Kommun": "Municipality",
  "value.unitType.Region": "Region",
  "value.unitType.AF": "AF",
  "value.unitType.FK": "FK",
  "value.form.Fysiskt": "Physical",
  "value.form.Digitalt": "Digital",
  "value.initiator.Kommun": "Municipality",
  "value.initiator.Region": "Region",
  "value.consent.yes": "Yes",
  "value.consent.no": "No",
  "value.outcome.Kommun": "Municipality",
  "value.outcome.Region": "Region",
  "value.outcome.AF": "AF",
  "value.outcome.FK": "FK",
  "value.outcome.SIP": "SIP",
  "value.outcome.Ingen fortsatt samverkan": "No further cooperation",
  "value.outcome.Annat": "Other",
  "value.outcome.none": "Not stated",
  "value.unknownUnit": "Unknown unit",
  "value.noUnit": "(no unit)",
  "value.noCases": "No cases",

  // ---- the output sheets ----
  "schedule.nr": "No.",
  "schedule.date": "Meeting date",
  "schedule.week": "Week",
  "schedule.weekday": "Weekday",
  "schedule.start": "Start time",
  "schedule.form": "Format",
  "schedule.caseDeadline": "Case deadline",
  "schedule.releaseDeadline": "Release deadline",
  "schedule.caseCount": "Number of cases",
  "schedule.units": "Units with cases",
  "schedule.released": "Released",
  "schedule.warnings": "Warnings",
  "agenda.meetingNr": "Meeting no.",
  "agenda.date": "Meeting date",
  "agenda.slot": "Slot",
  "agenda.from": "From",
  "agenda.to": "To",
  "agenda.unit": "Unit",
  "agenda.caseCount": "Number of cases",
  "agenda.minutes": "Minutes",
  "agenda.codes": "Case codes",
  "stats.period": "Period",
  "stats.date": "Meeting date",
  "stats.halfYear": "Half-year",
  "stats.held": "Meetings held",
  "stats.cases": "Cases",
  "stats.byKommun": "Initiated by municipality",
  "stats.byRegion": "Initiated by region",
  "stats.outcome": "Outcome – {outcome}",
  "stats.withoutConsent": "Without consent (not raised)",
  "stats.notifiedLate": "Notified after the deadline",
  "stats.meetingLabel": "Meeting {nr}",
  "stats.plannedMeetingLabel": "Meeting {nr} (planned)",
  "stats.meetingChoice": "Meeting {nr} ({date})",
  "stats.plannedMeetingChoice": "Meeting {nr} ({date}, planned)",
  "stats.half.1": "{year} Jan–Jun",
  "stats.half.2": "{year} Jul–Dec",
  "stats.total.1": "Total Jan–Jun {year} (reported in June)",
  "stats.total.2": "Total Jul–Dec {year} (reported in December)",

  // ---- template ----
  "template.termOutside": "The first meeting {date} is not in the term {term}.",

  // ---- the preview's sample workbook ----
  "sample.question": "Needs support to find the right source of income; who takes the next step?",
  "sample.location": "Meeting room Vättern",
  "sample.planningDay": "Planning day",
  "sample.coordinator": "Coordinator",
  "sample.representative": "Representative",
} as const satisfies CoreTexts["messages"];

/** " (VerkSam Jönköping 2)" after a meeting, or nothing without a group. */
function ofGroup(group: string): string {
  return group ? ` (${group})` : "";
}

export const en: CoreTexts = {
  messages: EN_MESSAGES,

  termLabel: (half, year) => `${half === "VT" ? "Spring" : "Autumn"} ${year}`,

  sent: {
    clockSeparator: ":",
    time: (clock) => `at ${clock}`,
    slotTime: (from, to) => `${from}–${to}`,
    formWord: (form) => (form === "Digitalt" ? "online" : "in person"),
    theMeeting: (group) => (group ? `the ${group} meeting` : "the VerkSam meeting"),
    greeting: "Hello,",
    regards: "Kind regards",
    to: "To",
    subject: "Subject",
  },

  releaseNotice: {
    subject: (name, date, unit) => `${name} ${date}: ${unit} need not attend`,
    body: (unit, theMeeting, date, time) =>
      `No case concerning ${unit} will be raised at ${theMeeting} on ${date} ${time}. ` +
      `You therefore need not attend that meeting.`,
    deadlineUnknown: "The release deadline cannot be computed.",
    deadlinePassed: (date) =>
      `The release deadline ${date} has passed. Send the notices as soon as possible.`,
    deadlineToday: (date) => `Release deadline: today, ${date}.`,
    deadlineOpen: (date) => `Release deadline: ${date}.`,
  },

  meetingTimes: {
    title: (name, term) => `Meeting times for ${name}${term ? `, ${term}` : ""}:`,
    none: "No meetings are planned.",
    caseDeadline: (date) => `Case deadline: ${date}.`,
    deadlineNote:
      "The case deadline is the last day to notify the representatives concerned of a case. Personal data must not be e-mailed.",
    header: ["No.", "Date", "Weekday", "Time", "Format", "Place", "Case deadline"],
  },

  kallelse: {
    cases: (count) => `${count} ${count === 1 ? "case" : "cases"}`,
    where: (form, place) => {
      if (form && place) return `The meeting is ${form}: ${place}.`;
      if (form) return `The meeting is ${form}.`;
      return place ? `Place: ${place}.` : "";
    },
    consent: "The written consent for each case must be shown at the meeting.",
    invite: (theMeeting, date, unit, time) =>
      `You are invited to ${theMeeting} on ${date}. The cases concerning ${unit} are discussed ${time}: please attend during that time.`,
    subject: (name, date, unit, time) => `Invitation: ${name} ${date}, ${unit} ${time}`,
    casesLabel: "Cases",
    municipalityInvite: (theMeeting, date, whole) =>
      `You are invited to ${theMeeting} on ${date}, ${whole}, and attend the whole meeting.`,
    municipalitySubject: (name, date, whole) => `Invitation: ${name} ${date}, ${whole}, agenda`,
    eachUnit: "Each unit attends only while its own cases are discussed:",
    agendaTitle: (name, when) => `Agenda for ${name}, ${when}:`,
  },

  calendar: {
    summary: (group, digital) =>
      `VerkSam meeting${group ? `: ${group}` : ""}${digital ? " (online)" : ""}`,
    digitalPlace: "Online",
    form: (form) => (form === "Digitalt" ? "Online meeting." : "In-person meeting."),
    caseDeadline: (date) => `Case deadline: ${date} (the last day to notify a case).`,
    releaseDeadline: (date) =>
      `Release deadline: ${date} (the last day to tell units without a case that they need not attend).`,
    caseDeadlineSummary: (meeting, group) =>
      `Case deadline for the meeting on ${meeting}${ofGroup(group)}`,
    releaseDeadlineSummary: (meeting, group) =>
      `Release deadline for the meeting on ${meeting}${ofGroup(group)}`,
    caseDeadlineDescription: (meeting) =>
      `The last day to notify the representatives concerned of a case for the meeting on ${meeting}. Personal data must not be e-mailed.`,
    releaseDeadlineDescription: (meeting) =>
      `The last day to tell the region's units no case concerns that they need not attend the meeting on ${meeting}.`,
    saveHint: (fileName) =>
      `Copy the text, paste it into Notepad (Mac: TextEdit, Format → Make Plain Text) and save it as ${fileName} with UTF-8 encoding; then open the file to add the meetings to your calendar.`,
  },

  charts: {
    perMeetingTitle: (h) => `Cases per meeting, ${h}`,
    perOutcomeTitle: (h) => `Cases per outcome, ${h} (meetings held)`,
    perUnitTitle: (h) => `Cases per unit, ${h} (meetings held)`,
    meetingAxis: "Meeting",
    outcomeAxis: "Outcome",
    unitAxis: "Unit",
    casesAxis: "Number of cases",
    held: "Held",
    planned: "Planned",
    cases: "Cases",
  },

  forbund: {
    group: "Group",
    allGroups: "All groups",
    chartTitle: "Cases per group",
    chartCategoryAxis: "Group",
    chartValueAxis: "Cases (meetings held)",
    unreadable: (file) =>
      `${file}: could not be read as an Excel workbook (.xlsx) and is left out.`,
    noTables: (file) =>
      `${file}: has no planning tables (Enheter, Möten or Ärenden) and is left out.`,
    duplicateGroup: (file, group, first) =>
      `${file}: the group ${group} is already in ${first}; the file is left out.`,
    personnummer: (file, cells) =>
      `${file}: personal identity number in ${cellList(cells, (n) => `and ${n} more cells`)}. The number is not shown and none of it is written; replace it with a case code in the group's workbook. The file's counts are included.`,
  },

  nextTerm: {
    noMeetings:
      "The table Möten has no meeting to continue from. Enter the term's first meeting in Möten.",
    termHasMeetings: (term, dates) =>
      `${term} already has meetings in the table Möten (${dates}). Nothing was changed.`,
    noDates: (weeks, last, term) =>
      `No meeting ${weeks === 1 ? "every week" : `every ${weeks} weeks`} after ${last} falls in ${term}. Nothing was changed.`,
    outOfRange: (last) =>
      `The term after ${last} lies outside the calendar (1900–2199). Nothing was changed.`,
  },
};
