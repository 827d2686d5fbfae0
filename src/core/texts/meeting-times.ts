/**
 * The term's meeting times (R9), as text to copy (pure; no Office, no DOM): lines for an
 * e-mail or a Teams post, and tab-separated rows for pasting into Excel.
 *
 * Built from the group, each meeting's date, time, form, place and Ärendefrist only (no
 * case codes, no personal data); every output goes through `redactPersonnummer` as a last
 * net, because the group and the places are typed by people.
 */
import { longDate, weekdayText } from "../dates/long-date";
import { formatIsoDate } from "../dates/serial";
import { termOfSerial } from "../dates/term";
import { termLabel } from "../dates/term-labels";
import { t, textsOf, type Lang } from "../i18n";
import { redactPersonnummer } from "../privacy/personnummer";
import {
  DEFAULT_GROUP_NAME,
  cell,
  clockText,
  formWord,
  oneLine,
  timeText,
  type PlannedMeeting,
} from "./text-parts";

/** What the meeting-times text is made from. */
export interface MeetingTimesInput {
  /** Grupp; "" when not given. */
  readonly group: string;
  /** The meetings, in any order (they are listed in date order). */
  readonly meetings: readonly PlannedMeeting[];
  /** A label such as "HT 2025"; without it, the terms of the meetings ("HT 2025–VT 2026"). */
  readonly term?: string;
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
  const texts = textsOf(lang).meetingTimes;
  const group = oneLine(input.group);
  const meetings = [...input.meetings].sort((a, b) => a.date - b.date);
  let term = oneLine(input.term);
  if (!term && meetings.length > 0) {
    const first = termLabel(termOfSerial(meetings[0].date), lang);
    const last = termLabel(termOfSerial(meetings[meetings.length - 1].date), lang);
    term = first === last ? first : `${first}–${last}`;
  }
  const lines: string[] = [texts.title(group || DEFAULT_GROUP_NAME, term), ""];
  if (meetings.length === 0) lines.push(texts.none);
  meetings.forEach((m, i) => {
    const parts = [`${longDate(m.date, lang)} ${timeText(m.startMinutes, lang)}`];
    const form = formWord(m.form, lang);
    if (form) parts.push(form);
    const place = oneLine(m.location);
    if (place) parts.push(place);
    let line = `${i + 1}. ${parts.join(", ")}.`;
    if (m.caseDeadline !== undefined) {
      line += ` ${texts.caseDeadline(longDate(m.caseDeadline, lang))}`;
    }
    lines.push(line);
  });
  if (meetings.some((m) => m.caseDeadline !== undefined)) lines.push("", texts.deadlineNote);

  const rows = [texts.header.join("\t")];
  meetings.forEach((m, i) => {
    rows.push(
      [
        String(i + 1),
        formatIsoDate(m.date),
        weekdayText(m.date, lang),
        clockText(m.startMinutes, ":"),
        m.form ? t(`value.form.${m.form}`, lang) : "",
        cell(oneLine(m.location)),
        m.caseDeadline !== undefined ? formatIsoDate(m.caseDeadline) : "",
      ].join("\t")
    );
  });
  return { text: redactPersonnummer(lines.join("\n")), tsv: redactPersonnummer(rows.join("\n")) };
}
