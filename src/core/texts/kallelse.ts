/**
 * The kallelse (invitation) of one meeting and its agenda as text to copy (pure; no Office,
 * no DOM). The meeting is planned so that a care unit is present only while its own cases
 * are discussed with the municipality (R5):
 *
 * - `kallelser`: one short message per unit with a slot, telling it its own slot (from–to),
 *   the group, the day, form and place, how many cases and their codes, that the written
 *   consent must be shown at the meeting (R6), and who signs; and one message per
 *   municipality unit (Enheter, Typ Kommun), which attends the whole meeting, listing every
 *   slot. A unit without a slot (released, R8) gets no kallelse.
 * - `agendaText`: the meeting's agenda as text, and as tab-separated rows with the columns of
 *   the Dagordning sheet (all but the meeting number), to paste into Excel.
 *
 * The slots are those of `buildAgenda`, the same the Dagordning sheet is written from, so the
 * times are the sheet's; a case with Samtycke "Nej" has no slot and appears nowhere. Case
 * codes are not personal data; no personnummer, no Frågeställning is ever an input here, and
 * every text goes through `redactPersonnummer` as a last net, because the group, the place,
 * the unit names, the codes and the sender are typed by people.
 */
import { longDate } from "../dates/long-date";
import { formatIsoDate } from "../dates/serial";
import { t, textsOf, type Lang } from "../i18n";
import { joinCodes, type AgendaSlot } from "../planning/agenda";
import { agendaSlotHeader } from "../planning/output";
import { redactPersonnummer } from "../privacy/personnummer";
import {
  DEFAULT_GROUP_NAME,
  cell,
  clockText,
  closing,
  formWord,
  oneLine,
  slotTimeText,
  timeText,
  type PlannedMeeting,
} from "./text-parts";

/** What the kallelser and the agenda text of one meeting are made from. */
export interface KallelseInput {
  /** Grupp, e.g. "VerkSam Jönköping 2"; "" when not given. */
  readonly group: string;
  /** Who signs (see `messageSender`); none gives a closing without a name. */
  readonly sender?: string;
  /** The meeting: date, start, form and place (a `ScheduleRow` is one). */
  readonly meeting: PlannedMeeting;
  /** The meeting's slots, as `buildAgenda` made them (empty when it has no cases). */
  readonly slots: readonly AgendaSlot[];
  /** The municipality units (Enheter rows of Typ Kommun): they attend the whole meeting. */
  readonly municipality: readonly string[];
}

/** One kallelse, for one unit. */
export interface Kallelse {
  /** The unit it is addressed to (redacted). */
  readonly unit: string;
  /** "unit": a unit told its own slot; "municipality": the whole meeting, every slot. */
  readonly kind: "unit" | "municipality";
  /** The unit's own slot, in minutes after midnight (the whole meeting for the municipality). */
  readonly fromMinutes: number;
  readonly toMinutes: number;
  /** A subject line for an e-mail. */
  readonly subject: string;
  /** The message itself, lines separated by "\n". */
  readonly text: string;
}

function unitLabel(unit: string, lang: Lang): string {
  const name = oneLine(unit);
  return name === "" ? t("value.noUnit", lang) : name;
}

/** `count` followed by the slot's codes in brackets, when it has any. */
function codesText(slot: AgendaSlot, count: string): string {
  const codes = joinCodes(slot.codes.map(oneLine).filter((c) => c !== ""));
  return codes ? `${count} (${codes})` : count;
}

/** "3 ärenden (J2-25-001, J2-25-002, J2-25-004)" / "1 case (J2-25-003)". */
function casesText(slot: AgendaSlot, lang: Lang): string {
  return codesText(slot, textsOf(lang).kallelse.cases(slot.caseCount));
}

/** One line of the agenda: "kl. 09.00–09.40 Norrahammars VC: 3 ärenden (J2-25-001, …)". */
function slotLine(slot: AgendaSlot, lang: Lang): string {
  return `${slotTimeText(slot.fromMinutes, slot.toMinutes, lang)} ${unitLabel(slot.unit, lang)}: ${casesText(slot, lang)}`;
}

/** "Mötet är fysiskt: Konferensrum Vättern." / "The meeting is in person: …"; "" when neither is known. */
function whereText(meeting: PlannedMeeting, lang: Lang): string {
  return textsOf(lang).kallelse.where(formWord(meeting.form, lang), oneLine(meeting.location));
}

function matchKey(name: string): string {
  return oneLine(name).toLowerCase();
}

/**
 * The kallelser of one meeting: one per unit with a slot (in agenda order; not for a slot
 * without a unit, and not for a municipality unit), then one per municipality unit listing
 * every slot. Empty when the meeting has no slots.
 *
 * Swedish example:
 *
 *     Hej!
 *
 *     Ni kallas till mötet i VerkSam Jönköping 2 tisdag 26 augusti 2025. Ärendena som rör
 *     Norrahammars VC tas upp kl. 09.00–09.40: delta under den tiden.
 *     Mötet är fysiskt: Konferensrum Vättern.
 *
 *     Ärenden: 3 (J2-25-001, J2-25-002, J2-25-004)
 *
 *     Det skriftliga samtycket för varje ärende ska visas på mötet.
 *
 *     Vänliga hälsningar
 *     Anna Andersson
 *     VerkSam Jönköping 2
 */
