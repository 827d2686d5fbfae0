import { strict as assert } from "assert";
import {
  detectWorkbookDateSystem,
  setWorkbookDateSystem,
  startDateSystemDetection,
  workbookDateSystem,
  type ExcelRun,
} from "../../../src/functions/runtime-date-system";
import { workdaysBeforeMeeting } from "../../../src/functions/functions";

/** A stand-in for Excel.run over a workbook whose DATE(1904,1,1) is `probe`; records what the batch does. */
function fakeExcel(probe: number | (() => never)) {
  const log: string[] = [];
  const run: ExcelRun = async (batch) => {
    const result = { value: undefined as unknown };
    const context = {
      workbook: {
        functions: {
          date: (y: number, m: number, d: number) => {
            log.push(`date(${y},${m},${d})`);
            return {
              load: (what: string) => log.push(`load(${what})`),
              get value() {
                return result.value;
              },
            };
          },
        },
        application: { calculate: (type: string) => log.push(`calculate(${type})`) },
      },
      sync: async () => {
        log.push("sync");
        result.value = typeof probe === "function" ? probe() : probe;
      },
    };
    return batch(context as unknown as Excel.RequestContext);
  };
  return { run, log };
}

describe("functions/runtime-date-system (the workbook's date system, asked once at start-up)", () => {
  afterEach(() => setWorkbookDateSystem("1900"));

  it("DATE(1904,1,1) = 0 means the 1904 system: remembered, and a full recalculation is asked for", async () => {
    const excel = fakeExcel(0);
    assert.equal(await detectWorkbookDateSystem(excel.run), "1904");
    assert.equal(workbookDateSystem(), "1904");
    assert.deepEqual(excel.log, [
      "date(1904,1,1)",
      "load(value)",
      "sync",
      "calculate(Full)",
      "sync",
    ]);
    // The functions now take and give 1904 serials: 2025-04-25 is 44310 there.
    assert.equal(workdaysBeforeMeeting(44310), 44300);
  });

  it("DATE(1904,1,1) = 1462 means the 1900 system: one sync, no recalculation", async () => {
    const excel = fakeExcel(1462);
    assert.equal(await detectWorkbookDateSystem(excel.run), "1900");
    assert.equal(workbookDateSystem(), "1900");
    assert.deepEqual(excel.log, ["date(1904,1,1)", "load(value)", "sync"]);
    assert.equal(workdaysBeforeMeeting(45772), 45762);
  });

  it("if Excel cannot be asked, nothing changes and nothing is thrown", async () => {
    setWorkbookDateSystem("1900");
    const excel = fakeExcel(() => {
      throw new Error("GeneralException");
    });
    assert.equal(await detectWorkbookDateSystem(excel.run), undefined);
    assert.equal(workbookDateSystem(), "1900");
  });

  it("starts only in Excel: not without Office (Node), not in the preview (no host)", async () => {
    const excel = fakeExcel(0);
    assert.equal(startDateSystemDetection(undefined, excel.run), undefined);
    const HostType = { Excel: "Excel" };
    const preview = { onReady: async () => ({ host: null }), HostType };
    assert.equal(await startDateSystemDetection(preview, excel.run), undefined);
    const word = { onReady: async () => ({ host: "Word" }), HostType };
    assert.equal(await startDateSystemDetection(word, excel.run), undefined);
    assert.deepEqual(excel.log, []);
    assert.equal(workbookDateSystem(), "1900");
    const inExcel = { onReady: async () => ({ host: "Excel" }), HostType };
    assert.equal(await startDateSystemDetection(inExcel, excel.run), "1904");
    assert.equal(workbookDateSystem(), "1904");
  });

  it("loading the functions outside Office starts nothing (this test runs in Node)", () => {
    assert.equal((globalThis as { Office?: unknown }).Office, undefined);
    assert.equal(workbookDateSystem(), "1900");
  });
});
