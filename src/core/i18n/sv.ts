/**
 * The core's texts in Swedish: the reference language. Every key and every function here
 * has its English counterpart in `en.ts`, of the same type (`CoreTexts`).
 *
 * Conventions: dates read "tisdag 18 november 2025" (`dates/long-date.ts`), times "kl. 09.00"
 * (Språkrådet: a full stop between hours and minutes).
 */
import { cellList } from "./cell-list";
import type { CoreTexts } from "./types";

/** The templates; `{name}` placeholders are filled by `t`. */
export const SV_MESSAGES = {
  // ---- findings: full messages (every one names the cell) ----
  // A finding about a case row (Ärenden) starts with its subject, "Ärende J2-25-006
  // (Ärenden!F7)", or "Ärendet i Ärenden!F7" when the row has no code that can be shown
  // (blank, or holding a personnummer). Findings that also occur in other tables have a
  // "finding.case.*" variant for case rows. No rule numbers (R6, R7) in these texts.
  "finding.subject.code": "Ärende {code} ({cell})",
  "finding.subject.cell": "Ärendet i {cell}",
  "finding.table-missing": "Tabellen {table} saknas i arbetsboken ({cell}).",
  "finding.column-missing": 'Kolumnen "{column}" saknas i tabellen {table} ({cell}).',
  "finding.column-duplicate":
    'Kolumnen "{column}" finns två gånger i tabellen {table}; {cell} används inte.',
  "finding.consent-column-missing":
    'Kolumnen "Samtycke" saknas i tabellen {table} ({cell}), så samtycket kan inte kontrolleras.',
  "finding.settings-extra-rows":
    "Tabellen Inställningar har mer än en rad; bara den första används ({cell}).",
  "finding.setting-invalid":
    'Ogiltigt värde i {cell} ("{column}"); standardvärdet {default} används.',
  "finding.date-as-text": "Datum skrivet som text i {cell}; skriv det som ett datum.",
  "finding.case.date-as-text": "{subject}: datumet är skrivet som text; skriv det som ett datum.",
  "finding.date-invalid": "Ogiltigt datum i {cell}; raden används inte för datumberäkningar.",
  "finding.case.date-invalid": "{subject}: ogiltigt datum; det används inte för datumberäkningar.",
  "finding.date-missing": "Datum saknas i {cell}.",
  "finding.case.date-missing": "{subject}: mötesdatum saknas, så ärendet hör inte till något möte.",
  "finding.time-invalid": "Ogiltig tid i {cell}; {default} används.",
  "finding.minutes-invalid": "{subject}: ogiltigt antal minuter; {default} minuter används.",
  "finding.value-unknown":
    'Okänt värde "{value}" i {cell} ("{column}"); tillåtna värden: {allowed}.',
  "finding.case.value-unknown":
    '{subject}: okänt värde "{value}" i kolumnen "{column}"; tillåtna värden: {allowed}.',
  "finding.value-missing": 'Värde saknas i {cell} ("{column}"); tillåtna värden: {allowed}.',
  "finding.unit-name-missing": "Enhetens namn saknas i {cell}; raden används inte.",
  "finding.unit-duplicate":
    'Enheten "{unit}" finns två gånger i tabellen Enheter ({cell}, första gången {first}).',
  "finding.meeting-duplicate":
    "Mötet {date} finns två gånger i tabellen Möten ({cell}, första gången {first}); raden används inte.",
  "finding.meeting-not-workday":
    "Mötet {date} i {cell} ligger inte på en arbetsdag (helg, helgdag eller stängd dag).",
  "finding.case-code-missing": "{subject}: ärendekod saknas.",
  "finding.case-code-duplicate":
    "{subject}: ärendekoden finns två gånger vid mötet {date}, första gången i {first}.",
  "finding.case-unit-missing": "{subject}: enhet saknas.",
  "finding.case-unit-unknown": '{subject}: enheten "{unit}" finns inte i tabellen Enheter.',
  "finding.case-meeting-unknown":
    "{subject}: mötesdatumet {date} är inget möte i tabellen Möten, så ärendet räknas inte.",
  "finding.consent-no":
    "{subject}: samtycket är Nej, så ärendet får inte tas upp. Det får ingen tid i dagordningen och räknas inte bland mötets ärenden.",
  "finding.consent-blank":
    "{subject}: samtycket är inte ifyllt. Ärendet planeras som vanligt; skriv Ja när det skriftliga samtycket finns.",
  "finding.notified-late": "{subject}: anmält {notified}, efter ärendefristen {deadline}.",
  "finding.personnummer": "Personnummer i {cell} — använd en ärendekod",
  "finding.sheet.personnummer":
    "Personnummer i namnet på bladet med tabellen {table} — byt namn på bladet",
  "finding.case.personnummer": "Personnummer i {cell} (ärende {code}) — använd en ärendekod",

  // ---- findings: short labels for the schedule's Varningar column ----
  "short.table-missing": "tabell saknas",
  "short.column-missing": "kolumn saknas",
  "short.column-duplicate": "dubbel kolumn",
  "short.consent-column-missing": "kolumnen Samtycke saknas",
  "short.settings-extra-rows": "flera inställningsrader",
  "short.setting-invalid": "ogiltig inställning",
  "short.date-as-text": "datum som text",
  "short.date-invalid": "ogiltigt datum",
  "short.date-missing": "datum saknas",
  "short.time-invalid": "ogiltig tid",
  "short.minutes-invalid": "ogiltiga minuter",
  "short.value-unknown": "okänt värde",
  "short.value-missing": "värde saknas",
  "short.unit-name-missing": "enhetsnamn saknas",
  "short.unit-duplicate": "dubbel enhet",
  "short.meeting-duplicate": "dubbelt möte",
  "short.meeting-not-workday": "inte en arbetsdag",
  "short.case-code-missing": "ärendekod saknas",
  "short.case-code-duplicate": "dubbel ärendekod",
  "short.case-unit-missing": "enhet saknas",
  "short.case-unit-unknown": "okänd enhet",
  "short.case-meeting-unknown": "okänt möte",
  "short.consent-no": "samtycke Nej, tas inte upp",
  "short.consent-blank": "samtycke ej ifyllt",
  "short.notified-late": "anmält efter fristen",
  "short.personnummer": "personnummer",
  "short.more": "+{count} till",
  /** The subject of a short finding about a case with a code: "J2-25-006 (Ärenden!F7)". */
  "short.subject.code": "{code} ({cell})",

  // ---- result summary ----
  "count.meeting.one": "{count} möte",
  "count.meeting.other": "{count} möten",
  "count.case.one": "{count} ärende",
  "count.case.other": "{count} ärenden",
  "count.warning.one": "{count} varning",
  "count.warning.other": "{count} varningar",
  "count.error.one": "{count} fel",
  "count.error.other": "{count} fel",

  // ---- values ----
  "value.unitType.Kommun": "Kommun",
  "value.unitType.Region": "Region",
  "value.unitType.AF": "AF",
  "value.unitType.FK": "FK",
  "value.form.Fysiskt": "Fysiskt",
  "value.form.Digitalt": "Digitalt",
  "value.initiator.Kommun": "Kommun",
  "value.initiator.Region": "Region",
  "value.consent.yes": "Ja",
  "value.consent.no": "Nej",
  "value.outcome.Kommun": "Kommun",
  "value.outcome.Region": "Region",
  "value.outcome.AF": "AF",
  "value.outcome.FK": "FK",
  "value.outcome.SIP": "SIP",
  "value.outcome.Ingen fortsatt samverkan": "Ingen fortsatt samverkan",
  "value.outcome.Annat": "Annat",
  "value.outcome.none": "Ej angivet",
  "value.unknownUnit": "Okänd enhet",
  "value.noUnit": "(enhet saknas)",
  "value.noCases": "Inga ärenden",

  // ---- the output sheets ----
  "schedule.nr": "Nr",
  "schedule.date": "Mötesdatum",
  "schedule.week": "Vecka",
  "schedule.weekday": "Veckodag",
  "schedule.start": "Starttid",
  "schedule.form": "Form",
  "schedule.caseDeadline": "Ärendefrist",
  "schedule.releaseDeadline": "Frigörandefrist",
  "schedule.caseCount": "Antal ärenden",
  "schedule.units": "Enheter med ärenden",
  "schedule.released": "Frigörs",
  "schedule.warnings": "Varningar",
  "agenda.meetingNr": "Möte nr",
  "agenda.date": "Mötesdatum",
  "agenda.slot": "Pass",
  "agenda.from": "Från",
  "agenda.to": "Till",
  "agenda.unit": "Enhet",
  "agenda.caseCount": "Antal ärenden",
  "agenda.minutes": "Minuter",
  "agenda.codes": "Ärendekoder",
  "stats.period": "Period",
  "stats.date": "Mötesdatum",
  "stats.halfYear": "Halvår",
  "stats.held": "Genomförda möten",
  "stats.cases": "Ärenden",
  "stats.byKommun": "Initierade av kommun",
  "stats.byRegion": "Initierade av region",
  "stats.outcome": "Utfall – {outcome}",
  "stats.withoutConsent": "Utan samtycke (ej upptagna)",
  "stats.notifiedLate": "Anmälda efter fristen",
  "stats.meetingLabel": "Möte {nr}",
  "stats.plannedMeetingLabel": "Möte {nr} (planerat)",
  "stats.meetingChoice": "Möte {nr} ({date})",
  "stats.plannedMeetingChoice": "Möte {nr} ({date}, planerat)",
  "stats.half.1": "{year} jan–jun",
  "stats.half.2": "{year} jul–dec",
  "stats.total.1": "Totalt jan–jun {year} (rapporteras i juni)",
  "stats.total.2": "Totalt jul–dec {year} (rapporteras i december)",

  // ---- template ----
  "template.termOutside": "Första mötet {date} ligger inte i terminen {term}.",

  // ---- the preview's sample workbook ----
  "sample.question": "Behöver stöd att hitta rätt försörjning; vem tar nästa steg?",
  "sample.location": "Konferensrum Vättern",
  "sample.planningDay": "Planeringsdag",
  "sample.coordinator": "Koordinator",
  "sample.representative": "Representant",
} as const;

