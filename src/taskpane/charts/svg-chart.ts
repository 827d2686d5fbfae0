/**
 * Draws a chart description (src/core/charts/spec.ts) as inline SVG: the two chart types the
 * add-in uses, clustered columns and clustered bars, with a title, axis titles, a value axis
 * with ticks and grid lines, the bars with their values, and a legend. Built with
 * `document.createElementNS` only (no innerHTML: the page's CSP), no library, no network.
 *
 * For screen readers `renderChartFigure` wraps the SVG in a figure: the SVG is an image
 * (`role="img"`) named by its `<title>` (aria-labelledby) and described by `<desc>`, and a
 * visually hidden table holds the same numbers. Each bar carries `data-category`,
 * `data-series` and `data-value`, so tests read what is drawn.
 *
 * As in Excel, a bar chart draws its first category nearest the origin (at the bottom).
 */
import type { ChartSpec } from "../../core/charts/spec";
import { h } from "../dom";

const SVG = "http://www.w3.org/2000/svg";
/** Fluent's brand blue and a light tint with the blue's outline: told apart in grey print too. */
const SERIES_FILL = ["#0F6CBD", "#B4D6FA", "#5C2E91", "#C4314B"];
const SERIES_STROKE = ["#0F6CBD", "#0F6CBD", "#5C2E91", "#C4314B"];
const TEXT = "#242424";
const GRID = "#D1D1D1";
const FONT = "Segoe UI, -apple-system, system-ui, Roboto, Helvetica Neue, sans-serif";

type Attrs = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  text?: string
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A "nice" step (1, 2 or 5 × 10^k) so that the axis has at most about five ticks. */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10);
  return { top: Math.ceil(max / step) * step, step };
}

/** A rough width of a label in the chart's font (the SVG is laid out before it is shown). */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

/** Shortens a label to `max` characters with an ellipsis (the full text is in the table). */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export interface SvgChartOptions {
  /** Prefix of the ids inside (title, desc), unique on the page. */
  readonly idPrefix: string;
  /** The drawing's size in SVG units; default the description's size in points. */
  readonly size?: { readonly width: number; readonly height: number };
  /** The accessible description (`<desc>`), e.g. where the numbers are. */
  readonly description?: string;
  /**
   * "fluid": as wide as its container (the pane); "points": its size in points at 100 %
   * zoom (1 pt = 4/3 px), as Excel shows the chart on the sheet.
   */
  readonly scale?: "fluid" | "points";
}

