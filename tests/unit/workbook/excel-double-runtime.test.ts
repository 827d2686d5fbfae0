/**
 * The strict Excel double's model of what a long-lived pane meets in Excel: cell-edit mode
 * (OfficeDev/office-js #3388; RunOptions.delayForCellEdit), the undo stack (each sync an
 * undo step unless mergeUndoGroup, ExcelApi 1.20; Worksheet.delete clears it) and events
 * (table.onChanged, the table collection's onAdded/onDeleted; handlers removed only in their
 * own context). Each rule is shown rejecting or behaving as Excel does.
 */
import { strict as assert } from "assert";
import { ExcelDouble } from "../../helpers/excel-double";

type Ctx = Excel.RequestContext;

const rejectsWith = (code: string) => (e: unknown) => {
  assert.equal((e as { code?: string }).code, code, String(e));
  return true;
};

function book(): ExcelDouble {
  const excel = new ExcelDouble();
  excel.model.addTable("Ärenden", "Ärenden", [
    ["Mötesdatum", "Ärende"],
    [46000, "J2-1"],
  ]);
  excel.model.addTable("Möten", "Möten", [["Mötesdatum"], [46000]]);
  excel.model.addSheet("Anteckningar", [["fritt"]]);
  return excel;
}

async function write(excel: ExcelDouble, sheet: string, address: string, value: string | number) {
  await excel.run(async (ctx: Ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await ctx.sync();
  });
}

