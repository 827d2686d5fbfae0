/**
 * The release notice (frigörandebesked, R8), as text to copy (pure; no Office, no DOM): one
 * short message per region unit that no case concerns at a meeting, telling it that it need
 * not attend; and where the meeting's Frigörandefrist stands today.
 *
 * The input is plain data (`PlannedMeeting`); a `ScheduleRow` of the meeting schedule fits
 * it as it is. The texts hold no case codes and no personal data: they are built from the
 * group, the meeting's date and time, the unit names and the sender only, and every output
 * goes through `redactPersonnummer` as a last net, because the group and the sender are
 * typed by people. The words are the catalogue's (`i18n`), the dates `longDate`'s.
 */
import { longDate } from "../dates/long-date";
import { textsOf, type Lang } from "../i18n";
import { redactPersonnummer } from "../privacy/personnummer";
import { DEFAULT_GROUP_NAME, closing, oneLine, timeText, type PlannedMeeting } from "./text-parts";

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
  const texts = textsOf(lang);
  const group = oneLine(input.group);
  const sender = oneLine(input.sender);
  const { meeting } = input;
  const date = longDate(meeting.date, lang);
  const time = timeText(meeting.startMinutes, lang);
  const theMeeting = texts.sent.theMeeting(group);
  const seen = new Set<string>();
  const notices: ReleaseNotice[] = [];
  for (const raw of meeting.released ?? []) {
    const unit = oneLine(raw);
    if (!unit || seen.has(unit)) continue;
    seen.add(unit);
    const subject = texts.releaseNotice.subject(group || DEFAULT_GROUP_NAME, date, unit);
    const body = texts.releaseNotice.body(unit, theMeeting, date, time);
    const lines = [texts.sent.greeting, "", body, "", ...closing(group, sender, lang)];
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
  const label = textsOf(lang).sent.to;
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
  const texts = textsOf(lang).releaseNotice;
  const deadline = meeting.releaseDeadline;
  if (deadline === undefined) return { state: "unknown", text: texts.deadlineUnknown };
  const date = longDate(deadline, lang);
  if (today > deadline) return { deadline, state: "passed", text: texts.deadlinePassed(date) };
  if (today === deadline) return { deadline, state: "today", text: texts.deadlineToday(date) };
  return { deadline, state: "open", text: texts.deadlineOpen(date) };
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
