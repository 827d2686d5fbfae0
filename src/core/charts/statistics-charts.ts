/**
 * The three charts of the Statistik sheet (issue 16 §1) for one half-year, as chart
 * descriptions (`spec.ts`): cases per meeting, held and planned told apart (clustered
 * column); cases per outcome and cases per unit (bar), both counting held meetings only, as
 * the half-year's total row does — so every number a chart shows is also a number of the
 * sheet's statistics table.
 *
 * Layout on the sheet: the statistics table fills columns A.. (its header's width); one
 * column is left empty, then the charts' source blocks stand one under the other (a blank
 * row between), then one more empty column, then the charts, one under the other. No chart
 * covers a cell the sheet writes: every written cell lies left of the charts' first column.
 */
import { t, textsOf, type Lang } from "../i18n";
import { halfYearLabel } from "../dates/term-labels";
import { colLetter } from "../planning/address";
import type { HalfYear, Statistics, StatisticsRow } from "../planning/statistics";
import { redactPersonnummer } from "../privacy/personnummer";
import type { ChartSpec } from "./spec";

/** The Excel names of the add-in's charts on the Statistik sheet. */
export const STATISTICS_CHART_NAMES = {
  perMeeting: "VerkSam.Statistik.PerMöte",
  perOutcome: "VerkSam.Statistik.PerUtfall",
  perUnit: "VerkSam.Statistik.PerEnhet",
} as const;

/** Chart size: columns and rows it spans on the sheet, and points for the SVG. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 18;
/** Excel's default column width (8.43 characters) is 48 pt, its default row height 15 pt. */
const CHART_SIZE = { width: CHART_COLUMNS * 48, height: CHART_ROWS * 15 };

function inHalfYear(r: StatisticsRow, h: HalfYear): boolean {
  return r.year === h.year && r.half === h.half;
}

/** The meeting rows and the total row of a half-year. */
function rowsOf(statistics: Statistics, h: HalfYear) {
  const meetings = statistics.rows.filter((r) => r.kind === "meeting" && inHalfYear(r, h));
  const total = statistics.rows.find((r) => r.kind === "halfYear" && inHalfYear(r, h));
  return { meetings, total };
}

/** The chart descriptions without place: `source` and `placement` are filled by `layOut`. */
type Unplaced = Omit<ChartSpec, "source" | "placement">;

function perMeeting(statistics: Statistics, h: HalfYear, lang: Lang): Unplaced | undefined {
  const text = textsOf(lang).charts;
  const { meetings } = rowsOf(statistics, h);
  if (meetings.length === 0) return undefined;
  return {
    name: STATISTICS_CHART_NAMES.perMeeting,
    kind: "columnClustered",
    title: text.perMeetingTitle(halfYearLabel(h, lang)),
    categoryTitle: text.meetingAxis,
    valueTitle: text.casesAxis,
    seriesBy: "columns",
    categories: meetings.map((r) => t("stats.meetingLabel", lang, { nr: r.nr ?? 0 })),
    series: [
      { name: text.held, values: meetings.map((r) => (r.held > 0 ? r.cases : 0)) },
      { name: text.planned, values: meetings.map((r) => (r.held > 0 ? 0 : r.cases)) },
    ],
    legend: "bottom",
    size: CHART_SIZE,
  };
}

function perOutcome(statistics: Statistics, h: HalfYear, lang: Lang): Unplaced | undefined {
  const text = textsOf(lang).charts;
  const { total } = rowsOf(statistics, h);
  if (!total) return undefined;
  return {
    name: STATISTICS_CHART_NAMES.perOutcome,
    kind: "barClustered",
    title: text.perOutcomeTitle(halfYearLabel(h, lang)),
    categoryTitle: text.outcomeAxis,
    valueTitle: text.casesAxis,
    seriesBy: "columns",
    categories: total.perOutcome.map((o) =>
      o.outcome === null ? t("value.outcome.none", lang) : t(`value.outcome.${o.outcome}`, lang)
    ),
    series: [{ name: text.cases, values: total.perOutcome.map((o) => o.count) }],
    legend: "none",
    size: CHART_SIZE,
  };
}

