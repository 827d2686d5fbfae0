/**
 * Lägg till nästa termin as Excel wants it while co-authors edit, and reads that survive
 * Excel's limits — through OfficeWorkbook and the strict Excel double:
 * - new rows are written under the table's data body (Microsoft's co-authoring guide), not
 *   added with `table.rows.add`; the table grows by itself, or by `table.resize` where it does
 *   not; nothing a person typed is overwritten; a failure leaves the sheet as it was;
 * - the new cells get the number formats of the row above (a hand-made sheet too);
 * - a window Excel on the web refuses as over 5 MB is halved and read again;
 * - a table near the sheet's last row still reads.
 * The double's new rules come first, each shown rejecting or accepting what Excel does.
 */
import { strict as assert } from "assert";
import type { CellValue } from "../../../src/core/planning/types";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { OfficeWorkbook, WINDOW } from "../../../src/workbook/office-workbook";
import type { AppendCell, TableLocation } from "../../../src/workbook/workbook";
import {
  type DoubleSheet,
  type DoubleWorkbook,
  ExcelDouble,
  PAYLOAD_LIMIT_BYTES,
} from "../../helpers/excel-double";

type Ctx = Excel.RequestContext;
const SHEET_ROWS = 1048576;

const rejectsWith = (code: string) => (e: unknown) => {
  assert.equal((e as { code?: string }).code, code, String(e));
  return true;
};

/** Sets the number format of one stored cell (0-based), as a person's formatting would. */
function formatCell(sheet: DoubleSheet, r: number, c: number, format: string): void {
  const cell = sheet.cells.get(r)?.get(c);
  if (!cell) throw new Error(`no cell at ${r},${c}`);
  cell.format = format;
}

const MEETINGS: TableLocation = { name: "Möten", table: "Möten", sheet: "Möten" };
const F_CASE = "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Ärendefrist])";

/** Inställningar, and Möten with 3 meetings whose dates and deadlines are formatted as dates. */
function planning(model: DoubleWorkbook): void {
  model.addTable("Inställningar", "Inställningar", [
    ["Grupp", "Ärendefrist"],
    ["VerkSam", 6],
  ]);
  model.addTable(
    "Möten",
    "Möten",
    [
      ["Mötesdatum", "Form", "Ärendefrist"],
      [46030, "Fysiskt", ""],
      [46072, "Digitalt", ""],
      [46114, "Fysiskt", ""],
    ],
    { formulas: [null, null, F_CASE] }
  );
  const sheet = model.need("Möten");
  for (let r = 1; r <= 3; r++) {
    formatCell(sheet, r, 0, "yyyy-mm-dd");
    formatCell(sheet, r, 2, "yyyy-mm-dd");
  }
}

const NEW_ROWS: AppendCell[][] = [
  [46156, "Fysiskt", { formula: F_CASE }],
  [46198, "Digitalt", { formula: F_CASE }],
];

function setup(build: (model: DoubleWorkbook) => void = planning): {
  excel: ExcelDouble;
  model: DoubleWorkbook;
  workbook: OfficeWorkbook;
} {
  const excel = new ExcelDouble();
  build(excel.model);
  return { excel, model: excel.model, workbook: new OfficeWorkbook(excel.run) };
}

/** What a person sees of a sheet: formulas (or values), formats, and every table's place. */
function state(model: DoubleWorkbook, sheet: string, rows = 12, cols = 4): unknown {
  const rect = { row: 0, col: 0, rows, cols };
  return {
    formulas: model.formulas(sheet, rect),
    formats: model.formats(sheet, rect),
    tables: model.tables().map((t) => [t.name, t.row, t.col, t.rows, t.cols]),
  };
}

