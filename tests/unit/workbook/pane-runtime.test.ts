/**
 * What the long-lived pane asks of Excel, through the real OfficeWorkbook and actions against
 * the strict double: every batch held while a cell is edited (delayForCellEdit) and the cell-
 * edit answer when Excel still refuses; one undo step per writing action where ExcelApi 1.20
 * is supported; change handlers on the planning tables (added once, renewed for a table made
 * again, removed in their own context) that tell when the last read went stale; and the
 * date system every read hands to the custom functions.
 */
import { strict as assert } from "assert";
import { serialFromDate } from "../../../src/core/dates/serial";
import { GROUP_PRESETS, OUTPUT_SHEET_NAMES, type CellValue } from "../../../src/core/planning";
import {
  adoptDateSystem,
  setWorkbookDateSystem,
  workbookDateSystem,
} from "../../../src/functions/runtime-date-system";
import {
  addNextTerm,
  createPlanningWorkbook,
  PLANNING_TABLES,
  runAction,
} from "../../../src/taskpane/actions";
import { type ExcelRun, OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { ExcelDouble } from "../../helpers/excel-double";

const GROUP = GROUP_PRESETS.find((g) => g.id === "jonkoping-2")!;
const FIRST = serialFromDate(2025, 8, 26);
const TODAY = serialFromDate(2025, 11, 20);
const OPTIONS = { today: TODAY, lang: "sv" as const };
const TEMPLATE = {
  group: GROUP,
  term: { half: "HT" as const, year: 2025 },
  firstMeeting: FIRST,
  lang: "sv" as const,
};

function caseRows(n: number): CellValue[][] {
  const meetings = [FIRST, serialFromDate(2025, 10, 7), serialFromDate(2025, 11, 18)];
  return Array.from({ length: n }, (_, i) => [
    meetings[i % 3],
    `J2-${i + 1}`,
    "Region",
    "Råslätts VC",
    "Ja",
    meetings[i % 3] - 14,
    "Samordning",
    "SIP",
    20,
  ]);
}

/** A planning book made by the add-in in the double, with `n` cases a person typed. */
async function planningBook(
  options: { mergeUndo?: boolean; n?: number; dateSystem?: "1900" | "1904" } = {}
): Promise<{ excel: ExcelDouble; workbook: OfficeWorkbook }> {
  const excel = new ExcelDouble();
  excel.model.dateSystem = options.dateSystem ?? "1900";
  excel.model.addSheet("Blad1");
  const workbook = new OfficeWorkbook(excel.run, { mergeUndo: options.mergeUndo });
  const created = await createPlanningWorkbook(workbook, TEMPLATE);
  assert.equal(created.ok, true, created.message);
  excel.typeRows("Ärenden", caseRows(options.n ?? 6));
  return { excel, workbook };
}

/** Excel.run of a host that ignores delayForCellEdit (seen on the web: OfficeDev/office-js #3019). */
function ignoringDelay(excel: ExcelDouble): ExcelRun {
  return (<T>(a: unknown, b?: (c: Excel.RequestContext) => Promise<T>) =>
    excel.run(
      typeof a === "function" ? (a as (c: Excel.RequestContext) => Promise<T>) : b!
    )) as ExcelRun;
}

const read = (workbook: OfficeWorkbook) =>
  workbook.read({ tables: PLANNING_TABLES, sheets: [], formulasOf: ["Möten"] });

describe("the pane's runtime through OfficeWorkbook and the strict Excel double", function () {
  this.timeout(60000);
  afterEach(() => setWorkbookDateSystem("1900"));

  describe("cell-edit mode", () => {
    it("every batch asks Excel to hold it while a cell is edited", async () => {
      const { excel, workbook } = await planningBook();
      await runAction(workbook, "schedule", OPTIONS);
      await workbook.select("Ärenden", "B2");
      assert.ok(excel.runOptions.length >= 4);
      for (const o of excel.runOptions) assert.equal(o.delayForCellEdit, true, JSON.stringify(o));
    });

    it("Kontrollera while a cell is edited waits for Enter, then answers", async () => {
      const { excel, workbook } = await planningBook();
      excel.enterCellEdit();
      let outcome: Awaited<ReturnType<typeof runAction>> | undefined;
      const pending = runAction(workbook, "check", OPTIONS).then((o) => (outcome = o));
      await new Promise((r) => setTimeout(r, 30));
      assert.equal(outcome, undefined, "held");
      excel.exitCellEdit();
      await pending;
      assert.equal(outcome!.ok, true, outcome!.message);
      assert.ok(excel.delayedSyncs >= 1);
    });

    it("an InvalidOperationInCellEditMode that still comes back says 'Tryck Enter i cellen först'", async () => {
      const { excel } = await planningBook();
      const workbook = new OfficeWorkbook(ignoringDelay(excel));
      excel.enterCellEdit();
      const before = excel.model.snapshot();
      for (const outcome of [
        await runAction(workbook, "check", OPTIONS),
        await runAction(workbook, "schedule", OPTIONS),
        await addNextTerm(workbook, { ...OPTIONS, today: serialFromDate(2025, 12, 1) }),
      ]) {
        assert.equal(outcome.ok, false);
        assert.match(
          outcome.message,
          /^Tryck Enter i cellen först och tryck sedan på knappen igen\./
        );
        assert.match(outcome.message, /en cell redigeras/);
      }
      const en = await runAction(workbook, "check", { today: TODAY, lang: "en" });
      assert.match(en.message, /^Press Enter in the cell first/);
      assert.deepEqual(excel.model.snapshot(), before, "nothing written");
    });
  });

  describe("undo", () => {
    /** A sheet of the add-in's large enough for several windows (several syncs of writes). */
    const bigSheet = () => ({
      name: OUTPUT_SHEET_NAMES.agenda,
      header: ["A", "B", "C"],
      rows: Array.from({ length: 30000 }, (_, i) => [
        `rad ${i} ${"x".repeat(40)}`,
        i,
        "y".repeat(30),
      ]),
      numberFormats: [null, null, null],
    });

    it("where ExcelApi 1.20 is supported a writing call is one undo step, however many syncs it takes", async () => {
      for (const mergeUndo of [true, false]) {
        const excel = new ExcelDouble();
        excel.model.addSheet("Blad1");
        const workbook = new OfficeWorkbook(excel.run, { mergeUndo });
        assert.equal(workbook.undo, mergeUndo ? "one-step" : "not-promised");
        await workbook.writeSheets([bigSheet()]);
        const syncs = excel.syncsPerRun[excel.syncsPerRun.length - 1];
        assert.ok(syncs >= 4, `several windows: ${syncs} syncs`);
        if (mergeUndo) assert.equal(excel.undoStack.length, 1);
        else assert.ok(excel.undoStack.length >= 2, `${excel.undoStack.length} steps`);
        const writes = excel.runOptions.filter((o) => o.mergeUndoGroup);
        assert.equal(writes.length, mergeUndo ? 1 : 0);
      }
    });

    it("Skapa planeringsbok and Lägg till nästa termin are one undo step each; reads are none", async () => {
      const { excel, workbook } = await planningBook({ mergeUndo: true });
      const afterCreate = excel.undoStack.length;
      assert.equal(afterCreate, 1 + 1, "the create, and the person's typing");
      await runAction(workbook, "check", OPTIONS);
      assert.equal(excel.undoStack.length, afterCreate, "a read is no undo step");
      const added = await addNextTerm(workbook, { ...OPTIONS, today: serialFromDate(2025, 12, 1) });
      assert.equal(added.ok, true, added.message);
      assert.equal(excel.undoStack.length, afterCreate + 1);
    });

    it("a create that fails half-way removes its sheets, and says that Excel emptied the undo list", async () => {
      const counting = new ExcelDouble();
      counting.model.addSheet("Blad1");
      await createPlanningWorkbook(new OfficeWorkbook(counting.run), TEMPLATE);
      const excel = new ExcelDouble();
      excel.model.addSheet("Blad1");
      excel.type("Blad1", "A1", "ett");
      const workbook = new OfficeWorkbook(excel.run, { mergeUndo: true });
      // Fail at about two thirds of the commands: sheets and tables exist, formulas do not yet.
      excel.failAtCommand = {
        n: Math.round((counting.commandsRun * 2) / 3),
        error: Object.assign(new Error("GeneralException"), { code: "GeneralException" }),
      };
      const outcome = await createPlanningWorkbook(workbook, TEMPLATE);
      assert.equal(outcome.ok, false);
      assert.deepEqual(
        excel.model.sheets.map((s) => s.name),
        ["Blad1"]
      );
      assert.deepEqual(excel.undoStack, [], "Worksheet.delete emptied it");
      assert.match(outcome.message, /Ctrl\+Z kan inte ångra något som gjordes före det här/);
    });
  });

  describe("watching the planning tables", () => {
    it("a read puts one handler on each planning table, with no extra sync, and only once", async () => {
      const { excel, workbook } = await planningBook();
      let told = 0;
      workbook.watch(() => told++);
      const syncsBefore = excel.syncsPerRun.length;
      const first = await read(workbook);
      assert.equal(first.watched, true);
      assert.deepEqual(excel.syncsPerRun.slice(syncsBefore), [2], "the read's 2 syncs, no more");
      assert.equal(excel.handlerCount, 5 + 2, "five tables' onChanged, onAdded, onDeleted");
      await read(workbook);
      assert.equal(excel.handlerCount, 7, "no second handler");
      assert.equal(told, 0);
    });

    it("a person's edit in a planning table tells the listener; other sheets and the add-in's own sheets do not", async () => {
      const { excel, workbook } = await planningBook();
      let told = 0;
      workbook.watch(() => told++);
      await read(workbook);
      excel.model.addSheet("Anteckningar");
      excel.type("Anteckningar", "A1", "fritt");
      await runAction(workbook, "schedule", OPTIONS);
      await excel.settle();
      assert.equal(told, 0);
      excel.type("Ärenden", "B2", "J2-99");
      await excel.settle();
      assert.equal(told, 1);
      excel.typeRows("Möten", [[serialFromDate(2026, 1, 13)]]);
      await excel.settle();
      assert.equal(told, 2);
    });

    it("a table deleted and made again gets a new handler; the old one is removed in its own context", async () => {
      const { excel, workbook } = await planningBook();
      let told = 0;
      workbook.watch(() => told++);
      await read(workbook);
      // A person deletes Stängda dagar's sheet and makes the table again.
      await excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Stängda dagar").delete();
        await ctx.sync();
        const ws = ctx.workbook.worksheets.add("Stängda dagar");
        ws.getRange("A1:B2").values = [
          ["Datum", "Anledning"],
          ["2025-12-29", "Planering"],
        ];
        ws.tables.add("A1:B2", true).name = "Stängda_dagar";
        await ctx.sync();
      });
      await excel.settle();
      assert.ok(told >= 2, "onDeleted and onAdded told");
      const runsBefore = excel.runOptions.length;
      const again = await read(workbook);
      assert.equal(again.watched, true);
      assert.equal(excel.handlerCount, 7, "the old handler removed, a new one added");
      assert.equal(excel.runOptions.length - runsBefore, 2, "the read, and the removal's own run");
      const before = told;
      excel.type("Stängda dagar", "B2", "Studiedag");
      await excel.settle();
      assert.equal(told, before + 1, "the new table is watched");
    });

    it("tables made after the pane started are told (the collection's onAdded)", async () => {
      const excel = new ExcelDouble();
      excel.model.addSheet("Blad1");
      const workbook = new OfficeWorkbook(excel.run);
      let told = 0;
      workbook.watch(() => told++);
      const empty = await read(workbook);
      assert.equal(empty.tables.size, 0);
      assert.equal(excel.handlerCount, 2);
      await createPlanningWorkbook(workbook, TEMPLATE);
      await excel.settle();
      assert.equal(told, 5, "one per table added");
      const now = await read(workbook);
      assert.equal(now.watched, true);
      assert.equal(excel.handlerCount, 7);
    });

    it("a hand-made sheet without an Excel table is not watched: the read says so", async () => {
      const excel = new ExcelDouble();
      excel.model.addSheet("Möten", [["Mötesdatum"], [46000]]);
      const workbook = new OfficeWorkbook(excel.run);
      workbook.watch(() => undefined);
      const result = await read(workbook);
      assert.ok(result.tables.has("Möten"));
      assert.equal(result.watched, false);
      const unwatched = await new OfficeWorkbook(excel.run).read({
        tables: PLANNING_TABLES,
        sheets: [],
      });
      assert.notEqual(unwatched.watched, true, "no listener, nothing watched");
    });
  });

  describe("the date system, handed to the custom functions", () => {
    it("every read passes it on; the functions recalculate once when it changed", async () => {
      const { excel } = await planningBook({ dateSystem: "1904" });
      const run = excel.run;
      const workbook = new OfficeWorkbook(run, {
        onDateSystem: (system) =>
          adoptDateSystem(system, (batch, options) => run(options ?? {}, batch)),
      });
      assert.equal(workbookDateSystem(), "1900");
      await read(workbook);
      assert.equal(workbookDateSystem(), "1904");
      assert.deepEqual(excel.calculations, ["Full"]);
      await read(workbook);
      assert.deepEqual(excel.calculations, ["Full"], "once");
      excel.model.dateSystem = "1900";
      await read(workbook);
      assert.equal(workbookDateSystem(), "1900");
      assert.deepEqual(excel.calculations, ["Full", "Full"]);
    });
  });
});
