/**
 * The coordinator's messages, as text to copy (pure; no Office, no DOM):
 *
 * - the release notice (frigörandebesked, R8): one short message per region unit that no case
 *   concerns at a meeting, telling it that it need not attend;
 * - the term's meeting times (R9): lines for an e-mail or a Teams post, and tab-separated rows
 *   for pasting into Excel.
 *
 * The inputs are plain data (`PlannedMeeting`); a `ScheduleRow` of the meeting schedule fits
 * it as it is. The texts hold no case codes and no personal data: they are built from the
 * group, the meeting's date, time, form and place, the unit names and the sender only, and
 * every output goes through `redactPersonnummer` as a last net, because the group, the place
 * and the sender are typed by people.
 *
 * Dates are Excel serials (1900 system), turned into text with integer arithmetic only
 * (`dates/serial.ts`), so the text never depends on the machine's time zone.
 *
 * Conventions: Swedish dates read "tisdag 18 november 2025" and times "kl. 09.00" (the
 * Swedish convention, Språkrådet: a full stop between hours and minutes); English dates read
 * "Tuesday 18 November 2025" and times "09:00". Tab-separated rows carry ISO dates
 * (2025-11-18) and times as hh:mm (09:00), which Excel reads as a date and a time in every
 * language.
 */
import type { Lang } from "../i18n/messages";
import { dateFromSerial, formatIsoDate, weekdayOfSerial } from "../dates/serial";
import { redactPersonnummer } from "../privacy/personnummer";

/** One planned meeting as the messages need it. A `ScheduleRow` is one. */
export interface PlannedMeeting {
  /** Excel serial of the meeting day. */
  readonly date: number;
  /** Start time in minutes after midnight (540 = 09:00). */
  readonly startMinutes: number;
  /** Fysiskt or Digitalt (R2), if given. */
  readonly form?: "Fysiskt" | "Digitalt";
  /** Plats, as typed; "" when not given. */
  readonly location: string;
  /** Ärendefrist (R7), serial. */
  readonly caseDeadline?: number;
  /** Frigörandefrist (R8), serial. */
  readonly releaseDeadline?: number;
  /** Region units no case concerns (R8), in Enheter order. */
  readonly released?: readonly string[];
  /** Length of the meeting in minutes (e.g. the agenda's), for the calendar file. */
  readonly durationMinutes?: number;
}

// ---------------------------------------------------------------------------------------
// Dates, times and typed text
// ---------------------------------------------------------------------------------------

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** ISO weekday 1 = Monday … 7 = Sunday. */
const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/** The weekday of a serial: "tisdag" / "Tuesday". */
export function weekdayText(serial: number, lang: Lang): string {
  return WEEKDAYS[lang][weekdayOfSerial(serial) - 1];
}

/** "tisdag 18 november 2025" / "Tuesday 18 November 2025". */
export function longDateText(serial: number, lang: Lang): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${weekdayText(serial, lang)} ${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/** Whole minutes of the day, 0–1439 (a value past midnight wraps). */
function minuteOfDay(minutes: number): number {
  const m = Math.round(minutes) % 1440;
  return m < 0 ? m + 1440 : m;
}

/** A clock time: "09.00" in Swedish text, "09:00" in English text and in tab-separated rows. */
export function clockText(minutes: number, separator: "." | ":"): string {
  const m = minuteOfDay(minutes);
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `${hh}${separator}${mm}`;
}

/** "kl. 09.00" / "at 09:00": the time as it stands in a sentence. */
export function timeText(minutes: number, lang: Lang): string {
  return lang === "sv" ? `kl. ${clockText(minutes, ".")}` : `at ${clockText(minutes, ":")}`;
}

/**
 * Text typed by a person, made fit for one line of a message: NFC, every run of spaces,
 * tabs and line breaks one space, control characters removed, trimmed, and any
 * personnummer replaced by "[personnummer borttaget]".
 */
export function oneLine(text: string | undefined): string {
  if (!text) return "";
  const flat = replaceControls(text.normalize("NFC"), " ")
    .replace(/[\s\u200b]+/g, " ")
    .trim();
  return redactPersonnummer(flat).trim();
}

/** `text` with each C0 control character and DEL replaced by `by`, except those in `keep`. */
export function replaceControls(text: string, by: string, keep = ""): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += (c < 0x20 || c === 0x7f) && !keep.includes(text[i]) ? by : text[i];
  }
  return out;
}

/**
 * Who signs the messages (R3): the convener (Sammankallande) when one is set, else the
 * coordinator (Koordinator); undefined when neither is set, and the messages then close
 * without a name.
 */
export function messageSender(
  coordinator: string | undefined,
  convener?: string | undefined
): string | undefined {
  const c = oneLine(convener);
  if (c) return c;
  const k = oneLine(coordinator);
  return k || undefined;
}

/** The closing lines: the greeting, then the sender and the group when there are any. */
export function closing(group: string, sender: string, lang: Lang): string[] {
  const lines = [lang === "sv" ? "Vänliga hälsningar" : "Kind regards"];
  if (sender) lines.push(sender);
  if (group) lines.push(group);
  return lines;
}

