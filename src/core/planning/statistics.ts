/**
 * Statistics for the förbund (R10): one row per meeting and one total per half-year
 * (January–June, reported in June; July–December, reported in December). Counts only:
 * nothing that identifies a person (no case codes, no questions).
 *
 * The decided rules (DOMAIN.md, "Decided rules for statistics and cases"):
 * - a case with Samtycke "Nej" may not be raised: it is left out of every count of the
 *   meeting (cases, initiated by, per unit, per outcome, notified late) and counted only in
 *   its own column, "Utan samtycke (ej upptagna)". A blank Samtycke is counted as usual;
 * - a meeting is held when its date is on or before today; the rows of meetings not yet held
 *   are shown, marked planned, and the half-year totals count held meetings only;
 * - the per-unit columns are the units cases can concern: the Region units of Enheter and
 *   any other unit of Enheter a counted case names (not the municipality, which takes part
 *   in every case, unless a case names it), then "Okänd enhet" when a counted case names a
 *   unit that is not in Enheter (or none).
 */
import { t, type Lang, type MessageKey } from "../i18n";
import { formatIsoDate } from "../dates/serial";
import { halfYearOf, type HalfYear } from "../dates/term";
import { halfYearLabel, halfYearTotalLabel } from "../dates/term-labels";
import { redactCellValue, redactPersonnummer } from "../privacy/personnummer";
import { planIndex, type PlanIndex } from "./plan-index";
import { mayBeRaised } from "./schedule";
import { OUTCOMES, type Case, type CellValue, type Outcome, type Plan } from "./types";

export { halfYearOf, type HalfYear };

export interface StatisticsRow {
  readonly kind: "meeting" | "halfYear";
  /** Meeting rows: the meeting's number (date order) and date. */
  readonly nr?: number;
  readonly date?: number;
  readonly year: number;
  readonly half: 1 | 2;
  /**
   * Meetings held (date ≤ today): 1/0 on a meeting row (0 = planned, the label says so),
   * the number of held meetings on a total row.
   */
  readonly held: number;
  /** The cases that may be raised (Samtycke not "Nej"). */
  readonly cases: number;
  readonly byKommun: number;
  readonly byRegion: number;
  /** Cases per unit column (`Statistics.units`) in order; `name: null` is "Okänd enhet" (present when any counted case has one). */
  readonly perUnit: readonly { readonly name: string | null; readonly count: number }[];
  /** Cases per outcome in the order of OUTCOMES; `outcome: null` is "Ej angivet" (blank or not recognised). */
  readonly perOutcome: readonly { readonly outcome: Outcome | null; readonly count: number }[];
  /** Cases with Samtycke "Nej": not raised, and in none of the other counts. */
  readonly withoutConsent: number;
  /** Cases (that may be raised) notified after the case deadline (R7). */
  readonly notifiedLate: number;
}

export interface Statistics {
  /** The unit columns: the Region units of Enheter and the units counted cases name, in Enheter order. */
  readonly units: readonly string[];
  /** Whether any counted case has a unit that is not in Enheter (or none): an "Okänd enhet" column. */
  readonly hasUnknownUnit: boolean;
  /** Meeting rows in date order, each half-year followed by its total row (held meetings only). */
  readonly rows: readonly StatisticsRow[];
}

/** The position of each outcome in OUTCOMES. */
const OUTCOME_INDEX: ReadonlyMap<Outcome, number> = new Map(OUTCOMES.map((o, i) => [o, i]));

/** The unit columns: for each, the index into `Plan.units`. */
interface UnitColumns {
  readonly units: readonly number[];
  /** `Plan.units` index → column, or -1 for a unit without a column. */
  readonly columnOf: readonly number[];
  readonly hasUnknownUnit: boolean;
}

/**
 * The units cases can concern: Region units, and any unit a counted case names (the raised
 * cases of the meetings of Möten).
 */
