/**
 * Lägg till nästa termin (R1) on the in-memory workbook: the sample's VT 2026 after
 * 2025-12-30, the live formulas in the new rows, a second click refused, a hand-made Möten
 * sheet, a 1904 workbook, and nothing changed when the action refuses.
 */
import { strict as assert } from "assert";
import {
  meetingFormulas,
  SAMPLE_TODAY,
  sampleTables,
  type CellValue,
} from "../../../src/core/planning";
import { addNextTerm, proposeNextTerm, runAction } from "../../../src/taskpane/actions";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { newTableFromTemplate } from "../../../src/workbook/workbook";
import { d } from "../../helpers/dates";

const options = { today: SAMPLE_TODAY, lang: "sv" as const };
const VT2026 = ["2026-02-10", "2026-03-24", "2026-05-05", "2026-06-16"].map(d);

async function sample(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.createTables(sampleTables("sv").map(newTableFromTemplate));
  wb.calls.createTables = 0;
  return wb;
}

function snapshot(wb: MemoryWorkbook): string {
  return JSON.stringify(wb.sheets.map((s) => [s.name, s.values, s.formulas, s.formats]));
}

/** The Möten rows as values (formulas evaluated), header first. */
function möten(wb: MemoryWorkbook): CellValue[][] {
  const sheet = wb.sheet("Möten")!;
  const [rows, cols] = wb.usedSize(sheet);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => wb.cellValue(sheet, r, c))
  );
}

