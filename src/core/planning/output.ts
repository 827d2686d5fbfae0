/**
 * The sheets the task pane writes (Mötesschema, Dagordning, Statistik) as plain grids.
 * Dates stay serial numbers (format yyyy-mm-dd), times are fractions of a day (hh:mm).
 * As a last safety net every cell and header is passed through `redactCellValue` (the same
 * normalisation as detection: a number cell that is a personnummer becomes the redaction
 * text), so a personnummer typed anywhere never reaches an output sheet. The reader has
 * redacted every text already (read.ts).
 */
import { weekdayName } from "../dates/long-date";
import { t, type Lang, type MessageKey } from "../i18n";
import { redactCellValue, redactPersonnummer } from "../privacy/personnummer";
import type { AgendaMeeting } from "./agenda";
import { joinCodes } from "./agenda";
import { shortFinding } from "./findings";
import type { ScheduleRow } from "./schedule";
import {
  statisticsCells,
  statisticsValues,
  type Statistics,
  type StatisticsRow,
} from "./statistics";
import { MEETING_FORMS, OUTCOMES, type CellValue, type Finding } from "./types";
import { minutesToFraction } from "./values";

export const DATE_FORMAT = "yyyy-mm-dd";
export const TIME_FORMAT = "hh:mm";
export const INTEGER_FORMAT = "0";

/** The names of the sheets the add-in owns (the same in both languages). */
export const OUTPUT_SHEET_NAMES = {
  schedule: "Mötesschema",
  agenda: "Dagordning",
  statistics: "Statistik",
  /** The förbund's statistics over all groups (src/core/forbund). */
  forbund: "Förbundsstatistik",
} as const;

export interface OutputSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Per column: "yyyy-mm-dd", "hh:mm", "0", or null (General / text). */
  readonly numberFormats: readonly (string | null)[];
}

export interface OutputSheets {
  readonly schedule: OutputSheet;
  readonly agenda: OutputSheet;
  readonly statistics: OutputSheet;
}

/** How many findings the Varningar cell lists before "+N till". */
export const MAX_WARNINGS_LISTED = 3;

/** The Varningar cell of a meeting: up to three short findings, then "+N till". */
export function warningsText(findings: readonly Finding[], lang: Lang): string {
  const shown = findings.slice(0, MAX_WARNINGS_LISTED).map((f) => shortFinding(f, lang));
  if (findings.length > MAX_WARNINGS_LISTED)
    shown.push(t("short.more", lang, { count: findings.length - MAX_WARNINGS_LISTED }));
  return shown.join("; ");
}

/**
 * The last safety net over a sheet: its header and every cell of every row through
 * `redactPersonnummer` / `redactCellValue`. The rows are the builder's own, just made, and
 * are made safe where they lie (no second copy of the grid).
 */
function safeSheet(sheet: {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: CellValue[][];
  readonly numberFormats: readonly (string | null)[];
}): OutputSheet {
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) redactRow(rows[i]);
  return {
    name: sheet.name,
    header: sheet.header.map(redactPersonnummer),
    rows,
    numberFormats: sheet.numberFormats,
  };
}

/**
 * One row of `safeSheet`, made safe where it lies. (A function called per row, not the body
 * of one loop over the sheet: V8 drops the code it compiles for such a loop at the next
 * collection, see read.ts, `CaseRows`.)
 */
function redactRow(row: CellValue[]): void {
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    row[j] = redactCellValue(v === undefined ? null : v);
  }
}