describe("the strict Excel double: tables that grow, cells that shift, limits of the grid", () => {
  const table = (excel: ExcelDouble) => excel.model.table("Möten")!;

  it("data written into the row under a table extends it; formats, empty cells and cells outside its columns do not", async () => {
    const { excel } = setup();
    await excel.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Möten");
      ws.getRange("A5:C5").numberFormat = [["yyyy-mm-dd", "General", "yyyy-mm-dd"]];
      ws.getRange("A5:C5").values = [["", "", ""]];
      ws.getRange("B5:D5").values = [["x", "y", "z"]]; // reaches outside the table's columns
      await ctx.sync();
    });
    assert.equal(table(excel).rows, 4, "no data in the table's columns alone: no growth");
    await excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Möten").getRange("A6:C7").values = [
        [46156, "Fysiskt", null],
        ["", "", ""],
      ];
      await ctx.sync();
    });
    assert.equal(table(excel).rows, 4, "A6 is not directly under the table (A5 is)");
    await excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Möten").getRange("A5:C6").values = [
        [46156, null, null],
        ["", "", ""],
      ];
      await ctx.sync();
    });
    assert.equal(table(excel).rows, 5, "grows to the last written row that holds data");
    assert.ok(excel.model.log.includes("expand table Möten to 5 rows"));
  });

  it("does not extend a table with AutoCorrect's option off, or over a validation rule under it", async () => {
    for (const variant of ["autocorrect", "validation"] as const) {
      const { excel } = setup();
      if (variant === "autocorrect") excel.model.autoExpandTables = false;
      else
        excel.model
          .need("Möten")
          .validations.push({ row: 4, col: 0, rows: 10, cols: 1, rule: { list: { source: "a" } } });
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Möten").getRange("A5:C5").values = [[46156, "x", ""]];
        await ctx.sync();
      });
      assert.equal(table(excel).rows, 4, variant);
    }
  });

  it("resizes a table with ExcelApi 1.13 only, keeping its header row", async () => {
    const { excel } = setup();
    const resize = (address: string) =>
      excel.run(async (ctx: Ctx) => {
        ctx.workbook.tables.getItem("Möten").resize(address);
        await ctx.sync();
      });
    await assert.rejects(resize("A2:C6"), rejectsWith("InvalidArgument"));
    await assert.rejects(resize("E1:F6"), rejectsWith("InvalidArgument"));
    await resize("A1:C6");
    assert.equal(table(excel).rows, 6);
    excel.excelApi = "1.12";
    await assert.rejects(resize("A1:C7"), rejectsWith("ApiNotFound"));
    assert.equal(table(excel).rows, 6);
  });

  it("fails a range past the sheet's last row: getRowsBelow, getResizedRange", async () => {
    const excel = new ExcelDouble();
    excel.model.addTable("Nära", "Nara", [["A"], [1], [2]], { at: [SHEET_ROWS - 3, 0] });
    const load = (make: (r: Excel.Range) => Excel.Range) =>
      excel.run(async (ctx: Ctx) => {
        make(ctx.workbook.tables.getItem("Nara").getRange()).load("values");
        await ctx.sync();
      });
    await assert.rejects(
      load((r) => r.getRowsBelow(1)),
      rejectsWith("InvalidArgument")
    );
    await assert.rejects(
      load((r) =>
        r
          .getCell(0, 0)
          .getEntireRow()
          .getResizedRange(WINDOW.firstRows - 1, 0)
      ),
      rejectsWith("InvalidArgument")
    );
    await load((r) => r.getLastRow());
    await load((r) => r.getResizedRange(0, 0));
  });

  it("leaves a cell given null in a 2-D array unchanged, and refuses null for the whole property", async () => {
    const { excel } = setup();
    await excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("Möten").getRange("A2:B2");
      r.numberFormat = [[null as unknown as string, "@"]];
      r.formulas = [[null as unknown as string, "=1+1"]];
      await ctx.sync();
    });
    assert.deepEqual(excel.model.formulas("Möten", { row: 1, col: 0, rows: 1, cols: 2 }), [
      [46030, "=1+1"],
    ]);
    assert.deepEqual(excel.model.formats("Möten", { row: 1, col: 0, rows: 1, cols: 2 }), [
      ["yyyy-mm-dd", "@"],
    ]);
    await assert.rejects(
      excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Möten").getRange("A2").values =
          null as unknown as CellValue[][];
        await ctx.sync();
      }),
      rejectsWith("InvalidArgument")
    );
  });

  it("insert(Down) and delete(Up) move the cells under a range, and a table under it", async () => {
    const { excel } = setup((m) => {
      planning(m);
      m.addTable("Möten", "Anteckningar", [["Not"], ["a"]], { at: [8, 0] });
      m.typeInto("Möten", "B7", "under");
    });
    await excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Möten").getRange("A5:C6").insert("Down");
      await ctx.sync();
    });
    assert.equal(excel.model.stored("Möten", "B9"), "under");
    assert.equal(excel.model.table("Anteckningar")!.row, 10);
    assert.equal(table(excel).rows, 4, "an insert under a table does not extend it");
    await excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Möten").getRange("A5:C6").delete("Up");
      ctx.workbook.worksheets.getItem("Möten").getRange("A4:C4").delete("Up"); // a table row
      await ctx.sync();
    });
    assert.equal(excel.model.stored("Möten", "B6"), "under");
    assert.equal(table(excel).rows, 3);
    assert.equal(excel.model.table("Anteckningar")!.row, 7);
  });
});