function unitColumns(plan: Plan, index: PlanIndex): UnitColumns {
  const named = new Set<number>();
  let hasUnknownUnit = false;
  for (const m of plan.meetings) {
    for (const g of index.groups(m.date)) {
      if (g.unitIndex >= 0) named.add(g.unitIndex);
      else hasUnknownUnit = true;
    }
  }
  const units: number[] = [];
  const columnOf = plan.units.map(() => -1);
  for (const u of plan.units) {
    if (u.type === "Region" || named.has(u.index)) {
      columnOf[u.index] = units.length;
      units.push(u.index);
    }
  }
  return { units, columnOf, hasUnknownUnit };
}

type Counts = Omit<StatisticsRow, "kind" | "nr" | "date" | "year" | "half" | "held">;

/** The counts of one meeting as they are gathered. */
class Tally {
  counted = 0;
  byKommun = 0;
  byRegion = 0;
  withoutConsent = 0;
  notifiedLate = 0;
  unknownUnit = 0;
  /** Per unit column. */
  readonly perUnit: number[];
  /** Per outcome in the order of OUTCOMES, "Ej angivet" (null) last. */
  readonly outcomes: number[] = new Array<number>(OUTCOMES.length + 1).fill(0);
  constructor(
    /** The meeting's Ärendefrist (R7), undefined outside the calendar. */
    readonly deadline: number | undefined,
    unitColumnCount: number
  ) {
    this.perUnit = new Array<number>(unitColumnCount).fill(0);
  }
  /**
   * Counts one case of the meeting (a method called per case, not the body of one loop over
   * all of them: see read.ts, `CaseRows`).
   */
  count(c: Case, columns: UnitColumns): void {
    if (!mayBeRaised(c)) {
      this.withoutConsent++;
      return;
    }
    this.counted++;
    const column = c.unitIndex >= 0 ? columns.columnOf[c.unitIndex] : -1;
    if (column >= 0) this.perUnit[column]++;
    else this.unknownUnit++;
    if (c.initiatedBy === "Kommun") this.byKommun++;
    if (c.initiatedBy === "Region") this.byRegion++;
    const o = c.outcome == null ? OUTCOMES.length : OUTCOME_INDEX.get(c.outcome);
    if (o !== undefined) this.outcomes[o]++;
    // `missedDeadline`, with the meeting's Ärendefrist taken once for all its cases.
    if (this.deadline !== undefined && c.notified !== undefined && c.notified > this.deadline)
      this.notifiedLate++;
  }
}

/** One tally kept for the module's life, for the reason given at read.ts's `KEPT_SHAPES`. */
export const KEPT_TALLY: object = new Tally(undefined, 0);

/**
 * The counts of every meeting of Möten, by date, from one pass over the cases in table
 * order (the order they lie in memory, not one meeting's cases after another's). Every case
 * of a meeting counts, those without consent as such.
 */
function tallies(plan: Plan, index: PlanIndex, columns: UnitColumns): Map<number, Tally> {
  const byDate = new Map<number, Tally>();
  for (let i = 0; i < plan.meetings.length; i++) {
    const date = plan.meetings[i].date;
    byDate.set(date, new Tally(index.caseDeadline(date), columns.units.length));
  }
  const cases = plan.cases;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (c.meetingDate === undefined) continue;
    const t = byDate.get(c.meetingDate);
    if (t !== undefined) t.count(c, columns);
  }
  return byDate;
}

/** The counts of one meeting's row. */
function countRow(plan: Plan, t: Tally, columns: UnitColumns): Counts {
  const perUnit = columns.units.map((u, k) => ({
    name: plan.units[u].name as string | null,
    count: t.perUnit[k],
  }));
  if (columns.hasUnknownUnit) perUnit.push({ name: null, count: t.unknownUnit });
  return {
    cases: t.counted,
    byKommun: t.byKommun,
    byRegion: t.byRegion,
    perUnit,
    perOutcome: [...OUTCOMES, null].map((outcome, i) => ({
      outcome,
      count: t.outcomes[i],
    })),
    withoutConsent: t.withoutConsent,
    notifiedLate: t.notifiedLate,
  };
}

