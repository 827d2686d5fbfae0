/**
 * Charts through OfficeWorkbook and the strict Excel double (issue 16 §1): made from the
 * sheet's own cells with the right type, source, titles, legend and place; replaced on the
 * next write (no duplicates); a person's chart kept; a failed write leaves no half-made set;
 * and the double's chart rules (ExcelApi 1.1) rejecting what Excel rejects. The in-memory
 * workbook stores the same descriptions.
 */
import { strict as assert } from "assert";
import type { ChartSpec } from "../../../src/core/charts/spec";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { OutputSheet, OWNER_PROPERTY, OWNER_VALUE } from "../../../src/workbook/workbook";
import { ExcelDouble } from "../../helpers/excel-double";

function chart(over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    name: "VerkSam.Statistik.PerMöte",
    kind: "columnClustered",
    title: "Ärenden per möte, 2025 jul–dec",
    categoryTitle: "Möte",
    valueTitle: "Antal ärenden",
    source: { sheet: "Statistik", address: "E1:G3" },
    seriesBy: "columns",
    categories: ["Möte 1", "Möte 2"],
    series: [
      { name: "Genomfört", values: [3, 0] },
      { name: "Planerat", values: [0, 2] },
    ],
    legend: "bottom",
    placement: { topLeft: "I1", bottomRight: "P18" },
    size: { width: 384, height: 270 },
    ...over,
  };
}

const PER_UNIT = chart({
  name: "VerkSam.Statistik.PerEnhet",
  kind: "barClustered",
  title: "Ärenden per enhet",
  categoryTitle: "Enhet",
  source: { sheet: "Statistik", address: "E5:F7" },
  categories: ["VC A", "1-2"],
  series: [{ name: "Ärenden", values: [4, 1] }],
  legend: "none",
  placement: { topLeft: "I20", bottomRight: "P37" },
});

function sheet(charts: readonly ChartSpec[], cases = [3, 2]): OutputSheet {
  return {
    name: "Statistik",
    header: ["Period", "Ärenden", "Halvår"],
    rows: cases.map((n, i) => [`Möte ${i + 1}`, n, "2025 jul–dec"]),
    numberFormats: [null, "0", null],
    charts,
  };
}

function setup() {
  const excel = new ExcelDouble();
  excel.model.addSheet("Ärenden", [["Mötesdatum"]]);
  return { excel, model: excel.model, workbook: new OfficeWorkbook(excel.run) };
}

/** A chart a person made on the Statistik sheet, through the API as any add-in would. */
async function personsChart(excel: ExcelDouble, address = "A1:B3"): Promise<void> {
  await excel.run(async (context) => {
    const s = context.workbook.worksheets.getItem("Statistik");
    const c = s.charts.add("Pie", s.getRange(address), "Columns");
    c.name = "Mitt diagram";
    await context.sync();
  });
}

