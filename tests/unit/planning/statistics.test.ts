import { strict as assert } from "assert";
import {
  buildStatistics,
  findStatisticsRow,
  readPlanning,
  statisticsSheet,
  statisticsSummary,
  type PlanningInput,
  type StatisticsRow,
} from "../../../src/core/planning";
import { d, grid, validInput, withCases } from "./helpers";

function stats(input: PlanningInput, today: number) {
  return buildStatistics(readPlanning(input).plan, today);
}

/** A row as [label, held, cases, byKommun, byRegion, perUnit…, perOutcome…, withoutConsent, late]. */
function flat(r: StatisticsRow): (string | number)[] {
  return [
    r.kind === "meeting" ? `M${r.nr}` : `H${r.year}-${r.half}`,
    r.held,
    r.cases,
    r.byKommun,
    r.byRegion,
    ...r.perUnit.map((u) => u.count),
    ...r.perOutcome.map((o) => o.count),
    r.withoutConsent,
    r.notifiedLate,
  ];
}

describe("planning/statistics (R10)", () => {
  it("a row per meeting and a total per half-year", () => {
    const s = stats(validInput(), d("2025-06-01"));
    assert.deepEqual(s.units, [
      "Habo kommun",
      "VC A",
      "VC B",
      "VC C",
      "Arbetsförmedlingen",
      "Försäkringskassan",
    ]);
    assert.equal(s.hasUnknownUnit, false);
    // units: Habo, VC A, VC B, VC C, AF, FK | outcomes: Kommun, Region, AF, FK, SIP, Ingen, Annat, Ej angivet
    assert.deepEqual(s.rows.map(flat), [
      ["M1", 1, 3, 1, 2, 0, 1, 2, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0],
      ["M2", 1, 2, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0],
      ["H2025-1", 2, 5, 2, 3, 0, 3, 2, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0],
      ["M3", 0, 2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0],
      ["H2025-2", 0, 2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0],
    ]);
  });

  it("held counts meetings on or before today", () => {
    const s = stats(validInput(), d("2025-09-16"));
    assert.deepEqual(
      s.rows.map((r) => r.held),
      [1, 1, 2, 1, 1]
    );
    assert.deepEqual(
      stats(validInput(), d("2025-04-24")).rows.map((r) => r.held),
      [0, 0, 0, 0, 0]
    );
  });

  it("counts cases without consent, notified late, unknown units and unknown outcomes", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "S-1", "Kommun", "VC A", "Nej", d("2025-04-16"), null, "Psykiatrin", null],
      [d("2025-04-25"), "S-2", "Region", "VC Q", null, d("2025-04-15"), null, "Kommun", null],
      [d("2025-04-25"), "S-3", null, "VC Q", "Ja", null, null, null, null],
      [d("2026-01-13"), "S-4", "Kommun", "VC A", "Ja", null, null, null, null], // no such meeting: not counted
    ]);
    const s = stats(input, d("2025-12-31"));
    assert.equal(s.hasUnknownUnit, true);
    const m1 = s.rows[0];
    assert.deepEqual(flat(m1), [
      "M1",
      1,
      3,
      1,
      1,
      0,
      1,
      0,
      0,
      0,
      0,
      2,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      2,
      2,
      1,
    ]);
    assert.equal(m1.perUnit[6].name, null);
    const sheet = statisticsSheet(s, "sv");
    assert.equal(sheet.header[13], "Okänd enhet");
    assert.equal(sheet.rows.length, 5);
    const total = findStatisticsRow(s, { year: 2025, half: 1 })!;
    assert.equal(total.cases, 3);
    assert.equal(findStatisticsRow(s, { year: 2026, half: 1 }), undefined);
  });

  it("the Statistik grid: headers per unit and outcome, no codes or questions", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "HEMLIG-KOD", "Kommun", "VC A", "Ja", null, "Hemlig fråga", "SIP", null],
    ]);
    const sheet = statisticsSheet(stats(input, d("2025-06-01")), "sv");
    assert.equal(sheet.name, "Statistik");
    assert.deepEqual(sheet.header, [
      "Period",
      "Mötesdatum",
      "Halvår",
      "Genomförda möten",
      "Ärenden",
      "Initierade av kommun",
      "Initierade av region",
      "Habo kommun",
      "VC A",
      "VC B",
      "VC C",
      "Arbetsförmedlingen",
      "Försäkringskassan",
      "Utfall – Kommun",
      "Utfall – Region",
      "Utfall – AF",
      "Utfall – FK",
      "Utfall – SIP",
      "Utfall – Ingen fortsatt samverkan",
      "Utfall – Annat",
      "Utfall – Ej angivet",
      "Utan samtycke",
      "Anmälda efter fristen",
    ]);
    assert.deepEqual(sheet.numberFormats.slice(0, 4), [null, "yyyy-mm-dd", null, "0"]);
    assert.deepEqual(sheet.rows[0].slice(0, 5), ["Möte 1", d("2025-04-25"), "2025 jan–jun", 1, 1]);
    assert.deepEqual(sheet.rows[2].slice(0, 5), [
      "Totalt jan–jun 2025 (rapporteras i juni)",
      null,
      "2025 jan–jun",
      2,
      1,
    ]);
    assert.deepEqual(sheet.rows[4].slice(0, 3), [
      "Totalt jul–dec 2025 (rapporteras i december)",
      null,
      "2025 jul–dec",
    ]);
    const text = JSON.stringify(sheet);
    assert.equal(text.includes("HEMLIG"), false);
    assert.equal(text.includes("Hemlig"), false);
    const en = statisticsSheet(stats(input, d("2025-06-01")), "en");
    assert.equal(en.rows[2][0], "Total Jan–Jun 2025 (reported in June)");
    assert.equal(en.header[18], "Outcome – No further cooperation");
  });

  it("statisticsSummary: TSV and 'Etikett: värde' lines for a meeting and a half-year", () => {
    const s = stats(validInput(), d("2025-06-01"));
    const meeting = findStatisticsRow(s, { meetingDate: d("2025-05-09") })!;
    const sum = statisticsSummary(meeting, "sv");
    const [head, values] = sum.tsv.split("\n");
    assert.equal(sum.tsv.split("\n").length, 2);
    assert.equal(head.split("\t").length, 23);
    assert.deepEqual(values.split("\t"), [
      "Möte 2",
      "2025-05-09",
      "2025 jan–jun",
      "1",
      "2",
      "1",
      "1",
      "0",
      "2",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "1",
      "0",
      "0",
      "0",
      "1",
      "0",
      "0",
    ]);
    const lines = sum.lines.split("\n");
    assert.deepEqual(lines.slice(0, 5), [
      "Period: Möte 2",
      "Mötesdatum: 2025-05-09",
      "Halvår: 2025 jan–jun",
      "Genomförda möten: 1",
      "Ärenden: 2",
    ]);
    const total = statisticsSummary(findStatisticsRow(s, { year: 2025, half: 1 })!, "en");
    assert.deepEqual(total.lines.split("\n").slice(0, 4), [
      "Period: Total Jan–Jun 2025 (reported in June)",
      "Half-year: 2025 Jan–Jun",
      "Meetings held: 2",
      "Cases: 5",
    ]);
    assert.equal(total.tsv.split("\n")[1].split("\t")[1], "");
  });

  it("meetings in two years give one total per half-year each", () => {
    const input: PlanningInput = {
      ...validInput(),
      meetings: grid(
        "Möten",
        ["Mötesdatum"],
        [[d("2025-12-16")], [d("2026-01-13")], [d("2026-07-07")]]
      ),
      cases: grid(
        "Ärenden",
        ["Mötesdatum", "Ärendekod", "Enhet", "Samtycke"],
        [
          [d("2025-12-16"), "A", "VC A", "Ja"],
          [d("2026-01-13"), "B", "VC A", "Ja"],
          [d("2026-01-13"), "C", "VC B", "Ja"],
        ]
      ),
    };
    const s = stats(input, d("2026-03-01"));
    assert.deepEqual(
      s.rows.map((r) => `${r.kind}:${r.year}-${r.half}:${r.cases}:${r.held}`),
      [
        "meeting:2025-2:1:1",
        "halfYear:2025-2:1:1",
        "meeting:2026-1:2:1",
        "halfYear:2026-1:2:1",
        "meeting:2026-2:0:0",
        "halfYear:2026-2:0:0",
      ]
    );
  });
});