// ---------------------------------------------------------------------------------------
// Release notice (R8)
// ---------------------------------------------------------------------------------------

/** What a release notice is made from. */
export interface ReleaseNoticeInput {
  /** Grupp, e.g. "VerkSam Jönköping 2"; "" when not given. */
  readonly group: string;
  /** Who signs (see `messageSender`); none gives a closing without a name. */
  readonly sender?: string;
  /** The meeting; its `released` units get one notice each. */
  readonly meeting: PlannedMeeting;
}

/** One release notice, for one unit. */
export interface ReleaseNotice {
  /** The unit it is addressed to (as written in Enheter, redacted). */
  readonly unit: string;
  /** A subject line for an e-mail. */
  readonly subject: string;
  /** The message itself, lines separated by "\n". */
  readonly text: string;
}

/**
 * The release notices of one meeting (R8): one per released unit, in the order given,
 * a unit named twice once. Empty when no unit is released.
 *
 * Swedish example:
 *
 *     Hej!
 *
 *     Inget ärende som rör Råslätts VC tas upp på mötet i VerkSam Jönköping 2 tisdag
 *     18 november 2025 kl. 09.00. Ni behöver därför inte delta i det mötet.
 *
 *     Vänliga hälsningar
 *     Anna Andersson
 *     VerkSam Jönköping 2
 */
export function releaseNotices(input: ReleaseNoticeInput, lang: Lang): ReleaseNotice[] {
  const group = oneLine(input.group);
  const sender = oneLine(input.sender);
  const { meeting } = input;
  const date = longDateText(meeting.date, lang);
  const time = timeText(meeting.startMinutes, lang);
  const seen = new Set<string>();
  const notices: ReleaseNotice[] = [];
  for (const raw of meeting.released ?? []) {
    const unit = oneLine(raw);
    if (!unit || seen.has(unit)) continue;
    seen.add(unit);
    let subject: string;
    let body: string;
    if (lang === "sv") {
      const where = group ? `mötet i ${group}` : "VerkSam-mötet";
      subject = `${group || "VerkSam"} ${date}: ${unit} behöver inte delta`;
      body =
        `Inget ärende som rör ${unit} tas upp på ${where} ${date} ${time}. ` +
        `Ni behöver därför inte delta i det mötet.`;
    } else {
      const where = group ? `the ${group} meeting` : "the VerkSam meeting";
      subject = `${group || "VerkSam"} ${date}: ${unit} need not attend`;
      body =
        `No case concerning ${unit} will be raised at ${where} on ${date} ${time}. ` +
        `You therefore need not attend that meeting.`;
    }
    const lines = [
      lang === "sv" ? "Hej!" : "Hello,",
      "",
      body,
      "",
      ...closing(group, sender, lang),
    ];
    notices.push({
      unit,
      subject: redactPersonnummer(subject),
      text: redactPersonnummer(lines.join("\n")),
    });
  }
  return notices;
}

/** Every notice of a meeting in one text: each preceded by its unit, separated by a line. */
export function releaseNoticesText(notices: readonly ReleaseNotice[], lang: Lang): string {
  const label = lang === "sv" ? "Till" : "To";
  return notices.map((n) => `${label}: ${n.unit}\n\n${n.text}`).join("\n\n----------\n\n");
}

/** Where the Frigörandefrist of a meeting stands on `today` (both Excel serials). */
export interface ReleaseDeadlineStatus {
  readonly deadline?: number;
  /** "open": still ahead; "today": today is the last day; "passed"; "unknown": no deadline. */
  readonly state: "open" | "today" | "passed" | "unknown";
  /** A line for the pane, e.g. "Frigörandefrist: tisdag 11 november 2025." */
  readonly text: string;
}

/**
 * The Frigörandefrist of a meeting and whether it has passed on `today` (Sweden's date as a
 * serial): the pane shows the line and warns when the state is "passed".
 */
export function releaseDeadlineStatus(
  meeting: PlannedMeeting,
  today: number,
  lang: Lang
): ReleaseDeadlineStatus {
  const deadline = meeting.releaseDeadline;
  if (deadline === undefined) {
    return {
      state: "unknown",
      text:
        lang === "sv"
          ? "Frigörandefristen kan inte beräknas."
          : "The release deadline cannot be computed.",
    };
  }
  const date = longDateText(deadline, lang);
  if (today > deadline) {
    return {
      deadline,
      state: "passed",
      text:
        lang === "sv"
          ? `Frigörandefristen ${date} har passerat. Skicka beskeden så snart som möjligt.`
          : `The release deadline ${date} has passed. Send the notices as soon as possible.`,
    };
  }
  if (today === deadline) {
    return {
      deadline,
      state: "today",
      text:
        lang === "sv" ? `Frigörandefrist: i dag, ${date}.` : `Release deadline: today, ${date}.`,
    };
  }
  return {
    deadline,
    state: "open",
    text: lang === "sv" ? `Frigörandefrist: ${date}.` : `Release deadline: ${date}.`,
  };
}

