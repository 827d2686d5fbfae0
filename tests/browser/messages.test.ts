/**
 * Meddela gruppen and Lägg till nästa termin in headless Chromium at 350 px, with the
 * preview's sample (VerkSam Jönköping 2, HT 2025, today 2025-11-20):
 *  - the release notice for 2025-11-18 names Råslätts VC and "tisdag 18 november 2025" and
 *    reaches the clipboard, with the passed Frigörandefrist pointed out;
 *  - Kopiera mötestider copies the term as text and tab-separated rows;
 *  - the downloaded .ics parses with ical.js and holds the four meetings at the right instants;
 *    after a meeting is moved in Möten (typed into the preview grid) and the workbook read
 *    again, a second file keeps the meeting's UID with a higher SEQUENCE;
 *  - "Visa texten i stället" shows the file's text with the line on saving it as .ics;
 *  - Lägg till nästa termin asks with the dates, then adds VT 2026 after 2025-12-30 to Möten.
 * The expected texts are computed again from the core and the pane's own pure modules.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { calendarSaveHint } from "../../src/core/texts/icalendar";
import { SAMPLE_TODAY, sampleTables } from "../../src/core/planning";
import { addNextTerm, runAction } from "../../src/taskpane/actions";
import { strings } from "../../src/taskpane/i18n";
import {
  meetingChoices,
  meetingTimesClipboard,
  releaseNoticeClipboard,
} from "../../src/taskpane/clipboard-texts";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
import { newTableFromTemplate } from "../../src/workbook/workbook";
import { openView, pressAction, previewSuite } from "../helpers/browser";
import { d } from "../helpers/dates";

const sv = strings("sv");
const options = { today: SAMPLE_TODAY, lang: "sv" as const };

async function sampleBook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.createTables(sampleTables("sv").map(newTableFromTemplate));
  return wb;
}

/** Types `text` into `cell` of the sheet shown in the preview grid, as a person does. */
async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  await page.click(`#sheet-panel td[data-cell="${cell}"]`);
  await page.fill("#cell-editor", text);
  await page.press("#cell-editor", "Enter");
  assert.equal(await page.textContent("#cell-message"), "", `${cell}: ${text}`);
}

interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  summary: string;
}

function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      sequence: e.sequence,
      start: new Date(e.startDate.toUnixTime() * 1000).toISOString(),
      summary: e.summary,
    };
  });
}