describe("appendRows: under the table, as the co-authoring guide says", () => {
  it("writes the new rows under the data body and lets the table grow: no table.rows.add, no existing row changed", async () => {
    const { excel, model, workbook } = setup();
    const before = model.formulas("Möten", { row: 0, col: 0, rows: 4, cols: 3 });
    await workbook.appendRows({ location: MEETINGS, rows: NEW_ROWS });
    assert.deepEqual(
      model.log.filter((l) => /^add \d+ rows to /.test(l)),
      [],
      "table.rows.add conflicts with co-authors' edits"
    );
    assert.ok(model.log.includes("expand table Möten to 6 rows"), model.log.join("\n"));
    assert.equal(model.table("Möten")!.rows, 6);
    assert.deepEqual(model.formulas("Möten", { row: 0, col: 0, rows: 4, cols: 3 }), before);
    assert.deepEqual(model.formulas("Möten", { row: 4, col: 0, rows: 2, cols: 3 }), [
      [46156, "Fysiskt", F_CASE],
      [46198, "Digitalt", F_CASE],
    ]);
    // The number formats of the row above: dates stay dates.
    assert.deepEqual(model.formats("Möten", { row: 4, col: 0, rows: 2, cols: 3 }), [
      ["yyyy-mm-dd", "General", "yyyy-mm-dd"],
      ["yyyy-mm-dd", "General", "yyyy-mm-dd"],
    ]);
    assert.deepEqual(excel.syncsPerRun, [4]);
  });

  it("moves what a person keeps directly under the table down first, and overwrites nothing", async () => {
    const { model, workbook } = setup((m) => {
      planning(m);
      m.typeInto("Möten", "A5", "anteckning");
      m.typeInto("Möten", "C6", "mer");
      m.typeInto("Möten", "E5", "bredvid"); // outside the table's columns: stays
    });
    await workbook.appendRows({ location: MEETINGS, rows: NEW_ROWS });
    assert.equal(model.table("Möten")!.rows, 6);
    assert.equal(model.stored("Möten", "A7"), "anteckning");
    assert.equal(model.stored("Möten", "C8"), "mer");
    assert.equal(model.stored("Möten", "E5"), "bredvid");
    assert.deepEqual(model.formulas("Möten", { row: 4, col: 0, rows: 2, cols: 3 }), [
      [46156, "Fysiskt", F_CASE],
      [46198, "Digitalt", F_CASE],
    ]);
  });

  for (const why of ["AutoCorrect's option is off", "a validation rule lies under it"]) {
    it(`resizes the table (ExcelApi 1.13) when it does not grow by itself: ${why}`, async () => {
      const { model, workbook } = setup((m) => {
        planning(m);
        if (why.startsWith("AutoCorrect")) m.autoExpandTables = false;
        else
          m.need("Möten").validations.push({
            row: 4,
            col: 1,
            rows: 20,
            cols: 1,
            rule: { list: { source: "Fysiskt,Digitalt" } },
          });
      });
      await workbook.appendRows({ location: MEETINGS, rows: NEW_ROWS });
      assert.ok(model.log.includes("resize table Möten to Möten!A1:C6"), model.log.join("\n"));
      assert.equal(model.table("Möten")!.rows, 6);
      assert.deepEqual(model.formulas("Möten", { row: 4, col: 2, rows: 2, cols: 1 }), [
        [F_CASE],
        [F_CASE],
      ]);
    });
  }

  it("without ExcelApi 1.13 and a table that does not grow, fails and leaves the sheet as it was", async () => {
    const { excel, model, workbook } = setup((m) => {
      planning(m);
      m.autoExpandTables = false;
      m.typeInto("Möten", "B5", "anteckning");
    });
    excel.excelApi = "1.12";
    const before = state(model, "Möten");
    await assert.rejects(
      workbook.appendRows({ location: MEETINGS, rows: NEW_ROWS }),
      rejectsWith("ApiNotFound")
    );
    assert.deepEqual(state(model, "Möten"), before);
  });

  for (const below of ["nothing", "a person's note"]) {
    it(`a formula Excel rejects: fails and takes the new rows back (${below} under the table)`, async () => {
      const { model, workbook } = setup((m) => {
        planning(m);
        if (below !== "nothing") m.typeInto("Möten", "A5", "anteckning");
        m.typeInto("Möten", "A9", "längre ner");
      });
      const before = state(model, "Möten");
      await assert.rejects(
        workbook.appendRows({
          location: MEETINGS,
          rows: [[46156, "Fysiskt", { formula: "=COUNTA(Saknas[X])" }]],
        }),
        rejectsWith("InvalidArgument")
      );
      assert.deepEqual(state(model, "Möten"), before);
    });
  }

  it("on a hand-made Möten sheet, the new dates and deadlines get the row above's date format", async () => {
    const { model, workbook } = setup((m) => {
      m.addSheet("Möten", [
        ["Mötesdatum", "Form", "Ärendefrist"],
        [46030, "Fysiskt", 46022],
      ]);
      formatCell(m.need("Möten"), 1, 0, "yyyy-mm-dd");
      formatCell(m.need("Möten"), 1, 2, "yyyy-mm-dd");
    });
    await workbook.appendRows({
      location: MEETINGS,
      rows: [[46072, "Digitalt", { formula: "=VERKSAM.WORKDAYS_BEFORE_MEETING(A{row},6)" }]],
    });
    assert.deepEqual(model.formulas("Möten", { row: 2, col: 0, rows: 1, cols: 3 }), [
      [46072, "Digitalt", "=VERKSAM.WORKDAYS_BEFORE_MEETING(A3,6)"],
    ]);
    assert.deepEqual(model.formats("Möten", { row: 2, col: 0, rows: 1, cols: 3 }), [
      ["yyyy-mm-dd", "General", "yyyy-mm-dd"],
    ]);
  });
});

