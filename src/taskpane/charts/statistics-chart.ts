/**
 * The Statistik view's picture (issue 16 §2): cases per meeting of the chosen half-year,
 * held and planned told apart, drawn by the SVG renderer from the same chart description as
 * the Statistik sheet's chart (so the numbers are the sheet's), with a title and a hidden
 * table of the numbers for screen readers. And the preview's drawing of a sheet's charts.
 */
import { perMeetingChart } from "../../core/charts/statistics-charts";
import type { ChartSpec } from "../../core/charts/spec";
import { halfYearOf, type HalfYear } from "../../core/dates/term";
import { halfYearLabel } from "../../core/dates/term-labels";
import type { Lang } from "../../core/i18n";
import type { Statistics, StatisticsRow } from "../../core/planning/statistics";
import { clear, h } from "../dom";
import { strings } from "../i18n";
import { renderChartFigure } from "./svg-chart";

/** The pane's chart is smaller than the sheet's: it fits a 320–350 px pane. */
const PANE_SIZE = { width: 320, height: 220 };

/**
 * The half-year the coordinator chose: that of the chosen statistics row (a meeting or a
 * half-year total of Kopiera statistik), else the half-year of today (a serial).
 */
export function chosenHalfYear(row: StatisticsRow | undefined, today: number): HalfYear {
  return row ? { year: row.year, half: row.half } : halfYearOf(today);
}

/**
 * Renders into `slot` the chart of cases per meeting of `halfYear`, or a line saying the
 * half-year has no meetings. Replaces what the slot held.
 */
export function renderStatisticsChart(
  slot: HTMLElement,
  statistics: Statistics,
  halfYear: HalfYear,
  lang: Lang
): void {
  clear(slot);
  const text = strings(lang).charts;
  // Placed as on the sheet (the place is not used here); the numbers are the sheet's.
  const spec = perMeetingChart(statistics, halfYear, lang, { name: "Statistik", usedColumns: 0 });
  if (!spec) {
    slot.append(
      h(
        "p",
        { className: "hint", "data-chart-empty": "" },
        text.noMeetings(halfYearLabel(halfYear, lang))
      )
    );
    return;
  }
  slot.append(
    renderChartFigure(spec, {
      idPrefix: "statistics-chart-svg",
      size: PANE_SIZE,
      tableCaption: text.tableCaption(spec.title),
    })
  );
}

/** The charts of a sheet of the preview, one figure each (ids from the sheet's index). */
export function renderSheetCharts(
  charts: readonly ChartSpec[],
  lang: Lang,
  idPrefix: string
): HTMLElement {
  const text = strings(lang).charts;
  return h(
    "div",
    { className: "sheet-charts", "data-sheet-charts": "" },
    ...charts.map((spec, i) =>
      renderChartFigure(spec, {
        idPrefix: `${idPrefix}-${i}`,
        scale: "points",
        tableCaption: text.tableCaption(spec.title),
      })
    )
  );
}
