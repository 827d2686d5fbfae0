/**
 * The coordinator's messages as the pane makes them, from the last `PlanningResult` in
 * memory (no read of the workbook, no DOM): the release notices of a meeting (R8), the
 * term's meeting times (R9) and the calendar file (R9). Everything here is synchronous,
 * because a copy or a download must start inside the click (clipboard.ts). Every text goes
 * through `redactPersonnummer` once more as a last net. The kallelser and the agenda of a
 * meeting (R5, R6) are made here too, but the pane calls them with a fresh read
 * (messages-view.ts): their input is whatever `PlanningResult` it is given.
 */
import { longDate as longDateText } from "../core/dates/long-date";
import { termOfSerial } from "../core/dates/term";
import { agendaText, kallelser, kallelserText } from "../core/texts/kallelse";
import { calendarFileName, icalendar, nextCalendarSequence } from "../core/texts/icalendar";
import { meetingTimesText } from "../core/texts/meeting-times";
import { nextMeetingIndex, releaseNotices, releaseNoticesText } from "../core/texts/release-notice";
import { messageSender, type PlannedMeeting } from "../core/texts/text-parts";
import type { PlanningResult } from "../core/planning/run";
import { redactPersonnummer } from "../core/privacy/personnummer";
import { type Lang, strings } from "./i18n";

/** A meeting of the chooser: its index in the schedule and its label. */
export interface MeetingChoice {
  readonly index: number;
  readonly label: string;
}

/** The schedule's rows as the messages' meetings (a `ScheduleRow` is a `PlannedMeeting`). */
export function plannedMeetings(result: PlanningResult): readonly PlannedMeeting[] {
  return result.schedule;
}

/** The meeting chooser: every meeting of Möten, in date order, "tisdag 18 november 2025 (möte 3)". */
export function meetingChoices(result: PlanningResult, lang: Lang): MeetingChoice[] {
  return result.schedule.map((row, index) => ({
    index,
    label: strings(lang).meetingChoice(longDateText(row.date, lang), row.nr),
  }));
}

/** The meeting chosen by default: the next one (on or after today), else the last. */
export function defaultMeetingIndex(result: PlanningResult, today: number): number | undefined {
  const meetings = plannedMeetings(result);
  if (meetings.length === 0) return undefined;
  return nextMeetingIndex(meetings, today) ?? meetings.length - 1;
}

/** Who signs: the convener (Sammankallande) if set, else the coordinator (Koordinator). */
export function senderOf(result: PlanningResult): string | undefined {
  const s = result.model.settings;
  return messageSender(s.coordinator, s.convener);
}

/** The release notices of meeting `index` as one text, or undefined when no unit is released. */
export function releaseNoticeClipboard(
  result: PlanningResult,
  index: number,
  lang: Lang
): { readonly text: string; readonly units: readonly string[] } | undefined {
  const meeting = result.schedule[index];
  if (!meeting) return undefined;
  const notices = releaseNotices(
    { group: result.model.settings.group, sender: senderOf(result), meeting },
    lang
  );
  if (notices.length === 0) return undefined;
  return {
    text: redactPersonnummer(releaseNoticesText(notices, lang)),
    units: notices.map((n) => n.unit),
  };
}

/** The meetings of the term (half-year) that holds meeting `index`, in date order. */
export function termMeetings(result: PlanningResult, index: number): readonly PlannedMeeting[] {
  const chosen = result.schedule[index];
  if (!chosen) return [];
  const term = termOfSerial(chosen.date);
  return result.schedule.filter((m) => m.date >= term.first && m.date <= term.last);
}

/** Kopiera mötestider: the term's meetings as text for an e-mail or a Teams post, then as tab-separated rows. */
export function meetingTimesClipboard(result: PlanningResult, index: number, lang: Lang): string {
  const { text, tsv } = meetingTimesText(
    { group: result.model.settings.group, meetings: termMeetings(result, index) },
    lang
  );
  return redactPersonnummer(`${text}\n\n${tsv}\n`);
}

/** One calendar file: its name, its text and the SEQUENCE of its events. */
export interface CalendarExport {
  readonly fileName: string;
  readonly text: string;
  readonly sequence: number;
}

/**
 * The calendar file of the term that holds meeting `index`. `previousSequence` is the
 * SEQUENCE of the session's previous export: this one is higher (`nextCalendarSequence`),
 * so that importing it updates the events of the earlier file.
 */
export function calendarExport(
  result: PlanningResult,
  index: number,
  options: {
    readonly lang: Lang;
    readonly includeDeadlines: boolean;
    readonly now: number;
    readonly previousSequence?: number;
  }
): CalendarExport {
  const meetings = termMeetings(result, index);
  const group = result.model.settings.group;
  const sequence = nextCalendarSequence(options.now, options.previousSequence);
  const text = icalendar({
    group,
    meetings,
    now: options.now,
    lang: options.lang,
    includeDeadlines: options.includeDeadlines,
    sequence,
  });
  return { fileName: calendarFileName(group, meetings), text: redactPersonnummer(text), sequence };
}

/**
 * False where a download from the task pane is not reliable: Excel on the Mac (Safari's
 * WebKit view) and on iPad/iPhone and Android. `platform` is
 * `Office.context.diagnostics.platform` when known; undefined (the browser preview) allows it.
 */
export function downloadsWork(platform: string | undefined): boolean {
  if (!platform) return true;
  return !["mac", "ios", "android"].includes(platform.toLowerCase());
}

/** The agenda input of meeting `index`: the schedule row and the agenda's slots of the same date. */
function agendaInput(result: PlanningResult, index: number) {
  const meeting = result.schedule[index];
  if (!meeting) return undefined;
  const slots = result.agenda.find((a) => a.date === meeting.date)?.slots ?? [];
  return { group: result.model.settings.group, meeting, slots };
}

/** The municipality units: the Enheter rows of Typ Kommun (they attend the whole meeting). */
export function municipalityUnits(result: PlanningResult): readonly string[] {
  return result.model.units.filter((u) => u.type === "Kommun").map((u) => u.name);
}

/**
 * Kopiera kallelser: the kallelser of meeting `index` as one text, with the units they go
 * to; undefined when the meeting has no slot (no case that may be raised).
 */
export function kallelseClipboard(
  result: PlanningResult,
  index: number,
  lang: Lang
): { readonly text: string; readonly units: readonly string[] } | undefined {
  const input = agendaInput(result, index);
  if (!input) return undefined;
  const messages = kallelser(
    { ...input, sender: senderOf(result), municipality: municipalityUnits(result) },
    lang
  );
  if (messages.length === 0) return undefined;
  return {
    text: redactPersonnummer(kallelserText(messages, lang)),
    units: messages.map((m) => m.unit),
  };
}

/** Kopiera dagordning: the agenda of meeting `index` as text, then as tab-separated rows. */
export function agendaClipboard(result: PlanningResult, index: number, lang: Lang): string {
  const input = agendaInput(result, index);
  if (!input) return "";
  const { text, tsv } = agendaText(input, lang);
  return redactPersonnummer(`${text}\n\n${tsv}\n`);
}
