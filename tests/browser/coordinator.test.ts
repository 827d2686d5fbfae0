/**
 * A coordinator's morning in the task pane, in headless Chromium at 350 px (the pane as
 * Excel shows it, with the preview grid below it):
 *  - a new coordinator in an empty workbook: choose the group, see what will be created and
 *    confirm, fill in two cases in Ärenden by typing into the grid, make the schedule, read
 *    Att göra, make the statistics and copy them;
 *  - the sample's Att göra on its fixed "today".
 * The preview's today is fixed with `?idag=` so that nothing depends on the machine's date.
 * Every number the pane shows is computed here again from the core and the pane's own pure
 * modules, so these tests follow the planning rules instead of freezing them.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import {
  buildPlanningTemplate,
  buildTodo,
  groupPreset,
  plan,
  SAMPLE_TODAY,
  sampleWorkbook,
  TEMPLATE_TABLE_NAMES,
  type CellValue,
  type TodoDeadline,
} from "../../src/core/planning";
import {
  createPlanningWorkbook,
  runAction,
  statisticsClipboardText,
} from "../../src/taskpane/actions";
import { proposeFirstMeeting, proposeTerm } from "../../src/taskpane/defaults";
import { isoDate, longDate } from "../../src/taskpane/format";
import { strings } from "../../src/taskpane/i18n";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
import { inViewport, openView, pressAction, previewSuite } from "../helpers/browser";
import { d } from "../helpers/dates";

const sv = strings("sv");
const TODAY = "2025-11-20";

/** Types `text` into `cell` of the sheet shown in the preview grid, as a person does. */
async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  await page.click(`#sheet-panel td[data-cell="${cell}"]`);
  await page.fill("#cell-editor", text);
  await page.press("#cell-editor", "Enter");
  assert.equal(await page.textContent("#cell-message"), "", `${cell}: ${text}`);
}

/** The ids of the pane's sections that are shown (in the view shown), in their order. */
function sections(page: Page): Promise<string[]> {
  return page.$$eval(".planner > [role=tabpanel]:not([hidden]) section", (els) =>
    els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id)
  );
}

/** The views the tab bar offers (none while it is hidden: one view only). */
function tabs(page: Page): Promise<string[]> {
  return page.$$eval(".planner .tabs:not([hidden]) [role=tab]:not([hidden])", (els) =>
    els.map((e) => e.getAttribute("data-view") ?? "")
  );
}

function deadlineText(deadline: TodoDeadline): string {
  const when =
    deadline.state === "passed"
      ? sv.deadlinePassed
      : deadline.state === "today"
        ? sv.deadlineToday
        : sv.inWorkdays(deadline.workdaysLeft);
  return `${longDate(deadline.date, "sv")} — ${when}`;
}

/** Records every element that becomes aria-busy, and every text the status lines show. */
function recordBusy(): void {
  const w = window as unknown as { __busy: string[]; __said: string[] };
  w.__busy = [];
  w.__said = [];
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      const el = m.target instanceof Element ? m.target : m.target.parentElement;
      if (!el) continue;
      if (m.type === "attributes" && el.getAttribute("aria-busy") === "true") w.__busy.push(el.id);
      if (m.type !== "attributes" && el.matches("p.status")) w.__said.push(el.textContent ?? "");
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["aria-busy"],
  });
}