/** "varje vecka", "var 2:a vecka", "var 6:e vecka", "var 21:a vecka". */
function every(weeks: number): string {
  if (weeks === 1) return "varje vecka";
  const lastDigit = weeks % 10;
  const lastTwo = weeks % 100;
  const suffix =
    (lastDigit === 1 || lastDigit === 2) && lastTwo !== 11 && lastTwo !== 12 ? "a" : "e";
  return `var ${weeks}:${suffix} vecka`;
}

/** " (VerkSam Jönköping 2)" after a meeting, or nothing without a group. */
function ofGroup(group: string): string {
  return group ? ` (${group})` : "";
}

export const sv: CoreTexts = {
  messages: SV_MESSAGES,

  termLabel: (half, year) => `${half} ${year}`,

  sent: {
    clockSeparator: ".",
    time: (clock) => `kl. ${clock}`,
    slotTime: (from, to) => `kl. ${from}–${to}`,
    formWord: (form) => (form === "Digitalt" ? "digitalt" : "fysiskt"),
    theMeeting: (group) => (group ? `mötet i ${group}` : "VerkSam-mötet"),
    greeting: "Hej!",
    regards: "Vänliga hälsningar",
    to: "Till",
    subject: "Ämne",
  },

  releaseNotice: {
    subject: (name, date, unit) => `${name} ${date}: ${unit} behöver inte delta`,
    body: (unit, theMeeting, date, time) =>
      `Inget ärende som rör ${unit} tas upp på ${theMeeting} ${date} ${time}. ` +
      `Ni behöver därför inte delta i det mötet.`,
    deadlineUnknown: "Frigörandefristen kan inte beräknas.",
    deadlinePassed: (date) =>
      `Frigörandefristen ${date} har passerat. Skicka beskeden så snart som möjligt.`,
    deadlineToday: (date) => `Frigörandefrist: i dag, ${date}.`,
    deadlineOpen: (date) => `Frigörandefrist: ${date}.`,
  },

  meetingTimes: {
    title: (name, term) => `Mötestider för ${name}${term ? `, ${term}` : ""}:`,
    none: "Inga möten är inplanerade.",
    caseDeadline: (date) => `Ärendefrist: ${date}.`,
    deadlineNote:
      "Ärendefristen är sista dagen att anmäla ett ärende till de berörda representanterna. Personuppgifter får inte mejlas.",
    header: ["Nr", "Datum", "Veckodag", "Tid", "Form", "Plats", "Ärendefrist"],
  },

  kallelse: {
    cases: (count) => `${count} ${count === 1 ? "ärende" : "ärenden"}`,
    where: (form, place) => {
      if (form && place) return `Mötet är ${form}: ${place}.`;
      if (form) return `Mötet är ${form}.`;
      return place ? `Plats: ${place}.` : "";
    },
    consent: "Det skriftliga samtycket för varje ärende ska visas på mötet.",
    invite: (theMeeting, date, unit, time) =>
      `Ni kallas till ${theMeeting} ${date}. Ärendena som rör ${unit} tas upp ${time}: delta under den tiden.`,
    subject: (name, date, unit, time) => `Kallelse: ${name} ${date}, ${unit} ${time}`,
    casesLabel: "Ärenden",
    municipalityInvite: (theMeeting, date, whole) =>
      `Ni kallas till ${theMeeting} ${date} ${whole} och deltar hela mötet.`,
    municipalitySubject: (name, date, whole) => `Kallelse: ${name} ${date} ${whole}, dagordning`,
    eachUnit: "Varje enhet deltar bara under sina egna ärenden:",
    agendaTitle: (name, when) => `Dagordning för ${name}, ${when}:`,
  },

  calendar: {
    summary: (group, digital) =>
      `VerkSam-möte${group ? `: ${group}` : ""}${digital ? " (digitalt)" : ""}`,
    digitalPlace: "Digitalt",
    form: (form) => (form === "Digitalt" ? "Digitalt möte." : "Fysiskt möte."),
    caseDeadline: (date) => `Ärendefrist: ${date} (sista dagen att anmäla ett ärende).`,
    releaseDeadline: (date) =>
      `Frigörandefrist: ${date} (sista dagen att meddela enheter utan ärende att de inte behöver delta).`,
    caseDeadlineSummary: (meeting, group) => `Ärendefrist inför mötet ${meeting}${ofGroup(group)}`,
    releaseDeadlineSummary: (meeting, group) =>
      `Frigörandefrist inför mötet ${meeting}${ofGroup(group)}`,
    caseDeadlineDescription: (meeting) =>
      `Sista dagen att anmäla ett ärende inför mötet ${meeting} till de berörda representanterna. Personuppgifter får inte mejlas.`,
    releaseDeadlineDescription: (meeting) =>
      `Sista dagen att meddela regionens enheter som inget ärende rör att de inte behöver delta i mötet ${meeting}.`,
    saveHint: (fileName) =>
      `Kopiera texten, klistra in den i Anteckningar (Mac: TextEdit, Format → Gör till ren text) och spara den som ${fileName} med kodningen UTF-8; öppna sedan filen för att lägga in mötena i kalendern.`,
  },

  charts: {
    perMeetingTitle: (h) => `Ärenden per möte, ${h}`,
    perOutcomeTitle: (h) => `Ärenden per utfall, ${h} (genomförda möten)`,
    perUnitTitle: (h) => `Ärenden per enhet, ${h} (genomförda möten)`,
    meetingAxis: "Möte",
    outcomeAxis: "Utfall",
    unitAxis: "Enhet",
    casesAxis: "Antal ärenden",
    held: "Genomfört",
    planned: "Planerat",
    cases: "Ärenden",
  },

  forbund: {
    group: "Grupp",
    allGroups: "Alla grupper",
    chartTitle: "Ärenden per grupp",
    chartCategoryAxis: "Grupp",
    chartValueAxis: "Ärenden (genomförda möten)",
    unreadable: (file) =>
      `${file}: kunde inte läsas som en Excel-arbetsbok (.xlsx) och är utelämnad.`,
    noTables: (file) =>
      `${file}: har inga planeringstabeller (Enheter, Möten eller Ärenden) och är utelämnad.`,
    duplicateGroup: (file, group, first) =>
      `${file}: gruppen ${group} finns redan i ${first}; filen är utelämnad.`,
    personnummer: (file, cells) =>
      `${file}: personnummer i ${cellList(cells, (n) => `och ${n} celler till`)}. Numret visas inte och inget av det skrivs; ersätt det med en ärendekod i gruppens arbetsbok. Filens antal räknas med.`,
  },

  nextTerm: {
    noMeetings:
      "Tabellen Möten har inget möte att fortsätta från. Skriv in terminens första möte i Möten.",
    termHasMeetings: (term, dates) =>
      `${term} har redan möten i tabellen Möten (${dates}). Inget har ändrats.`,
    noDates: (weeks, last, term) =>
      `Inget möte ${every(weeks)} efter ${last} hamnar i ${term}. Inget har ändrats.`,
    outOfRange: (last) =>
      `Terminen efter ${last} ligger utanför kalendern (1900–2199). Inget har ändrats.`,
  },
};
