/**
 * The description of a chart the add-in draws: pure data, no Office, no DOM. The same
 * description is drawn by Excel (`sheet.charts.add` in the Office.js workbook), stored by the
 * in-memory workbook, and drawn as SVG by the preview and the pane
 * (`src/taskpane/charts/svg-chart.ts`), so all of them show the same numbers.
 *
 * A chart reads its numbers from cells of its own sheet: `source` is an A1 block on
 * `source.sheet` whose first row is the header (`categoryTitle`, then one series name per
 * column) and whose first column holds the categories; `chartSourceGrid` gives exactly those
 * cells, so the sheet writes them and Excel's chart and the SVG agree by construction.
 */
import type { CellValue } from "../planning/types";

/** The two chart types used: Excel's `ColumnClustered` and `BarClustered`. */
export type ChartKind = "columnClustered" | "barClustered";

/** Where the legend sits; "none" hides it (a single series needs none). */
export type LegendPosition = "bottom" | "right" | "none";

export interface ChartSeries {
  /** The series name: the header cell of its column in the source block. */
  readonly name: string;
  /** One value per category, in the order of `ChartSpec.categories`. */
  readonly values: readonly number[];
}

export interface ChartSpec {
  /**
   * The Excel chart name, e.g. "VerkSam.Statistik.PerMöte": how the add-in knows its own
   * charts (a chart whose name does not start with `OWN_CHART_PREFIX` was made by a person
   * and is never touched). Unique on its sheet.
   */
  readonly name: string;
  readonly kind: ChartKind;
  /** The chart title, in the pane's language. */
  readonly title: string;
  /** The category axis title (and the header of the source block's first column). */
  readonly categoryTitle: string;
  /** The value axis title. */
  readonly valueTitle: string;
  /**
   * The cells the chart reads: an A1 block (e.g. "AB1:AD6") on `sheet`, header row and
   * category column included; `chartSourceGrid(spec)` is its content.
   */
  readonly source: { readonly sheet: string; readonly address: string };
  /** Series are the block's columns (Excel's `ChartSeriesBy.columns`). */
  readonly seriesBy: "columns";
  /** The category labels, top to bottom in the source block. */
  readonly categories: readonly string[];
  /** One or more series, left to right in the source block after the category column. */
  readonly series: readonly ChartSeries[];
  readonly legend: LegendPosition;
  /**
   * Where the chart lies: the cells of its top-left and bottom-right corners
   * (`Chart.setPosition(topLeft, bottomRight)`), on cells the sheet never writes.
   */
  readonly placement: { readonly topLeft: string; readonly bottomRight: string };
  /** Size in points (1/72 in) for renderers that do not place by cells (the SVG). */
  readonly size: { readonly width: number; readonly height: number };
}

/** The prefix of every chart name the add-in gives; charts without it belong to a person. */
export const OWN_CHART_PREFIX = "VerkSam.";

/** Whether a chart of this name was made by the add-in. */
export function isOwnChart(name: string): boolean {
  return name.startsWith(OWN_CHART_PREFIX);
}

/**
 * The cells of the chart's source block, row by row: the header row (`categoryTitle`, the
 * series names), then per category its label and one value per series.
 */
export function chartSourceGrid(spec: ChartSpec): CellValue[][] {
  const grid: CellValue[][] = [[spec.categoryTitle, ...spec.series.map((s) => s.name)]];
  spec.categories.forEach((category, i) => {
    grid.push([category, ...spec.series.map((s) => s.values[i] ?? 0)]);
  });
  return grid;
}