/** The total of a half-year: the sum of its held meetings' rows (`model` gives the columns). */
function sumRows(model: StatisticsRow, rows: readonly StatisticsRow[], h: HalfYear): StatisticsRow {
  const held = rows.filter((r) => r.held > 0);
  const sum = (f: (r: StatisticsRow) => number): number => held.reduce((s, r) => s + f(r), 0);
  return {
    kind: "halfYear",
    year: h.year,
    half: h.half,
    held: sum((r) => r.held),
    cases: sum((r) => r.cases),
    byKommun: sum((r) => r.byKommun),
    byRegion: sum((r) => r.byRegion),
    perUnit: model.perUnit.map((u, i) => ({ name: u.name, count: sum((r) => r.perUnit[i].count) })),
    perOutcome: model.perOutcome.map((o, i) => ({
      outcome: o.outcome,
      count: sum((r) => r.perOutcome[i].count),
    })),
    withoutConsent: sum((r) => r.withoutConsent),
    notifiedLate: sum((r) => r.notifiedLate),
  };
}

/**
 * R10. Counts the cases of the meetings in Möten (cases whose date is no meeting are
 * reported as findings instead). A meeting is held when its date ≤ `today` (a serial); the
 * half-year totals count held meetings only.
 */
export function buildStatistics(plan: Plan, today: number): Statistics {
  const index = planIndex(plan);
  const columns = unitColumns(plan, index);
  const counts = tallies(plan, index, columns);
  const rows: StatisticsRow[] = [];
  let current: StatisticsRow[] = [];
  let currentHalf: HalfYear | undefined;
  const close = (): void => {
    if (currentHalf && current.length > 0) rows.push(sumRows(current[0], current, currentHalf));
    current = [];
  };
  plan.meetings.forEach((m, i) => {
    const h = halfYearOf(m.date);
    if (!currentHalf || currentHalf.year !== h.year || currentHalf.half !== h.half) {
      close();
      currentHalf = h;
    }
    const row: StatisticsRow = {
      kind: "meeting",
      nr: i + 1,
      date: m.date,
      year: h.year,
      half: h.half,
      held: m.date <= today ? 1 : 0,
      ...countRow(plan, counts.get(m.date) as Tally, columns),
    };
    rows.push(row);
    current.push(row);
  });
  close();
  return {
    units: columns.units.map((i) => plan.units[i].name),
    hasUnknownUnit: columns.hasUnknownUnit,
    rows,
  };
}

/** The row of one meeting (by date) or the total row of one half-year. */
export function findStatisticsRow(
  statistics: Statistics,
  key: { readonly meetingDate: number } | HalfYear
): StatisticsRow | undefined {
  if ("meetingDate" in key)
    return statistics.rows.find((r) => r.kind === "meeting" && r.date === key.meetingDate);
  return statistics.rows.find(
    (r) => r.kind === "halfYear" && r.year === key.year && r.half === key.half
  );
}

/** One column of a statistics row: header, value (dates as serials) and number format. */
export interface StatisticsCell {
  readonly header: string;
  readonly value: CellValue;
  readonly format: string | null;
}

/**
 * "Möte 2", "Möte 4 (planerat)" for a meeting not yet held, or "Totalt jan–jun 2025
 * (rapporteras i juni)".
 */
export function statisticsPeriodLabel(row: StatisticsRow, lang: Lang): string {
  if (row.kind === "meeting") {
    const nr = row.nr ?? 0;
    return t(row.held > 0 ? "stats.meetingLabel" : "stats.plannedMeetingLabel", lang, { nr });
  }
  return halfYearTotalLabel(row, lang);
}

/**
 * The label of a statistics row among the choices of Kopiera statistik: a meeting with its
 * date, "Möte 3 (2025-11-18)" or "Möte 4 (2025-12-30, planerat)"; a total as
 * `statisticsPeriodLabel`.
 */
export function statisticsChoiceLabel(row: StatisticsRow, lang: Lang): string {
  if (row.kind !== "meeting" || row.date === undefined) return statisticsPeriodLabel(row, lang);
  const params = { nr: row.nr ?? 0, date: formatIsoDate(row.date) };
  return t(row.held > 0 ? "stats.meetingChoice" : "stats.plannedMeetingChoice", lang, params);
}

