/**
 * The parts every text the coordinator sends is made of (pure; no Office, no DOM): the
 * meeting as the texts need it, clock times, typed text made fit for one line, the sender
 * and the closing lines, and a cell of a tab-separated row. The release notice, the meeting
 * times, the kallelser and the calendar file are built from these (`release-notice.ts`,
 * `meeting-times.ts`, `kallelse.ts`, `icalendar.ts`); their words come from the core's text
 * catalogue (`i18n/sv.ts`, `i18n/en.ts`), their long dates from `dates/long-date.ts`.
 *
 * Conventions: Swedish times read "kl. 09.00" (Språkrådet: a full stop between hours and
 * minutes), English "09:00". Tab-separated rows carry ISO dates (2025-11-18) and times as
 * hh:mm (09:00), which Excel reads as a date and a time in every language.
 */
import { textsOf, type Lang } from "../i18n";
import { redactPersonnummer } from "../privacy/personnummer";

/** One planned meeting as the texts need it. A `ScheduleRow` of the meeting schedule is one. */
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

/** The name a text uses for the group when none is given. */
export const DEFAULT_GROUP_NAME = "VerkSam";

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

/** A clock time as it stands in a sentence of `lang`, without a preposition: "09.00" / "09:00". */
export function sentenceClock(minutes: number, lang: Lang): string {
  return clockText(minutes, textsOf(lang).sent.clockSeparator);
}

/** "kl. 09.00" / "at 09:00": the time as it stands in a sentence. */
export function timeText(minutes: number, lang: Lang): string {
  return textsOf(lang).sent.time(sentenceClock(minutes, lang));
}

/** A slot's time: "kl. 09.00–09.40" / "09:00–09:40". */
export function slotTimeText(fromMinutes: number, toMinutes: number, lang: Lang): string {
  return textsOf(lang).sent.slotTime(
    sentenceClock(fromMinutes, lang),
    sentenceClock(toMinutes, lang)
  );
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
  const lines = [textsOf(lang).sent.regards];
  if (sender) lines.push(sender);
  if (group) lines.push(group);
  return lines;
}

/** The meeting's form as a word in a sentence: "fysiskt" / "in person"; "" when not given. */
export function formWord(form: PlannedMeeting["form"], lang: Lang): string {
  return form ? textsOf(lang).sent.formWord(form) : "";
}

/** A value for one cell of a tab-separated row: no tabs or line breaks. */
export function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}
