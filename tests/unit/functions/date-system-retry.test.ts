/**
 * The start-up probe for the 1904 date system, through the strict Excel double: held while a
 * cell is edited, asked again (a bounded number of times) when Excel refuses, and a changed
 * system adopted from the pane's reads with one full recalculation.
 */
import { strict as assert } from "assert";
import {
  adoptDateSystem,
  detectWorkbookDateSystemWithRetry,
  type ExcelRun,
  PROBE_RETRY_DELAYS_MS,
  setWorkbookDateSystem,
  startDateSystemDetection,
  workbookDateSystem,
} from "../../../src/functions/runtime-date-system";
import { workdaysBeforeMeeting } from "../../../src/functions/functions";
import { ExcelDouble } from "../../helpers/excel-double";

/** The double as runtime-date-system.ts calls Excel.run (batch, options). */
function runOf(excel: ExcelDouble, ignoreOptions = false): ExcelRun {
  return (batch, options) => (ignoreOptions ? excel.run(batch) : excel.run(options ?? {}, batch));
}

describe("functions/runtime-date-system: the start-up probe, asked again, and the pane's reads", () => {
  afterEach(() => setWorkbookDateSystem("1900"));

  it("the probe asks Excel to hold it while a cell is edited", async () => {
    const excel = new ExcelDouble();
    excel.model.dateSystem = "1904";
    excel.enterCellEdit();
    const found = detectWorkbookDateSystemWithRetry(runOf(excel), []);
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(workbookDateSystem(), "1900", "not answered yet");
    excel.exitCellEdit();
    assert.equal(await found, "1904");
    assert.equal(excel.runOptions[0].delayForCellEdit, true);
    assert.deepEqual(excel.calculations, ["Full"]);
  });

  it("refused (cell-edit mode on a host that does not hold batches), it is asked again after each delay, then stops", async () => {
    const excel = new ExcelDouble();
    excel.model.dateSystem = "1904";
    excel.enterCellEdit();
    const slept: number[] = [];
    const found = await detectWorkbookDateSystemWithRetry(
      runOf(excel, true),
      [5, 10, 20],
      async (ms) => void slept.push(ms)
    );
    assert.equal(found, undefined, "no answer: never rejects");
    assert.deepEqual(slept, [5, 10, 20], "bounded: the delays, then no more");
    assert.equal(excel.runOptions.length, 4, "four attempts");
    assert.equal(workbookDateSystem(), "1900");
  });

  it("answered on a later attempt (the edit ended meanwhile): the 1904 system, one recalculation", async () => {
    const excel = new ExcelDouble();
    excel.model.dateSystem = "1904";
    excel.enterCellEdit();
    const found = await detectWorkbookDateSystemWithRetry(
      runOf(excel, true),
      [5, 10, 20],
      async () => {
        if (excel.runOptions.length === 2) excel.exitCellEdit();
      }
    );
    assert.equal(found, "1904");
    assert.equal(excel.runOptions.length, 3);
    assert.deepEqual(excel.calculations, ["Full"]);
    // 2025-04-25 is 44310 in the 1904 system.
    assert.equal(workdaysBeforeMeeting(44310), 44300);
  });

  it("the default delays add up to about a minute, and start-up uses them in Excel", async () => {
    const total = PROBE_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    assert.ok(total >= 30_000 && total <= 120_000, String(total));
    const excel = new ExcelDouble();
    excel.model.dateSystem = "1904";
    const inExcel = { onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" } };
    assert.equal(await startDateSystemDetection(inExcel, runOf(excel), [1]), "1904");
  });

  it("adoptDateSystem: a changed system is taken with one full recalculation; the same one changes nothing", async () => {
    const excel = new ExcelDouble();
    assert.equal(await adoptDateSystem("1900", runOf(excel)), false);
    assert.deepEqual(excel.calculations, []);
    assert.equal(await adoptDateSystem("1904", runOf(excel)), true);
    assert.equal(workbookDateSystem(), "1904");
    assert.deepEqual(excel.calculations, ["Full"]);
    assert.equal(await adoptDateSystem("1904", runOf(excel)), false);
    assert.deepEqual(excel.calculations, ["Full"]);
  });
});
