/**
 * Accessibility of the task pane in headless Chromium: axe-core (a devDependency, evaluated
 * into the page) finds no violation in any state the pane can be in — an empty workbook, the
 * confirmation before Skapa planeringsbok, the new planning book, the sample, after each
 * action, Kontroller's offer to fill in formulas again, a refused cell in the preview grid,
 * English — at 350 px (the pane alone, as in Excel) and at 1280 px (the pane beside the grid).
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { axeViolations, openView, pressAction, previewSuite } from "../helpers/browser";

/** A state of the pane: the page to open and what to do there before axe looks. */
interface State {
  readonly name: string;
  readonly query: string;
  readonly act?: (page: Page) => Promise<void>;
}

/** Types `text` into `cell` of the sheet shown in the preview grid, as a person does. */
async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  await page.click(`#sheet-panel td[data-cell="${cell}"]`);
  await page.fill("#cell-editor", text);
  await page.press("#cell-editor", "Enter");
}

const EMPTY = "?exempel=tomt&idag=2025-11-20";

const STATES: readonly State[] = [
  { name: "empty workbook", query: EMPTY },
  {
    name: "empty workbook, Skapa planeringsbok without a group",
    query: EMPTY,
    act: async (page) => {
      await page.click("#create-workbook");
    },
  },
  {
    name: "the confirmation before Skapa planeringsbok",
    query: EMPTY,
    act: async (page) => {
      await page.selectOption("#group", { label: "VerkSam Jönköping 2" });
      await page.click("#create-workbook");
      await page.waitForSelector("#create-confirm:not([hidden])");
    },
  },
  {
    name: "the new planning book",
    query: EMPTY,
    act: async (page) => {
      await page.selectOption("#group", { label: "VerkSam Mullsjö" });
      await page.click("#create-workbook");
      await pressAction(page, "Ja, skapa planeringsboken");
    },
  },
  { name: "the sample on opening", query: "" },
  {
    name: "the sample after Skapa mötesschema",
    query: "",
    act: async (page) => void (await pressAction(page, "Skapa mötesschema")),
  },
  {
    name: "the sample after Skapa statistik and Kopiera statistik",
    query: "",
    act: async (page) => {
      await pressAction(page, "Skapa statistik");
      await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
      await page.waitForSelector("#copy-status:not([hidden])");
    },
  },
  {
    name: "the sample after Kontrollera, a finding's cell selected",
    query: "",
    act: async (page) => {
      await pressAction(page, "Kontrollera");
      await page.locator("#findings li button").first().click();
      await page.waitForSelector("#sheet-panel td.selected");
    },
  },
  {
    name: "Kontroller offers to fill in a formula again, and asks",
    query: "",
    act: async (page) => {
      await page.click('[data-sheet-tab="Möten"]');
      await typeInto(page, "E2", "2025-08-15");
      await pressAction(page, "Kontrollera");
      await page.click("#refill-formulas");
      await page.waitForSelector("#refill-confirm:not([hidden])");
    },
  },
  {
    name: "a value the preview grid refuses",
    query: "",
    act: async (page) => {
      await page.click('[data-sheet-tab="Ärenden"]');
      await typeInto(page, "E2", "Kanske");
      await page.waitForSelector("#cell-message.error");
    },
  },
  {
    name: "Meddela gruppen: a meeting with a passed release deadline, notices copied",
    query: "",
    act: async (page) => {
      await openView(page, "meddela");
      await page.selectOption("#message-meeting", { index: 2 });
      await page.click("#copy-release");
      await page.waitForSelector("#messages-status:not([hidden])");
    },
  },
  {
    name: "Meddela gruppen: meeting times copied, the deadlines box checked",
    query: "",
    act: async (page) => {
      await openView(page, "meddela");
      await page.click("#copy-times");
      await page.waitForSelector("#messages-status:not([hidden])");
      await page.check("#calendar-deadlines");
    },
  },
  {
    name: "Meddela gruppen: the calendar file downloaded",
    query: "",
    act: async (page) => {
      await openView(page, "meddela");
      await Promise.all([page.waitForEvent("download"), page.click("#download-calendar")]);
      await page.waitForSelector("#messages-status:not([hidden])");
    },
  },
  {
    name: "Meddela gruppen: the calendar file's text shown instead",
    query: "",
    act: async (page) => {
      await openView(page, "meddela");
      await page.click("#calendar-show-text");
      await page.waitForSelector("#calendar-text:not([hidden])");
    },
  },
  {
    name: "Meddela gruppen: a meeting where no unit is released",
    query: "",
    act: async (page) => {
      await openView(page, "meddela");
      await page.selectOption("#message-meeting", { index: 3 });
      await page.waitForSelector("#copy-release:disabled");
    },
  },
  {
    name: "Meddela gruppen: kallelser read and copied, the text shown",
    query: "",
    act: async (page) => {
      await openView(page, "meddela");
      await page.selectOption("#message-meeting", { index: 0 });
      await page.click("#copy-kallelse");
      await page.waitForSelector("#copy-shown-text:not([hidden])");
      await page.waitForFunction(() =>
        /^Kopierat/.test(document.querySelector("#kallelse-status")?.textContent ?? "")
      );
    },
  },
  {
    name: "English, the agenda read and copied",
    query: "?lang=en",
    act: async (page) => {
      await openView(page, "meddela");
      await page.click("#copy-agenda");
      await page.waitForSelector("#copy-shown-text:not([hidden])");
      await page.waitForFunction(() =>
        /^Copied/.test(document.querySelector("#kallelse-status")?.textContent ?? "")
      );
    },
  },
  {
    name: "Lägg till nästa termin asks, with the dates",
    query: "",
    act: async (page) => {
      await openView(page, "moten");
      await page.click("#next-term");
      await page.waitForSelector("#next-term-confirm:not([hidden])");
    },
  },
  {
    name: "after Lägg till nästa termin, and a second click refused",
    query: "",
    act: async (page) => {
      await openView(page, "moten");
      await page.click("#next-term");
      await pressAction(page, "Ja, lägg till mötena");
      await page.click("#next-term");
      await page.waitForSelector("#next-term-status.warning");
    },
  },
  { name: "English, the sample", query: "?lang=en" },
  {
    name: "English, Tell the group after a copy",
    query: "?lang=en",
    act: async (page) => {
      await openView(page, "meddela");
      await page.click("#copy-times");
      await page.waitForSelector("#messages-status:not([hidden])");
    },
  },
  {
    name: "English, empty workbook, the confirmation",
    query: `${EMPTY}&lang=en`,
    act: async (page) => {
      await page.selectOption("#group", { label: "VerkSam Habo" });
      await page.click("#create-workbook");
      await page.waitForSelector("#create-confirm:not([hidden])");
    },
  },
];

