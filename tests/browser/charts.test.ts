/**
 * The charts in the preview (issue 16 §1 and §2), in headless Chromium, on one page: after
 * Skapa statistik the Statistik sheet shows its three charts under its grid, each bar's value
 * is the number in the sheet's cells, the Statistik view shows the chart of the half-year
 * (cases per meeting, held and planned told apart) with a title and a table of the numbers,
 * and axe-core finds no violation. The sample's today is fixed (2025-11-20), so this suite
 * computes the same dates in every time zone; it needs to run in one.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { axeViolations, openView, pressAction, previewSuite } from "../helpers/browser";

interface Bar {
  category: string;
  series: string;
  value: number;
}

async function bars(page: Page, selector: string): Promise<Bar[]> {
  return page.$$eval(`${selector} rect[data-value]`, (rects) =>
    rects.map((r) => ({
      category: r.getAttribute("data-category") ?? "",
      series: r.getAttribute("data-series") ?? "",
      value: Number(r.getAttribute("data-value")),
    }))
  );
}

/** The preview grid's cell texts of the sheet shown, by address. */
async function cells(page: Page): Promise<Map<string, string>> {
  const pairs = await page.$$eval("#sheet-panel td[data-cell]", (tds) =>
    tds.map((td) => [td.getAttribute("data-cell") ?? "", td.textContent ?? ""] as const)
  );
  return new Map(pairs);
}

describe("charts in the preview (issue 16)", function () {
  this.timeout(60000);
  const preview = previewSuite();
  let page: Page;

  before(async () => {
    page = await preview.session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${preview.server.url}taskpane.html`);
    await openView(page, "statistik");
    await pressAction(page, "Skapa statistik");
    await page.click('[data-sheet-tab="Statistik"]');
    await page.waitForSelector("#sheet-panel [data-chart-figure]");
  });
  after(async () => page?.close());

  it("the Statistik sheet shows its three charts, each bar the number in the sheet's cells", async () => {
    const names = await page.$$eval("#sheet-panel [data-chart-figure]", (fs) =>
      fs.map((f) => f.getAttribute("data-chart-figure"))
    );
    assert.deepEqual(names, [
      "VerkSam.Statistik.PerMöte",
      "VerkSam.Statistik.PerUtfall",
      "VerkSam.Statistik.PerEnhet",
    ]);
    const grid = await cells(page);
    // The statistics table: column A the period, column E the cases (Ärenden).
    const casesOf = new Map<string, number>();
    for (const [address, text] of grid) {
      const m = /^A(\d+)$/.exec(address);
      if (m && /^Möte \d+/.test(text)) casesOf.set(text, Number(grid.get(`E${m[1]}`)));
    }
    const perMeeting = await bars(page, '#sheet-panel [data-chart="VerkSam.Statistik.PerMöte"]');
    assert.ok(perMeeting.length > 0);
    for (const b of perMeeting) {
      const label = casesOf.has(b.category) ? b.category : `${b.category} (planerat)`;
      const planned = label.endsWith("(planerat)");
      const expected = (b.series === "Planerat") === planned ? casesOf.get(label) : 0;
      assert.equal(b.value, expected, `${b.category} ${b.series}`);
    }
    // The sample (autumn 2025, today 2025-11-20): meetings 1–3 held, the rest planned.
    assert.ok(perMeeting.some((b) => b.series === "Genomfört" && b.value > 0));
    assert.ok(perMeeting.some((b) => b.series === "Planerat" && b.value > 0));
    // Every chart's bars are the numbers of its source block in the sheet's cells.
    const blockValues = [...grid.values()].filter((v) => /^\d+$/.test(v)).map(Number);
    for (const name of ["VerkSam.Statistik.PerUtfall", "VerkSam.Statistik.PerEnhet"]) {
      const drawn = await bars(page, `#sheet-panel [data-chart="${name}"]`);
      assert.ok(drawn.length > 0, name);
      for (const b of drawn) assert.ok(blockValues.includes(b.value), `${name} ${b.category}`);
      const table = await page.$$eval(`#sheet-panel [data-chart-table="${name}"] tbody td`, (tds) =>
        tds.map((td) => Number(td.textContent))
      );
      assert.deepEqual(
        table,
        drawn.map((b) => b.value),
        `${name}: the text equivalent`
      );
    }
  });

  it("the Statistik view shows the half-year's chart with a title and its numbers as a table", async () => {
    const slot = "#statistics-chart";
    await page.waitForSelector(`${slot} svg[role="img"]`);
    const name = await page.$eval(`${slot} svg`, (svg) => {
      const id = svg.getAttribute("aria-labelledby") ?? "";
      return document.getElementById(id)?.textContent ?? "";
    });
    assert.equal(name, "Ärenden per möte, 2025 jul–dec");
    const drawn = await bars(page, slot);
    const sheet = await bars(page, '#sheet-panel [data-chart="VerkSam.Statistik.PerMöte"]');
    assert.deepEqual(drawn, sheet, "the same numbers as the sheet");
    const rows = await page.$$eval(`${slot} table tbody tr`, (trs) => trs.length);
    assert.equal(rows, new Set(drawn.map((b) => b.category)).size);
  });

  it("axe-core finds no violation with the charts shown", async () => {
    assert.deepEqual(await axeViolations(page), []);
  });
});
