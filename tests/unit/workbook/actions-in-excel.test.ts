/**
 * The task pane's actions (create, read, schedule, statistics, select) through the real
 * OfficeWorkbook against the strict Excel double, at 1 000, 10 000 and 100 000 cases, in
 * both date systems: what a coordinator does, in an Excel that rejects what Excel rejects.
 */
import { strict as assert } from "assert";
import { serialFromDate } from "../../../src/core/dates/serial";
import { GROUP_PRESETS, OUTPUT_SHEET_NAMES, type CellValue } from "../../../src/core/planning";
import {
  addNextTerm,
  createPlanningWorkbook,
  refillMeetingFormulas,
  runAction,
} from "../../../src/taskpane/actions";
import { LEGACY_MEETING_FORMULAS, meetingFormulas } from "../../../src/core/planning";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../helpers/excel-double";

const GROUP = GROUP_PRESETS.find((g) => g.id === "jonkoping-2")!;
const FIRST = serialFromDate(2025, 8, 26);
const MEETINGS = [
  FIRST,
  serialFromDate(2025, 10, 7),
  serialFromDate(2025, 11, 18),
  serialFromDate(2025, 12, 30),
];
const TODAY = serialFromDate(2025, 11, 20);
const OPTIONS = { today: TODAY, lang: "sv" as const };

/** `n` cases over the four meetings (serials in the workbook's system), as a person types them. */
function caseRows(n: number, offset: number): CellValue[][] {
  const units = ["Norrahammars VC", "Råslätts VC", "Jönköpings kommun"];
  return Array.from({ length: n }, (_, i) => [
    MEETINGS[i % 3] - offset,
    i === 0 ? "0123" : i === 1 ? "1-2" : `J2-${i + 1}`,
    i % 2 ? "Region" : "Kommun",
    units[i % 3],
    "Ja",
    MEETINGS[i % 3] - 14 - offset,
    "Samordning kring stöd",
    "SIP",
    20,
  ]);
}

async function planningBook(
  n: number,
  dateSystem: "1900" | "1904" = "1900"
): Promise<{ excel: ExcelDouble; workbook: OfficeWorkbook }> {
  const excel = new ExcelDouble();
  excel.model.dateSystem = dateSystem;
  excel.model.addSheet("Blad1");
  const workbook = new OfficeWorkbook(excel.run);
  const created = await createPlanningWorkbook(workbook, {
    group: GROUP,
    term: { half: "HT", year: 2025 },
    firstMeeting: FIRST,
    lang: "sv",
  });
  assert.equal(created.ok, true, created.message);
  excel.model.typeRows("Ärenden", caseRows(n, dateSystem === "1904" ? 1462 : 0));
  return { excel, workbook };
}

function everySyncUnderLimit(excel: ExcelDouble): void {
  for (const s of excel.syncRecords) {
    assert.ok(s.requestBytes < PAYLOAD_LIMIT_BYTES, `request ${s.requestBytes}`);
    assert.ok(s.responseBytes < PAYLOAD_LIMIT_BYTES, `response ${s.responseBytes}`);
  }
}