/** The chart as an SVG element (`role="img"`, named by its title). */
export function renderSvgChart(spec: ChartSpec, options: SvgChartOptions): SVGSVGElement {
  const { width, height } = options.size ?? spec.size;
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const svg = el("svg", {
    viewBox: `0 0 ${width} ${height}`,
    ...(options.scale === "points"
      ? { width: Math.round((width * 4) / 3), height: Math.round((height * 4) / 3) }
      : { width: "100%" }),
    role: "img",
    "aria-labelledby": titleId,
    ...(options.description ? { "aria-describedby": descId } : {}),
    "font-family": FONT,
    "data-chart": spec.name,
    "data-kind": spec.kind,
  });
  svg.append(el("title", { id: titleId }, spec.title));
  if (options.description) svg.append(el("desc", { id: descId }, options.description));
  svg.append(el("rect", { x: 0, y: 0, width, height, fill: "#FFFFFF" }));

  const font = 11;
  const pad = 8;
  let top = pad;
  // Title, wrapped to two lines at most.
  const titleLines = wrap(spec.title, Math.floor((width - 2 * pad) / (13 * 0.62)), 2);
  for (const line of titleLines) {
    top += 15;
    svg.append(
      el(
        "text",
        {
          x: width / 2,
          y: top,
          "text-anchor": "middle",
          "font-size": 13,
          "font-weight": 600,
          fill: TEXT,
        },
        line
      )
    );
  }
  top += 8;
  let bottom = height - pad;
  // Legend at the bottom.
  if (spec.legend !== "none" && spec.series.length > 0) {
    const legend = el("g", { "data-legend": "" });
    const items = spec.series.map((s) => 14 + 4 + textWidth(s.name, font) + 12);
    let x = (width - items.reduce((a, b) => a + b, 0)) / 2;
    const y = bottom - 12;
    spec.series.forEach((s, i) => {
      legend.append(
        el("rect", {
          x,
          y,
          width: 12,
          height: 12,
          fill: SERIES_FILL[i % 4],
          stroke: SERIES_STROKE[i % 4],
        })
      );
      legend.append(el("text", { x: x + 16, y: y + 10, "font-size": font, fill: TEXT }, s.name));
      x += items[i];
    });
    svg.append(legend);
    bottom -= 12 + 8;
  }
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const { top: axisTop, step } = niceScale(max);
  const ticks: number[] = [];
  for (let v = 0; v <= axisTop + step / 2; v += step) ticks.push(v);
  const n = spec.categories.length;
  const k = Math.max(1, spec.series.length);

  if (spec.kind === "columnClustered") {
    // Room above the plot for the value over the highest column.
    top += font + 2;
    // Category axis title and labels under the plot; value axis title and ticks at the left.
    bottom -= font + 4;
    svg.append(
      el(
        "text",
        { x: width / 2, y: bottom + font, "text-anchor": "middle", "font-size": font, fill: TEXT },
        spec.categoryTitle
      )
    );
    bottom -= font + 6;
    const left = pad + font + 6 + textWidth(String(axisTop), font) + 6;
    const right = width - pad;
    const plotH = bottom - top;
    svg.append(valueAxisTitle(spec.valueTitle, pad + font, top + plotH / 2, font));
    const yOf = (v: number) => bottom - (v / axisTop) * plotH;
    for (const v of ticks) {
      svg.append(
        el("line", { x1: left, x2: right, y1: yOf(v), y2: yOf(v), stroke: GRID, "stroke-width": 1 })
      );
      svg.append(
        el(
          "text",
          {
            x: left - 4,
            y: yOf(v) + 4,
            "text-anchor": "end",
            "font-size": font,
            fill: TEXT,
            "data-tick": v,
          },
          String(v)
        )
      );
    }
    const band = (right - left) / Math.max(1, n);
    const barW = (band * 0.7) / k;
    spec.categories.forEach((category, c) => {
      const x0 = left + band * c + band * 0.15;
      svg.append(
        el(
          "text",
          {
            x: left + band * (c + 0.5),
            y: bottom + font + 3,
            "text-anchor": "middle",
            "font-size": font,
            fill: TEXT,
          },
          fit(category, Math.max(3, Math.floor(band / (font * 0.55))))
        )
      );
      spec.series.forEach((s, i) => {
        const v = s.values[c] ?? 0;
        const y = yOf(v);
        svg.append(bar(x0 + barW * i, y, barW, bottom - y, i, category, s.name, v));
        if (v > 0)
          svg.append(
            el(
              "text",
              {
                x: x0 + barW * (i + 0.5),
                y: y - 3,
                "text-anchor": "middle",
                "font-size": font - 1,
                fill: TEXT,
              },
              String(v)
            )
          );
      });
    });
    svg.append(
      el("line", { x1: left, x2: right, y1: bottom, y2: bottom, stroke: TEXT, "stroke-width": 1 })
    );
  } else {
    // Value axis ticks and title under the plot; categories and their title at the left.
    bottom -= font + 4;
    svg.append(
      el(
        "text",
        { x: width / 2, y: bottom + font, "text-anchor": "middle", "font-size": font, fill: TEXT },
        spec.valueTitle
      )
    );
    bottom -= font + 6;
    const labelChars = Math.min(24, Math.max(...spec.categories.map((c) => c.length), 1));
    const left =
      pad + font + 6 + Math.min(textWidth("x".repeat(labelChars), font), width * 0.4) + 6;
    const right = width - pad - textWidth(String(axisTop), font) / 2 - 10;
    const plotH = bottom - top;
    svg.append(valueAxisTitle(spec.categoryTitle, pad + font, top + plotH / 2, font));
    const xOf = (v: number) => left + (v / axisTop) * (right - left);
    for (const v of ticks) {
      svg.append(
        el("line", { x1: xOf(v), x2: xOf(v), y1: top, y2: bottom, stroke: GRID, "stroke-width": 1 })
      );
      svg.append(
        el(
          "text",
          {
            x: xOf(v),
            y: bottom + font + 3,
            "text-anchor": "middle",
            "font-size": font,
            fill: TEXT,
            "data-tick": v,
          },
          String(v)
        )
      );
    }
    const band = plotH / Math.max(1, n);
    const barH = (band * 0.7) / k;
    spec.categories.forEach((category, c) => {
      // Excel's order: the first category at the bottom.
      const bandTop = bottom - band * (c + 1);
      svg.append(
        el(
          "text",
          {
            x: left - 4,
            y: bandTop + band / 2 + 4,
            "text-anchor": "end",
            "font-size": font,
            fill: TEXT,
          },
          fit(category, labelChars)
        )
      );
      spec.series.forEach((s, i) => {
        const v = s.values[c] ?? 0;
        const y = bandTop + band * 0.15 + barH * i;
        svg.append(bar(left, y, xOf(v) - left, barH, i, category, s.name, v));
        if (v > 0)
          svg.append(
            el(
              "text",
              { x: xOf(v) + 3, y: y + barH / 2 + 4, "font-size": font - 1, fill: TEXT },
              String(v)
            )
          );
      });
    });
    svg.append(
      el("line", { x1: left, x2: left, y1: top, y2: bottom, stroke: TEXT, "stroke-width": 1 })
    );
  }
  return svg;
}