export function kallelser(input: KallelseInput, lang: Lang): Kallelse[] {
  const { meeting, slots } = input;
  if (slots.length === 0) return [];
  const group = oneLine(input.group);
  const sender = oneLine(input.sender);
  const texts = textsOf(lang);
  const date = longDate(meeting.date, lang);
  const where = whereText(meeting, lang);
  const name = group || DEFAULT_GROUP_NAME;
  const theMeeting = texts.sent.theMeeting(group);
  const municipalityKeys = new Set(input.municipality.map(matchKey).filter((k) => k !== ""));
  const messages: Kallelse[] = [];
  const make = (
    unit: string,
    kind: Kallelse["kind"],
    from: number,
    to: number,
    subject: string,
    body: readonly string[]
  ): void => {
    const lines = [texts.sent.greeting, "", ...body, "", texts.kallelse.consent, ""];
    lines.push(...closing(group, sender, lang));
    messages.push({
      unit: redactPersonnummer(unit),
      kind,
      fromMinutes: from,
      toMinutes: to,
      subject: redactPersonnummer(subject),
      text: redactPersonnummer(lines.join("\n")),
    });
  };

  for (const slot of slots) {
    const unit = oneLine(slot.unit);
    if (unit === "" || municipalityKeys.has(matchKey(unit))) continue;
    const time = slotTimeText(slot.fromMinutes, slot.toMinutes, lang);
    const invite = texts.kallelse.invite(theMeeting, date, unit, time);
    make(
      unit,
      "unit",
      slot.fromMinutes,
      slot.toMinutes,
      texts.kallelse.subject(name, date, unit, time),
      [
        where ? `${invite}\n${where}` : invite,
        "",
        `${texts.kallelse.casesLabel}: ${codesText(slot, String(slot.caseCount))}`,
      ]
    );
  }

  const start = slots[0].fromMinutes;
  const end = slots[slots.length - 1].toMinutes;
  const whole = slotTimeText(start, end, lang);
  const seen = new Set<string>();
  for (const raw of input.municipality) {
    const unit = oneLine(raw);
    if (unit === "" || seen.has(matchKey(unit))) continue;
    seen.add(matchKey(unit));
    const invite = texts.kallelse.municipalityInvite(theMeeting, date, whole);
    make(unit, "municipality", start, end, texts.kallelse.municipalitySubject(name, date, whole), [
      where ? `${invite}\n${where}` : invite,
      "",
      texts.kallelse.eachUnit,
      ...slots.map((s) => slotLine(s, lang)),
    ]);
  }
  return messages;
}

/** Every kallelse of a meeting in one text: each with its addressee and subject, separated by a line. */
export function kallelserText(messages: readonly Kallelse[], lang: Lang): string {
  const { to, subject } = textsOf(lang).sent;
  return redactPersonnummer(
    messages
      .map((m) => `${to}: ${m.unit}\n${subject}: ${m.subject}\n\n${m.text}`)
      .join("\n\n----------\n\n")
  );
}

/**
 * The meeting's agenda: `text` for the meeting invitation or to print (a title with the
 * group, the day, the start, form and place, then one line per slot), and `tsv` as
 * tab-separated rows with a header row: the Dagordning sheet's columns but the meeting
 * number (date as ISO, times as hh:mm), one row per slot, or the sheet's "Inga ärenden" row.
 */
export function agendaText(
  input: Omit<KallelseInput, "municipality" | "sender">,
  lang: Lang
): { readonly text: string; readonly tsv: string } {
  const { meeting, slots } = input;
  const group = oneLine(input.group) || DEFAULT_GROUP_NAME;
  const parts = [`${longDate(meeting.date, lang)} ${timeText(meeting.startMinutes, lang)}`];
  const form = formWord(meeting.form, lang);
  if (form) parts.push(form);
  const place = oneLine(meeting.location);
  if (place) parts.push(place);
  const title = textsOf(lang).kallelse.agendaTitle(group, parts.join(", "));
  const lines = [title, ""];
  if (slots.length === 0) lines.push(`${t("value.noCases", lang)}.`);
  else lines.push(...slots.map((s) => slotLine(s, lang)));

  const header = agendaSlotHeader(lang);
  const iso = formatIsoDate(meeting.date);
  const rows = [header.join("\t")];
  if (slots.length === 0) {
    rows.push(
      [
        iso,
        "",
        clockText(meeting.startMinutes, ":"),
        "",
        t("value.noCases", lang),
        "0",
        "0",
        "",
      ].join("\t")
    );
  }
  for (const s of slots) {
    rows.push(
      [
        iso,
        String(s.slot),
        clockText(s.fromMinutes, ":"),
        clockText(s.toMinutes, ":"),
        cell(unitLabel(s.unit, lang)),
        String(s.caseCount),
        String(s.minutes),
        cell(joinCodes(s.codes.map(oneLine))),
      ].join("\t")
    );
  }
  return { text: redactPersonnummer(lines.join("\n")), tsv: redactPersonnummer(rows.join("\n")) };
}
