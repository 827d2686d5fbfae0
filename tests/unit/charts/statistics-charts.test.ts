/**
 * The Statistik sheet's chart descriptions (src/core/charts): the numbers are the
 * statistics table's, the texts follow the language, and no chart covers a cell the sheet
 * writes.
 */
import { strict as assert } from "assert";
import { chartSourceGrid, isOwnChart, type ChartSpec } from "../../../src/core/charts/spec";
import {
  STATISTICS_CHART_NAMES,
  statisticsCharts,
  withStatisticsCharts,
} from "../../../src/core/charts/statistics-charts";
import { buildStatistics, readPlanning, statisticsSheet } from "../../../src/core/planning";
import { d, pnr, validInput } from "../planning/helpers";

const H1 = { year: 2025, half: 1 } as const;
const H2 = { year: 2025, half: 2 } as const;

function stats(today = d("2025-06-01"), input = validInput()) {
  return buildStatistics(readPlanning(input).plan, today);
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
function box(address: string): Box {
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const [a, b = a] = address.split(":");
  const p = cell(a);
  const q = cell(b);
  return { row: p.row, col: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}
const overlaps = (a: Box, b: Box) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

describe("charts/statistics-charts (issue 16 §1)", () => {
  it("cases per meeting of the chosen half-year, held and planned told apart", () => {
    const s = stats();
    const [perMeeting] = statisticsCharts(s, H1, "sv", { name: "Statistik", usedColumns: 19 });
    assert.equal(perMeeting.name, STATISTICS_CHART_NAMES.perMeeting);
    assert.equal(perMeeting.kind, "columnClustered");
    assert.deepEqual(perMeeting.categories, ["Möte 1", "Möte 2"]);
    assert.deepEqual(perMeeting.series, [
      { name: "Genomfört", values: [3, 2] },
      { name: "Planerat", values: [0, 0] },
    ]);
    assert.equal(perMeeting.title, "Ärenden per möte, 2025 jan–jun");
    assert.equal(perMeeting.legend, "bottom");
    // The second half-year: meeting 3 is planned on 2025-06-01, held on 2025-09-16.
    const planned = statisticsCharts(s, H2, "sv", { name: "Statistik", usedColumns: 19 })[0];
    assert.deepEqual(planned.categories, ["Möte 3"]);
    assert.deepEqual(
      planned.series.map((x) => x.values),
      [[0], [2]]
    );
    const held = statisticsCharts(stats(d("2025-09-16")), H2, "sv", {
      name: "Statistik",
      usedColumns: 19,
    })[0];
    assert.deepEqual(
      held.series.map((x) => x.values),
      [[2], [0]]
    );
  });

  it("cases per outcome and per unit are the half-year's total row (held meetings only)", () => {
    const s = stats();
    const total = s.rows.find((r) => r.kind === "halfYear" && r.year === 2025 && r.half === 1)!;
    const charts = statisticsCharts(s, H1, "sv", { name: "Statistik", usedColumns: 19 });
    const outcome = charts.find((c) => c.name === STATISTICS_CHART_NAMES.perOutcome)!;
    const unit = charts.find((c) => c.name === STATISTICS_CHART_NAMES.perUnit)!;
    assert.equal(outcome.kind, "barClustered");
    assert.deepEqual(outcome.categories, [
      "Kommun",
      "Region",
      "AF",
      "FK",
      "SIP",
      "Ingen fortsatt samverkan",
      "Annat",
      "Ej angivet",
    ]);
    assert.deepEqual(
      outcome.series[0].values,
      total.perOutcome.map((o) => o.count)
    );
    assert.deepEqual(unit.categories, ["Habo kommun", "VC A", "VC B", "VC C"]);
    assert.deepEqual(unit.series[0].values, [0, 3, 2, 0]);
    assert.deepEqual(
      unit.series[0].values,
      total.perUnit.map((u) => u.count)
    );
    assert.equal(unit.legend, "none", "one series needs no legend");
  });

  it("speaks English when the pane does", () => {
    const charts = statisticsCharts(stats(), H1, "en", { name: "Statistik", usedColumns: 19 });
    assert.deepEqual(
      charts.map((c) => [c.title, c.categoryTitle, c.valueTitle]),
      [
        ["Cases per meeting, 2025 Jan–Jun", "Meeting", "Number of cases"],
        ["Cases per outcome, 2025 Jan–Jun (meetings held)", "Outcome", "Number of cases"],
        ["Cases per unit, 2025 Jan–Jun (meetings held)", "Unit", "Number of cases"],
      ]
    );
    assert.deepEqual(charts[0].categories, ["Meeting 1", "Meeting 2"]);
    assert.deepEqual(
      charts[0].series.map((s) => s.name),
      ["Held", "Planned"]
    );
    assert.equal(charts[1].categories[7], "Not stated");
  });

  it("a half-year without meetings has no charts", () => {
    assert.deepEqual(
      statisticsCharts(stats(), { year: 2026, half: 1 }, "sv", {
        name: "Statistik",
        usedColumns: 19,
      }),
      []
    );
  });

  it("places the source blocks right of the table and the charts right of everything written", () => {
    const s = stats();
    const sheet = withStatisticsCharts(statisticsSheet(s, "sv"), s, H1, "sv");
    assert.equal(sheet.charts.length, 3);
    const table: Box = { row: 0, col: 0, rows: 1 + sheet.rows.length, cols: sheet.header.length };
    const written = [table, ...sheet.charts.map((c) => box(c.source.address))];
    for (const c of sheet.charts) {
      assert.equal(c.source.sheet, "Statistik");
      assert.ok(isOwnChart(c.name), c.name);
      const source = box(c.source.address);
      // The block is exactly the description's cells.
      const grid = chartSourceGrid(c);
      assert.deepEqual([source.rows, source.cols], [grid.length, grid[0].length]);
      assert.ok(source.col > table.col + table.cols - 1, "right of the table");
      const place = box(`${c.placement.topLeft}:${c.placement.bottomRight}`);
      for (const w of written)
        assert.ok(!overlaps(place, w), `${c.name} covers ${JSON.stringify(w)}`);
      assert.ok(place.cols >= 6 && place.rows >= 15, "readable at 100 %");
    }
    const blocks = sheet.charts.map((c) => box(c.source.address));
    for (let i = 0; i < blocks.length; i++)
      for (let j = i + 1; j < blocks.length; j++) assert.ok(!overlaps(blocks[i], blocks[j]));
    const places = sheet.charts.map((c) =>
      box(`${c.placement.topLeft}:${c.placement.bottomRight}`)
    );
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++) assert.ok(!overlaps(places[i], places[j]));
    // The grid itself is the one the planner made (the equivalence digests hold it).
    const plain = statisticsSheet(s, "sv");
    assert.deepEqual(
      { header: sheet.header, rows: sheet.rows, numberFormats: sheet.numberFormats },
      { header: plain.header, rows: plain.rows, numberFormats: plain.numberFormats }
    );
  });

  it("the source grid is the header row, then a category and its values per row", () => {
    const [perMeeting] = statisticsCharts(stats(), H1, "sv", { name: "Statistik", usedColumns: 3 });
    assert.deepEqual(chartSourceGrid(perMeeting), [
      ["Möte", "Genomfört", "Planerat"],
      ["Möte 1", 3, 0],
      ["Möte 2", 2, 0],
    ]);
    assert.equal(perMeeting.source.address, "E1:G3");
  });

  it("a unit named by a personnummer is never shown by a chart", () => {
    const input = validInput();
    const number = pnr("850101", "123");
    const units = input.units!.values as (string | number | null)[][];
    const row = units.findIndex((r) => r[0] === "VC A");
    for (const r of input.cases!.values as (string | number | null)[][])
      if (r[3] === "VC A") r[3] = number;
    units[row][0] = number;
    const charts: ChartSpec[] = statisticsCharts(stats(d("2025-06-01"), input), H1, "sv", {
      name: "Statistik",
      usedColumns: 19,
    });
    const text = JSON.stringify(charts.map(chartSourceGrid)) + JSON.stringify(charts);
    assert.ok(!text.includes(number) && !text.includes(number.replace("-", "")), text);
    // And on its own, for statistics made elsewhere: the chart's last net.
    const meeting = {
      kind: "meeting" as const,
      nr: 1,
      date: d("2025-04-25"),
      year: 2025,
      half: 1 as const,
      held: 1,
      cases: 1,
      byKommun: 0,
      byRegion: 1,
      perUnit: [{ name: number, count: 1 }],
      perOutcome: [{ outcome: null, count: 1 }],
      withoutConsent: 0,
      notifiedLate: 0,
    };
    const made = statisticsCharts(
      { units: [number], hasUnknownUnit: false, rows: [meeting, { ...meeting, kind: "halfYear" }] },
      H1,
      "sv",
      { name: "Statistik", usedColumns: 19 }
    );
    const unit = made.find((c) => c.name === STATISTICS_CHART_NAMES.perUnit)!;
    assert.equal(unit.categories.length, 1);
    assert.ok(!JSON.stringify(unit).includes(number.slice(0, 6)), JSON.stringify(unit.categories));
  });
});
