/**
 * The screenshots of the coordinators' guide (docs/guide.md, docs/guide.en.md), made from the
 * built preview so that they never go stale: at 350 px, in Swedish and in English, the start
 * without a planning book and every view of the sample, each written to docs/images/<view>.png
 * (docs/images/en/<view>.png in English). The build publishes them with the guide
 * (webpack.config.js, GuidePlugin), so a build after this suite shows the pictures it made.
 *
 * "Today" is fixed (?idag=2025-11-20, the sample's own day), so the pictures are stable.
 * Free of dates otherwise: the suite may run in one time zone only.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { groupTables, xlsxOf } from "../fixtures/forbund/workbooks";
import { pngSize } from "../helpers/dist";
import { previewSuite, REPO_ROOT } from "../helpers/browser";

/** The width of the task pane in the pictures (a task pane is 320–350 px wide). */
const WIDTH = 350;
const TODAY = "idag=2025-11-20";
/** The views of the sample, in the tab bar's order; the guide has a section and a picture for each. */
export const GUIDE_VIEWS = [
  "oversikt",
  "arenden",
  "moten",
  "meddela",
  "statistik",
  "forbund",
] as const;
/** The förbund view step by step: files chosen, the answer, the sheet with its chart, the copy. */
export const FORBUND_STEPS = [
  "forbund-valda",
  "forbund-svar",
  "forbund-blad",
  "forbund-kopierad",
] as const;
/** The view of a workbook without a planning book. */
export const START_VIEW = "start";

/** Where the picture of `view` in `lang` goes. */
export function guideImage(view: string, lang: "sv" | "en"): string {
  return path.join(REPO_ROOT, "docs", "images", ...(lang === "en" ? ["en"] : []), `${view}.png`);
}

describe("the guide's screenshots (docs/images), from the preview at 350 px", function () {
  this.timeout(120000);
  const preview = previewSuite();

  async function open(page: Page, query: string): Promise<void> {
    await page.goto(`${preview.server.url}taskpane.html?${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    // The preview's own note ("Förhandsvisning utan Excel …") is not what Excel shows.
    await page.evaluate(() => {
      for (const note of Array.from(document.querySelectorAll<HTMLElement>(".preview-banner")))
        note.hidden = true;
    });
  }

  /** The ids of the views whose panels are visible now. */
  const visiblePanels = (page: Page): Promise<string[]> =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#app [role="tabpanel"]'))
        .filter((p) => !p.hidden && p.getClientRects().length > 0)
        .map((p) => p.id)
    );

  async function shoot(
    page: Page,
    view: string,
    lang: "sv" | "en",
    selector = "#app",
    width = WIDTH
  ): Promise<void> {
    const file = guideImage(view, lang);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.rmSync(file, { force: true });
    await page.locator(selector).screenshot({ path: file, animations: "disabled", caret: "hide" });
    assert.ok(fs.existsSync(file), `${file} was not written`);
    const size = pngSize(file);
    assert.equal(size.width, width, `${file} is ${size.width} px wide`);
    assert.ok(size.height > 100, `${file} is only ${size.height} px tall`);
  }

  for (const lang of ["sv", "en"] as const) {
    it(`${lang}: the start without a planning book, then each view of the sample`, async () => {
      const page = await preview.session.context.newPage();
      try {
        await page.setViewportSize({ width: WIDTH, height: 800 });
        const query = `${TODAY}${lang === "en" ? "&lang=en" : ""}`;

        await open(page, `exempel=tomt&${query}`);
        assert.deepEqual(await visiblePanels(page), [`view-${START_VIEW}`]);
        await shoot(page, START_VIEW, lang);

        await open(page, query);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        const tabs = await page.$$eval('#app [role="tab"]', (all) =>
          all.filter((tab) => !(tab as HTMLElement).hidden).map((tab) => tab.id)
        );
        for (const view of GUIDE_VIEWS) assert.ok(tabs.includes(`tab-${view}`), `no tab-${view}`);
        for (const view of GUIDE_VIEWS) {
          await page.click(`#tab-${view}`);
          await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
          assert.equal(await page.getAttribute(`#tab-${view}`, "aria-selected"), "true", view);
          assert.deepEqual(await visiblePanels(page), [`view-${view}`]);
          await page.evaluate(() => window.scrollTo(0, 0));
          await shoot(page, view, lang);
        }
      } finally {
        await page.close();
      }
    });
  }
  for (const lang of ["sv", "en"] as const) {
    it(`${lang}: the förbund view step by step, from .xlsx files written by ExcelJS`, async () => {
      const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      const files = [
        { name: "habo.xlsx", mimeType: type, buffer: await xlsxOf(groupTables("VerkSam Habo")) },
        {
          name: "mullsjo.xlsx",
          mimeType: type,
          buffer: await xlsxOf(groupTables("VerkSam Mullsjö"), { date1904: true }),
        },
        { name: "trasig.xlsx", mimeType: type, buffer: Buffer.from("not a workbook") },
      ];
      const page = await preview.session.context.newPage();
      try {
        await page.setViewportSize({ width: WIDTH, height: 800 });
        await open(page, `exempel=tomt&${TODAY}${lang === "en" ? "&lang=en" : ""}`);
        await page.click("#tab-forbund");
        assert.deepEqual(await visiblePanels(page), ["view-forbund"]);
        await page.setInputFiles("#forbund-files", files);
        await page.waitForFunction(() =>
          /3/.test(document.querySelector("#forbund-chosen")?.textContent ?? "")
        );
        await shoot(page, "forbund-valda", lang);

        await page.click("#make-forbund");
        await page.waitForSelector("#forbund-problems li");
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        assert.equal(
          await page.$$eval("#forbund-problems li", (li) => li.length),
          1,
          "trasig.xlsx is named"
        );
        await shoot(page, "forbund-svar", lang);

        // The sheet it wrote, with its chart, as the preview shows it beside the pane.
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.click('[data-sheet-tab="Förbundsstatistik"]');
        await page.waitForSelector(
          '#sheet-panel[data-sheet="Förbundsstatistik"] [data-chart-figure]'
        );
        const gridWidth = await page.$eval(".grid-view", (e) =>
          Math.round(e.getBoundingClientRect().width)
        );
        await shoot(page, "forbund-blad", lang, ".grid-view", gridWidth);

        await page.setViewportSize({ width: WIDTH, height: 800 });
        await page.click("#copy-forbund");
        await page.waitForSelector("#copy-forbund-status:not([hidden])");
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(page, "forbund-kopierad", lang);
      } finally {
        await page.close();
      }
    });
  }
});