function bar(
  x: number,
  y: number,
  w: number,
  hgt: number,
  series: number,
  category: string,
  name: string,
  value: number
): SVGRectElement {
  return el("rect", {
    x,
    y,
    width: Math.max(0, w),
    height: Math.max(0, hgt),
    fill: SERIES_FILL[series % 4],
    stroke: SERIES_STROKE[series % 4],
    "stroke-width": 1,
    "data-category": category,
    "data-series": name,
    "data-value": value,
  });
}

function valueAxisTitle(text: string, x: number, y: number, font: number): SVGTextElement {
  return el(
    "text",
    {
      x,
      y,
      transform: `rotate(-90 ${x} ${y})`,
      "text-anchor": "middle",
      "font-size": font,
      fill: TEXT,
    },
    text
  );
}

/** Words of `text` in lines of at most `max` characters; at most `lines` lines. */
function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && (line + " " + word).length > max) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") out.push(line);
  if (out.length <= lines) return out;
  return [...out.slice(0, lines - 1), fit(out.slice(lines - 1).join(" "), max)];
}

/**
 * The chart with its text equivalent: a figure holding the SVG image and a visually hidden
 * table of the same numbers (a row per category, a column per series).
 */
export function renderChartFigure(
  spec: ChartSpec,
  options: SvgChartOptions & { readonly tableCaption: string }
): HTMLElement {
  const table = h(
    "table",
    { className: "sr-only", "data-chart-table": spec.name },
    h("caption", {}, options.tableCaption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, spec.categoryTitle),
        ...spec.series.map((s) => h("th", { scope: "col" }, s.name))
      )
    ),
    h(
      "tbody",
      {},
      ...spec.categories.map((category, c) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, category),
          ...spec.series.map((s) => h("td", {}, String(s.values[c] ?? 0)))
        )
      )
    )
  );
  const figure = h("figure", { className: "chart", "data-chart-figure": spec.name });
  // Through the CSSOM, which the page's CSP allows (no style attribute is parsed).
  figure.style.margin = "0 0 12px 0";
  if (options.scale === "points") {
    // Side by side where there is room, as on the sheet.
    figure.style.display = "inline-block";
    figure.style.verticalAlign = "top";
    figure.style.marginRight = "16px";
  }
  figure.append(renderSvgChart(spec, options), table);
  return figure;
}