/**
 * The meeting a release notice is for by default: the first meeting on or after `today`
 * (serial), in date order; undefined when every meeting lies before today.
 */
export function nextMeetingIndex(
  meetings: readonly PlannedMeeting[],
  today: number
): number | undefined {
  let best: number | undefined;
  meetings.forEach((m, i) => {
    if (m.date >= today && (best === undefined || m.date < meetings[best].date)) best = i;
  });
  return best;
}

// ---------------------------------------------------------------------------------------
// Meeting times (R9)
// ---------------------------------------------------------------------------------------

/** What the meeting-times text is made from. */
export interface MeetingTimesInput {
  /** Grupp; "" when not given. */
  readonly group: string;
  /** The meetings, in any order (they are listed in date order). */
  readonly meetings: readonly PlannedMeeting[];
  /** A label such as "HT 2025"; without it, the half-years of the meetings ("HT 2025–VT 2026"). */
  readonly term?: string;
}

/** The half-year of a serial: "HT 2025" / "Autumn 2025". */
function halfYearLabel(serial: number, lang: Lang): string {
  const { year, month } = dateFromSerial(serial);
  if (lang === "sv") return `${month <= 6 ? "VT" : "HT"} ${year}`;
  return `${month <= 6 ? "Spring" : "Autumn"} ${year}`;
}

/** The meeting's form as a word in a sentence: "fysiskt" / "in person"; "" when not given. */
export function formWord(form: PlannedMeeting["form"], lang: Lang): string {
  if (!form) return "";
  if (lang === "sv") return form === "Digitalt" ? "digitalt" : "fysiskt";
  return form === "Digitalt" ? "online" : "in person";
}

function formValue(form: PlannedMeeting["form"], lang: Lang): string {
  if (!form) return "";
  if (lang === "sv") return form;
  return form === "Digitalt" ? "Digital" : "Physical";
}

/** A value for one cell of a tab-separated row: no tabs or line breaks. */
export function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}

/**
 * The term's meetings as text (R9): `text` for an e-mail or a Teams post, one numbered line
 * per meeting (date, weekday, time, form, place, Ärendefrist) and a note on the deadline;
 * `tsv` as tab-separated rows with a header row, for pasting into Excel. Lines are separated
 * by "\n".
 */
export function meetingTimesText(
  input: MeetingTimesInput,
  lang: Lang
): { readonly text: string; readonly tsv: string } {
  const group = oneLine(input.group);
  const meetings = [...input.meetings].sort((a, b) => a.date - b.date);
  let term = oneLine(input.term);
  if (!term && meetings.length > 0) {
    const first = halfYearLabel(meetings[0].date, lang);
    const last = halfYearLabel(meetings[meetings.length - 1].date, lang);
    term = first === last ? first : `${first}–${last}`;
  }
  const sv = lang === "sv";
  const title = sv
    ? `Mötestider för ${group || "VerkSam"}${term ? `, ${term}` : ""}:`
    : `Meeting times for ${group || "VerkSam"}${term ? `, ${term}` : ""}:`;
  const lines: string[] = [title, ""];
  if (meetings.length === 0) {
    lines.push(sv ? "Inga möten är inplanerade." : "No meetings are planned.");
  }
  meetings.forEach((m, i) => {
    const parts = [`${longDateText(m.date, lang)} ${timeText(m.startMinutes, lang)}`];
    const form = formWord(m.form, lang);
    if (form) parts.push(form);
    const place = oneLine(m.location);
    if (place) parts.push(place);
    let line = `${i + 1}. ${parts.join(", ")}.`;
    if (m.caseDeadline !== undefined) {
      const deadline = longDateText(m.caseDeadline, lang);
      line += sv ? ` Ärendefrist: ${deadline}.` : ` Case deadline: ${deadline}.`;
    }
    lines.push(line);
  });
  if (meetings.some((m) => m.caseDeadline !== undefined)) {
    lines.push(
      "",
      sv
        ? "Ärendefristen är sista dagen att anmäla ett ärende till de berörda representanterna. Personuppgifter får inte mejlas."
        : "The case deadline is the last day to notify the representatives concerned of a case. Personal data must not be e-mailed."
    );
  }

  const header = sv
    ? ["Nr", "Datum", "Veckodag", "Tid", "Form", "Plats", "Ärendefrist"]
    : ["No.", "Date", "Weekday", "Time", "Format", "Place", "Case deadline"];
  const rows = [header.join("\t")];
  meetings.forEach((m, i) => {
    rows.push(
      [
        String(i + 1),
        formatIsoDate(m.date),
        weekdayText(m.date, lang),
        clockText(m.startMinutes, ":"),
        formValue(m.form, lang),
        cell(oneLine(m.location)),
        m.caseDeadline !== undefined ? formatIsoDate(m.caseDeadline) : "",
      ].join("\t")
    );
  });
  return { text: redactPersonnummer(lines.join("\n")), tsv: redactPersonnummer(rows.join("\n")) };
}
