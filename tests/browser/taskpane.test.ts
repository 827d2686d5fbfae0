/**
 * The task pane in a real browser: Debian's headless Chromium, driven by playwright-core,
 * against the production build served from localhost. Outside Office the page is the
 * preview: the pane beside a read-only grid of an in-memory workbook.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import {
  BrowserSession,
  launchChromium,
  startStaticServer,
  StaticServer,
} from "../helpers/browser";
import { requireProductionDist } from "../helpers/dist";

/** Rows of the grid of `sheet` as arrays of cell texts (header row included). */
async function rows(page: Page, sheet: string): Promise<string[][]> {
  await page.click(`[data-sheet-tab="${sheet}"]`);
  await page.waitForSelector(`#sheet-panel[data-sheet="${sheet}"]`);
  return page.$$eval("#sheet-panel tbody tr", (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""))
  );
}

async function clickAndWait(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name, exact: true }).click();
  await page.waitForFunction(
    () =>
      !document.querySelector(".planner[aria-busy]") &&
      !/Arbetar|Working/.test(document.getElementById("result-line")?.textContent ?? "")
  );
  return (await page.textContent("#result-line")) ?? "";
}

describe("task pane in headless Chromium (preview)", function () {
  this.timeout(60000);
  let server: StaticServer;
  let session: BrowserSession;

  before(async () => {
    requireProductionDist();
    server = await startStaticServer();
    session = await launchChromium({ allowedOrigin: server.origin });
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
  });

  after(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(query = ""): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${server.url}taskpane.html${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    return page;
  }

  it("has every action as a button with its Swedish accessible name", async () => {
    const page = await open();
    for (const name of [
      "Skapa planeringsbok",
      "Skapa mötesschema",
      "Skapa statistik",
      "Kopiera statistik",
    ]) {
      assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
    }
    await page.close();
  });

  it("creates a planning workbook whose Möten formulas give the known deadlines, and refuses to create it twice", async () => {
    const page = await open("?exempel=tomt");
    await page.selectOption("#group", { label: "VerkSam Jönköping 2" });
    await page.selectOption("#term-half", "HT");
    await page.fill("#term-year", "2025");
    await page.fill("#first-meeting", "2025-08-26");
    const message = await clickAndWait(page, "Skapa planeringsbok");
    assert.match(message, /Planeringsboken är skapad med 4 möten/);
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
    const again = await clickAndWait(page, "Skapa planeringsbok");
    assert.match(again, /finns redan/);
    await page.close();
  });

  it("makes the schedule and agenda from the sample: a known deadline, release list and agenda slot", async () => {
    const page = await open();
    const line = await clickAndWait(page, "Skapa mötesschema");
    assert.match(line, /^4 möten, 30 ärenden, \d+ fel, \d+ varningar$/);
    const schedule = await rows(page, "Mötesschema");
    const h = schedule[0];
    const third = schedule.find((r) => r[h.indexOf("Mötesdatum")] === "2025-11-18");
    assert.ok(third, "meeting 2025-11-18 in the schedule");
    // The sample closes 2025-11-17 (a planning day), so the case deadline moves to 2025-11-07.
    assert.equal(third[h.indexOf("Ärendefrist")], "2025-11-07");
    assert.equal(third[h.indexOf("Frigörs")], "Råslätts VC");
    assert.equal(third[h.indexOf("Veckodag")], "tisdag");
    assert.equal(third[h.indexOf("Vecka")], "47");
    const agenda = await rows(page, "Dagordning");
    const ah = agenda[0];
    const slot = agenda.find(
      (r) =>
        r[ah.indexOf("Mötesdatum")] === "2025-08-26" && r[ah.indexOf("Enhet")] === "Råslätts VC"
    );
    assert.ok(slot, "Råslätts VC has a slot on 2025-08-26");
    assert.equal(slot[ah.indexOf("Från")], "10:30");
    assert.equal(slot[ah.indexOf("Till")], "11:50");
    assert.equal(slot[ah.indexOf("Ärendekoder")], "J2-25-003, J2-25-005, J2-25-007, J2-25-008");
    await page.close();
  });

  it("makes the statistics and copies a summary to the clipboard", async () => {
    const page = await open();
    assert.match(await clickAndWait(page, "Skapa statistik"), /4 möten, 30 ärenden/);
    const stats = await rows(page, "Statistik");
    assert.ok(
      stats.some((r) => r[0].startsWith("Totalt jul–dec 2025")),
      "a half-year total row"
    );
    await page.selectOption("#copy-choice", { label: "Möte 3 (2025-11-18)" });
    await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await page.waitForSelector("#copy-status:not([hidden])");
    assert.match((await page.textContent("#copy-status")) ?? "", /^Kopierat: Möte 3/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [header, values] = copied.split("\n");
    const cols = header.split("\t");
    const vals = values.split("\t");
    assert.equal(vals[cols.indexOf("Ärenden")], "7");
    assert.equal(vals[cols.indexOf("Mötesdatum")], "2025-11-18");
    assert.match(copied, /\nÄrenden: 7\n/);
    await page.close();
  });

  it("falls back to execCommand, then to selected text, when the Clipboard API is blocked", async () => {
    const page = await session.context.newPage();
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
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector("body[data-ready=true]");
    await clickAndWait(page, "Skapa statistik");
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

  it("shows the checks with cell addresses; clicking one selects that cell", async () => {
    const page = await open();
    await clickAndWait(page, "Kontrollera");
    const items = page.locator("#findings li button");
    assert.ok((await items.count()) > 0);
    const consent = page.locator("#findings li button", {
      hasText: "Samtycke saknas för ärendet i Ärenden!E8",
    });
    await consent.click();
    await page.waitForSelector('#sheet-panel[data-sheet="Ärenden"] td.selected[data-cell="E8"]');
    await page.close();
  });

  it("is usable at 320 px and from the keyboard", async () => {
    const page = await open();
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(
      () =>
        document.getElementById("app")!.scrollWidth - document.getElementById("app")!.clientWidth
    );
    assert.ok(overflow <= 0, `the pane overflows by ${overflow}px`);
    await page.focus("#make-schedule");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      /4 möten/.test(document.getElementById("result-line")?.textContent ?? "")
    );
    await page.close();
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

  it("speaks English with ?lang=en", async () => {
    const page = await open("?lang=en");
    assert.equal(await page.getByRole("button", { name: "Make schedule", exact: true }).count(), 1);
    await page.close();
  });

  it("made no request to any other origin and raised no page error", () => {
    assert.deepEqual(session.foreignRequests, []);
    assert.deepEqual(session.pageErrors, []);
  });
});