/** Header texts of the Statistik columns, per language: made once, not once per row. */
const LABELS: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map() };

/** `t` for a column header (`params` only `outcome`): the same text, kept. */
function label(key: MessageKey, lang: Lang, params?: { readonly outcome: string }): string {
  const memo = LABELS[lang] ?? LABELS.sv;
  const id = params ? `${key}\u0000${params.outcome}` : key;
  let text = memo.get(id);
  if (text === undefined) memo.set(id, (text = t(key, lang, params)));
  return text;
}

/** The headers and number formats of a statistics row's columns (`statisticsCells`), unredacted. */
function statisticsColumns(
  row: StatisticsRow,
  lang: Lang
): { readonly header: string; readonly format: string | null }[] {
  const columns: { header: string; format: string | null }[] = [
    { header: label("stats.period", lang), format: null },
    { header: label("stats.date", lang), format: "yyyy-mm-dd" },
    { header: label("stats.halfYear", lang), format: null },
    { header: label("stats.held", lang), format: "0" },
    { header: label("stats.cases", lang), format: "0" },
    { header: label("stats.byKommun", lang), format: "0" },
    { header: label("stats.byRegion", lang), format: "0" },
  ];
  for (const u of row.perUnit) {
    columns.push({ header: u.name ?? label("value.unknownUnit", lang), format: "0" });
  }
  for (const o of row.perOutcome) {
    const outcome =
      o.outcome === null
        ? label("value.outcome.none", lang)
        : label(`value.outcome.${o.outcome}`, lang);
    columns.push({ header: label("stats.outcome", lang, { outcome }), format: "0" });
  }
  columns.push({ header: label("stats.withoutConsent", lang), format: "0" });
  columns.push({ header: label("stats.notifiedLate", lang), format: "0" });
  return columns;
}

/**
 * The values of a statistics row's columns (`statisticsCells`), in the same order,
 * unredacted: the Statistik sheet takes its rows from here (and redacts every cell), its
 * header from the first row's `statisticsCells`.
 */
export function statisticsValues(row: StatisticsRow, lang: Lang): CellValue[] {
  const values: CellValue[] = [
    statisticsPeriodLabel(row, lang),
    row.date ?? null,
    halfYearLabel(row, lang),
    row.held,
    row.cases,
    row.byKommun,
    row.byRegion,
  ];
  for (let i = 0; i < row.perUnit.length; i++) values.push(row.perUnit[i].count);
  for (let i = 0; i < row.perOutcome.length; i++) values.push(row.perOutcome[i].count);
  values.push(row.withoutConsent, row.notifiedLate);
  return values;
}

/** The columns of a statistics row, in the order of the Statistik sheet. */
export function statisticsCells(row: StatisticsRow, lang: Lang): StatisticsCell[] {
  const columns = statisticsColumns(row, lang);
  const values = statisticsValues(row, lang);
  return columns.map((c, i) => ({
    header: redactPersonnummer(c.header),
    value: redactCellValue(values[i]),
    format: c.format,
  }));
}

function summaryText(cell: StatisticsCell): string {
  if (cell.value === null) return "";
  if (cell.format === "yyyy-mm-dd" && typeof cell.value === "number")
    return formatIsoDate(cell.value);
  return String(cell.value).replace(/[\t\r\n]+/g, " ");
}

/**
 * A statistics row ready to report (R10): `tsv` = header line and value line, tab
 * separated, for pasting into Excel; `lines` = one "Etikett: värde" per line (blank values
 * left out), for typing into the förbund's survey form (EsMaker). Works for a meeting row or a half-year total.
 */
export function statisticsSummary(row: StatisticsRow, lang: Lang): { tsv: string; lines: string } {
  const cells = statisticsCells(row, lang);
  const header = cells.map((c) => c.header.replace(/[\t\r\n]+/g, " "));
  const values = cells.map(summaryText);
  return {
    tsv: `${header.join("\t")}\n${values.join("\t")}`,
    lines: header
      .map((h, i) => (values[i] === "" ? "" : `${h}: ${values[i]}`))
      .filter((line) => line !== "")
      .join("\n"),
  };
}