describe("accessibility of the task pane (axe-core in headless Chromium)", function () {
  this.timeout(120000);
  const preview = previewSuite();

  for (const width of [350, 1280]) {
    for (const state of STATES) {
      it(`${state.name}, at ${width} px: no violation`, async () => {
        const page = await preview.session.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${preview.server.url}taskpane.html${state.query}`);
        await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
        await state.act?.(page);
        assert.deepEqual(await axeViolations(page), []);
        await page.close();
      });
    }
  }

  // Every view of the sample, in Swedish and English, at both widths: one page each.
  for (const width of [350, 1280]) {
    for (const lang of ["sv", "en"]) {
      it(`every view of the sample in ${lang}, at ${width} px: no violation`, async () => {
        const page = await preview.session.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${preview.server.url}taskpane.html${lang === "en" ? "?lang=en" : ""}`);
        await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
        const views = await page.$$eval(".planner [role=tab]:not([hidden])", (tabs) =>
          tabs.map((t) => t.getAttribute("data-view") ?? "")
        );
        for (const id of ["oversikt", "arenden", "moten", "meddela", "statistik"])
          assert.ok(views.includes(id), id);
        for (const view of views) {
          await openView(page, view);
          assert.deepEqual(await axeViolations(page), [], view);
        }
        await page.close();
      });
    }
  }

  it("made no request to any other origin and raised no page error", () => {
    assert.deepEqual(preview.session.foreignRequests, []);
    assert.deepEqual(preview.session.pageErrors, []);
  });
});
