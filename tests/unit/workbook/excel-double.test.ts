/**
 * The strict Excel double fails where Excel fails. A double that accepts everything proves
 * little, so each rule it enforces has a test here that shows it rejecting what Excel
 * rejects (and accepting what Excel accepts).
 */
import { strict as assert } from "assert";
import { serialFromDate } from "../../../src/core/dates/serial";
import { windows, WINDOW } from "../../../src/workbook/office-workbook";
import { ExcelDouble, isValidExcelName, PAYLOAD_LIMIT_BYTES } from "../../helpers/excel-double";

type Ctx = Excel.RequestContext;

function withTables(): ExcelDouble {
  const excel = new ExcelDouble();
  excel.model.addTable("Enheter", "Enheter", [
    ["Enhet", "Typ"],
    ["Råslätts VC", "Region"],
  ]);
  excel.model.addTable("Möten", "Möten", [
    ["Mötesdatum", "Frigörs"],
    [46030, ""],
  ]);
  excel.model.addSheet("Stängda dagar");
  return excel;
}

/** Runs one batch that writes `formula` into `address` of `sheet` through `formulas`. */
async function writeFormula(
  excel: ExcelDouble,
  sheet: string,
  address: string,
  formula: string
): Promise<void> {
  await excel.run(async (ctx: Ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = [[formula]];
    await ctx.sync();
  });
}

const rejectsWith = (code: string) => (e: unknown) => {
  assert.equal((e as { code?: string }).code, code, String(e));
  return true;
};

