import { strict as assert } from "assert";
import {
  buildSchedule,
  readPlanning,
  scheduleSheet,
  type PlanningInput,
} from "../../../src/core/planning";
import { CASES_HEADER, d, grid, hm, validInput, withCases } from "./helpers";

function schedule(input: PlanningInput) {
  const { plan, findings } = readPlanning(input);
  return buildSchedule(plan, findings);
}

describe("planning/schedule", () => {
  it("one row per meeting with known deadlines (Easter, första maj, a closed day)", () => {
    const rows = schedule(validInput());
    assert.deepEqual(
      rows.map((r) => ({
        nr: r.nr,
        date: r.date,
        week: r.week,
        weekday: r.weekday,
        start: r.startMinutes,
        form: r.form,
        caseDeadline: r.caseDeadline,
        releaseDeadline: r.releaseDeadline,
        caseCount: r.caseCount,
        units: r.unitsWithCases,
        released: r.released,
        findings: r.findings.length,
      })),
      [
        {
          nr: 1,
          date: d("2025-04-25"),
          week: 17,
          weekday: 5,
          start: 540,
          form: "Fysiskt",
          caseDeadline: d("2025-04-15"),
          releaseDeadline: d("2025-04-16"),
          caseCount: 3,
          units: ["VC A", "VC B"],
          released: ["VC C"],
          findings: 0,
        },
        {
          nr: 2,
          date: d("2025-05-09"),
          week: 19,
          weekday: 5,
          start: 540,
          form: "Fysiskt",
          caseDeadline: d("2025-04-29"),
          releaseDeadline: d("2025-04-30"),
          caseCount: 2,
          units: ["VC A"],
          released: ["VC B", "VC C"],
          findings: 0,
        },
        {
          nr: 3,
          date: d("2025-09-16"),
          week: 38,
          weekday: 2,
          start: 780,
          form: "Digitalt",
          caseDeadline: d("2025-09-08"),
          releaseDeadline: d("2025-09-09"),
          caseCount: 2,
          units: ["Habo kommun", "VC C"],
          released: ["VC A", "VC B"],
          findings: 0,
        },
      ]
    );
  });

  it("sorts meetings by date and uses the settings' deadlines", () => {
    const input: PlanningInput = {
      ...validInput(),
      settings: grid(
        "Inställningar",
        ["Ärendefrist", "Frigörandefrist", "Starttid"],
        [[10, 0, "10:00"]]
      ),
      meetings: grid("Möten", ["Mötesdatum"], [[d("2025-09-16")], [d("2025-04-25")]]),
    };
    const rows = schedule(withCases(input, []));
    assert.deepEqual(
      rows.map((r) => [r.nr, r.date, r.startMinutes]),
      [
        [1, d("2025-04-25"), 600],
        [2, d("2025-09-16"), 600],
      ]
    );
    // 10 working days before 2025-04-25: 24 23 22 17 16 15 14 11 10 9 → 2025-04-09; 0 days → the meeting day itself.
    assert.equal(rows[0].caseDeadline, d("2025-04-09"));
    assert.equal(rows[0].releaseDeadline, d("2025-04-25"));
  });

  it("R8: only Region units without a case are released, in Enheter order", () => {
    const input: PlanningInput = {
      ...validInput(),
      units: grid(
        "Enheter",
        ["Enhet", "Typ"],
        [
          ["VC C", "Region"],
          ["Habo kommun", "Kommun"],
          ["VC A", "Region"],
          ["AF", "AF"],
          ["VC B", "Region"],
          ["Okänd typ", null],
        ]
      ),
    };
    const rows = schedule(input);
    assert.deepEqual(
      rows.map((r) => r.released),
      [["VC C"], ["VC C", "VC B"], ["VC A", "VC B"]]
    );
    assert.deepEqual(
      rows.map((r) => r.unitsWithCases),
      [["VC A", "VC B"], ["VC A"], ["VC C", "Habo kommun"]]
    );
  });

  it("lists a meeting's findings in Varningar, localised at grid time", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "T-1", "Kommun", "VC A", "Nej", null, null, null, null],
      [d("2025-04-25"), "T-2", "Kommun", "VC Y", "Ja", d("2025-04-20"), null, null, null],
      [d("2025-05-09"), "T-3", "Kommun", "VC A", "Ja", null, null, null, null],
    ]);
    const rows = schedule(input);
    assert.deepEqual(
      rows[0].findings.map((f) => f.code),
      ["consent-no", "case-unit-unknown", "notified-late"]
    );
    // T-1 has Samtycke Nej: it may not be raised, so VC A has no case at this meeting.
    assert.deepEqual(rows[0].unitsWithCases, ["VC Y"]);
    const sv = scheduleSheet(rows, "sv");
    assert.equal(
      sv.rows[0][11],
      "T-1 (Ärenden!E2): samtycke Nej, tas inte upp; T-2 (Ärenden!D3): okänd enhet; T-2 (Ärenden!F3): anmält efter fristen"
    );
    assert.equal(sv.rows[1][11], "");
    const en = scheduleSheet(rows, "en");
    assert.equal(
      en.rows[0][11],
      "T-1 (Ärenden!E2): consent No, not raised; T-2 (Ärenden!D3): unknown unit; T-2 (Ärenden!F3): notified late"
    );
  });

  it("a case with Samtycke Nej is not counted, keeps no unit, and releases it; a blank Samtycke is planned as usual", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "T-1", "Kommun", "VC A", "Ja", null, null, null, null],
      [d("2025-04-25"), "T-2", "Kommun", "VC B", "Nej", null, null, null, null],
      [d("2025-04-25"), "T-3", "Kommun", "VC C", null, null, null, null, null],
      [d("2025-05-09"), "T-4", "Kommun", "VC A", "nej", null, null, null, null],
      [d("2025-05-09"), "T-5", "Kommun", "VC B", false, null, null, null, null],
    ]);
    const rows = schedule(input);
    assert.deepEqual(
      rows.map((r) => [r.caseCount, r.unitsWithCases.join(", "), r.released.join(", ")]),
      [
        [2, "VC A, VC C", "VC B"],
        [0, "", "VC A, VC B, VC C"],
        [0, "", "VC A, VC B, VC C"],
      ]
    );
    // Each is still an error in Kontroller, and listed in the meeting's Varningar.
    assert.deepEqual(
      rows.map((r) => r.findings.map((f) => `${f.code} ${f.caseCode}`)),
      [["consent-no T-2", "consent-blank T-3"], ["consent-no T-4", "consent-no T-5"], []]
    );
  });

  it("Varningar lists three findings and counts the rest", () => {
    const input = withCases(
      validInput(),
      [1, 2, 3, 4, 5].map((i) => [
        d("2025-04-25"),
        `T-${i}`,
        "Kommun",
        "VC A",
        "Nej",
        null,
        null,
        null,
        null,
      ])
    );
    const sv = scheduleSheet(schedule(input), "sv");
    assert.equal(
      sv.rows[0][11],
      "T-1 (Ärenden!E2): samtycke Nej, tas inte upp; T-2 (Ärenden!E3): samtycke Nej, tas inte upp; T-3 (Ärenden!E4): samtycke Nej, tas inte upp; +2 till"
    );
  });

  it("the Mötesschema grid: serial dates, fractions of a day, Swedish and English texts", () => {
    const sv = scheduleSheet(schedule(validInput()), "sv");
    assert.equal(sv.name, "Mötesschema");
    assert.deepEqual(sv.header, [
      "Nr",
      "Mötesdatum",
      "Vecka",
      "Veckodag",
      "Starttid",
      "Form",
      "Ärendefrist",
      "Frigörandefrist",
      "Antal ärenden",
      "Enheter med ärenden",
      "Frigörs",
      "Varningar",
    ]);
    assert.deepEqual(sv.numberFormats, [
      "0",
      "yyyy-mm-dd",
      "0",
      null,
      "hh:mm",
      null,
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "0",
      null,
      null,
      null,
    ]);
    assert.deepEqual(sv.rows[0], [
      1,
      d("2025-04-25"),
      17,
      "fredag",
      hm(9),
      "Fysiskt",
      d("2025-04-15"),
      d("2025-04-16"),
      3,
      "VC A, VC B",
      "VC C",
      "",
    ]);
    assert.deepEqual(sv.rows[2].slice(3, 6), ["tisdag", hm(13), "Digitalt"]);
    const en = scheduleSheet(schedule(validInput()), "en");
    assert.equal(en.header[3], "Weekday");
    assert.deepEqual(en.rows[2].slice(3, 6), ["Tuesday", hm(13), "Digital"]);
  });

  it("a meeting with no cases releases every Region unit", () => {
    const rows = schedule({ ...validInput(), cases: grid("Ärenden", CASES_HEADER, []) });
    assert.deepEqual(rows[0].released, ["VC A", "VC B", "VC C"]);
    assert.equal(rows[0].caseCount, 0);
  });
});