/** `t(key, lang)` of keys without parameters, looked up once per sheet instead of once per row. */
function texts<K extends string | number>(
  keys: readonly K[],
  key: (k: K) => MessageKey,
  lang: Lang
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = t(key(k), lang);
  return out;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function scheduleSheet(schedule: readonly ScheduleRow[], lang: Lang): OutputSheet {
  const header = [
    t("schedule.nr", lang),
    t("schedule.date", lang),
    t("schedule.week", lang),
    t("schedule.weekday", lang),
    t("schedule.start", lang),
    t("schedule.form", lang),
    t("schedule.caseDeadline", lang),
    t("schedule.releaseDeadline", lang),
    t("schedule.caseCount", lang),
    t("schedule.units", lang),
    t("schedule.released", lang),
    t("schedule.warnings", lang),
  ];
  const numberFormats = [
    INTEGER_FORMAT,
    DATE_FORMAT,
    INTEGER_FORMAT,
    null,
    TIME_FORMAT,
    null,
    DATE_FORMAT,
    DATE_FORMAT,
    INTEGER_FORMAT,
    null,
    null,
    null,
  ];
  const weekdays = Object.fromEntries(WEEKDAYS.map((d) => [d, weekdayName(d, lang)])) as Record<
    (typeof WEEKDAYS)[number],
    string
  >;
  const forms = texts(MEETING_FORMS, (f) => `value.form.${f}` as const, lang);
  const noUnit = t("value.noUnit", lang);
  const rows = schedule.map((r): CellValue[] => [
    r.nr,
    r.date,
    r.week,
    weekdays[r.weekday as (typeof WEEKDAYS)[number]],
    minutesToFraction(r.startMinutes),
    r.form ? forms[r.form] : null,
    r.caseDeadline ?? null,
    r.releaseDeadline ?? null,
    r.caseCount,
    r.unitsWithCases.map((u) => (u === "" ? noUnit : u)).join(", "),
    r.released.join(", "),
    warningsText(r.findings, lang),
  ]);
  return safeSheet({ name: OUTPUT_SHEET_NAMES.schedule, header, rows, numberFormats });
}

/**
 * The columns of one agenda slot, Datum to Ärendekoder: the Dagordning sheet's header after
 * Möte nr, and the header of the agenda a kallelse copies as tab-separated text.
 */
export function agendaSlotHeader(lang: Lang): string[] {
  return [
    t("agenda.date", lang),
    t("agenda.slot", lang),
    t("agenda.from", lang),
    t("agenda.to", lang),
    t("agenda.unit", lang),
    t("agenda.caseCount", lang),
    t("agenda.minutes", lang),
    t("agenda.codes", lang),
  ];
}

/** The Dagordning rows of one meeting (a function per meeting, as `redactRow`). */
function agendaRows(m: AgendaMeeting, noCases: string, noUnit: string, rows: CellValue[][]): void {
  if (m.slots.length === 0) {
    rows.push([m.nr, m.date, null, minutesToFraction(m.startMinutes), null, noCases, 0, 0, null]);
    return;
  }
  for (let k = 0; k < m.slots.length; k++) {
    const s = m.slots[k];
    rows.push([
      m.nr,
      m.date,
      s.slot,
      minutesToFraction(s.fromMinutes),
      minutesToFraction(s.toMinutes),
      s.unit === "" ? noUnit : s.unit,
      s.caseCount,
      s.minutes,
      joinCodes(s.codes),
    ]);
  }
}

export function agendaSheet(agenda: readonly AgendaMeeting[], lang: Lang): OutputSheet {
  const header = [t("agenda.meetingNr", lang), ...agendaSlotHeader(lang)];
  const numberFormats = [
    INTEGER_FORMAT,
    DATE_FORMAT,
    INTEGER_FORMAT,
    TIME_FORMAT,
    TIME_FORMAT,
    null,
    INTEGER_FORMAT,
    INTEGER_FORMAT,
    null,
  ];
  const noCases = t("value.noCases", lang);
  const noUnit = t("value.noUnit", lang);
  const rows: CellValue[][] = [];
  for (let i = 0; i < agenda.length; i++) agendaRows(agenda[i], noCases, noUnit, rows);
  return safeSheet({ name: OUTPUT_SHEET_NAMES.agenda, header, rows, numberFormats });
}

/** A row of zeros with the statistics' columns, for the header of an empty Statistik sheet. */
function emptyRow(statistics: Statistics): StatisticsRow {
  return {
    kind: "meeting",
    nr: 0,
    year: 0,
    half: 1,
    held: 0,
    cases: 0,
    byKommun: 0,
    byRegion: 0,
    perUnit: [
      ...statistics.units.map((name) => ({ name: name as string | null, count: 0 })),
      ...(statistics.hasUnknownUnit ? [{ name: null, count: 0 }] : []),
    ],
    perOutcome: [...OUTCOMES, null].map((outcome) => ({ outcome, count: 0 })),
    withoutConsent: 0,
    notifiedLate: 0,
  };
}

export function statisticsSheet(statistics: Statistics, lang: Lang): OutputSheet {
  const model = statisticsCells(statistics.rows[0] ?? emptyRow(statistics), lang);
  // Every cell is redacted by `safeSheet` (what `statisticsCells` does to each value).
  const rows = statistics.rows.map((r) => statisticsValues(r, lang));
  return safeSheet({
    name: OUTPUT_SHEET_NAMES.statistics,
    header: model.map((c) => c.header),
    rows,
    numberFormats: model.map((c) => c.format),
  });
}

/** The three output sheets, headers and texts in `lang`. */
export function toOutputSheets(
  result: {
    readonly schedule: readonly ScheduleRow[];
    readonly agenda: readonly AgendaMeeting[];
    readonly statistics: Statistics;
  },
  lang: Lang
): OutputSheets {
  return {
    schedule: scheduleSheet(result.schedule, lang),
    agenda: agendaSheet(result.agenda, lang),
    statistics: statisticsSheet(result.statistics, lang),
  };
}
