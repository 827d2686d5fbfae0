/**
 * Typing into the preview's grid: what a typed text becomes (as Excel reads typed input), and
 * a row typed just below a table extending it, with its formulas and formats.
 */
import { strict as assert } from "assert";
import { GROUP_PRESETS } from "../../../src/core/planning";
import { createPlanningWorkbook, runAction } from "../../../src/taskpane/actions";
import { parseTyped } from "../../../src/taskpane/ui/grid-view";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { d } from "../../helpers/dates";

describe("taskpane/ui/grid-view: typed input in the preview", () => {
  it("reads dates, times, numbers and text as Excel does, text cells staying text", () => {
    assert.deepEqual(parseTyped("2026-01-15", "yyyy-mm-dd"), {
      ok: true,
      value: d("2026-01-15"),
      format: "yyyy-mm-dd",
    });
    assert.deepEqual(parseTyped("9:30", "hh:mm"), { ok: true, value: 570 / 1440, format: "hh:mm" });
    assert.deepEqual(parseTyped("1,5", null), { ok: true, value: 1.5 });
    assert.deepEqual(parseTyped("0123", "@"), { ok: true, value: "0123" });
    assert.deepEqual(parseTyped("J2-26-001", "@"), { ok: true, value: "J2-26-001" });
    assert.deepEqual(parseTyped("Ja", null), { ok: true, value: "Ja" });
    assert.deepEqual(parseTyped("  ", null), { ok: true, value: null });
    assert.deepEqual(parseTyped("=1+1", null), { ok: false, problem: "formula" });
  });

  it("a case typed on the row below Ärenden extends the table, and the planner reads it", async () => {
    const wb = new MemoryWorkbook();
    const group = GROUP_PRESETS.find((g) => g.id === "jonkoping-2")!;
    await createPlanningWorkbook(wb, {
      group,
      term: { half: "VT", year: 2026 },
      firstMeeting: d("2026-01-15"),
      lang: "sv",
    });
    const ärenden = wb.sheet("Ärenden")!;
    const meetingDate = d("2026-01-15");
    for (const row of [1, 2]) {
      wb.setCellValue("Ärenden", row, 0, meetingDate);
      wb.setCellValue("Ärenden", row, 1, `J2-26-00${row}`);
      wb.setCellValue("Ärenden", row, 3, "Norrahammars VC");
    }
    assert.equal(ärenden.tables[0].rows, 2);
    assert.equal(wb.cellFormat(ärenden, 2, 0), "yyyy-mm-dd", "the new row has the table's formats");
    // A Möten row typed below the table gets the deadline formulas.
    const möten = wb.sheet("Möten")!;
    const below = möten.tables[0].rows + 1;
    wb.setCellValue("Möten", below, 0, d("2026-06-02"));
    assert.ok(String(möten.formulas[below][4]).startsWith("=VERKSAM."));
    const outcome = await runAction(wb, "check", { today: d("2025-11-20"), lang: "sv" });
    assert.equal(outcome.result!.model.cases.length, 2);
    assert.equal(outcome.result!.model.meetings.length, 5);
    assert.deepEqual(outcome.repairs, []);
  });
});