describe("the strict Excel double: cell-edit mode, undo, events", () => {
  describe("cell-edit mode", () => {
    it("a batch fails with InvalidOperationInCellEditMode and applies nothing", async () => {
      const excel = book();
      excel.enterCellEdit();
      await assert.rejects(
        write(excel, "Anteckningar", "B1", "x"),
        rejectsWith("InvalidOperationInCellEditMode")
      );
      assert.equal(excel.model.stored("Anteckningar", "B1"), undefined);
    });

    it("with delayForCellEdit the batch waits until the edit ends, then runs", async () => {
      const excel = book();
      excel.enterCellEdit();
      let done = false;
      const run = excel
        .run({ delayForCellEdit: true }, async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem("Anteckningar").getRange("B1").values = [["x"]];
          await ctx.sync();
        })
        .then(() => (done = true));
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(done, false, "held while the cell is edited");
      assert.equal(excel.model.stored("Anteckningar", "B1"), undefined);
      excel.exitCellEdit();
      await run;
      assert.equal(excel.model.stored("Anteckningar", "B1"), "x");
      assert.equal(excel.delayedSyncs, 1);
    });
  });

  describe("the undo stack", () => {
    it("each sync that changes something is one undo step; a sync that only reads is none", async () => {
      const excel = book();
      await excel.run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Anteckningar");
        ws.getRange("A1").load("values");
        await ctx.sync();
        ws.getRange("B1").values = [["1"]];
        await ctx.sync();
        ws.getRange("B2").values = [["2"]];
        await ctx.sync();
      });
      assert.equal(excel.undoStack.length, 2);
    });

    it("mergeUndoGroup makes every sync of one run one step, where ExcelApi 1.20 is supported", async () => {
      const twoSyncs = async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Anteckningar");
        ws.getRange("B1").values = [["1"]];
        await ctx.sync();
        ws.getRange("B2").values = [["2"]];
        await ctx.sync();
      };
      const excel = book();
      await excel.run({ mergeUndoGroup: true }, twoSyncs);
      assert.equal(excel.undoStack.length, 1);
      const older = book();
      older.excelApi = "1.19";
      assert.equal(older.isSetSupported("ExcelApi", "1.20"), false);
      await older.run({ mergeUndoGroup: true }, twoSyncs);
      assert.equal(older.undoStack.length, 2, "an older Excel ignores the option");
    });

    it("deleting a sheet clears the stack, and cannot be part of an undo group", async () => {
      const excel = book();
      excel.type("Anteckningar", "C1", "skrivet");
      await write(excel, "Anteckningar", "B1", "1");
      assert.equal(excel.undoStack.length, 2);
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Anteckningar").delete();
        await ctx.sync();
      });
      assert.deepEqual(excel.undoStack, []);
      await assert.rejects(
        excel.run({ mergeUndoGroup: true }, async (ctx: Ctx) => {
          ctx.workbook.worksheets.getItem("Möten").delete();
          await ctx.sync();
        }),
        rejectsWith("UndoNotSupported")
      );
      assert.ok(excel.model.sheet("Möten"), "nothing deleted");
    });
  });

  describe("events", () => {
    it("table.onChanged fires after the sync that changed the table, with Excel's event args", async () => {
      const excel = book();
      const seen: Excel.TableChangedEventArgs[] = [];
      let tableId = "";
      let sheetId = "";
      await excel.run(async (ctx: Ctx) => {
        const t = ctx.workbook.tables.getItem("Ärenden").load("id");
        t.onChanged.add(async (args) => void seen.push(args));
        await ctx.sync();
        tableId = t.id;
      });
      sheetId = excel.tableId(excel.model.need("Ärenden"));
      let during = -1;
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Ärenden").getRange("B2").values = [["J2-2"]];
        during = seen.length;
        await ctx.sync();
      });
      assert.equal(during, 0, "nothing before the sync");
      await excel.settle();
      assert.equal(seen.length, 1);
      assert.deepEqual(
        {
          type: seen[0].type,
          changeType: seen[0].changeType,
          source: seen[0].source,
          address: seen[0].address,
          tableId: seen[0].tableId,
          worksheetId: seen[0].worksheetId,
        },
        {
          type: "TableChanged",
          changeType: "RangeEdited",
          source: "Local",
          address: "B2",
          tableId,
          worksheetId: sheetId,
        }
      );
      // Not for a change elsewhere; yes for a person's edit in the grid.
      await write(excel, "Anteckningar", "B1", "x");
      await excel.settle();
      assert.equal(seen.length, 1);
      excel.type("Ärenden", "A2", 46001);
      await excel.settle();
      assert.equal(seen.length, 2);
    });

    it("a handler is removed only by a sync of the context it was added in", async () => {
      const excel = book();
      let calls = 0;
      const result = await excel.run(async (ctx: Ctx) => {
        const r = ctx.workbook.tables.getItem("Möten").onChanged.add(async () => void calls++);
        await ctx.sync();
        return r;
      });
      assert.equal(excel.handlerCount, 1);
      // remove() queued, then a sync of another context: the handler stays.
      result.remove();
      await write(excel, "Möten", "A2", 46010);
      await excel.settle();
      assert.equal(calls, 1);
      assert.equal(excel.handlerCount, 1);
      // Excel.run(result.context, …): now it goes.
      await excel.run(result.context as Ctx, async (ctx: Ctx) => {
        await ctx.sync();
      });
      assert.equal(excel.handlerCount, 0);
      await write(excel, "Möten", "A2", 46020);
      await excel.settle();
      assert.equal(calls, 1);
    });

    it("a deleted table's handler never fires again but stays registered; the collection tells of added and deleted tables", async () => {
      const excel = book();
      const collection: string[] = [];
      let changed = 0;
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.tables.getItem("Möten").onChanged.add(async () => void changed++);
        ctx.workbook.tables.onAdded.add(async (a) => void collection.push(a.type));
        ctx.workbook.tables.onDeleted.add(
          async (a) => void collection.push(`${a.type} ${a.tableName}`)
        );
        await ctx.sync();
      });
      await excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Möten").delete();
        await ctx.sync();
      });
      await excel.settle();
      assert.deepEqual(collection, ["TableDeleted Möten"]);
      await excel.run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.add("Möten");
        ws.getRange("A1:A2").values = [["Mötesdatum"], [46000]];
        ws.tables.add("A1:A2", true).name = "Möten";
        await ctx.sync();
      });
      await write(excel, "Möten", "A2", 46030);
      await excel.settle();
      assert.deepEqual(collection, ["TableDeleted Möten", "TableAdded"]);
      assert.equal(changed, 0, "the old handler does not follow the new table");
      assert.equal(excel.handlerCount, 3);
    });
  });
});