describe("a coordinator's morning in the task pane (headless Chromium, 350 px)", function () {
  this.timeout(90000);
  const preview = previewSuite();

  async function open(query: string): Promise<Page> {
    const page = await preview.session.context.newPage();
    await page.addInitScript(recordBusy);
    await page.setViewportSize({ width: 350, height: 720 });
    await page.goto(`${preview.server.url}taskpane.html${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    return page;
  }

  const busyLog = (page: Page): Promise<{ busy: string[]; said: string[] }> =>
    page.evaluate(() => {
      const w = window as unknown as { __busy: string[]; __said: string[] };
      const out = { busy: w.__busy, said: w.__said };
      w.__busy = [];
      w.__said = [];
      return out;
    });

  it("a new coordinator: group → confirm → book → two cases → schedule → Att göra → statistics → copy", async () => {
    const today = d(TODAY);
    const page = await open(`?exempel=tomt&idag=${TODAY}`);

    // An empty workbook: the pane opens on creating the book, and says why; no other view.
    assert.match((await page.textContent(".preview-banner")) ?? "", /en tom arbetsbok/);
    assert.doesNotMatch((await page.textContent(".preview-banner")) ?? "", /exempelboken/);
    assert.equal(await page.textContent("#empty-workbook"), "Arbetsboken är tom.");
    assert.deepEqual(await sections(page), ["step-create"]);
    assert.deepEqual(
      (await tabs(page)).filter((v) => v !== "forbund" && v !== "start"),
      [],
      "no view of a book without one (the förbund's view needs none)"
    );
    assert.equal(await page.textContent("#no-book"), sv.noBookYet);
    assert.deepEqual(
      await page.$$eval(".planner > [role=tabpanel]:not([hidden]) h2", (hs) =>
        hs.map((x) => x.textContent)
      ),
      ["Planeringsbok"]
    );
    assert.equal(await page.inputValue("#group"), "");
    assert.equal(
      await page.$eval("#group", (s) => (s as HTMLSelectElement).selectedOptions[0].text),
      "Välj grupp"
    );

    // In November the proposal is the spring term of next year, from its usual first meeting.
    const term = proposeTerm(today);
    assert.deepEqual(term, { half: "VT", year: 2026 });
    const first = proposeFirstMeeting(term, today);
    assert.ok(first > today);
    assert.equal(await page.inputValue("#term-half"), term.half);
    assert.equal(await page.inputValue("#term-year"), String(term.year));
    assert.equal(await page.inputValue("#first-meeting"), isoDate(first));

    // Without a group: the answer next to the button, in view.
    await page.click("#create-workbook");
    assert.equal(await page.textContent("#create-status"), sv.groupMissing);
    assert.ok(await inViewport(page, "#create-status"), "the answer is in view");

    // What will be created, before anything is written.
    await page.selectOption("#group", { label: "VerkSam Jönköping 2" });
    await page.click("#create-workbook");
    await page.waitForSelector("#create-confirm:not([hidden])");
    assert.equal(await page.textContent("#create-status"), "", "no stale answer");
    const group = groupPreset("jonkoping-2")!;
    const template = buildPlanningTemplate({ group, term, firstMeeting: first, lang: "sv" });
    const meetings = template
      .find((x) => x.table === TEMPLATE_TABLE_NAMES["Möten"])!
      .rows.map((r) => isoDate(r[0] as number));
    assert.deepEqual(
      await page.$$eval("#confirm-meetings li", (li) => li.map((x) => x.textContent)),
      meetings
    );
    assert.equal(await page.textContent("#confirm-term"), "VT 2026");
    assert.match((await page.textContent("#confirm-group")) ?? "", /^VerkSam Jönköping 2 \(/);
    assert.equal(
      await page.textContent("#confirm-sheets"),
      "Inställningar, Stängda dagar, Enheter, Möten, Ärenden"
    );
    assert.match((await page.textContent("#create-confirm")) ?? "", /Ctrl\+Z kan inte ångra/);
    assert.equal(
      await page.textContent("#empty-workbook"),
      "Arbetsboken är tom.",
      "nothing written yet"
    );
    await busyLog(page);

    // Confirmed: the book, and the answer where the button was.
    const created = await pressAction(page, "Ja, skapa planeringsboken");
    assert.equal(
      created,
      `Planeringsboken är skapad med ${meetings.length} möten. Nästa steg: fyll i Ärenden (steg 2).`
    );
    assert.ok(await inViewport(page, "#create-status"), "the answer is in view");
    const log = await busyLog(page);
    assert.deepEqual(log.busy, ["create-yes"], "busy: the pressed button only");
    assert.deepEqual(
      log.said.filter((x) => x === sv.busy),
      [sv.busy],
      "Arbetar … once"
    );
    // The book exists: Översikt is shown, the answer above it; the form is out of the way.
    assert.deepEqual(await sections(page), ["todo", "deadlines"]);
    assert.deepEqual(
      (await tabs(page)).filter((v) => v !== "forbund"),
      ["oversikt", "arenden", "moten", "meddela", "statistik"]
    );
    assert.equal(await page.$eval("#create-status", (e) => e.parentElement?.id), "pane-notice");
    assert.equal(await page.isHidden("#create-form"), true);
    assert.equal(await page.getAttribute("#todo-next", "data-date"), meetings[0]);
    assert.equal(await page.isDisabled("#copy-statistics"), true, "nothing to copy yet");

    // Two cases, typed into Ärenden; the second one on the row below the table extends it.
    await page.click('[data-sheet-tab="Ärenden"]');
    const rows: [string, string, string, string, string, string][] = [
      [meetings[0], "J2-26-001", "Kommun", "Norrahammars VC", "Ja", "2025-11-19"],
      [meetings[0], "J2-26-002", "Region", "Norrahammars VC", "", TODAY],
    ];
    for (let i = 0; i < rows.length; i++)
      for (let c = 0; c < rows[i].length; c++)
        if (rows[i][c] !== "") await typeInto(page, `${"ABCDEF"[c]}${i + 2}`, rows[i][c]);
    // A value outside Samtycke's list is refused, as Excel's data validation does.
    await page.click('#sheet-panel td[data-cell="E3"]');
    await page.fill("#cell-editor", "Kanske");
    await page.press("#cell-editor", "Enter");
    assert.match((await page.textContent("#cell-message")) ?? "", /Tillåtet: Ja, Nej/);
    await page.press("#cell-editor", "Escape");

    // The same workbook in Node, for what the pane must show.
    const expected = new MemoryWorkbook();
    await createPlanningWorkbook(expected, { group, term, firstMeeting: first, lang: "sv" });
    rows.forEach((row, i) =>
      row.forEach((text, c) => {
        const value: CellValue = text === "" ? null : c === 0 || c === 5 ? d(text) : text;
        if (value !== null) expected.setCellValue("Ärenden", i + 1, c, value);
      })
    );
    const scheduled = await runAction(expected, "schedule", { today, lang: "sv" });
    assert.equal(scheduled.ok, true, scheduled.message);

    // The schedule: the answer under its button, in view; the button alone busy.
    await openView(page, "moten");
    await page.locator("#make-schedule").scrollIntoViewIfNeeded();
    await busyLog(page);
    const line = await pressAction(page, "Skapa mötesschema");
    assert.equal(line, sv.scheduleDone(scheduled.message));
    assert.ok(await inViewport(page, "#schedule-status"), "the answer is in view");
    assert.deepEqual((await busyLog(page)).busy, ["make-schedule"]);
    assert.equal(
      await page.getAttribute("#schedule-status", "class"),
      `status ${scheduled.result!.findings.some((f) => f.severity === "error") ? "error" : scheduled.result!.findings.length > 0 ? "warning" : "ok"}`
    );

    // Att göra: the next meeting's deadlines, from the book's own settings and closed days.
    const todo = buildTodo(scheduled.result!, today);
    const next = todo.nextMeeting!;
    assert.equal(isoDate(next.date), meetings[0]);
    assert.equal(next.caseCount, 2);
    assert.equal(await page.getAttribute("#todo-next", "data-date"), meetings[0]);
    assert.match(
      (await page.textContent("#todo-next")) ?? "",
      new RegExp(longDate(next.date, "sv"))
    );
    assert.equal(await page.textContent("#todo-case-deadline"), deadlineText(next.caseDeadline!));
    assert.equal(
      await page.textContent("#todo-release-deadline"),
      deadlineText(next.releaseDeadline!)
    );
    assert.match((await page.textContent("#todo-case-deadline")) ?? "", /om \d+ arbetsdagar$/);
    assert.deepEqual(next.released, ["Råslätts VC"]);
    assert.equal(
      await page.textContent("#todo-release"),
      sv.release(next.released, longDate(next.releaseDeadline!.date, "sv"))
    );
    assert.deepEqual(
      next.withoutConsent.map((c) => c.code),
      ["J2-26-002"]
    );
    assert.equal(
      await page
        .locator("#todo .todo-cases button", { hasText: "J2-26-002" })
        .first()
        .textContent(),
      "J2-26-002 (Ärenden!E3)"
    );

    // Statistics, then copy: the earlier answer is gone, the copy enabled.
    const statistics = await runAction(expected, "statistics", { today, lang: "sv" });
    assert.equal(await pressAction(page, "Skapa statistik"), sv.statisticsDone(statistics.message));
    assert.equal(await page.textContent("#schedule-status"), "", "no stale answer");
    assert.equal(await page.isDisabled("#copy-statistics"), false);
    const choice = statistics.copyChoices.find((c) => c.row.kind === "meeting" && c.row.cases > 0)!;
    assert.equal(
      await page.$eval("#copy-choice", (s) => (s as HTMLSelectElement).selectedOptions[0].text),
      choice.label
    );
    await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await page.waitForSelector("#copy-status:not([hidden])");
    assert.equal(await page.textContent("#copy-status"), sv.copied(choice.label));
    assert.ok(await inViewport(page, "#copy-status"), "the answer is in view");
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      statisticsClipboardText(choice.row, "sv")
    );
    await page.close();
  });

  it("the sample's Att göra on its fixed today (2025-11-20)", async () => {
    const page = await open("");
    assert.deepEqual(await sections(page), ["todo", "deadlines"], "Översikt first");
    const result = plan(sampleWorkbook("sv"), { today: SAMPLE_TODAY, lang: "sv" });
    const todo = buildTodo(result, SAMPLE_TODAY);
    const next = todo.nextMeeting!;
    assert.equal(await page.getAttribute("#todo-next", "data-date"), isoDate(next.date));
    assert.equal(isoDate(next.date), "2025-12-30");
    assert.match(
      (await page.textContent("#todo-next")) ?? "",
      /^tisdag 30 december 2025, kl\. 09:00Digitalt · möte 4 av 4 · \d+ ärenden$/
    );
    assert.equal(await page.textContent("#todo-case-deadline"), deadlineText(next.caseDeadline!));
    assert.equal(
      await page.textContent("#todo-case-deadline"),
      "onsdag 17 december 2025 — om 19 arbetsdagar"
    );
    assert.equal(
      await page.textContent("#todo-release-deadline"),
      "torsdag 18 december 2025 — om 20 arbetsdagar"
    );
    const f = todo.followUp;
    assert.equal(
      await page.textContent("#todo-follow-up"),
      sv.followUp(sv.month12(2025), f.held, f.meetings, f.cases)
    );
    // The held meetings lacking outcomes: each case a button that selects its Utfall cell.
    const missing = todo.missingOutcomes.flatMap((m) => m.cases);
    assert.ok(missing.length > 0);
    await page.locator("#todo-outcomes button", { hasText: missing[0].code }).click();
    const [sheet, address] = missing[0].cell.split("!");
    await page.waitForSelector(
      `#sheet-panel[data-sheet="${sheet}"] td.selected[data-cell="${address}"]`
    );
    await page.close();
  });

  it("made no request to any other origin and raised no page error", () => {
    assert.deepEqual(preview.session.foreignRequests, []);
    assert.deepEqual(preview.session.pageErrors, []);
  });
});
