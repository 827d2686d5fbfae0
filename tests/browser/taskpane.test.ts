/**
 * The task pane in a real browser: Debian's headless Chromium, driven by playwright-core,
 * against the production build served from localhost. Outside Office the page is the
 * preview: the pane beside a grid of an in-memory workbook. What the sample's outputs must
 * hold is computed again from the core (sampleWorkbook()), so the tests follow the rules.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import {
  SAMPLE_TODAY,
  sampleTables,
  statisticsCells,
  type OutputSheet,
} from "../../src/core/planning";
import { runAction } from "../../src/taskpane/actions";
import { displayValue } from "../../src/taskpane/ui/grid-view";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
import { newTableFromTemplate } from "../../src/workbook/workbook";
import { openView, pressAction, previewSuite } from "../helpers/browser";

/** Rows of the grid of `sheet` as arrays of cell texts (header row included, trailing empty rows left out). */
async function rows(page: Page, sheet: string): Promise<string[][]> {
  await page.click(`[data-sheet-tab="${sheet}"]`);
  await page.waitForSelector(`#sheet-panel[data-sheet="${sheet}"]`);
  const all = await page.$$eval("#sheet-panel table.grid > tbody > tr", (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""))
  );
  while (all.length > 0 && all[all.length - 1].every((c) => c === "")) all.pop();
  return all;
}

/** An output sheet of the core as the grid shows it. */
function shown(sheet: OutputSheet): string[][] {
  return [
    sheet.header.map((x) => String(x)),
    ...sheet.rows.map((r) => r.map((v, j) => displayValue(v, sheet.numberFormats[j], "sv"))),
  ];
}

/** The sample as the pane's action leaves it, computed in Node (and the workbook it wrote). */
async function expectedSample(kind: "schedule" | "statistics" | "check") {
  const wb = new MemoryWorkbook();
  await wb.createTables(sampleTables("sv").map(newTableFromTemplate));
  const outcome = await runAction(wb, kind, { today: SAMPLE_TODAY, lang: "sv" });
  return Object.assign(outcome, { workbook: wb });
}

/** A sheet of an in-memory workbook as the grid shows it (every used cell, charts' blocks too). */
function shownSheet(wb: MemoryWorkbook, name: string): string[][] {
  const sheet = wb.sheet(name)!;
  const [rowCount, colCount] = wb.usedSize(sheet);
  const grid: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: string[] = [];
    for (let c = 0; c < colCount; c++) {
      const v = wb.cellValue(sheet, r, c);
      row.push(
        v === null || v === undefined || v === ""
          ? ""
          : displayValue(v, wb.cellFormat(sheet, r, c), "sv")
      );
    }
    grid.push(row);
  }
  while (grid.length > 0 && grid[grid.length - 1].every((c) => c === "")) grid.pop();
  return grid;
}