describe("taskpane/actions: Lägg till nästa termin", () => {
  it("adds the sample's VT 2026 meetings after 2025-12-30, with live formulas, in one read and one append", async () => {
    const wb = await sample();
    const before = möten(wb);
    const outcome = await addNextTerm(wb, options);
    assert.equal(outcome.ok, true, outcome.message);
    assert.equal(
      outcome.message,
      "VT 2026: 4 möten tillagda sist i Möten (2026-02-10, 2026-03-24, 2026-05-05, 2026-06-16)."
    );
    assert.deepEqual({ read: wb.calls.read, append: wb.calls.appendRows }, { read: 1, append: 1 });
    const after = möten(wb);
    assert.deepEqual(after.slice(0, before.length), before, "existing rows unchanged");
    const added = after.slice(before.length);
    assert.deepEqual(
      added.map((r) => r[0]),
      VT2026
    );
    assert.deepEqual(
      added.map((r) => [r[1], r[2], r[3]]),
      VT2026.map(() => [null, "Fysiskt", null])
    );
    const sheet = wb.sheet("Möten")!;
    const f = meetingFormulas("sv");
    for (let i = 0; i < added.length; i++) {
      const row = before.length + i;
      assert.deepEqual(
        [4, 5, 6].map((c) => sheet.formulas[row]?.[c]),
        [f.caseDeadline, f.releaseDeadline, f.released]
      );
    }
    // The outcome is the planner's run on the tables with the new rows (no second read).
    assert.deepEqual(outcome.result!.schedule.map((r) => r.date).slice(-4), VT2026);
    assert.deepEqual(outcome.result!.repairs, []);
    const check = await runAction(wb, "check", options);
    assert.deepEqual(
      check.result!.schedule.map((r) => [r.date, r.caseDeadline, r.releaseDeadline]),
      outcome.result!.schedule.map((r) => [r.date, r.caseDeadline, r.releaseDeadline])
    );
    assert.deepEqual(check.result!.repairs, [], "the formulas are the template's");
  });

  it("a second click refuses: Möten already holds the next term, nothing changes", async () => {
    const wb = await sample();
    assert.equal((await addNextTerm(wb, options)).ok, true);
    const snap = snapshot(wb);
    const second = await addNextTerm(wb, options);
    assert.equal(second.ok, false);
    assert.match(second.message, /redan nästa termins möten \(det senaste är 2026-06-16\)/);
    assert.equal(snapshot(wb), snap);
    assert.equal(wb.calls.appendRows, 1);
    // In the new term (today in VT 2026), HT 2026 may be added.
    const later = await addNextTerm(wb, { today: d("2026-03-01"), lang: "sv" });
    assert.equal(later.ok, true, later.message);
    assert.match(later.message, /^HT 2026: /);
  });

  it("refuses when the confirmed dates are not the ones read now, and writes nothing", async () => {
    const wb = await sample();
    const snap = snapshot(wb);
    const outcome = await addNextTerm(wb, { ...options, expected: [d("2026-02-11")] });
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /har ändrats/);
    assert.equal(snapshot(wb), snap);
    const ok = await addNextTerm(wb, { ...options, expected: VT2026 });
    assert.equal(ok.ok, true);
  });

  it("proposeNextTerm: an old book whose next term is over is refused with a way on", async () => {
    const wb = await sample();
    const read = await runAction(wb, "check", options);
    const proposal = proposeNextTerm(read.result!.model, d("2026-09-01"), "sv");
    assert.equal(proposal.ok, false);
    assert.ok(!proposal.ok && /redan passerat/.test(proposal.message));
    const en = proposeNextTerm(read.result!.model, SAMPLE_TODAY, "en");
    assert.deepEqual(en, { ok: true, label: "Spring 2026", dates: VT2026 });
  });

  it("on a hand-made Möten sheet: A1 formulas for the deadlines, Frigörs left empty and said so", async () => {
    const wb = new MemoryWorkbook();
    const tables = sampleTables("sv");
    for (const t of tables) {
      if (t.sheet === "Möten") continue;
      await wb.createTables([newTableFromTemplate(t)]);
    }
    const m = tables.find((t) => t.sheet === "Möten")!;
    wb.addPlainSheet("Möten", [[...m.header], ...m.rows.map((r) => [...r])]);
    const outcome = await addNextTerm(wb, options);
    assert.equal(outcome.ok, true, outcome.message);
    assert.match(outcome.message, /Frigörs har lämnats tom/);
    const sheet = wb.sheet("Möten")!;
    const first = m.rows.length + 1; // 0-based row of the first new row
    assert.equal(sheet.values[first][0], VT2026[0]);
    assert.equal(
      sheet.formulas[first][4],
      `=VERKSAM.WORKDAYS_BEFORE_MEETING(A${first + 1},6,'Stängda dagar'!$A$2:$A$1000)`
    );
    assert.equal(
      sheet.formulas[first][5],
      `=VERKSAM.WORKDAYS_BEFORE_MEETING(A${first + 1},5,'Stängda dagar'!$A$2:$A$1000)`
    );
    assert.equal(sheet.formulas[first]?.[6] ?? null, null);
    // (The in-memory workbook evaluates only the template's formulas, so these are checked as text.)
    const schedule = outcome.result!.schedule.map((r) => r.date);
    assert.deepEqual(schedule.slice(-4), VT2026);
  });

  it("writes dates in the workbook's own system (1904)", async () => {
    const wb = new MemoryWorkbook();
    wb.dateSystem = "1904";
    const { rowsFrom1900 } = await import("../../../src/core/planning");
    await wb.createTables(
      sampleTables("sv").map((t) => newTableFromTemplate(rowsFrom1900(t, "1904")))
    );
    const outcome = await addNextTerm(wb, options);
    assert.equal(outcome.ok, true, outcome.message);
    const rows = möten(wb);
    assert.deepEqual(
      rows.slice(-4).map((r) => r[0]),
      VT2026.map((s) => s - 1462)
    );
  });

  it("a workbook without Möten meetings is refused with the core's reason", async () => {
    const wb = await sample();
    const sheet = wb.sheet("Möten")!;
    for (let r = 1; r < sheet.values.length; r++) sheet.values[r][0] = null;
    const outcome = await addNextTerm(wb, options);
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /inget möte att fortsätta från/);
    assert.equal(wb.calls.appendRows, 0);
  });
});