function perUnit(statistics: Statistics, h: HalfYear, lang: Lang): Unplaced | undefined {
  const text = textsOf(lang).charts;
  const { total } = rowsOf(statistics, h);
  if (!total || total.perUnit.length === 0) return undefined;
  return {
    name: STATISTICS_CHART_NAMES.perUnit,
    kind: "barClustered",
    title: text.perUnitTitle(halfYearLabel(h, lang)),
    categoryTitle: text.unitAxis,
    valueTitle: text.casesAxis,
    seriesBy: "columns",
    // Unit names come from Enheter: through the personnummer net like every output cell.
    categories: total.perUnit.map((u) =>
      redactPersonnummer(u.name ?? t("value.unknownUnit", lang))
    ),
    series: [{ name: text.cases, values: total.perUnit.map((u) => u.count) }],
    legend: "none",
    size: CHART_SIZE,
  };
}

/**
 * Places the charts' source blocks and the charts on `sheet`, right of the first
 * `usedColumns` columns (the cells the sheet writes otherwise).
 */
export function layOut(
  charts: readonly Unplaced[],
  sheet: string,
  usedColumns: number
): ChartSpec[] {
  const blockCol = usedColumns + 1;
  const blockWidth = Math.max(1, ...charts.map((c) => 1 + c.series.length));
  const chartCol = blockCol + blockWidth + 1;
  let blockRow = 0;
  return charts.map((c, i) => {
    const rows = 1 + c.categories.length;
    const address = `${colLetter(blockCol)}${blockRow + 1}:${colLetter(blockCol + c.series.length)}${blockRow + rows}`;
    blockRow += rows + 1;
    const top = i * (CHART_ROWS + 1);
    return {
      ...c,
      source: { sheet, address },
      placement: {
        topLeft: `${colLetter(chartCol)}${top + 1}`,
        bottomRight: `${colLetter(chartCol + CHART_COLUMNS - 1)}${top + CHART_ROWS}`,
      },
    };
  });
}

/**
 * The charts of one half-year for a sheet whose own cells fill `usedColumns` columns: per
 * meeting, per outcome, per unit; a half-year without meetings has none.
 */
export function statisticsCharts(
  statistics: Statistics,
  halfYear: HalfYear,
  lang: Lang,
  sheet: { readonly name: string; readonly usedColumns: number }
): ChartSpec[] {
  const charts = [
    perMeeting(statistics, halfYear, lang),
    perOutcome(statistics, halfYear, lang),
    perUnit(statistics, halfYear, lang),
  ].filter((c): c is Unplaced => c !== undefined);
  return layOut(charts, sheet.name, sheet.usedColumns);
}

/** The per-meeting chart alone (the pane's picture), placed as on the sheet. */
export function perMeetingChart(
  statistics: Statistics,
  halfYear: HalfYear,
  lang: Lang,
  sheet: { readonly name: string; readonly usedColumns: number }
): ChartSpec | undefined {
  return statisticsCharts(statistics, halfYear, lang, sheet).find(
    (c) => c.name === STATISTICS_CHART_NAMES.perMeeting
  );
}

/**
 * The Statistik sheet with the charts of `halfYear` added (its grid unchanged): what
 * Skapa statistik writes.
 */
export function withStatisticsCharts<
  S extends { readonly name: string; readonly header: readonly string[] },
>(sheet: S, statistics: Statistics, halfYear: HalfYear, lang: Lang): S & { charts: ChartSpec[] } {
  return {
    ...sheet,
    charts: statisticsCharts(statistics, halfYear, lang, {
      name: sheet.name,
      usedColumns: sheet.header.length,
    }),
  };
}