/** The contrast ratio of two CSS rgb() colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const f = (x: number): number => {
      const s = x / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("task pane in headless Chromium (preview)", function () {
  this.timeout(60000);
  const preview = previewSuite();

  async function open(query = "", width = 1200): Promise<Page> {
    const page = await preview.session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${preview.server.url}taskpane.html${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    return page;
  }

  const count = (page: Page, name: string): Promise<number> =>
    page.getByRole("button", { name, exact: true }).count();

  /** How many buttons named `name` the pane offers, over every view its tab bar reaches. */
  async function offered(page: Page, name: string): Promise<number> {
    const views = await page.$$eval(
      ".planner .tabs:not([hidden]) [role=tab]:not([hidden])",
      (tabs) => tabs.map((t) => t.getAttribute("data-view") ?? "")
    );
    if (views.length === 0) return count(page, name);
    let n = 0;
    for (const view of views) {
      await openView(page, view);
      n += await count(page, name);
    }
    return n;
  }

  it("offers the actions a workbook can use, by their Swedish names", async () => {
    const sample = await open();
    for (const name of ["Kontrollera", "Skapa mötesschema", "Skapa statistik", "Kopiera statistik"])
      assert.equal(await offered(sample, name), 1, name);
    assert.equal(await offered(sample, "Skapa planeringsbok"), 0, "the book exists");
    await sample.close();
    const empty = await open("?exempel=tomt");
    assert.equal(await offered(empty, "Skapa planeringsbok"), 1);
    for (const name of ["Kontrollera", "Skapa mötesschema", "Skapa statistik", "Kopiera statistik"])
      assert.equal(await offered(empty, name), 0, `${name} needs the book`);
    await empty.close();
  });

  it("creates a planning workbook whose Möten formulas give the known deadlines", async () => {
    const page = await open("?exempel=tomt&idag=2025-08-01");
    await page.selectOption("#group", { label: "VerkSam Jönköping 2" });
    await page.selectOption("#term-half", "HT");
    await page.fill("#term-year", "2025");
    await page.fill("#first-meeting", "2025-08-26");
    await page.click("#create-workbook");
    const message = await pressAction(page, "Ja, skapa planeringsboken");
    assert.match(message, /^Planeringsboken är skapad med 4 möten/);
    const tabs = await page.$$eval("[data-sheet-tab]", (els) =>
      els.map((e) => e.getAttribute("data-sheet-tab"))
    );
    assert.deepEqual(tabs, ["Inställningar", "Stängda dagar", "Enheter", "Möten", "Ärenden"]);
    const meetings = await rows(page, "Möten");
    const header = meetings[0];
    const first = meetings[1];
    assert.equal(first[header.indexOf("Mötesdatum")], "2025-08-26");
    assert.equal(first[header.indexOf("Ärendefrist")], "2025-08-18"); // 6 working days before (R7)
    assert.equal(first[header.indexOf("Frigörandefrist")], "2025-08-19"); // 5 working days before (R8)
    assert.equal(first[header.indexOf("Frigörs")], "Norrahammars VC, Råslätts VC"); // no cases yet
    await page.close();
  });

  it("a first meeting in the past is said so, next to the field and in the confirmation", async () => {
    const page = await open("?exempel=tomt&idag=2025-11-20");
    await page.selectOption("#group", { label: "VerkSam Habo" });
    await page.selectOption("#term-half", "HT");
    await page.fill("#term-year", "2025");
    await page.fill("#first-meeting", "2025-09-02");
    assert.match(
      (await page.textContent("#first-meeting-note")) ?? "",
      /2025-09-02 har redan passerat/
    );
    await page.click("#create-workbook");
    assert.match((await page.textContent("#create-confirm")) ?? "", /har redan passerat/);
    // Changing the form withdraws the confirmation: nothing stale stays up.
    await page.fill("#term-year", "2026");
    assert.equal(await page.isHidden("#create-confirm"), true);
    await page.fill("#term-year", "19");
    await page.click("#create-workbook");
    assert.equal(
      await page.textContent("#create-status"),
      "Året måste ligga mellan 1900 och 2199."
    );
    await page.close();
  });

  it("makes the schedule and agenda from the sample, as the core computes them", async () => {
    const page = await open();
    const expected = await expectedSample("schedule");
    const line = await pressAction(page, "Skapa mötesschema");
    assert.equal(line, `Mötesschema och Dagordning är skrivna: ${expected.message}.`);
    assert.match(line, /^Mötesschema och Dagordning är skrivna: 4 möten, /);
    assert.deepEqual(await rows(page, "Mötesschema"), shown(expected.result!.sheets.schedule));
    assert.deepEqual(await rows(page, "Dagordning"), shown(expected.result!.sheets.agenda));
    // One the core cannot move: the sample closes 2025-11-17, so meeting 3's case deadline is 2025-11-07.
    const schedule = await rows(page, "Mötesschema");
    const h = schedule[0];
    const third = schedule.find((r) => r[h.indexOf("Mötesdatum")] === "2025-11-18")!;
    assert.equal(third[h.indexOf("Ärendefrist")], "2025-11-07");
    assert.equal(third[h.indexOf("Veckodag")], "tisdag");
    assert.equal(third[h.indexOf("Vecka")], "47");
    await page.close();
  });

  it("makes the statistics and copies a summary to the clipboard", async () => {
    const page = await open();
    const expected = await expectedSample("statistics");
    assert.equal(
      await pressAction(page, "Skapa statistik"),
      `Statistik är skriven: ${expected.message}.`
    );
    const grid = await rows(page, "Statistik");
    // The statistics table, as the core makes it, in the first columns...
    const table = shown(expected.result!.sheets.statistics);
    assert.deepEqual(
      grid.slice(0, table.length).map((r) => r.slice(0, table[0].length)),
      table
    );
    // ...and the whole sheet (the charts' source blocks beside it) as the same action writes it.
    assert.deepEqual(grid, shownSheet(expected.workbook, "Statistik"));
    const choice = expected.copyChoices.find((c) => c.row.kind === "meeting" && c.row.nr === 3)!;
    await page.selectOption("#copy-choice", { label: choice.label });
    await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await page.waitForSelector("#copy-status:not([hidden])");
    assert.equal(
      await page.textContent("#copy-status"),
      `Kopierat: ${choice.label}. Klistra in i Excel eller för över till enkäten.`
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [header, values] = copied.split("\n");
    const cols = header.split("\t");
    const vals = values.split("\t");
    const cases = statisticsCells(choice.row, "sv").find((c) => c.header === "Ärenden")!;
    assert.equal(vals[cols.indexOf("Ärenden")], String(cases.value));
    assert.equal(vals[cols.indexOf("Mötesdatum")], "2025-11-18");
    assert.match(copied, new RegExp(`\\nÄrenden: ${cases.value}\\n`));
    await page.close();
  });

  it("falls back to execCommand, then to selected text, when the Clipboard API is blocked", async () => {
    const page = await preview.session.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("blocked")) },
      });
      (window as unknown as { __copies: string[] }).__copies = [];
      document.addEventListener("copy", (e) => {
        const selection =
          document.getSelection()?.toString() ||
          (document.activeElement as HTMLTextAreaElement | null)?.value ||
          "";
        (window as unknown as { __copies: string[] }).__copies.push(selection);
        e.preventDefault();
      });
    });
    await page.goto(`${preview.server.url}taskpane.html`);
    await page.waitForSelector("body[data-ready=true]");
    await pressAction(page, "Skapa statistik");
    await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await page.waitForSelector("#copy-status:not([hidden])");
    assert.match((await page.textContent("#copy-status")) ?? "", /^Kopierat:/);
    const copies = await page.evaluate(
      () => (window as unknown as { __copies: string[] }).__copies
    );
    assert.equal(copies.length, 1);
    assert.match(copies[0], /Ärenden/);

    await page.evaluate(() => {
      document.execCommand = () => false;
    });
    await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await page.waitForSelector("#copy-fallback:not([hidden])");
    assert.match((await page.textContent("#copy-status")) ?? "", /Ctrl\+C/);
    const selected = await page.evaluate(() => {
      const area = document.getElementById("copy-fallback") as HTMLTextAreaElement;
      return area.value.substring(area.selectionStart, area.selectionEnd);
    });
    assert.match(selected, /Ärenden/);
    await page.close();
  });

  it("labels the checks Fel: and Varning:, colours the summary by the worst, and a click selects the cell", async () => {
    const page = await open();
    const expected = await expectedSample("check");
    const line = await pressAction(page, "Kontrollera");
    assert.equal(line, expected.message);
    const errors = expected.findings.filter((f) => f.severity === "error").length;
    const worst = errors > 0 ? "error" : expected.findings.length > 0 ? "warning" : "ok";
    assert.equal(await page.getAttribute("#check-status", "class"), `status ${worst}`);
    const labels = await page.$$eval("#findings li", (lis) =>
      lis.map((li) => `${li.className} ${li.querySelector(".severity")?.textContent}`)
    );
    assert.ok(labels.length >= expected.findings.length);
    for (const label of labels)
      assert.ok(label === "error Fel:" || label === "warning Varning:", label);
    const consent = expected.findings.find((f) => f.target?.address === "E8")!;
    assert.ok(consent, "a finding at Ärenden!E8");
    const item = page.locator("#findings li button", { hasText: consent.text });
    // Readable on hover and on focus, not blue on dark teal.
    await item.hover();
    const hovered = await item.evaluate((el) => {
      const s = getComputedStyle(el);
      let bg = s.backgroundColor;
      for (
        let p = el.parentElement;
        p && /rgba\(0, 0, 0, 0\)|transparent/.test(bg);
        p = p.parentElement
      )
        bg = getComputedStyle(p).backgroundColor;
      return { color: s.color, bg };
    });
    assert.ok(contrast(hovered.color, hovered.bg) >= 4.5, JSON.stringify(hovered));
    await item.click();
    await page.waitForSelector('#sheet-panel[data-sheet="Ärenden"] td.selected[data-cell="E8"]');
    await page.close();
  });

  it("has one live region per status line, none over the whole pane", async () => {
    const page = await open();
    assert.equal(await page.getAttribute("#app", "aria-live"), null);
    assert.equal(await page.$$eval("#app[aria-live], #app [aria-live]", (x) => x.length), 1);
    assert.equal(await page.getAttribute("#deadline-result", "aria-live"), "polite");
    // The förbund's view (views/forbund.ts) has status lines of its own.
    const ids = await page.$$eval("#app [role=status]:not(#view-forbund *)", (x) =>
      x.map((e) => e.id)
    );
    assert.deepEqual(ids.sort(), [
      "check-status",
      "copy-status",
      "create-status",
      "kallelse-status",
      "messages-refresh-status",
      "messages-status",
      "next-term-status",
      // Why a read the pane made on its own (shown again, a table changed) failed.
      "page-status",
      "schedule-status",
      "statistics-status",
    ]);
    await page.close();
  });

  it("is usable at 320 px and from the keyboard; the Termin dropdown is not clipped", async () => {
    const page = await open("?exempel=tomt", 320);
    const clipped = await page.evaluate(() => {
      const select = document.getElementById("term-half") as HTMLSelectElement;
      const probe = document.createElement("span");
      probe.style.font = getComputedStyle(select).font;
      probe.style.whiteSpace = "nowrap";
      document.body.append(probe);
      const widest = Math.max(
        ...Array.from(select.options).map((o) => {
          probe.textContent = o.text;
          return probe.getBoundingClientRect().width;
        })
      );
      probe.remove();
      // padding and the dropdown arrow take about 32 px
      return widest + 32 - select.clientWidth;
    });
    assert.ok(clipped <= 0, `the term's text is clipped by ${clipped}px`);
    await page.close();

    const sample = await open("", 320);
    const overflow = await sample.evaluate(
      () =>
        document.getElementById("app")!.scrollWidth - document.getElementById("app")!.clientWidth
    );
    assert.ok(overflow <= 0, `the pane overflows by ${overflow}px`);
    await openView(sample, "moten");
    await sample.focus("#make-schedule");
    await sample.keyboard.press("Enter");
    await sample.waitForFunction(() =>
      /4 möten/.test(document.getElementById("schedule-status")?.textContent ?? "")
    );
    await sample.close();
  });

  it("the deadline calculator shows both deadlines over Easter and the coming holidays", async () => {
    const page = await open();
    await page.fill("#meeting-date", "2025-04-25");
    assert.equal(await page.getAttribute("#case-deadline", "data-date"), "2025-04-15");
    assert.equal(await page.getAttribute("#release-deadline", "data-date"), "2025-04-16");
    assert.match(
      (await page.textContent("#case-deadline")) ?? "",
      /tisdag 15 april 2025 · vecka 16/
    );
    assert.match(
      (await page.textContent("#holiday-list")) ?? "",
      /2025-05-29 torsdag 29 maj 2025 — Kristi himmelsfärdsdag/
    );
    await page.fill("#meeting-date", "2025-02-30");
    assert.match(
      (await page.textContent("#deadline-result")) ?? "",
      /Skriv ett datum som 2025-03-14/
    );
    await page.close();
  });

  it("the deadline calculator counts with the book's settings and closed days", async () => {
    const page = await open();
    // The sample's next meeting, and its planning day 2025-11-17 for meeting 3.
    assert.equal(await page.inputValue("#meeting-date"), "2025-12-30");
    await page.fill("#meeting-date", "2025-11-18");
    assert.equal(await page.getAttribute("#case-deadline", "data-date"), "2025-11-07");
    assert.match((await page.textContent("#deadline-source")) ?? "", /planeringsbokens/);
    await page.close();
  });

  it("speaks English with ?lang=en", async () => {
    const page = await open("?lang=en");
    await openView(page, "moten");
    assert.equal(await count(page, "Make schedule"), 1);
    assert.equal(await page.textContent("#todo-title"), "To do");
    assert.equal(await page.title(), "VerkSam planner");
    await page.close();
    const sv = await open();
    assert.equal(await sv.title(), "VerkSam-planeraren");
    await sv.close();
  });

  /** Selects `cell` of `sheet` in the preview grid and types `text` into the editor (not yet Enter). */
  async function typeText(page: Page, sheet: string, cell: string, text: string): Promise<void> {
    await page.click(`[data-sheet-tab="${sheet}"]`);
    await page.click(`#sheet-panel[data-sheet="${sheet}"] td[data-cell="${cell}"]`);
    await page.fill("#cell-editor", text);
  }

  it("a change typed into a planning table reaches Kontroller and Att göra without a press", async () => {
    const page = await open();
    const errors = (): Promise<number> => page.$$eval("#findings li.error", (x) => x.length);
    const before = await errors();
    assert.doesNotMatch((await page.textContent("#todo-content")) ?? "", /J2-25-024/);
    // Samtycke of J2-25-024, a case at the next meeting (2025-12-30): Nej.
    await typeText(page, "Ärenden", "E25", "Nej");
    await page.press("#cell-editor", "Enter");
    await page.waitForFunction(
      (n) => document.querySelectorAll("#findings li.error").length > n,
      before
    );
    // Att göra is rebuilt from the new read too: the case without consent at the next meeting.
    await page.waitForFunction(() =>
      /J2-25-024/.test(document.getElementById("todo-content")?.textContent ?? "")
    );
    assert.equal(await page.textContent("#check-status"), "", "no action was pressed");
    await page.close();
  });

  it("a copy from a read that a change made stale reads the workbook first, then asks for one more press", async () => {
    const page = await open();
    await openView(page, "meddela");
    await page.evaluate(() => navigator.clipboard.writeText("före"));
    await typeText(page, "Möten", "A4", "2025-11-25");
    // Enter and, before the pane's pause is over, Kopiera mötestider: inside one task.
    await page.evaluate(async () => {
      const editor = document.getElementById("cell-editor")!;
      editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      await Promise.resolve();
      await Promise.resolve();
      (document.getElementById("copy-times") as HTMLButtonElement).click();
    });
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    assert.match(
      (await page.textContent("#messages-status")) ?? "",
      /^Arbetsboken hade ändrats sedan den lästes, så den är inläst igen: .*Tryck på knappen en gång till\.$/
    );
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      "före",
      "nothing copied"
    );
    await page.click("#copy-times");
    await page.waitForFunction(() =>
      /^Kopierat/.test(document.getElementById("messages-status")?.textContent ?? "")
    );
    const times = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(times, /tisdag 25 november 2025/);
    assert.doesNotMatch(times, /18 november 2025/);
    await page.close();
  });

  // ---- the views (tab bar) ----

  /** The view shown and the panels not hidden. */
  const shownView = (page: Page): Promise<{ view: string | null; panels: string[] }> =>
    page.evaluate(() => ({
      view: document.querySelector(".planner")!.getAttribute("data-view"),
      panels: Array.from(document.querySelectorAll(".planner [role=tabpanel]"))
        .filter((p) => !(p as HTMLElement).hidden)
        .map((p) => p.id),
    }));

  it("walks every view at 350 px by the tab bar's keys: one panel shown, aria-selected, a roving tabindex", async () => {
    const page = await open("", 350);
    await page.setViewportSize({ width: 350, height: 800 });
    const views = await page.$$eval(".planner [role=tablist] [role=tab]:not([hidden])", (ts) =>
      ts.map((t) => t.getAttribute("data-view") ?? "")
    );
    // The five views of a planning book, then any reachable without one (the förbund's).
    assert.deepEqual(views.slice(0, 5), ["oversikt", "arenden", "moten", "meddela", "statistik"]);
    for (const v of views) {
      assert.equal(await page.getAttribute(`#tab-${v}`, "aria-controls"), `view-${v}`);
      assert.equal(await page.getAttribute(`#tab-${v}`, "role"), "tab");
    }
    assert.deepEqual(await shownView(page), { view: "oversikt", panels: ["view-oversikt"] });
    await page.focus("#tab-oversikt");
    const expectSelected = async (id: string): Promise<void> => {
      assert.equal(await page.evaluate(() => document.activeElement?.id), `tab-${id}`);
      assert.deepEqual(await shownView(page), { view: id, panels: [`view-${id}`] });
      const tabs = await page.$$eval(".planner [role=tab]:not([hidden])", (ts) =>
        ts.map((t) => `${t.id} ${t.getAttribute("aria-selected")} ${t.getAttribute("tabindex")}`)
      );
      assert.deepEqual(
        tabs,
        views.map((v) => (v === id ? `tab-${v} true 0` : `tab-${v} false -1`))
      );
      assert.equal(
        await page.getAttribute(`#view-${id}`, "aria-labelledby"),
        `tab-${id}`,
        "the panel is named by its tab"
      );
    };
    const heights: Record<string, number> = {};
    for (let i = 1; i < views.length; i++) {
      await page.keyboard.press("ArrowRight");
      await expectSelected(views[i]);
      heights[views[i]] = await page.evaluate(() => document.documentElement.scrollHeight);
    }
    await page.keyboard.press("ArrowRight");
    await expectSelected("oversikt"); // wraps
    heights.oversikt = await page.evaluate(() => document.documentElement.scrollHeight);
    const last = views[views.length - 1];
    await page.keyboard.press("ArrowLeft");
    await expectSelected(last);
    await page.keyboard.press("Home");
    await expectSelected("oversikt");
    await page.keyboard.press("End");
    await expectSelected(last);
    assert.equal(await page.$$eval("#view-statistik #statistics-chart", (x) => x.length), 1);
    // No view of the sample needs more than about two screens (800 px each) at 350 px.
    for (const [view, height] of Object.entries(heights))
      assert.ok(height <= 1700, `${view} is ${height} px tall`);
    console.log(`      view heights at 350 px: ${JSON.stringify(heights)}`);
    await page.close();
  });

  it("the daily path needs no scrolling at 350 × 800: Att göra, then its copy link, then the copy", async () => {
    const page = await preview.session.context.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${preview.server.url}taskpane.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    const box = async (selector: string): Promise<{ top: number; bottom: number }> =>
      page.$eval(selector, (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    const todo = await box("#todo");
    assert.ok(todo.bottom <= 800, `Att göra ends at ${todo.bottom} px`);
    // The sample's next meeting (2025-12-30) releases no unit: the link is to the other texts.
    assert.equal(await page.$$eval("#todo-go-release", (x) => x.length), 0);
    const link = await box("#todo-go-messages");
    assert.ok(link.bottom <= 800, `the copy link ends at ${link.bottom} px`);
    await page.click("#todo-go-messages");
    assert.deepEqual(await shownView(page), { view: "meddela", panels: ["view-meddela"] });
    assert.equal(await page.evaluate(() => document.activeElement?.id), "copy-kallelse");
    const copy = await box("#copy-kallelse");
    assert.ok(
      copy.bottom <= 800 && copy.top >= 0,
      `Kopiera kallelser at ${copy.top}–${copy.bottom} px`
    );
    assert.equal(await page.evaluate(() => window.scrollY), 0, "nothing scrolled");
    // Copied (the text is also shown, selected, under the button: that may scroll to it).
    await pressAction(page, "Kopiera kallelser");
    await page.waitForFunction(() =>
      /^Kopierat/.test(document.querySelector("#kallelse-status")?.textContent ?? "")
    );
    await page.close();
  });

  it("each Att göra link opens the view where the thing is done", async () => {
    const page = await open("", 350);
    const links = await page.$$eval("#todo [data-open]", (bs) =>
      bs.map((b) => [b.id, b.getAttribute("data-open") ?? ""])
    );
    const ids = links.map(([id]) => id);
    for (const id of ["todo-go-messages", "todo-go-statistics", "todo-go-outcomes"])
      assert.ok(ids.includes(id), `${id} in ${ids.join(", ")}`);
    const expected: Record<string, string> = {
      "todo-go-release": "meddela",
      "todo-go-messages": "meddela",
      "todo-go-statistics": "statistik",
      "todo-go-outcomes": "arenden",
      "todo-go-cases": "arenden",
      "todo-go-next-term": "moten",
    };
    for (const [id, view] of links) {
      assert.equal(view, expected[id], id);
      await openView(page, "oversikt");
      await page.click(`#${id}`);
      assert.deepEqual(await shownView(page), { view, panels: [`view-${view}`] }, id);
      assert.equal(await page.getAttribute(`#tab-${view}`, "aria-selected"), "true");
    }
    await page.close();
  });

  it("the chosen view survives a re-read, and an action's read", async () => {
    const page = await open();
    await openView(page, "arenden");
    const errors = (): Promise<number> => page.$$eval("#findings li.error", (x) => x.length);
    const before = await errors();
    await typeText(page, "Ärenden", "E25", "Nej");
    await page.press("#cell-editor", "Enter");
    await page.waitForFunction(
      (n) => document.querySelectorAll("#findings li.error").length > n,
      before
    );
    assert.deepEqual(await shownView(page), { view: "arenden", panels: ["view-arenden"] });
    await pressAction(page, "Kontrollera");
    assert.deepEqual(await shownView(page), { view: "arenden", panels: ["view-arenden"] });
    await page.close();
  });

  it("without a planning book opens on creating one and says so, with no tab bar", async () => {
    const page = await open("?exempel=tomt", 350);
    assert.deepEqual(await shownView(page), { view: "start", panels: ["view-start"] });
    // No view that needs a book is offered (the förbund's view needs none).
    const offeredViews = await page.$$eval(
      ".planner .tabs:not([hidden]) [role=tab]:not([hidden])",
      (ts) => ts.map((t) => t.getAttribute("data-view"))
    );
    for (const v of ["oversikt", "arenden", "moten", "meddela", "statistik"])
      assert.ok(!offeredViews.includes(v), v);
    assert.match(
      (await page.textContent("#no-book")) ?? "",
      /^Arbetsboken har ingen planeringsbok ännu/
    );
    await page.close();
  });

  it("has a Hjälp link to the guide in the footer (Help → guide.en.html in English)", async () => {
    const page = await open("", 350);
    const link = await page.$eval("footer #help-link", (a) => [
      a.textContent,
      a.getAttribute("href"),
      a.getAttribute("target"),
      a.getAttribute("rel"),
    ]);
    assert.deepEqual(link, ["Hjälp", "guide.html", "_blank", "noopener"]);
    await page.close();
    const en = await open("?lang=en", 350);
    assert.deepEqual(await en.$eval("#help-link", (a) => [a.textContent, a.getAttribute("href")]), [
      "Help",
      "guide.en.html",
    ]);
    await en.close();
  });

  it("made no request to any other origin and raised no page error", () => {
    assert.deepEqual(preview.session.foreignRequests, []);
    assert.deepEqual(preview.session.pageErrors, []);
  });
});
