import { strict as assert } from "assert";
import {
  containsPersonnummer,
  formatFinding,
  oneLineResult,
  plan as runPlan,
  SAMPLE_TODAY,
  sampleTables,
  sampleWorkbook,
} from "../../../src/core/planning";
import { d } from "./helpers";

describe("planning/sample", () => {
  it("is VerkSam Jönköping 2, HT 2025, four meetings and 30 cases", () => {
    const r = runPlan(sampleWorkbook(), { today: SAMPLE_TODAY, lang: "sv" });
    assert.equal(r.model.settings.group, "VerkSam Jönköping 2");
    assert.deepEqual(
      r.model.units.map((u) => `${u.name}:${u.type}`),
      [
        "Jönköpings kommun:Kommun",
        "Norrahammars VC:Region",
        "Råslätts VC:Region",
        "Arbetsförmedlingen:AF",
        "Försäkringskassan:FK",
      ]
    );
    assert.deepEqual(
      r.schedule.map((m) => m.date),
      [d("2025-08-26"), d("2025-10-07"), d("2025-11-18"), d("2025-12-30")]
    );
    assert.equal(r.model.cases.length, 30);
    assert.equal(oneLineResult(r.summary, "sv"), "4 möten, 30 ärenden, 2 fel, 4 varningar");
    assert.deepEqual(
      r.findings.map((f) => `${f.code} ${f.cell}`),
      [
        "notified-late Ärenden!F7",
        "consent-no Ärenden!E8",
        "notified-late Ärenden!F15",
        "consent-blank Ärenden!E17",
        "notified-late Ärenden!F23",
        "consent-no Ärenden!E24",
      ]
    );
    // The planning day 2025-11-17 moves meeting 3's case deadline from 11-10 to 11-07.
    assert.equal(r.schedule[2].caseDeadline, d("2025-11-07"));
    assert.deepEqual(
      r.schedule.map((m) => m.released.join(",")),
      ["", "", "Råslätts VC", ""]
    );
    assert.deepEqual(
      r.statistics.rows.map((x) => x.held),
      [1, 1, 1, 0, 3]
    );
  });

  it("is deterministic and free of personnummer", () => {
    assert.deepEqual(sampleWorkbook(), sampleWorkbook());
    for (const t of sampleTables()) {
      for (const row of [t.header, ...t.rows])
        for (const v of row) assert.equal(containsPersonnummer(v), false, String(v));
    }
    const r = runPlan(sampleWorkbook(), { today: SAMPLE_TODAY, lang: "sv" });
    assert.equal(
      r.findings.some((f) => f.code === "personnummer"),
      false
    );
    const codes = r.model.cases.map((c) => c.code);
    assert.equal(codes[0], "J2-25-001");
    assert.equal(codes[29], "J2-25-030");
    assert.equal(r.model.cases.filter((c) => c.question !== "").length, 1);
  });

  it("sample tables carry the formulas' computed values for the preview", () => {
    const meetings = sampleTables()[3];
    assert.deepEqual(meetings.rows[2].slice(4), [d("2025-11-07"), d("2025-11-10"), "Råslätts VC"]);
    assert.ok(meetings.formulas[4]?.startsWith("=VERKSAM.WORKDAYS_BEFORE_MEETING("));
  });

  it("reads the same in English", () => {
    const r = runPlan(sampleWorkbook("en"), { today: SAMPLE_TODAY, lang: "en" });
    assert.equal(oneLineResult(r.summary, "en"), "4 meetings, 30 cases, 2 errors, 4 warnings");
    assert.equal(
      formatFinding(r.findings[1], "en"),
      "No consent for the case in Ärenden!E8: written consent is required before the case is raised (R6)."
    );
    assert.equal(r.sheets.schedule.rows[3][5], "Digital");
  });
});
