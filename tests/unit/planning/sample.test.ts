import { strict as assert } from "assert";
import {
  containsPersonnummer,
  formatFinding,
  formatMinutes,
  statisticsChoiceLabel,
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

  it("the decided rules on the sample: Samtycke Nej, held and planned meetings, unit columns", () => {
    const r = runPlan(sampleWorkbook(), { today: SAMPLE_TODAY, lang: "sv" });
    // J2-25-007 (meeting 1, Råslätts VC) and J2-25-023 (meeting 3, Norrahammars VC) have
    // Samtycke Nej: not among their meeting's cases, no agenda slot.
    assert.deepEqual(
      r.model.cases.filter((c) => c.consent === "no").map((c) => c.code),
      ["J2-25-007", "J2-25-023"]
    );
    assert.deepEqual(
      r.schedule.map((m) => [m.caseCount, m.unitsWithCases.join(", ")]),
      [
        [7, "Norrahammars VC, Råslätts VC"],
        [8, "Norrahammars VC, Råslätts VC"],
        [6, "Norrahammars VC"],
        [7, "Norrahammars VC, Råslätts VC"],
      ]
    );
    const first = r.agenda[0].slots.map(
      (s) =>
        `${formatMinutes(s.fromMinutes)}–${formatMinutes(s.toMinutes)} ${s.unit}: ${s.codes.join(", ")}`
    );
    assert.deepEqual(first, [
      "09:00–10:30 Norrahammars VC: J2-25-001, J2-25-002, J2-25-004, J2-25-006",
      "10:30–11:30 Råslätts VC: J2-25-003, J2-25-005, J2-25-008",
    ]);
    // Statistik: meeting 4 (2025-12-30) is planned on 2025-11-20 and left out of the total.
    const sheet = r.sheets.statistics;
    assert.deepEqual(sheet.header.slice(3, 9), [
      "Genomförda möten",
      "Ärenden",
      "Initierade av kommun",
      "Initierade av region",
      "Norrahammars VC",
      "Råslätts VC",
    ]);
    assert.equal(sheet.header[17], "Utan samtycke (ej upptagna)");
    assert.deepEqual(
      sheet.rows.map((row) => [row[0], ...row.slice(3, 9), row[17], row[18]]),
      [
        ["Möte 1", 1, 7, 4, 3, 4, 3, 1, 1],
        ["Möte 2", 1, 8, 4, 4, 5, 3, 0, 1],
        ["Möte 3", 1, 6, 3, 3, 6, 0, 1, 1],
        ["Möte 4 (planerat)", 0, 7, 4, 3, 3, 4, 0, 0],
        ["Totalt jul–dec 2025 (rapporteras i december)", 3, 21, 11, 10, 15, 6, 2, 3],
      ]
    );
    assert.deepEqual(
      r.statistics.rows.map((x) => statisticsChoiceLabel(x, "sv")),
      [
        "Möte 1 (2025-08-26)",
        "Möte 2 (2025-10-07)",
        "Möte 3 (2025-11-18)",
        "Möte 4 (2025-12-30, planerat)",
        "Totalt jul–dec 2025 (rapporteras i december)",
      ]
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
      "Case J2-25-007 (Ärenden!E8): consent is No, so the case may not be raised. It gets no slot in the agenda and is not counted among the meeting's cases."
    );
    assert.equal(
      formatFinding(r.findings[0], "sv"),
      "Ärende J2-25-006 (Ärenden!F7): anmält 2025-08-20, efter ärendefristen 2025-08-18."
    );
    assert.equal(r.sheets.schedule.rows[3][5], "Digital");
  });
});