describe("the strict Excel double", () => {
  describe("batches", () => {
    it("runs commands only at sync, in order; a failing command keeps what came before and drops what came after", async () => {
      const excel = withTables();
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          const ws = ctx.workbook.worksheets.getItem("Enheter");
          ws.getRange("D1").values = [["före"]];
          assert.equal(excel.model.stored("Enheter", "D1"), undefined, "nothing before the sync");
          ctx.workbook.worksheets.getItem("Saknas").getRange("A1").values = [["x"]];
          ws.getRange("D2").values = [["efter"]];
          await ctx.sync();
        }),
        rejectsWith("ItemNotFound")
      );
      assert.equal(excel.model.stored("Enheter", "D1"), "före");
      assert.equal(excel.model.stored("Enheter", "D2"), undefined);
    });

    it("sends what is still queued when the batch resolves, and nothing when it rejects", async () => {
      const excel = withTables();
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Enheter").getRange("E1").values = [["skickas"]];
      });
      assert.equal(excel.model.stored("Enheter", "E1"), "skickas");
      assert.equal(excel.implicitCommands, 3, "getItem, getRange, values");
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem("Enheter").getRange("E2").values = [["aldrig"]];
          throw new Error("stop");
        })
      );
      assert.equal(excel.model.stored("Enheter", "E2"), undefined);
    });
  });

  describe("loading", () => {
    it("throws PropertyNotLoaded for a property not loaded, and for isNullObject before a sync", async () => {
      const excel = withTables();
      await excel.run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject("Enheter");
        // eslint-disable-next-line office-addins/call-sync-before-read -- the double must throw here
        assert.throws(() => ws.isNullObject, rejectsWith("PropertyNotLoaded"));
        const range = ws.getRange("A1:B2").load("values");
        await ctx.sync();
        // eslint-disable-next-line office-addins/call-sync-before-read -- the double must throw here
        assert.equal(ws.isNullObject, false);
        // eslint-disable-next-line office-addins/call-sync-before-read -- the double must throw here
        assert.throws(() => ws.name, rejectsWith("PropertyNotLoaded"));
        assert.throws(() => range.rowCount, rejectsWith("PropertyNotLoaded"));
        assert.deepEqual(range.values, [
          ["Enhet", "Typ"],
          ["Råslätts VC", "Region"],
        ]);
      });
    });

    it("gives null objects for missing items, and fails a sync that uses one", async () => {
      const excel = withTables();
      await excel.run(async (ctx: Ctx) => {
        const table = ctx.workbook.tables.getItemOrNullObject("Saknas").load("name");
        const prop = ctx.workbook.worksheets
          .getItem("Enheter")
          .customProperties.getItemOrNullObject("x")
          .load("value");
        await ctx.sync();
        assert.equal(table.isNullObject, true);
        assert.equal(prop.isNullObject, true);
        table.getRange().load("values");
        await assert.rejects(ctx.sync(), rejectsWith("InvalidObjectPath"));
      });
    });

    it("tells the date systems apart by DATE(1904,1,1)", async () => {
      for (const [system, expected] of [
        ["1900", 1462],
        ["1904", 0],
      ] as const) {
        const excel = new ExcelDouble();
        excel.model.dateSystem = system;
        const value = await excel.run(async (ctx: Ctx) => {
          const r = ctx.workbook.functions.date(1904, 1, 1).load("value");
          await ctx.sync();
          return r.value;
        });
        assert.equal(value, expected);
      }
    });
  });

  describe("formulas", () => {
    it("accepts references to tables, columns, sheets and defined names that exist", async () => {
      const excel = withTables();
      excel.model.names.set("Helgdagar", "='Stängda dagar'!$A$1:$A$20");
      await writeFormula(
        excel,
        "Möten",
        "B2",
        '=TEXTJOIN(", ",TRUE,IF(Enheter[Typ]="Region",Enheter[[Enhet]:[Typ]],""))&[@Mötesdatum]&COUNT(\'Stängda dagar\'!A1:A20,Helgdagar,Möten[[#This Row],[Mötesdatum]])'
      );
      assert.match(
        String(excel.model.formulas("Möten", { row: 1, col: 1, rows: 1, cols: 1 })[0][0]),
        /^=TEXTJOIN/
      );
    });

    for (const [why, formula] of [
      ["a table that does not exist (yet)", "=COUNTA(Ärenden[Enhet])"],
      ["a column the table lacks", "=COUNTA(Enheter[Telefon])"],
      ["a sheet that does not exist", "=Blad2!A1"],
      ["a quoted sheet that does not exist", "='Stängda dagar 2'!A1"],
      ["a defined name that does not exist", "=SUM(Helgdagar)"],
      ["';' between arguments (not English syntax)", "=IF(1;2;3)"],
    ]) {
      it(`rejects a formula with ${why}`, async () => {
        const excel = withTables();
        await assert.rejects(
          writeFormula(excel, "Möten", "B2", formula),
          rejectsWith("InvalidArgument")
        );
      });
    }

    it("rejects [@Column] outside a table, and accepts it inside", async () => {
      const excel = withTables();
      await assert.rejects(
        writeFormula(excel, "Möten", "F9", "=[@Mötesdatum]"),
        rejectsWith("InvalidArgument")
      );
      await writeFormula(excel, "Möten", "B2", "=[@Mötesdatum]+1");
      assert.equal(
        excel.model.grid("Möten")[1][1],
        "#NAME?",
        "only the add-in's own formulas are evaluated"
      );
    });

    it("checks a formula written through values too", async () => {
      const excel = withTables();
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem("Möten").getRange("C5").values = [["=Saknas[X]"]];
          await ctx.sync();
        }),
        rejectsWith("InvalidArgument")
      );
    });
  });

  describe("text coercion", () => {
    const typed = [
      "0123",
      "1-2",
      "2025-08-26",
      "-A1",
      "=1+1",
      "TRUE",
      "09:30",
      "12%",
      "Råslätts VC",
    ];

    it("turns typed text into numbers, dates, times, booleans and formulas as Excel does", async () => {
      const excel = withTables();
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Stängda dagar").getRange("A1:A9").values = typed.map(
          (t) => [t]
        );
        await ctx.sync();
      });
      const stored = typed.map((_, i) => excel.model.stored("Stängda dagar", `A${i + 1}`));
      assert.deepEqual(stored.slice(0, 3), [123, stored[1], serialFromDate(2025, 8, 26)]);
      assert.equal(typeof stored[1], "number", "1-2 became a date");
      assert.deepEqual(stored.slice(5), [true, 0.3958333333333333, 0.12, "Råslätts VC"]);
      const formulas = excel.model.formulas("Stängda dagar", { row: 3, col: 0, rows: 2, cols: 1 });
      assert.deepEqual(formulas, [["=-A1"], ["=1+1"]]);
    });

    it("fails the sync for text that becomes a formula with an unknown name (-x)", async () => {
      const excel = withTables();
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem("Stängda dagar").getRange("A1").values = [["-x"]];
          await ctx.sync();
        }),
        rejectsWith("InvalidArgument")
      );
    });

    it("keeps the text as typed in cells formatted as text (@) first", async () => {
      const excel = withTables();
      await excel.run(async (ctx: Ctx) => {
        const range = ctx.workbook.worksheets.getItem("Stängda dagar").getRange("A1:A9");
        range.numberFormat = typed.map(() => ["@"]);
        range.values = typed.map((t) => [t]);
        await ctx.sync();
      });
      assert.deepEqual(
        typed.map((_, i) => excel.model.stored("Stängda dagar", `A${i + 1}`)),
        typed
      );
    });

    it("coerces when the text format comes after the value in the batch", async () => {
      const excel = withTables();
      await excel.run(async (ctx: Ctx) => {
        const range = ctx.workbook.worksheets.getItem("Stängda dagar").getRange("A1");
        range.values = [["0123"]];
        range.numberFormat = [["@"]];
        await ctx.sync();
      });
      assert.equal(excel.model.stored("Stängda dagar", "A1"), 123);
    });

    it("gives 1904 serials for dates typed in a 1904 workbook", async () => {
      const excel = withTables();
      excel.model.dateSystem = "1904";
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Stängda dagar").getRange("A1").values = [["2025-08-26"]];
        await ctx.sync();
      });
      assert.equal(excel.model.stored("Stängda dagar", "A1"), serialFromDate(2025, 8, 26) - 1462);
    });
  });

  describe("names", () => {
    it("knows Excel's name rules", () => {
      for (const ok of ["Möten", "Stängda_dagar", "_x", "Ärenden2", "a.b"])
        assert.ok(isValidExcelName(ok), ok);
      for (const bad of ["Stängda dagar", "A1", "R1C1", "R", "1abc", "", "x-y"])
        assert.ok(!isValidExcelName(bad), bad);
    });

    for (const [why, setup] of [
      ["another table", (e: ExcelDouble) => e.model.addTable("Blad2", "Möten2", [["A"], [1]])],
      ["a workbook-scoped defined name", (e: ExcelDouble) => e.model.names.set("möten2", "=1")],
      [
        "a sheet-scoped defined name",
        (e: ExcelDouble) => e.model.need("Stängda dagar").names.set("MÖTEN2", "=1"),
      ],
    ] as const) {
      it(`refuses a table name taken by ${why}, whatever its case`, async () => {
        const excel = withTables();
        setup(excel);
        await assert.rejects(
          excel.run(async (ctx: Ctx) => {
            const ws = ctx.workbook.worksheets.getItem("Enheter");
            ws.getRange("H1:H2").values = [["Kol"], [1]];
            ws.tables.add(ws.getRange("H1:H2"), true).name = "Möten2";
            await ctx.sync();
          }),
          rejectsWith("InvalidArgument")
        );
      });
    }

    it("refuses a table over another table, and a sheet name that is taken", async () => {
      const excel = withTables();
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          const ws = ctx.workbook.worksheets.getItem("Enheter");
          ws.tables.add(ws.getRange("A1:B2"), true);
          await ctx.sync();
        }),
        rejectsWith("InvalidArgument")
      );
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets.add("MÖTEN");
          await ctx.sync();
        }),
        rejectsWith("ItemAlreadyExists")
      );
    });
  });

  describe("payload", () => {
    it("fails a sync whose request is over 5 MB and applies none of it", async () => {
      const excel = withTables();
      const big = Array.from({ length: 120000 }, (_, i) => [
        `rad ${i} med en lite längre text i cellen`,
        i,
        i * 2,
      ]);
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          const ws = ctx.workbook.worksheets.getItem("Stängda dagar");
          ws.getRange("Z1").values = [["först"]];
          ws.getRangeByIndexes(0, 0, big.length, 3).values = big;
          await ctx.sync();
        }),
        rejectsWith("RequestPayloadSizeLimitExceeded")
      );
      assert.equal(excel.model.stored("Stängda dagar", "Z1"), undefined);
      assert.ok(excel.syncRecords[0].requestBytes > PAYLOAD_LIMIT_BYTES);
    });

    it("fails a sync whose response is over 5 MB", async () => {
      const excel = withTables();
      const rows = Array.from({ length: 120000 }, (_, i) => [
        `rad ${i} med en lite längre text i cellen`,
        i,
        i * 2,
      ]);
      excel.model.addSheet("Stor", rows);
      await assert.rejects(
        excel.run(async (ctx: Ctx) => {
          ctx.workbook.worksheets
            .getItem("Stor")
            .getRangeByIndexes(0, 0, rows.length, 3)
            .load("values");
          await ctx.sync();
        }),
        rejectsWith("ResponsePayloadSizeLimitExceeded")
      );
    });
  });

  describe("data validation", () => {
    it("accepts a list and a whole-number rule, and rejects rules Excel rejects", async () => {
      const excel = withTables();
      const set = (rule: unknown) =>
        excel.run(async (ctx: Ctx) => {
          (
            ctx.workbook.worksheets.getItem("Möten").getRange("B2").dataValidation as {
              rule: unknown;
            }
          ).rule = rule;
          await ctx.sync();
        });
      await set({ list: { inCellDropDown: true, source: "Fysiskt,Digitalt" } });
      await set({ list: { inCellDropDown: true, source: '=INDIRECT("Enheter[Enhet]")' } });
      await set({ wholeNumber: { formula1: 0, formula2: 60, operator: "Between" } });
      await assert.rejects(
        set({ wholeNumber: { formula1: 0, operator: "Between" } }),
        rejectsWith("InvalidArgument")
      );
      await assert.rejects(
        set({ wholeNumber: { formula1: 0, formula2: 1, operator: "Mellan" } }),
        rejectsWith("InvalidArgument")
      );
      await assert.rejects(set({ list: { source: "=Saknas[X]" } }), rejectsWith("InvalidArgument"));
      await assert.rejects(
        set({ list: { source: "a" }, wholeNumber: {} }),
        rejectsWith("InvalidArgument")
      );
    });
  });
});

describe("workbook/office-workbook windows", () => {
  it("splits rows into windows of at most maxRows rows and about maxBytes bytes, in order, covering every row", () => {
    assert.deepEqual(
      windows(0, () => 10),
      []
    );
    assert.deepEqual(
      windows(5, () => 10),
      [[0, 5]]
    );
    assert.deepEqual(
      windows(WINDOW.maxRows * 2 + 1, () => 1),
      [
        [0, WINDOW.maxRows],
        [WINDOW.maxRows, WINDOW.maxRows * 2],
        [WINDOW.maxRows * 2, WINDOW.maxRows * 2 + 1],
      ]
    );
    const big = WINDOW.maxBytes / 4;
    assert.deepEqual(
      windows(10, () => big),
      [
        [0, 4],
        [4, 8],
        [8, 10],
      ]
    );
    // One row larger than a window still gets a window of its own.
    assert.deepEqual(
      windows(2, () => WINDOW.maxBytes * 2),
      [
        [0, 1],
        [1, 2],
      ]
    );
  });
});