describe("read: Excel's 5 MB and the sheet's last row", () => {
  const CASES: TableLocation = { name: "Ärenden", table: "Ärenden", sheet: "Ärenden" };
  const text = (n: number, i: number): string => `${i}:`.padEnd(n, "x");

  function bigTable(rows: (i: number) => CellValue[]): {
    excel: ExcelDouble;
    all: CellValue[][];
    n: number;
  } {
    const excel = new ExcelDouble();
    const all: CellValue[][] = [["Nr", "Frågeställning"]];
    let i = 0;
    for (let row = rows(i); row.length > 0; row = rows(++i)) all.push(row);
    excel.model.addTable("Ärenden", "Ärenden", all);
    return { excel, all, n: all.length };
  }

  it("halves a window that Excel on the web refuses as over 5 MB (long texts further down) and reads every row", async () => {
    // 2 200 short rows, then 20 000 rows of 400 characters: the window sized from the short
    // rows would carry 8 MB.
    const { excel, all } = bigTable((i) =>
      i < 2200 ? [i, "kort"] : i < 22200 ? [i, text(400, i)] : []
    );
    const result = await new OfficeWorkbook(excel.run).read({ tables: [CASES], sheets: [] });
    assert.deepEqual(result.tables.get("Ärenden")!.values, all);
    const refused = excel.syncRecords.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES);
    assert.ok(
      refused.length >= 1 && refused.length <= WINDOW.maxRetries,
      `${refused.length} refused`
    );
    assert.ok(excel.syncs < 20, `${excel.syncs} syncs`);
  });

  it("reads a table whose first 2 000 rows alone are over 5 MB", async () => {
    const { excel, all } = bigTable((i) => (i < 2500 ? [i, text(3000, i)] : []));
    const result = await new OfficeWorkbook(excel.run).read({ tables: [CASES], sheets: [] });
    assert.deepEqual(result.tables.get("Ärenden")!.values, all);
  });

  it("still fails, with Excel's error, when a single row is over 5 MB", async () => {
    const { excel } = bigTable((i) => (i < 3 ? [i, text(i === 2 ? 6_000_000 : 10, i)] : []));
    await assert.rejects(
      new OfficeWorkbook(excel.run).read({ tables: [CASES], sheets: [] }),
      rejectsWith("ResponsePayloadSizeLimitExceeded")
    );
  });

  // Its first window (WINDOW.firstRows rows from its header) would reach past the sheet's end.
  for (const fromEnd of [0, 60, 1900]) {
    it(`reads a table that ends ${fromEnd} row(s) above the sheet's last row`, async () => {
      const excel = new ExcelDouble();
      const values: CellValue[][] = [["Nr", "Frågeställning"]];
      for (let i = 0; i < 40; i++) values.push([i, `Fråga ${i}`]);
      excel.model.addTable("Ärenden", "Ärenden", values, {
        at: [SHEET_ROWS - fromEnd - values.length, 2],
      });
      const result = await new OfficeWorkbook(excel.run).read({
        tables: [CASES],
        sheets: [],
        formulasOf: ["Ärenden"],
      });
      const grid = result.tables.get("Ärenden")!;
      assert.deepEqual(grid.values, values);
      assert.deepEqual(grid.formulas, values);
      assert.equal(grid.top, SHEET_ROWS - fromEnd - values.length);
      assert.equal(grid.left, 2);
    });
  }
});

describe("MemoryWorkbook.appendRows, as OfficeWorkbook does it", () => {
  it("moves what a person keeps directly under the table down first, and overwrites nothing", async () => {
    const wb = new MemoryWorkbook();
    await wb.createTables([
      {
        sheet: "Möten",
        table: "Möten",
        header: ["Mötesdatum", "Form"],
        rows: [[46030, "Fysiskt"]],
        numberFormats: ["yyyy-mm-dd", null],
        validation: [null, null],
        formulas: [null, null],
      },
    ]);
    const sheet = wb.sheet("Möten")!;
    (sheet.values[2] ??= [])[0] = "anteckning";
    await wb.appendRows({
      location: MEETINGS,
      rows: [
        [46072, "Digitalt"],
        [46114, "Fysiskt"],
      ],
    });
    assert.deepEqual(
      [2, 3, 4].map((r) => [wb.cellValue(sheet, r, 0), wb.cellValue(sheet, r, 1)]),
      [
        [46072, "Digitalt"],
        [46114, "Fysiskt"],
        ["anteckning", null],
      ]
    );
    assert.equal(sheet.formats[2]?.[0], "yyyy-mm-dd");
  });
});