describe("charts through OfficeWorkbook and the strict double", () => {
  it("makes each chart from the sheet's own cells: type, source, titles, legend, place, in 3 syncs", async () => {
    const { excel, model, workbook } = setup();
    await workbook.writeSheets([sheet([chart(), PER_UNIT])]);
    assert.deepEqual(excel.syncsPerRun, [3]);
    const charts = model.charts("Statistik");
    assert.deepEqual(
      charts.map((c) => [
        c.name,
        c.type,
        c.seriesBy,
        c.title,
        c.categoryAxisTitle,
        c.valueAxisTitle,
      ]),
      [
        [
          "VerkSam.Statistik.PerMöte",
          "ColumnClustered",
          "Columns",
          "Ärenden per möte, 2025 jul–dec",
          "Möte",
          "Antal ärenden",
        ],
        [
          "VerkSam.Statistik.PerEnhet",
          "BarClustered",
          "Columns",
          "Ärenden per enhet",
          "Enhet",
          "Antal ärenden",
        ],
      ]
    );
    assert.deepEqual(
      charts.map((c) => [c.legendVisible, c.legendPosition]),
      [
        [true, "Bottom"],
        [false, "Right"],
      ]
    );
    assert.deepEqual(charts[0].position, { row: 0, col: 8, rows: 18, cols: 8 });
    // What Excel draws is what the cells hold: the description's numbers.
    assert.deepEqual(model.chartData("Statistik", charts[0]), {
      categories: ["Möte 1", "Möte 2"],
      series: [
        { name: "Genomfört", values: [3, 0] },
        { name: "Planerat", values: [0, 2] },
      ],
    });
    assert.deepEqual(model.chartData("Statistik", charts[1]).categories, ["VC A", "1-2"]);
    assert.equal(model.stored("Statistik", "E7"), "1-2", "a label stays text, not a date");
    // The table itself is as before.
    assert.deepEqual(
      model
        .grid("Statistik")
        .slice(0, 3)
        .map((r) => r.slice(0, 3)),
      [
        ["Period", "Ärenden", "Halvår"],
        ["Möte 1", 3, "2025 jul–dec"],
        ["Möte 2", 2, "2025 jul–dec"],
      ]
    );
  });

  it("regenerates its charts on the next write (no duplicates) and keeps a person's chart", async () => {
    const { excel, model, workbook } = setup();
    await workbook.writeSheets([sheet([chart(), PER_UNIT])]);
    await personsChart(excel);
    const changed = chart({
      categories: ["Möte 1", "Möte 2"],
      series: [
        { name: "Genomfört", values: [5, 0] },
        { name: "Planerat", values: [0, 1] },
      ],
    });
    excel.syncsPerRun.length = 0;
    await workbook.writeSheets([sheet([changed], [5, 1])]);
    assert.deepEqual(excel.syncsPerRun, [3], "still 3 syncs with charts to replace");
    const charts = model.charts("Statistik");
    assert.deepEqual(
      charts.map((c) => c.name),
      ["Mitt diagram", "VerkSam.Statistik.PerMöte"],
      "the person's chart kept; ours replaced, the one no longer described gone"
    );
    assert.equal(charts[0].type, "Pie");
    assert.deepEqual(model.chartData("Statistik", charts[1]).series[0].values, [5, 0]);
    // The person's chart survived the sheet's clear and reads what the cells hold now.
    assert.deepEqual(model.chartData("Statistik", charts[0]).categories, ["Möte 1", "Möte 2"]);
  });

  it("a failed write leaves none of its charts half made, and a person's chart stays", async () => {
    const { excel, model, workbook } = setup();
    await workbook.writeSheets([sheet([chart()])]);
    await personsChart(excel);
    // Fail the second chart's commands: the first chart was already made in that sync.
    const bad = { ...PER_UNIT, placement: { topLeft: "P37", bottomRight: "I20" } };
    await assert.rejects(workbook.writeSheets([sheet([chart(), bad])]), /setPosition/);
    assert.deepEqual(
      model.charts("Statistik").map((c) => c.name),
      ["Mitt diagram"],
      "no chart of the add-in stays after the failure"
    );
  });

  it("refuses a chart that reads another sheet before anything is written", async () => {
    const { excel, model, workbook } = setup();
    const before = model.snapshot();
    const elsewhere = chart({ source: { sheet: "Ärenden", address: "A1:B2" } });
    await assert.rejects(workbook.writeSheets([sheet([elsewhere])]), /another sheet/);
    assert.deepEqual(model.snapshot(), before);
    assert.deepEqual(excel.syncsPerRun, [0]);
  });
});