describe("Meddela gruppen and Lägg till nästa termin (headless Chromium, 350 px)", function () {
  this.timeout(90000);
  const preview = previewSuite();

  /** The pane at 350 px, on the view `view` (default Meddela). */
  async function open(query = "", view = "meddela"): Promise<Page> {
    const page = await preview.session.context.newPage();
    await page.setViewportSize({ width: 350, height: 720 });
    await page.goto(`${preview.server.url}taskpane.html${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    await openView(page, view);
    return page;
  }

  /** Clicks Ladda ner kalenderfil and returns the downloaded file's name and text. */
  async function download(page: Page): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: sv.calendarButton, exact: true }).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: fs.readFileSync(path, "utf8") };
  }

  it("the release notice for 2025-11-18 names Råslätts VC and the day, and reaches the clipboard", async () => {
    const page = await open();
    const expected = (await runAction(await sampleBook(), "check", options)).result!;
    const sections = await page.$$eval(".planner > [role=tabpanel]:not([hidden]) section", (els) =>
      els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id)
    );
    assert.deepEqual(sections, ["messages"], "Meddela shows the texts to send");
    const ids = await page.$$eval("[id]", (els) => els.map((e) => e.id));
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      "every id once"
    );
    // The default is the next meeting: 2025-12-30.
    const choices = meetingChoices(expected, "sv");
    assert.equal(
      await page.$eval("#message-meeting", (s) => (s as HTMLSelectElement).selectedOptions[0].text),
      choices[3].label
    );
    assert.equal(await page.textContent("#message-sender"), sv.senderLine("Anna Andersson"));
    const index = expected.schedule.findIndex((m) => m.date === d("2025-11-18"));
    await page.selectOption("#message-meeting", { label: choices[index].label });
    assert.equal(await page.getAttribute("#message-release-deadline", "data-state"), "passed");
    assert.match((await page.textContent("#message-release-deadline")) ?? "", /har passerat/);
    assert.match((await page.textContent("#message-release-units")) ?? "", /Råslätts VC/);
    await page.getByRole("button", { name: sv.releaseButton, exact: true }).click();
    await page.waitForSelector("#messages-status:not([hidden])");
    assert.equal(await page.textContent("#messages-status"), sv.releaseCopied(1, true));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, releaseNoticeClipboard(expected, index, "sv")!.text);
    assert.ok(copied.includes("Råslätts VC"), copied);
    assert.ok(copied.includes("tisdag 18 november 2025"), copied);
    assert.ok(copied.includes("Anna Andersson"), copied);
    assert.ok(!copied.includes("J2-25-"), "no case codes");

    // Kopiera mötestider: the term as text and tab-separated rows.
    await page.getByRole("button", { name: sv.timesButton, exact: true }).click();
    await page.waitForSelector("#messages-status:not([hidden])");
    assert.equal(await page.textContent("#messages-status"), sv.timesCopied("HT 2025"));
    const times = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(times, meetingTimesClipboard(expected, index, "sv"));
    assert.match(times, /^1\. tisdag 26 augusti 2025 kl\. 09\.00/m);
    assert.match(times, /^4\t2025-12-30\ttisdag\t09:00\tDigitalt\t/m);
    await page.close();
  });

  it("the calendar file: four meetings at the right instants; a moved meeting keeps its UID with a higher SEQUENCE", async () => {
    const page = await open();
    const first = await download(page);
    assert.equal(first.name, "verksam-jonkoping-2-HT2025.ics");
    assert.equal(await page.textContent("#messages-status"), sv.calendarDownloaded(first.name));
    const events = parseCalendar(first.text);
    assert.deepEqual(
      events.map((e) => e.start),
      [
        "2025-08-26T07:00:00.000Z",
        "2025-10-07T07:00:00.000Z",
        "2025-11-18T08:00:00.000Z",
        "2025-12-30T08:00:00.000Z",
      ]
    );
    assert.equal(new Set(events.map((e) => e.uid)).size, 4);
    assert.ok(events.every((e) => e.summary.includes("VerkSam Jönköping 2")));

    // Move meeting 3 from 2025-11-18 to 2025-11-25 in Möten, read the workbook again.
    await page.click('[data-sheet-tab="Möten"]');
    await typeInto(page, "A4", "2025-11-25");
    const refreshed = await pressAction(page, sv.messagesRefresh);
    assert.match(refreshed, /^Arbetsboken är inläst igen/);
    const second = await download(page);
    const moved = parseCalendar(second.text);
    assert.equal(moved[2].start, "2025-11-25T08:00:00.000Z");
    assert.equal(moved[2].uid, events[2].uid, "the moved meeting keeps its UID");
    assert.deepEqual(
      moved.map((e) => e.uid),
      events.map((e) => e.uid)
    );
    for (const e of moved) assert.ok(e.sequence > events[0].sequence, "a higher SEQUENCE");

    // With the deadlines: two all-day events more per meeting.
    await page.check("#calendar-deadlines");
    const withDeadlines = parseCalendar((await download(page)).text);
    assert.equal(withDeadlines.length, 12);

    // Visa texten i stället: the file's text and the line on saving it as .ics.
    await page.getByRole("button", { name: sv.calendarShowText, exact: true }).click();
    await page.waitForSelector("#calendar-text:not([hidden])");
    const text = await page.inputValue("#calendar-text");
    assert.equal(parseCalendar(text).length, 12);
    assert.equal(
      await page.textContent("#calendar-save-hint"),
      calendarSaveHint("verksam-jonkoping-2-HT2025.ics", "sv")
    );
    await page.close();
  });

  it("Lägg till nästa termin asks with the dates, then adds VT 2026 after 2025-12-30 to Möten", async () => {
    const page = await open("", "moten");
    const expected = await addNextTerm(await sampleBook(), options);
    const dates = ["2026-02-10", "2026-03-24", "2026-05-05", "2026-06-16"];
    await page.getByRole("button", { name: sv.nextTermButton, exact: true }).click();
    await page.waitForSelector("#next-term-confirm:not([hidden])");
    assert.deepEqual(
      await page.$$eval("#next-term-dates li", (lis) =>
        lis.map((li) => li.getAttribute("data-date"))
      ),
      dates
    );
    assert.equal(
      await page.textContent("#next-term-confirm-title"),
      sv.nextTermConfirmTitle("VT 2026", 4)
    );
    assert.equal(await pressAction(page, sv.nextTermYes), expected.message);
    assert.equal(await page.isHidden("#next-term-confirm"), true);
    // The grid's Möten rows: the four sample meetings, then VT 2026.
    await page.click('[data-sheet-tab="Möten"]');
    const column = await page.$$eval('#sheet-panel td[data-cell^="A"]', (tds) =>
      tds.map((td) => td.textContent)
    );
    assert.deepEqual(column.slice(1, 9), [
      "2025-08-26",
      "2025-10-07",
      "2025-11-18",
      "2025-12-30",
      ...dates,
    ]);
    assert.deepEqual(
      await page.$$eval('#sheet-panel td[data-cell^="C"]', (tds) =>
        tds.slice(5, 9).map((td) => td.textContent)
      ),
      ["Fysiskt", "Fysiskt", "Fysiskt", "Fysiskt"]
    );
    // A second click refuses and changes nothing.
    await page.getByRole("button", { name: sv.nextTermButton, exact: true }).click();
    assert.match(
      (await page.textContent("#next-term-status")) ?? "",
      /redan nästa termins möten \(det senaste är 2026-06-16\)/
    );
    await page.close();
  });

  /** The Dagordning rows of the preview grid for `iso` (after Skapa mötesschema): B..I as shown. */
  async function agendaGridRows(page: Page, iso: string): Promise<string[][]> {
    await page.click('[data-sheet-tab="Dagordning"]');
    const rows = await page.$$eval("#sheet-panel tr", (trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll("td[data-cell]")).map((td) => td.textContent ?? "")
      )
    );
    return rows.filter((r) => r[1] === iso).map((r) => r.slice(1, 9));
  }

  /** Presses Kopiera kallelser / dagordning: one read, then the text reaches the clipboard. */
  async function copyFresh(page: Page, name: string): Promise<string> {
    await pressAction(page, name);
    await page.waitForFunction(() =>
      /^Kopierat/.test(document.querySelector("#kallelse-status")?.textContent ?? "")
    );
    const shown = await page.inputValue("#shown-text");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, shown, "the text shown is the one copied");
    return copied;
  }

  it("Kopiera kallelser and Kopiera dagordning: the Dagordning sheet's slots, read from the workbook as it is now", async () => {
    const page = await open();
    assert.match(await pressAction(page, sv.scheduleButton), /^Mötesschema/);
    const grid = await agendaGridRows(page, "2025-08-26");
    assert.deepEqual(
      grid.map((r) => r[4]),
      ["Norrahammars VC", "Råslätts VC"]
    );
    const choices = await page.$$eval("#message-meeting option", (os) =>
      os.map((o) => o.textContent ?? "")
    );
    await openView(page, "meddela");
    await page.selectOption("#message-meeting", { label: choices[0] });
    const text = await copyFresh(page, sv.kallelseButton);
    const parts = text.split("\n\n----------\n\n");
    assert.deepEqual(
      parts.map((p) => p.split("\n")[0]),
      ["Till: Norrahammars VC", "Till: Råslätts VC", "Till: Jönköpings kommun"]
    );
    const slot = (r: string[]): string => `kl. ${r[2].replace(":", ".")}–${r[3].replace(":", ".")}`;
    for (const [i, row] of grid.entries()) {
      assert.ok(parts[i].includes(`rör ${row[4]} tas upp ${slot(row)}:`), parts[i]);
      for (const other of grid.filter((r) => r !== row))
        assert.ok(!parts[i].includes(slot(other)), "only its own slot");
      assert.ok(
        parts[2].includes(`${slot(row)} ${row[4]}: ${row[5]} ärenden (${row[7]})`),
        parts[2]
      );
    }
    assert.ok(text.includes("Det skriftliga samtycket för varje ärende ska visas på mötet."));
    assert.ok(text.includes("Anna Andersson"));
    assert.ok(!text.includes("J2-25-007"), "the Nej case has no slot");

    // The agenda: the Dagordning rows of the meeting, as tab-separated rows.
    const agenda = await copyFresh(page, sv.agendaButton);
    const tsv = agenda
      .trimEnd()
      .split("\n")
      .filter((l) => l.startsWith("2025-08-26\t"))
      .map((l) => l.split("\t"));
    assert.deepEqual(tsv, grid);

    // 2025-11-18: Råslätts VC is released and gets no kallelse.
    await page.selectOption("#message-meeting", { label: choices[2] });
    const nov = await copyFresh(page, sv.kallelseButton);
    assert.ok(nov.includes("Till: Norrahammars VC"));
    assert.ok(!nov.includes("Till: Råslätts VC"), nov);
    assert.ok(nov.includes("Till: Jönköpings kommun"));

    // A case typed into Ärenden: the next copy has it, with no other read in between.
    await page.click('[data-sheet-tab="Ärenden"]');
    const added = ["2025-11-18", "J2-25-099", "Region", "Råslätts VC", "Ja", "2025-11-05"];
    for (const [c, value] of added.entries()) await typeInto(page, `${"ABCDEF"[c]}32`, value);
    const after = await copyFresh(page, sv.kallelseButton);
    assert.ok(after.includes("Till: Råslätts VC"), after);
    assert.ok(after.includes("J2-25-099"), after);
    const agendaAfter = await copyFresh(page, sv.agendaButton);
    assert.match(agendaAfter, /\tRåslätts VC\t1\t20\tJ2-25-099$/m);
    await page.close();
  });

  it("where the Clipboard API may not write, the text is shown with Kopiera, which copies it inside its click", async () => {
    const page = await open();
    await page.evaluate(() => {
      Object.defineProperty(document, "featurePolicy", {
        value: { allowsFeature: (f: string) => f !== "clipboard-write" },
      });
    });
    await page.evaluate(() => navigator.clipboard.writeText("före"));
    await pressAction(page, sv.kallelseButton);
    assert.equal(await page.textContent("#kallelse-status"), sv.shownPressCopy);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "före");
    const shown = await page.inputValue("#shown-text");
    assert.match(shown, /^Till: Norrahammars VC/);
    await page.getByRole("button", { name: sv.shownCopyButton, exact: true }).click();
    await page.waitForFunction(() =>
      /^Kopierat/.test(document.querySelector("#kallelse-status")?.textContent ?? "")
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
    await page.close();
  });

  it("made no request to any other origin and raised no page error", () => {
    assert.deepEqual(preview.session.foreignRequests, []);
    assert.deepEqual(preview.session.pageErrors, []);
  });
});