describe("taskpane/actions through OfficeWorkbook and the strict Excel double", function () {
  this.timeout(120000);

  it("Skapa planeringsbok creates the five tables with live formulas in an empty workbook", async () => {
    const excel = new ExcelDouble();
    excel.model.addSheet("Blad1");
    const outcome = await createPlanningWorkbook(new OfficeWorkbook(excel.run), {
      group: GROUP,
      term: { half: "HT", year: 2025 },
      firstMeeting: FIRST,
      lang: "sv",
    });
    assert.equal(outcome.ok, true, outcome.message);
    assert.deepEqual(
      excel.model.tables().map((t) => t.name),
      ["Inställningar", "Stängda_dagar", "Enheter", "Möten", "Ärenden"]
    );
    const möten = excel.model.grid("Möten");
    assert.deepEqual(
      möten.slice(1).map((r) => r[0]),
      MEETINGS
    );
    assert.ok(
      String(excel.model.formulas("Möten", { row: 1, col: 4, rows: 1, cols: 1 })[0][0]).startsWith(
        "="
      )
    );
    assert.equal(excel.syncsPerRun.length, 2, "one read and one create");
  });

  it("refuses when a defined name Möten exists, and writes nothing", async () => {
    const excel = new ExcelDouble();
    excel.model.addSheet("Blad1");
    excel.model.names.set("Möten", "=Blad1!$A$1");
    const before = excel.model.snapshot();
    const outcome = await createPlanningWorkbook(new OfficeWorkbook(excel.run), {
      group: GROUP,
      term: { half: "HT", year: 2025 },
      firstMeeting: FIRST,
      lang: "sv",
    });
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /Namnet Möten används redan/);
    assert.deepEqual(excel.model.snapshot(), before);
  });

  for (const n of [1000, 10000]) {
    it(`schedule, statistics, checks and select at ${n} cases`, async () => {
      const { excel, workbook } = await planningBook(n);
      const runs = excel.syncsPerRun.length;
      const schedule = await runAction(workbook, "schedule", OPTIONS);
      assert.equal(schedule.ok, true, schedule.message);
      assert.match(schedule.message, new RegExp(`^4 möten, ${n} ärenden`));
      const agenda = excel.model.grid(OUTPUT_SHEET_NAMES.agenda);
      assert.ok(agenda.length > 3);
      const statistics = await runAction(workbook, "statistics", OPTIONS);
      assert.equal(statistics.ok, true, statistics.message);
      const check = await runAction(workbook, "check", OPTIONS);
      assert.equal(check.ok, true);
      await workbook.select("Ärenden", "B7");
      assert.deepEqual(excel.model.selection, { sheet: "Ärenden", address: "B7" });
      const syncs = excel.syncsPerRun.slice(runs);
      // schedule: read + write; statistics: read + write; check: read; select.
      assert.equal(syncs.length, 6);
      assert.ok(
        syncs.every((s) => s <= 5),
        JSON.stringify(syncs)
      );
      everySyncUnderLimit(excel);
    });
  }

  it("schedule and statistics at 100 000 cases: every sync under 5 MB", async () => {
    const { excel, workbook } = await planningBook(100000);
    const schedule = await runAction(workbook, "schedule", OPTIONS);
    assert.equal(schedule.ok, true, schedule.message);
    assert.match(schedule.message, /^4 möten, 100000 ärenden/);
    const statistics = await runAction(workbook, "statistics", OPTIONS);
    assert.equal(statistics.ok, true, statistics.message);
    everySyncUnderLimit(excel);
  });

  it("keeps case codes that Excel would turn into numbers or dates as typed in Dagordning", async () => {
    const { excel, workbook } = await planningBook(2); // each code alone in its slot
    await runAction(workbook, "schedule", OPTIONS);
    const texts = excel.model
      .grid(OUTPUT_SHEET_NAMES.agenda)
      .flat()
      .filter((v) => typeof v === "string");
    assert.ok(
      texts.some((t) => /(^|, )0123(,|$)/.test(t as string)),
      JSON.stringify(texts)
    );
    assert.ok(
      texts.some((t) => /(^|, )1-2(,|$)/.test(t as string)),
      JSON.stringify(texts)
    );
  });

  it("gives the same schedule in a 1904 workbook, with its dates written in the 1904 system", async () => {
    const a = await planningBook(30, "1900");
    const b = await planningBook(30, "1904");
    assert.deepEqual(
      b.excel.model
        .grid("Möten")
        .slice(1)
        .map((r) => r[0]),
      MEETINGS.map((m) => m - 1462),
      "the template's meeting dates in 1904 serials"
    );
    const ra = await runAction(a.workbook, "schedule", OPTIONS);
    const rb = await runAction(b.workbook, "schedule", OPTIONS);
    assert.equal(rb.message, ra.message);
    assert.deepEqual(
      rb.findings.map((f) => f.text),
      ra.findings.map((f) => f.text)
    );
    const sa = a.excel.model.grid(OUTPUT_SHEET_NAMES.schedule);
    const sb = b.excel.model.grid(OUTPUT_SHEET_NAMES.schedule);
    const dateCols = sa[0]
      .map((_, j) => j)
      .filter(
        (j) =>
          a.excel.model.formats(OUTPUT_SHEET_NAMES.schedule, {
            row: 1,
            col: j,
            rows: 1,
            cols: 1,
          })[0][0] === "yyyy-mm-dd"
      );
    assert.ok(dateCols.length >= 3, "date, case deadline, release deadline");
    for (let r = 1; r < sa.length; r++)
      sa[r].forEach((v, j) =>
        assert.deepEqual(
          sb[r][j],
          dateCols.includes(j) && typeof v === "number" ? v - 1462 : v,
          `row ${r} col ${j}`
        )
      );
  });

  describe("the Möten formulas (Kontroller)", () => {
    const current = meetingFormulas("sv");
    const cells = (excel: ExcelDouble, rows: number) =>
      excel.model.formulas("Möten", { row: 1, col: 4, rows, cols: 3 });

    it("finds formula cells left empty, typed over, or from an earlier version, and refills exactly those", async () => {
      const { excel, workbook } = await planningBook(3);
      // A row added with AutoCorrect's "Fill formulas in tables" off: no formulas.
      excel.model.typeRows("Möten", [[serialFromDate(2026, 1, 13), null, "Fysiskt"]], {
        fillFormulas: false,
      });
      excel.model.typeInto("Möten", "E2", 45880); // a date typed over Ärendefrist
      excel.model.typeInto("Möten", "G3", "Råslätts VC"); // typed over Frigörs
      excel.model.need("Möten").cells.get(3)!.get(5)!.formula =
        LEGACY_MEETING_FORMULAS.sv.releaseDeadline;
      excel.model.need("Möten").cells.get(4)!.get(6)!.formula = '=IF(TRUE,"egen","")'; // a person's own
      const check = await runAction(workbook, "check", OPTIONS);
      const found = check.repairs!.flatMap((r) => r.rows.map((x) => `${x.cell} ${x.problem}`));
      assert.deepEqual(found.sort(), [
        "Möten!E2 overwritten",
        "Möten!E6 missing",
        "Möten!F4 outdated",
        "Möten!F6 missing",
        "Möten!G3 overwritten",
        "Möten!G6 missing",
      ]);
      const untouched = excel.model.formulas("Möten", { row: 4, col: 6, rows: 1, cols: 1 });
      const outcome = await refillMeetingFormulas(workbook, "sv");
      assert.equal(outcome.ok, true, outcome.message);
      assert.equal(outcome.message, "Formlerna är ifyllda igen i 6 celler i Möten.");
      const after = cells(excel, 5);
      for (const row of after.slice(0, 3).concat([after[4]]))
        assert.deepEqual(row.slice(0, 2), [current.caseDeadline, current.releaseDeadline]);
      assert.equal(after[1][2], current.released);
      assert.deepEqual(
        excel.model.formulas("Möten", { row: 4, col: 6, rows: 1, cols: 1 }),
        untouched,
        "a person's own formula stays"
      );
      assert.deepEqual((await runAction(workbook, "check", OPTIONS)).repairs, []);
      assert.equal(
        (await refillMeetingFormulas(workbook, "sv")).message,
        "Alla formler i Möten är på plats; inget har ändrats."
      );
    });

    it("offers nothing for a freshly created planning book", async () => {
      const { workbook } = await planningBook(5);
      assert.deepEqual((await runAction(workbook, "check", OPTIONS)).repairs, []);
    });
  });

  describe("Lägg till nästa termin", () => {
    for (const system of ["1900", "1904"] as const) {
      it(`appends the next term's meetings to the Möten table in one batch, formulas Excel accepts (${system})`, async () => {
        const { excel, workbook } = await planningBook(5, system);
        const before = excel.model.formulas("Möten", { row: 0, col: 0, rows: 5, cols: 7 });
        const runs = excel.syncsPerRun.length;
        const outcome = await addNextTerm(workbook, OPTIONS);
        assert.equal(outcome.ok, true, outcome.message);
        assert.deepEqual(
          excel.model.formulas("Möten", { row: 0, col: 0, rows: 5, cols: 7 }),
          before,
          "no existing row changed"
        );
        const offset = system === "1904" ? 1462 : 0;
        const added = excel.model
          .grid("Möten")
          .slice(5)
          .map((r) => r[0]);
        assert.deepEqual(
          added,
          [
            serialFromDate(2026, 2, 10),
            serialFromDate(2026, 3, 24),
            serialFromDate(2026, 5, 5),
            serialFromDate(2026, 6, 16),
          ].map((d) => d - offset)
        );
        const formulas = excel.model.formulas("Möten", { row: 5, col: 4, rows: 4, cols: 3 });
        const current = meetingFormulas("sv");
        for (const row of formulas)
          assert.deepEqual(row, [current.caseDeadline, current.releaseDeadline, current.released]);
        // Written under the table, which grows by itself (no table.rows.add: co-authoring).
        assert.equal(excel.model.log.filter((l) => /^add \d+ rows to /.test(l)).length, 0);
        assert.equal(excel.model.table("Möten")!.rows, 9);
        assert.ok(excel.model.log.includes("expand table Möten to 9 rows"));
        assert.equal(excel.syncsPerRun.length - runs, 2, "one read, one append");
        assert.deepEqual((await runAction(workbook, "check", OPTIONS)).repairs, []);
      });
    }
  });
});
