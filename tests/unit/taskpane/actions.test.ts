import { strict as assert } from "assert";
import { GROUP_PRESETS, SAMPLE_TODAY, sampleTables } from "../../../src/core/planning";
import {
  createPlanningWorkbook,
  refillMeetingFormulas,
  runAction,
  splitCellReference,
} from "../../../src/taskpane/actions";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { newTableFromTemplate } from "../../../src/workbook/workbook";
import { d } from "../../helpers/dates";

async function sample(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.createTables(sampleTables("sv").map(newTableFromTemplate));
  return wb;
}

/** Everything a sheet holds, for before/after comparisons. */
function snapshot(wb: MemoryWorkbook): string {
  return JSON.stringify(
    wb.sheets.map((s) => ({
      name: s.name,
      values: s.values,
      formulas: s.formulas,
      formats: s.formats,
      props: [...s.properties],
    }))
  );
}

const options = { today: SAMPLE_TODAY, lang: "sv" as const };

describe("taskpane/actions (on the in-memory workbook)", () => {
  it("Skapa mötesschema writes Mötesschema and Dagordning in one read and one write, and reports one line", async () => {
    const wb = await sample();
    const outcome = await runAction(wb, "schedule", options);
    assert.equal(outcome.ok, true);
    assert.match(outcome.message, /^4 möten, 30 ärenden, 2 fel, 4 varningar$/);
    assert.ok(wb.sheet("Mötesschema") && wb.sheet("Dagordning"));
    assert.equal(wb.sheet("Statistik"), undefined);
    assert.deepEqual({ read: wb.calls.read, write: wb.calls.writeSheets }, { read: 1, write: 1 });
  });

  it("running an action twice replaces its own output and nothing else", async () => {
    const wb = await sample();
    await runAction(wb, "schedule", options);
    const first = snapshot(wb);
    await runAction(wb, "schedule", options);
    assert.equal(snapshot(wb), first);
    assert.equal(wb.sheets.filter((s) => s.name === "Mötesschema").length, 1);
  });

  it("never overwrites a person's sheet called Mötesschema: says so and writes nothing at all", async () => {
    const wb = await sample();
    wb.addPlainSheet("Mötesschema", [["Mina anteckningar"], ["Ring Råslätts VC"]]);
    const before = snapshot(wb);
    const outcome = await runAction(wb, "schedule", options);
    assert.equal(outcome.ok, false);
    assert.match(
      outcome.message,
      /^Bladet Mötesschema finns redan och är inte skapat av VerkSam-planeraren\./
    );
    assert.equal(snapshot(wb), before, "the workbook is as it was (no Dagordning either)");
    assert.equal(wb.calls.writeSheets, 0);
  });

  it("names two sheets of a person's in the plural, in Swedish and English", async () => {
    const wb = await sample();
    wb.addPlainSheet("Mötesschema", [["Mina anteckningar"]]);
    wb.addPlainSheet("Dagordning", [["Mina anteckningar"]]);
    const sv = await runAction(wb, "schedule", options);
    assert.match(
      sv.message,
      /^Bladen Mötesschema, Dagordning finns redan och är inte skapade av VerkSam-planeraren\. Byt namn på dem/
    );
    const en = await runAction(wb, "schedule", { ...options, lang: "en" });
    assert.match(
      en.message,
      /^The sheets Mötesschema, Dagordning already exist and were not made by/
    );
  });

  it("Skapa statistik writes Statistik with a total row per half-year", async () => {
    const wb = await sample();
    const outcome = await runAction(wb, "statistics", options);
    assert.equal(outcome.ok, true);
    const stats = wb.sheet("Statistik")!;
    assert.ok(
      stats.values.some((r) => typeof r[0] === "string" && r[0].startsWith("Totalt jul–dec 2025"))
    );
    assert.ok(outcome.copyChoices.length >= 5);
  });

  it("Kontrollera reads and writes nothing, and returns findings with the cell to select", async () => {
    const wb = await sample();
    const outcome = await runAction(wb, "check", options);
    assert.equal(wb.calls.writeSheets, 0);
    // Case 7 of the sample has Samtycke "Nej" (Ärenden!E8): an error that selects its cell.
    const consent = outcome.findings.find((f) => f.target?.address === "E8");
    assert.deepEqual(consent?.target, { sheet: "Ärenden", address: "E8" });
    assert.equal(consent?.severity, "error");
    assert.equal(wb.calls.read, 1);
  });

  it("a workbook without the planning tables gets a clear message", async () => {
    const outcome = await runAction(new MemoryWorkbook(), "schedule", options);
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /Skapa planeringsboken först/);
  });

  it("Skapa planeringsbok creates the five tables once, and the second time changes nothing", async () => {
    const wb = new MemoryWorkbook();
    const group = GROUP_PRESETS.find((g) => g.name === "VerkSam Habo")!;
    const created = await createPlanningWorkbook(wb, {
      group,
      term: { half: "VT", year: 2026 },
      firstMeeting: d("2026-01-20"),
      lang: "sv",
    });
    assert.equal(created.ok, true, created.message);
    assert.deepEqual(
      wb.sheets.map((s) => s.name),
      ["Inställningar", "Stängda dagar", "Enheter", "Möten", "Ärenden"]
    );
    const before = snapshot(wb);
    const again = await createPlanningWorkbook(wb, {
      group,
      term: { half: "VT", year: 2026 },
      firstMeeting: d("2026-01-20"),
      lang: "sv",
    });
    assert.equal(again.ok, false);
    assert.match(again.message, /finns redan/);
    assert.equal(snapshot(wb), before);
  });

  it("with today, Skapa planeringsbok returns the planner's run on the new book, still with one read", async () => {
    const wb = new MemoryWorkbook();
    const group = GROUP_PRESETS.find((g) => g.id === "jonkoping-2")!;
    const created = await createPlanningWorkbook(
      wb,
      { group, term: { half: "VT", year: 2026 }, firstMeeting: d("2026-01-15"), lang: "sv" },
      d("2025-11-20")
    );
    assert.equal(created.ok, true, created.message);
    assert.equal(wb.calls.read, 1);
    const result = created.result!;
    assert.deepEqual(
      result.schedule.map((r) => r.date),
      [d("2026-01-15"), d("2026-02-26"), d("2026-04-09"), d("2026-05-21")]
    );
    // The same as reading the book back.
    const read = await runAction(wb, "check", { today: d("2025-11-20"), lang: "sv" });
    assert.deepEqual(read.result!.schedule, result.schedule);
    assert.deepEqual(read.result!.statistics, result.statistics);
  });

  it("with today, Fyll i formlerna igen reads once and returns the checks of what it read", async () => {
    const wb = await sample();
    const möten = wb.sheet("Möten")!;
    möten.formulas[1][4] = null;
    möten.values[1][4] = 45000; // a value typed over Ärendefrist
    const checked = await runAction(wb, "check", options);
    assert.equal(checked.repairs!.flatMap((r) => r.rows).length, 1);
    const reads = wb.calls.read;
    const refilled = await refillMeetingFormulas(wb, "sv", SAMPLE_TODAY);
    assert.equal(refilled.ok, true, refilled.message);
    assert.equal(refilled.message, "Formeln är ifylld igen i 1 cell i Möten.");
    assert.equal(wb.calls.read, reads + 1, "one read");
    assert.deepEqual(refilled.repairs, []);
    assert.deepEqual(
      refilled.findings.map((f) => f.text),
      checked.findings.map((f) => f.text)
    );
    assert.deepEqual((await runAction(wb, "check", options)).repairs, []);
  });

  it("a workbook without planning tables is marked as having no book", async () => {
    const outcome = await runAction(new MemoryWorkbook(), "check", options);
    assert.equal(outcome.noBook, true);
    assert.equal((await runAction(await sample(), "check", options)).noBook, undefined);
  });

  it("splits cell references, quoted sheet names included", () => {
    assert.deepEqual(splitCellReference("Ärenden!E7"), { sheet: "Ärenden", address: "E7" });
    assert.deepEqual(splitCellReference("'Stängda dagar'!A2"), {
      sheet: "Stängda dagar",
      address: "A2",
    });
    assert.equal(splitCellReference("Möten"), undefined);
  });

  it("a failed read says nothing was written; a failed write says only the add-in's own sheets may have changed", async () => {
    const wb = await sample();
    const failingRead = Object.assign(Object.create(wb) as MemoryWorkbook, {
      read: () => Promise.reject(new Error("RichApi.Error: timeout")),
    });
    const r = await runAction(failingRead, "schedule", options);
    assert.equal(r.ok, false);
    assert.equal(
      r.message,
      "Arbetsboken kunde inte läsas (RichApi.Error: timeout). Inget har skrivits."
    );

    const failingWrite = Object.assign(Object.create(wb) as MemoryWorkbook, {
      read: wb.read.bind(wb),
      writeSheets: () => Promise.reject(new Error("payload too large")),
    });
    const w = await runAction(failingWrite, "schedule", options);
    assert.equal(w.ok, false);
    assert.match(
      w.message,
      /^Bladen kunde inte skrivas färdigt \(payload too large\)\. Bara tilläggets egna blad/
    );
    assert.ok(w.findings.length > 0, "the checks are still shown");
  });

  it("a first meeting outside the chosen term is refused with the template's message", async () => {
    const wb = new MemoryWorkbook();
    const outcome = await createPlanningWorkbook(wb, {
      group: GROUP_PRESETS[0],
      term: { half: "HT", year: 2026 },
      firstMeeting: d("2026-03-03"),
      lang: "sv",
    });
    assert.equal(outcome.ok, false);
    assert.ok(outcome.message.length > 0);
    assert.equal(wb.sheets.length, 0);
  });
});
