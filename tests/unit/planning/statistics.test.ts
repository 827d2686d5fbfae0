import { strict as assert } from "assert";
import {
  buildStatistics,
  findStatisticsRow,
  readPlanning,
  statisticsChoiceLabel,
  statisticsPeriodLabel,
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
  it("a row per meeting and a total per half-year of the held meetings", () => {
    const s = stats(validInput(), d("2025-06-01"));
    // The Region units, and Habo kommun because T-06 names it; not AF and FK.
    assert.deepEqual(s.units, ["Habo kommun", "VC A", "VC B", "VC C"]);
    assert.equal(s.hasUnknownUnit, false);
    // units: Habo, VC A, VC B, VC C | outcomes: Kommun, Region, AF, FK, SIP, Ingen, Annat, Ej angivet
    assert.deepEqual(s.rows.map(flat), [
      ["M1", 1, 3, 1, 2, 0, 1, 2, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0],
      ["M2", 1, 2, 1, 1, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0],
      ["H2025-1", 2, 5, 2, 3, 0, 3, 2, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0],
      // Meeting 3 (2025-09-16) is not held yet on 2025-06-01: shown, not in its total.
      ["M3", 0, 2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0],
      ["H2025-2", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    // Once it is held, the total counts it.
    assert.deepEqual(flat(stats(validInput(), d("2025-09-16")).rows[4]), [
      "H2025-2",
      1,
      2,
      1,
      1,
      1,
      0,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      0,
      0,
      0,
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

  it("counts cases without consent apart, notified late, unknown units and unknown outcomes", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "S-1", "Kommun", "VC A", "Nej", d("2025-04-16"), null, "Psykiatrin", null],
      [d("2025-04-25"), "S-2", "Region", "VC Q", null, d("2025-04-15"), null, "Kommun", null],
      [d("2025-04-25"), "S-3", null, "VC Q", "Ja", d("2025-04-16"), null, null, null],
      [d("2026-01-13"), "S-4", "Kommun", "VC A", "Ja", null, null, null, null], // no such meeting: not counted
    ]);
    const s = stats(input, d("2025-12-31"));
    assert.equal(s.hasUnknownUnit, true);
    assert.deepEqual(s.units, ["VC A", "VC B", "VC C"]);
    const m1 = s.rows[0];
    // S-1 (Samtycke Nej) is only "without consent": not a case, not VC A's, not an
    // outcome, not late. S-2's blank Samtycke is counted as usual.
    // units: VC A, VC B, VC C, Okänd enhet | outcomes: Kommun … Ej angivet | without consent, late
    assert.deepEqual(flat(m1), ["M1", 1, 2, 0, 1, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    assert.equal(m1.perUnit[3].name, null);
    const sheet = statisticsSheet(s, "sv");
    assert.equal(sheet.header[10], "Okänd enhet");
    assert.equal(sheet.header[19], "Utan samtycke (ej upptagna)");
    assert.equal(sheet.rows.length, 5);
    const total = findStatisticsRow(s, { year: 2025, half: 1 })!;
    assert.deepEqual([total.cases, total.withoutConsent, total.notifiedLate], [2, 1, 1]);
    assert.equal(findStatisticsRow(s, { year: 2026, half: 1 }), undefined);
  });

  it("the unit columns: the Region units and any unit a counted case names, not the municipality", () => {
    const input: PlanningInput = {
      ...withCases(validInput(), [
        [d("2025-04-25"), "U-1", "Kommun", "VC C", "Ja", null, null, null, null],
        // Named only by a case without consent, or at no meeting: no column for them.
        [d("2025-04-25"), "U-2", "Kommun", "Habo kommun", "Nej", null, null, null, null],
        [d("2025-04-25"), "U-3", "Kommun", "VC Z", "Nej", null, null, null, null],
        [d("2025-04-24"), "U-4", "Kommun", "Arbetsförmedlingen", "Ja", null, null, null, null],
        [d("2025-05-09"), "U-5", "Kommun", "Försäkringskassan", "Ja", null, null, null, null],
      ]),
      units: grid(
        "Enheter",
        ["Enhet", "Typ"],
        [
          ["Habo kommun", "Kommun"],
          ["VC C", "Region"],
          ["Arbetsförmedlingen", "AF"],
          ["Försäkringskassan", "FK"],
          ["VC A", "Region"],
          ["Utan typ", null],
        ]
      ),
    };
    const s = stats(input, d("2025-12-31"));
    assert.deepEqual(s.units, ["VC C", "Försäkringskassan", "VC A"]);
    assert.equal(s.hasUnknownUnit, false);
    assert.deepEqual(
      s.rows.map((r) => r.perUnit.map((u) => `${u.name}:${u.count}`).join(" ")),
      [
        "VC C:1 Försäkringskassan:0 VC A:0",
        "VC C:0 Försäkringskassan:1 VC A:0",
        "VC C:1 Försäkringskassan:1 VC A:0",
        "VC C:0 Försäkringskassan:0 VC A:0",
        "VC C:0 Försäkringskassan:0 VC A:0",
      ]
    );
    assert.deepEqual(statisticsSheet(s, "sv").header.slice(7, 10), [
      "VC C",
      "Försäkringskassan",
      "VC A",
    ]);
    // No cases at all: the Region units only, also in an empty sheet's header.
    const empty = stats(withCases(validInput(), []), d("2025-12-31"));
    assert.deepEqual(empty.units, ["VC A", "VC B", "VC C"]);
    const none = stats(
      { ...withCases(validInput(), []), meetings: grid("Möten", ["Mötesdatum"], []) },
      0
    );
    assert.deepEqual(statisticsSheet(none, "sv").header.slice(7, 10), ["VC A", "VC B", "VC C"]);
  });

  it("a meeting not yet held is marked planned, in the sheet and among the copy choices", () => {
    const s = stats(validInput(), d("2025-05-08"));
    assert.deepEqual(
      s.rows.map((r) => statisticsPeriodLabel(r, "sv")),
      [
        "Möte 1",
        "Möte 2 (planerat)",
        "Totalt jan–jun 2025 (rapporteras i juni)",
        "Möte 3 (planerat)",
        "Totalt jul–dec 2025 (rapporteras i december)",
      ]
    );
    assert.deepEqual(
      s.rows.map((r) => statisticsChoiceLabel(r, "en")),
      [
        "Meeting 1 (2025-04-25)",
        "Meeting 2 (2025-05-09, planned)",
        "Total Jan–Jun 2025 (reported in June)",
        "Meeting 3 (2025-09-16, planned)",
        "Total Jul–Dec 2025 (reported in December)",
      ]
    );
    assert.equal(statisticsChoiceLabel(s.rows[1], "sv"), "Möte 2 (2025-05-09, planerat)");
    assert.equal(statisticsSheet(s, "en").rows[1][0], "Meeting 2 (planned)");
    // The half-year total has meeting 1 only.
    assert.deepEqual([s.rows[2].held, s.rows[2].cases], [1, 3]);
    // The copied text says so too.
    const copied = statisticsSummary(s.rows[1], "sv");
    assert.match(copied.lines, /^Period: Möte 2 \(planerat\)\nMötesdatum: 2025-05-09\n/);
    assert.match(copied.lines, /\nGenomförda möten: 0\n/);
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
      "VC A",
      "VC B",
      "VC C",
      "Utfall – Kommun",
      "Utfall – Region",
      "Utfall – AF",
      "Utfall – FK",
      "Utfall – SIP",
      "Utfall – Ingen fortsatt samverkan",
      "Utfall – Annat",
      "Utfall – Ej angivet",
      "Utan samtycke (ej upptagna)",
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
    assert.deepEqual(sheet.rows[3].slice(0, 5), [
      "Möte 3 (planerat)",
      d("2025-09-16"),
      "2025 jul–dec",
      0,
      0,
    ]);
    assert.deepEqual(sheet.rows[4].slice(0, 5), [
      "Totalt jul–dec 2025 (rapporteras i december)",
      null,
      "2025 jul–dec",
      0,
      0,
    ]);
    const text = JSON.stringify(sheet);
    assert.equal(text.includes("HEMLIG"), false);
    assert.equal(text.includes("Hemlig"), false);
    const en = statisticsSheet(stats(input, d("2025-06-01")), "en");
    assert.equal(en.rows[2][0], "Total Jan–Jun 2025 (reported in June)");
    assert.equal(en.header[15], "Outcome – No further cooperation");
    assert.equal(en.header[18], "Without consent (not raised)");
  });

  it("statisticsSummary: TSV and 'Etikett: värde' lines for a meeting and a half-year", () => {
    const s = stats(validInput(), d("2025-06-01"));
    const meeting = findStatisticsRow(s, { meetingDate: d("2025-05-09") })!;
    const sum = statisticsSummary(meeting, "sv");
    const [head, values] = sum.tsv.split("\n");
    assert.equal(sum.tsv.split("\n").length, 2);
    assert.equal(head.split("\t").length, 21);
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
