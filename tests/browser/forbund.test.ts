/**
 * The förbund's view in the preview at 350 px (issue 16 §3), one page: the groups' `.xlsx`
 * files (made by ExcelJS at test time) chosen with the file input, read locally by the
 * reader's own chunk (no foreign request, no CSP violation), the answer with the files left
 * out, the Förbundsstatistik sheet as the core makes it, the tab-separated copy, and axe.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import {
  FORBUND_CHART_NAME,
  forbundSheet,
  forbundStatistics,
  forbundTsv,
  FORBUND_SHEET_NAME,
  type GroupFile,
} from "../../src/core/forbund";
import { serialFromDate } from "../../src/core/dates/serial";
import { readWorkbookFile } from "../../src/taskpane/forbund/xlsx";
import { displayValue } from "../../src/taskpane/ui/grid-view";
import { groupTables, xlsxOf } from "../fixtures/forbund/workbooks";
import { axeViolations, openView, pressAction, previewSuite } from "../helpers/browser";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("förbund view in headless Chromium (preview, 350 px)", function () {
  this.timeout(60000);
  const preview = previewSuite();
  let page: Page;
  const files: { name: string; mimeType: string; buffer: Buffer }[] = [];

  before(async () => {
    files.push(
      { name: "habo.xlsx", mimeType: XLSX_TYPE, buffer: await xlsxOf(groupTables("VerkSam Habo")) },
      {
        name: "mullsjo-1904.xlsx",
        mimeType: XLSX_TYPE,
        buffer: await xlsxOf(
          groupTables("VerkSam Mullsjö", (t) => (t.table === "Möten" ? { at: "C3" } : undefined)),
          { date1904: true }
        ),
      },
      {
        name: "habo-kopia.xlsx",
        mimeType: XLSX_TYPE,
        buffer: await xlsxOf(groupTables("VerkSam Habo")),
      },
      { name: "trasig.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from("not a workbook") }
    );
    page = await preview.session.context.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${preview.server.url}taskpane.html?exempel=tomt&idag=2025-11-20`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  });
  after(() => page?.close());

  /** What the core makes of the same files in Node. */
  async function expected(): Promise<ReturnType<typeof forbundStatistics>> {
    const groupFiles: GroupFile[] = [];
    for (const f of files) {
      const data = f.buffer.buffer.slice(
        f.buffer.byteOffset,
        f.buffer.byteOffset + f.buffer.byteLength
      );
      const workbook = await readWorkbookFile(data as ArrayBuffer).catch(() => undefined);
      groupFiles.push({ fileName: f.name, ...(workbook ? { workbook } : {}) });
    }
    return forbundStatistics(groupFiles, { today: serialFromDate(2025, 11, 20), lang: "sv" });
  }

  it("reaches the view without a planning book, reads the chosen files and writes the sheet", async () => {
    const before = preview.session.requests.length;
    await openView(page, "forbund");
    await page.setInputFiles("#forbund-files", files);
    assert.equal(await page.textContent("#forbund-chosen"), "4 filer valda.");
    const answer = await pressAction(page, "Skapa förbundsstatistik");
    assert.equal(
      answer,
      "Förbundsstatistik är skriven: 2 grupper, 1 halvår. 2 filer utelämnade (se nedan)."
    );
    const problems = await page.$$eval("#forbund-problems li", (lis) =>
      lis.map((li) => li.textContent ?? "")
    );
    assert.equal(problems.length, 2);
    assert.match(problems[0], /^habo-kopia\.xlsx: gruppen VerkSam Habo finns redan i habo\.xlsx/);
    assert.match(problems[1], /^trasig\.xlsx: kunde inte läsas/);
    // The reader came as its own chunk, from the page's own origin.
    const loaded = preview.session.requests.slice(before).map((r) => r.url);
    assert.ok(
      loaded.some((u) => /\/xlsx-reader\.js$/.test(u)),
      loaded.join(", ")
    );
    assert.deepEqual(preview.session.cspViolations, []);
    assert.deepEqual(preview.session.foreignRequests, []);
    assert.deepEqual(preview.session.pageErrors, []);

    const stats = await expected();
    const sheet = forbundSheet(stats, "sv");
    await page.click(`[data-sheet-tab="${FORBUND_SHEET_NAME}"]`);
    await page.waitForSelector(`#sheet-panel[data-sheet="${FORBUND_SHEET_NAME}"]`);
    const shown = await page.$$eval("#sheet-panel tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""))
    );
    const want = [
      sheet.header.map(String),
      ...sheet.rows.map((r) => r.map((v, j) => displayValue(v, sheet.numberFormats[j], "sv"))),
    ];
    assert.deepEqual(
      shown.slice(0, want.length).map((r) => r.slice(0, sheet.header.length)),
      want
    );

    // The sheet's chart, drawn in the preview: one bar per group and half-year, its value the
    // cases (Ärenden, column D) of that group's row as the grid shows it.
    await page.waitForSelector(`#sheet-panel [data-chart-figure="${FORBUND_CHART_NAME}"]`);
    const drawn = await page.$$eval(
      `#sheet-panel [data-chart="${FORBUND_CHART_NAME}"] rect[data-value]`,
      (rects) =>
        rects.map((r) => [
          r.getAttribute("data-category") ?? "",
          r.getAttribute("data-series") ?? "",
          Number(r.getAttribute("data-value")),
        ])
    );
    const groupRows = shown
      .slice(1, want.length)
      .filter((_, i) => stats.rows[i].kind === "group")
      .map((r) => [r[0], r[1], Number(r[3])]);
    assert.equal(groupRows.length, 2);
    assert.ok(
      groupRows.every((r) => (r[2] as number) > 0),
      JSON.stringify(groupRows)
    );
    assert.deepEqual(drawn, groupRows);
  });

  it("copies the rows as tab-separated text, and axe finds no violation", async () => {
    await openView(page, "forbund");
    await page.getByRole("button", { name: "Kopiera förbundsstatistik", exact: true }).click();
    await page.waitForSelector("#copy-forbund-status:not([hidden])");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, forbundTsv(await expected(), "sv"));
    assert.deepEqual(await axeViolations(page), []);
    // 350 px: nothing wider than the pane; the controls are reached with the keyboard.
    const overflow = await page.$eval("#view-forbund", (el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 0, `the view is ${overflow} px wider than the pane`);
    await page.focus("#forbund-files");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "make-forbund");
  });
});