describe("the strict double's charts (ExcelApi 1.1)", () => {
  async function withSheet(
    values: (string | number)[][],
    batch: (context: Excel.RequestContext, s: Excel.Worksheet) => Promise<void>
  ): Promise<ExcelDouble> {
    const excel = new ExcelDouble();
    excel.model.addSheet("S", values);
    excel.model.addSheet("T", []);
    await excel.run(async (context) => batch(context, context.workbook.worksheets.getItem("S")));
    return excel;
  }

  it("refuses a source range of another sheet, as Excel does", async () => {
    await assert.rejects(
      withSheet([["a", 1]], async (context) => {
        const t = context.workbook.worksheets.getItem("T");
        context.workbook.worksheets
          .getItem("S")
          .charts.add("ColumnClustered", t.getRange("A1:B1"), "Columns");
        await context.sync();
      }),
      /another sheet/
    );
  });

  it("refuses an unknown type, an unknown seriesBy, an empty or too long name", async () => {
    for (const [type, by, name] of [
      ["NoSuchType", "Columns", "x"],
      ["ColumnClustered", "Diagonal", "x"],
      ["ColumnClustered", "Columns", ""],
      ["ColumnClustered", "Columns", "x".repeat(256)],
    ])
      await assert.rejects(
        withSheet([["a", 1]], async (context, s) => {
          const c = s.charts.add(type as "Pie", s.getRange("A1:B1"), by as "Columns");
          c.name = name;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }),
        /InvalidArgument|not a valid/
      );
  });

  it('names a new chart "Chart N"; getItem gives the first of a name; getItemOrNullObject a null object', async () => {
    const excel = await withSheet([["a", 1]], async (context, s) => {
      s.charts.add("Pie", s.getRange("A1:B1"), "Columns");
      s.charts.add("Pie", s.getRange("A1:B1"), "Columns");
      const missing = s.charts.getItemOrNullObject("Saknas");
      const second = s.charts.getItem("Chart 2");
      second.load("name");
      await context.sync();
      assert.equal(missing.isNullObject, true);
      assert.equal(second.name, "Chart 2");
      assert.throws(() => s.charts.items, /PropertyNotLoaded|not loaded/);
      await assert.rejects(
        (async () => {
          s.charts.getItem("Saknas").load("name");
          await context.sync();
        })(),
        /ItemNotFound|no chart/
      );
    });
    assert.deepEqual(
      excel.model.charts("S").map((c) => c.name),
      ["Chart 1", "Chart 2"]
    );
  });

  it("a chart survives range.clear() and reads the cells as they are now", async () => {
    const excel = await withSheet(
      [
        ["x", "n"],
        ["a", 1],
      ],
      async (context, s) => {
        s.charts.add("ColumnClustered", s.getRange("A1:B2"), "Columns");
        s.getRange().clear("All");
        s.getRange("A2:B2").values = [["b", 7]];
        await context.sync();
      }
    );
    const [c] = excel.model.charts("S");
    assert.deepEqual(excel.model.chartData("S", c).series[0].values, [7]);
  });

  it("deleting the sheet deletes its charts; a deleted chart cannot be changed", async () => {
    const excel = new ExcelDouble();
    excel.model.addSheet("S", [["a", 1]]);
    excel.model.addSheet("T", []);
    await assert.rejects(
      excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("S");
        const c = s.charts.add("Pie", s.getRange("A1:B1"), "Columns");
        await context.sync();
        c.delete();
        c.title.text = "nej";
        await context.sync();
      }),
      /InvalidObjectPath|deleted/
    );
    await excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.charts.add("Pie", s.getRange("A1:B1"), "Columns");
      await context.sync();
      s.delete();
      await context.sync();
    });
    assert.equal(excel.model.sheet("S"), undefined);
    assert.deepEqual(
      excel.model.sheets.flatMap((s) => s.charts),
      []
    );
  });
});

describe("charts in the in-memory workbook", () => {
  it("stores the descriptions, writes their cells, replaces its own and keeps a person's", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets([sheet([chart(), PER_UNIT])]);
    const s = wb.sheet("Statistik")!;
    assert.equal(s.properties.get(OWNER_PROPERTY), OWNER_VALUE);
    assert.deepEqual(
      s.charts?.map((c) => c.name),
      [chart().name, PER_UNIT.name]
    );
    assert.deepEqual(s.values[1].slice(4, 7), ["Möte 1", 3, 0]);
    assert.deepEqual(s.values[6].slice(4, 6), ["1-2", 1]);
    s.charts!.push(chart({ name: "Mitt diagram" }));
    await wb.writeSheets([sheet([chart()])]);
    assert.deepEqual(
      wb.sheet("Statistik")!.charts?.map((c) => c.name),
      ["Mitt diagram", chart().name]
    );
    assert.equal(wb.sheet("Statistik")!.values[6]?.[4] ?? null, null, "the old block is gone");
  });

  it("refuses a chart that reads another sheet, writing nothing", async () => {
    const wb = new MemoryWorkbook();
    await assert.rejects(
      wb.writeSheets([sheet([chart({ source: { sheet: "Ärenden", address: "A1:B2" } })])]),
      /source/
    );
    assert.equal(wb.sheet("Statistik"), undefined);
  });
});
