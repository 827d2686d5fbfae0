/**
 * The message catalogue of the planning core: every user-visible text in Swedish (sv) and
 * English (en). Placeholders are written `{name}` and filled by `t`.
 */

export type Lang = "sv" | "en";

export interface Localized {
  readonly sv: string;
  readonly en: string;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

export const MESSAGES = {
  // ---- findings: full messages (every one names the cell) ----
  // A finding about a case row (Ärenden) starts with its subject, "Ärende J2-25-006
  // (Ärenden!F7)", or "Ärendet i Ärenden!F7" when the row has no code that can be shown
  // (blank, or holding a personnummer). Findings that also occur in other tables have a
  // "finding.case.*" variant for case rows. No rule numbers (R6, R7) in these texts.
  "finding.subject.code": { sv: "Ärende {code} ({cell})", en: "Case {code} ({cell})" },
  "finding.subject.cell": { sv: "Ärendet i {cell}", en: "The case in {cell}" },
  "finding.table-missing": {
    sv: "Tabellen {table} saknas i arbetsboken ({cell}).",
    en: "The table {table} is missing from the workbook ({cell}).",
  },
  "finding.column-missing": {
    sv: 'Kolumnen "{column}" saknas i tabellen {table} ({cell}).',
    en: 'Column "{column}" ({columnEn}) is missing from the table {table} ({cell}).',
  },
  "finding.column-duplicate": {
    sv: 'Kolumnen "{column}" finns två gånger i tabellen {table}; {cell} används inte.',
    en: 'Column "{column}" ({columnEn}) appears twice in the table {table}; {cell} is not used.',
  },
  "finding.consent-column-missing": {
    sv: 'Kolumnen "Samtycke" saknas i tabellen {table} ({cell}), så samtycket kan inte kontrolleras.',
    en: 'Column "Samtycke" (Consent) is missing from the table {table} ({cell}), so consent cannot be checked.',
  },
  "finding.settings-extra-rows": {
    sv: "Tabellen Inställningar har mer än en rad; bara den första används ({cell}).",
    en: "The table Inställningar has more than one row; only the first is used ({cell}).",
  },
  "finding.setting-invalid": {
    sv: 'Ogiltigt värde i {cell} ("{column}"); standardvärdet {default} används.',
    en: 'Invalid value in {cell} ("{column}"); the default {default} is used.',
  },
  "finding.date-as-text": {
    sv: "Datum skrivet som text i {cell}; skriv det som ett datum.",
    en: "Date typed as text in {cell}; enter it as a date.",
  },
  "finding.case.date-as-text": {
    sv: "{subject}: datumet är skrivet som text; skriv det som ett datum.",
    en: "{subject}: the date is typed as text; enter it as a date.",
  },
  "finding.date-invalid": {
    sv: "Ogiltigt datum i {cell}; raden används inte för datumberäkningar.",
    en: "Invalid date in {cell}; the row is not used for date calculations.",
  },
  "finding.case.date-invalid": {
    sv: "{subject}: ogiltigt datum; det används inte för datumberäkningar.",
    en: "{subject}: invalid date; it is not used for date calculations.",
  },
  "finding.date-missing": {
    sv: "Datum saknas i {cell}.",
    en: "Date missing in {cell}.",
  },
  "finding.case.date-missing": {
    sv: "{subject}: mötesdatum saknas, så ärendet hör inte till något möte.",
    en: "{subject}: the meeting date is missing, so the case belongs to no meeting.",
  },
  "finding.time-invalid": {
    sv: "Ogiltig tid i {cell}; {default} används.",
    en: "Invalid time in {cell}; {default} is used.",
  },
  "finding.minutes-invalid": {
    sv: "{subject}: ogiltigt antal minuter; {default} minuter används.",
    en: "{subject}: invalid number of minutes; {default} minutes are used.",
  },
  "finding.value-unknown": {
    sv: 'Okänt värde "{value}" i {cell} ("{column}"); tillåtna värden: {allowed}.',
    en: 'Unknown value "{value}" in {cell} ("{column}"); allowed values: {allowed}.',
  },
  "finding.case.value-unknown": {
    sv: '{subject}: okänt värde "{value}" i kolumnen "{column}"; tillåtna värden: {allowed}.',
    en: '{subject}: unknown value "{value}" in the column "{column}"; allowed values: {allowed}.',
  },
  "finding.value-missing": {
    sv: 'Värde saknas i {cell} ("{column}"); tillåtna värden: {allowed}.',
    en: 'Value missing in {cell} ("{column}"); allowed values: {allowed}.',
  },
  "finding.unit-name-missing": {
    sv: "Enhetens namn saknas i {cell}; raden används inte.",
    en: "The unit's name is missing in {cell}; the row is not used.",
  },
  "finding.unit-duplicate": {
    sv: 'Enheten "{unit}" finns två gånger i tabellen Enheter ({cell}, första gången {first}).',
    en: 'The unit "{unit}" appears twice in the table Enheter ({cell}, first in {first}).',
  },
  "finding.meeting-duplicate": {
    sv: "Mötet {date} finns två gånger i tabellen Möten ({cell}, första gången {first}); raden används inte.",
    en: "The meeting {date} appears twice in the table Möten ({cell}, first in {first}); the row is not used.",
  },
  "finding.meeting-not-workday": {
    sv: "Mötet {date} i {cell} ligger inte på en arbetsdag (helg, helgdag eller stängd dag).",
    en: "The meeting {date} in {cell} is not on a working day (weekend, public holiday or closed day).",
  },
  "finding.case-code-missing": {
    sv: "{subject}: ärendekod saknas.",
    en: "{subject}: the case code is missing.",
  },
  "finding.case-code-duplicate": {
    sv: "{subject}: ärendekoden finns två gånger vid mötet {date}, första gången i {first}.",
    en: "{subject}: the case code appears twice at the meeting {date}, first in {first}.",
  },
  "finding.case-unit-missing": {
    sv: "{subject}: enhet saknas.",
    en: "{subject}: the unit is missing.",
  },
  "finding.case-unit-unknown": {
    sv: '{subject}: enheten "{unit}" finns inte i tabellen Enheter.',
    en: '{subject}: the unit "{unit}" is not in the table Enheter.',
  },
  "finding.case-meeting-unknown": {
    sv: "{subject}: mötesdatumet {date} är inget möte i tabellen Möten, så ärendet räknas inte.",
    en: "{subject}: the meeting date {date} is not a meeting in the table Möten, so the case is not counted.",
  },
  "finding.consent-no": {
    sv: "{subject}: samtycket är Nej, så ärendet får inte tas upp. Det får ingen tid i dagordningen och räknas inte bland mötets ärenden.",
    en: "{subject}: consent is No, so the case may not be raised. It gets no slot in the agenda and is not counted among the meeting's cases.",
  },
  "finding.consent-blank": {
    sv: "{subject}: samtycket är inte ifyllt. Ärendet planeras som vanligt; skriv Ja när det skriftliga samtycket finns.",
    en: "{subject}: consent is not filled in. The case is planned as usual; enter Yes once the written consent is there.",
  },
  "finding.notified-late": {
    sv: "{subject}: anmält {notified}, efter ärendefristen {deadline}.",
    en: "{subject}: notified {notified}, after the case deadline {deadline}.",
  },
  "finding.personnummer": {
    sv: "Personnummer i {cell} — använd en ärendekod",
    en: "Personal identity number in {cell} — use a case code",
  },
  "finding.sheet.personnummer": {
    sv: "Personnummer i namnet på bladet med tabellen {table} — byt namn på bladet",
    en: "Personal identity number in the name of the sheet with the table {table} — rename the sheet",
  },
  "finding.case.personnummer": {
    sv: "Personnummer i {cell} (ärende {code}) — använd en ärendekod",
    en: "Personal identity number in {cell} (case {code}) — use a case code",
  },

  // ---- findings: short labels for the schedule's Varningar column ----
  "short.table-missing": { sv: "tabell saknas", en: "table missing" },
  "short.column-missing": { sv: "kolumn saknas", en: "column missing" },
  "short.column-duplicate": { sv: "dubbel kolumn", en: "duplicate column" },
  "short.consent-column-missing": { sv: "kolumnen Samtycke saknas", en: "Consent column missing" },
  "short.settings-extra-rows": { sv: "flera inställningsrader", en: "several settings rows" },
  "short.setting-invalid": { sv: "ogiltig inställning", en: "invalid setting" },
  "short.date-as-text": { sv: "datum som text", en: "date typed as text" },
  "short.date-invalid": { sv: "ogiltigt datum", en: "invalid date" },
  "short.date-missing": { sv: "datum saknas", en: "date missing" },
  "short.time-invalid": { sv: "ogiltig tid", en: "invalid time" },
  "short.minutes-invalid": { sv: "ogiltiga minuter", en: "invalid minutes" },
  "short.value-unknown": { sv: "okänt värde", en: "unknown value" },
  "short.value-missing": { sv: "värde saknas", en: "value missing" },
  "short.unit-name-missing": { sv: "enhetsnamn saknas", en: "unit name missing" },
  "short.unit-duplicate": { sv: "dubbel enhet", en: "duplicate unit" },
  "short.meeting-duplicate": { sv: "dubbelt möte", en: "duplicate meeting" },
  "short.meeting-not-workday": { sv: "inte en arbetsdag", en: "not a working day" },
  "short.case-code-missing": { sv: "ärendekod saknas", en: "case code missing" },
  "short.case-code-duplicate": { sv: "dubbel ärendekod", en: "duplicate case code" },
  "short.case-unit-missing": { sv: "enhet saknas", en: "unit missing" },
  "short.case-unit-unknown": { sv: "okänd enhet", en: "unknown unit" },
  "short.case-meeting-unknown": { sv: "okänt möte", en: "unknown meeting" },
  "short.consent-no": { sv: "samtycke Nej, tas inte upp", en: "consent No, not raised" },
  "short.consent-blank": { sv: "samtycke ej ifyllt", en: "consent not filled in" },
  "short.notified-late": { sv: "anmält efter fristen", en: "notified late" },
  "short.personnummer": { sv: "personnummer", en: "personal identity number" },
  "short.more": { sv: "+{count} till", en: "+{count} more" },
  /** The subject of a short finding about a case with a code: "J2-25-006 (Ärenden!F7)". */
  "short.subject.code": { sv: "{code} ({cell})", en: "{code} ({cell})" },

  // ---- result summary ----
  "count.meeting.one": { sv: "{count} möte", en: "{count} meeting" },
  "count.meeting.other": { sv: "{count} möten", en: "{count} meetings" },
  "count.case.one": { sv: "{count} ärende", en: "{count} case" },
  "count.case.other": { sv: "{count} ärenden", en: "{count} cases" },
  "count.warning.one": { sv: "{count} varning", en: "{count} warning" },
  "count.warning.other": { sv: "{count} varningar", en: "{count} warnings" },
  "count.error.one": { sv: "{count} fel", en: "{count} error" },
  "count.error.other": { sv: "{count} fel", en: "{count} errors" },

  // ---- weekdays (ISO 1 = Monday) ----
  "weekday.1": { sv: "måndag", en: "Monday" },
  "weekday.2": { sv: "tisdag", en: "Tuesday" },
  "weekday.3": { sv: "onsdag", en: "Wednesday" },
  "weekday.4": { sv: "torsdag", en: "Thursday" },
  "weekday.5": { sv: "fredag", en: "Friday" },
  "weekday.6": { sv: "lördag", en: "Saturday" },
  "weekday.7": { sv: "söndag", en: "Sunday" },

  // ---- values ----
  "value.unitType.Kommun": { sv: "Kommun", en: "Municipality" },
  "value.unitType.Region": { sv: "Region", en: "Region" },
  "value.unitType.AF": { sv: "AF", en: "AF" },
  "value.unitType.FK": { sv: "FK", en: "FK" },
  "value.form.Fysiskt": { sv: "Fysiskt", en: "Physical" },
  "value.form.Digitalt": { sv: "Digitalt", en: "Digital" },
  "value.initiator.Kommun": { sv: "Kommun", en: "Municipality" },
  "value.initiator.Region": { sv: "Region", en: "Region" },
  "value.consent.yes": { sv: "Ja", en: "Yes" },
  "value.consent.no": { sv: "Nej", en: "No" },
  "value.outcome.Kommun": { sv: "Kommun", en: "Municipality" },
  "value.outcome.Region": { sv: "Region", en: "Region" },
  "value.outcome.AF": { sv: "AF", en: "AF" },
  "value.outcome.FK": { sv: "FK", en: "FK" },
  "value.outcome.SIP": { sv: "SIP", en: "SIP" },
  "value.outcome.Ingen fortsatt samverkan": {
    sv: "Ingen fortsatt samverkan",
    en: "No further cooperation",
  },
  "value.outcome.Annat": { sv: "Annat", en: "Other" },
  "value.outcome.none": { sv: "Ej angivet", en: "Not stated" },
  "value.unknownUnit": { sv: "Okänd enhet", en: "Unknown unit" },
  "value.noUnit": { sv: "(enhet saknas)", en: "(no unit)" },
  "value.noCases": { sv: "Inga ärenden", en: "No cases" },
  "value.termVT": { sv: "VT", en: "Spring" },
  "value.termHT": { sv: "HT", en: "Autumn" },

  // ---- the task pane's output sheets ----
  "schedule.nr": { sv: "Nr", en: "No." },
  "schedule.date": { sv: "Mötesdatum", en: "Meeting date" },
  "schedule.week": { sv: "Vecka", en: "Week" },
  "schedule.weekday": { sv: "Veckodag", en: "Weekday" },
  "schedule.start": { sv: "Starttid", en: "Start time" },
  "schedule.form": { sv: "Form", en: "Format" },
  "schedule.caseDeadline": { sv: "Ärendefrist", en: "Case deadline" },
  "schedule.releaseDeadline": { sv: "Frigörandefrist", en: "Release deadline" },
  "schedule.caseCount": { sv: "Antal ärenden", en: "Number of cases" },
  "schedule.units": { sv: "Enheter med ärenden", en: "Units with cases" },
  "schedule.released": { sv: "Frigörs", en: "Released" },
  "schedule.warnings": { sv: "Varningar", en: "Warnings" },

  "agenda.meetingNr": { sv: "Möte nr", en: "Meeting no." },
  "agenda.date": { sv: "Mötesdatum", en: "Meeting date" },
  "agenda.slot": { sv: "Pass", en: "Slot" },
  "agenda.from": { sv: "Från", en: "From" },
  "agenda.to": { sv: "Till", en: "To" },
  "agenda.unit": { sv: "Enhet", en: "Unit" },
  "agenda.caseCount": { sv: "Antal ärenden", en: "Number of cases" },
  "agenda.minutes": { sv: "Minuter", en: "Minutes" },
  "agenda.codes": { sv: "Ärendekoder", en: "Case codes" },

  "stats.period": { sv: "Period", en: "Period" },
  "stats.date": { sv: "Mötesdatum", en: "Meeting date" },
  "stats.halfYear": { sv: "Halvår", en: "Half-year" },
  "stats.held": { sv: "Genomförda möten", en: "Meetings held" },
  "stats.cases": { sv: "Ärenden", en: "Cases" },
  "stats.byKommun": { sv: "Initierade av kommun", en: "Initiated by municipality" },
  "stats.byRegion": { sv: "Initierade av region", en: "Initiated by region" },
  "stats.outcome": { sv: "Utfall – {outcome}", en: "Outcome – {outcome}" },
  "stats.withoutConsent": {
    sv: "Utan samtycke (ej upptagna)",
    en: "Without consent (not raised)",
  },
  "stats.notifiedLate": { sv: "Anmälda efter fristen", en: "Notified after the deadline" },
  "stats.meetingLabel": { sv: "Möte {nr}", en: "Meeting {nr}" },
  "stats.plannedMeetingLabel": { sv: "Möte {nr} (planerat)", en: "Meeting {nr} (planned)" },
  "stats.meetingChoice": { sv: "Möte {nr} ({date})", en: "Meeting {nr} ({date})" },
  "stats.plannedMeetingChoice": {
    sv: "Möte {nr} ({date}, planerat)",
    en: "Meeting {nr} ({date}, planned)",
  },
  "stats.half.1": { sv: "{year} jan–jun", en: "{year} Jan–Jun" },
  "stats.half.2": { sv: "{year} jul–dec", en: "{year} Jul–Dec" },
  "stats.total.1": {
    sv: "Totalt jan–jun {year} (rapporteras i juni)",
    en: "Total Jan–Jun {year} (reported in June)",
  },
  "stats.total.2": {
    sv: "Totalt jul–dec {year} (rapporteras i december)",
    en: "Total Jul–Dec {year} (reported in December)",
  },

  // ---- template ----
  "template.termOutside": {
    sv: "Första mötet {date} ligger inte i terminen {term} {year}.",
    en: "The first meeting {date} is not in the term {term} {year}.",
  },

  // ---- the preview's sample workbook ----
  "sample.question": {
    sv: "Behöver stöd att hitta rätt försörjning; vem tar nästa steg?",
    en: "Needs support to find the right source of income; who takes the next step?",
  },
  "sample.location": { sv: "Konferensrum Vättern", en: "Meeting room Vättern" },
  "sample.planningDay": { sv: "Planeringsdag", en: "Planning day" },
  "sample.coordinator": { sv: "Koordinator", en: "Coordinator" },
  "sample.representative": { sv: "Representant", en: "Representative" },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/** The text of `key` in `lang` with its placeholders filled. */
export function t(key: MessageKey, lang: Lang, params?: MessageParams): string {
  const entry: Localized = MESSAGES[key];
  return interpolate(lang === "en" ? entry.en : entry.sv, params);
}

/** True when `key` is in the catalogue. */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** "{count} x" with the singular form for exactly 1, the plural otherwise. */
export function countText(
  what: "meeting" | "case" | "warning" | "error",
  count: number,
  lang: Lang
): string {
  const key = `count.${what}.${count === 1 ? "one" : "other"}` as MessageKey;
  return t(key, lang, { count });
}
