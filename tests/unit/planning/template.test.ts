import { strict as assert } from "assert";
import {
  buildPlanningTemplate,
  GROUP_PRESETS,
  groupPreset,
  PlanningTemplateError,
  readPlanning,
  rowsWithFormulas,
  tableToGrid,
  type PlanningInput,
  type TemplateTable,
} from "../../../src/core/planning";
import { d, hm } from "./helpers";

function jonkoping2(lang: "sv" | "en" = "sv"): TemplateTable[] {
  return buildPlanningTemplate({
    group: groupPreset("jonkoping-2")!,
    term: { half: "HT", year: 2025 },
    firstMeeting: d("2025-08-26"),
    lang,
  });
}

function asInput(tables: TemplateTable[]): PlanningInput {
  const [settings, closedDays, units, meetings, cases] = tables.map(tableToGrid);
  return { settings, closedDays, units, meetings, cases };
}

describe("planning/template", () => {
  it("has the nine groups of the routine", () => {
    assert.deepEqual(
      GROUP_PRESETS.map((g) => [
        g.name,
        g.units.map((u) => `${u.name}:${u.type}`).join(", "),
        g.groupChoosesConvener,
      ]),
      [
        ["VerkSam Habo", "Habo kommun:Kommun, Habo VC:Region", true],
        ["VerkSam Mullsjö", "Mullsjö kommun:Kommun, Mullsjö VC:Region", true],
        [
          "VerkSam Jönköping 1",
          "Jönköpings kommun:Kommun, Bankeryds VC:Region, Lokstallarna Bräcke Diakoni:Region",
          false,
        ],
        [
          "VerkSam Jönköping 2",
          "Jönköpings kommun:Kommun, Norrahammars VC:Region, Råslätts VC:Region",
          false,
        ],
        [
          "VerkSam Jönköping 3",
          "Jönköpings kommun:Kommun, Hälsans VC 1:Region, Hälsans VC 2:Region",
          false,
        ],
        [
          "VerkSam Jönköping 4",
          "Jönköpings kommun:Kommun, Wetterhälsan:Region, Läkarhuset (Öster, Väster, Torsvik och Huskvarna):Region",
          false,
        ],
        [
          "VerkSam Jönköping 5",
          "Jönköpings kommun:Kommun, Rosenlunds VC:Region, Öxnehaga VC:Region, Wasa VC:Region",
          false,
        ],
        [
          "VerkSam Jönköping 6",
          "Jönköpings kommun:Kommun, Gränna VC:Region, Kungshälsan:Region",
          false,
        ],
        [
          "VerkSam Specialistpsykiatri",
          "Jönköpings kommun:Kommun, Specialistpsykiatri Länssjukhuset Ryhov:Region",
          false,
        ],
      ]
    );
  });

  it("creates the five tables with sheet and table names", () => {
    const t = jonkoping2();
    assert.deepEqual(
      t.map((x) => [x.sheet, x.table]),
      [
        ["Inställningar", "Inställningar"],
        ["Stängda dagar", "Stängda_dagar"],
        ["Enheter", "Enheter"],
        ["Möten", "Möten"],
        ["Ärenden", "Ärenden"],
      ]
    );
    for (const x of t) {
      assert.equal(x.numberFormats.length, x.header.length, x.sheet);
      assert.equal(x.validation.length, x.header.length, x.sheet);
      assert.equal(x.formulas.length, x.header.length, x.sheet);
      for (const r of x.rows) assert.equal(r.length, x.header.length, x.sheet);
      assert.ok(x.rows.length >= 1, x.sheet);
    }
  });

  it("Inställningar: one row with the defaults", () => {
    const [settings] = jonkoping2();
    assert.deepEqual(settings.header, [
      "Grupp",
      "Starttid",
      "Mötesintervall (veckor)",
      "Ärendefrist",
      "Frigörandefrist",
      "Minuter per ärende",
    ]);
    assert.deepEqual(settings.rows, [["VerkSam Jönköping 2", hm(9), 6, 6, 5, 20]]);
    assert.deepEqual(settings.numberFormats, [null, "hh:mm", "0", "0", "0", "0"]);
  });

  it("Enheter: the group's units plus AF and FK, with a Typ list", () => {
    const units = jonkoping2()[2];
    assert.deepEqual(units.header, ["Enhet", "Typ", "Representant", "Telefon", "E-post"]);
    assert.deepEqual(
      units.rows.map((r) => [r[0], r[1]]),
      [
        ["Jönköpings kommun", "Kommun"],
        ["Norrahammars VC", "Region"],
        ["Råslätts VC", "Region"],
        ["Arbetsförmedlingen", "AF"],
        ["Försäkringskassan", "FK"],
      ]
    );
    assert.deepEqual(units.validation[1], {
      kind: "list",
      values: ["Kommun", "Region", "AF", "FK"],
      source: "Kommun,Region,AF,FK",
    });
    assert.equal(units.numberFormats[3], "@");
  });

  it("Möten: the term's meetings every 6 weeks, Fysiskt, with live formulas", () => {
    const meetings = jonkoping2()[3];
    assert.deepEqual(meetings.header, [
      "Mötesdatum",
      "Starttid",
      "Form",
      "Plats",
      "Ärendefrist",
      "Frigörandefrist",
      "Frigörs",
    ]);
    assert.deepEqual(
      meetings.rows.map((r) => r[0]),
      [d("2025-08-26"), d("2025-10-07"), d("2025-11-18"), d("2025-12-30")]
    );
    assert.deepEqual(meetings.rows[0], [d("2025-08-26"), null, "Fysiskt", null, null, null, null]);
    assert.deepEqual(meetings.formulas, [
      null,
      null,
      null,
      null,
      "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Ärendefrist],Stängda_dagar[Datum])",
      "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Frigörandefrist],Stängda_dagar[Datum])",
      '=VERKSAM.UNITS_TO_RELEASE(Enheter[[Enhet]:[Typ]],Ärenden[Enhet],Ärenden[Mötesdatum],[@Mötesdatum],", ")',
    ]);
    assert.deepEqual(meetings.numberFormats, [
      "yyyy-mm-dd",
      "hh:mm",
      null,
      null,
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      null,
    ]);
    assert.deepEqual(meetings.validation[2], {
      kind: "list",
      values: ["Fysiskt", "Digitalt"],
      source: "Fysiskt,Digitalt",
    });
    assert.deepEqual(rowsWithFormulas(meetings)[1].slice(4), meetings.formulas.slice(4));
  });

  it("a spring term ends at midsummer; a meeting that falls on a holiday moves", () => {
    const meetings = buildPlanningTemplate({
      group: groupPreset("habo")!,
      term: { half: "VT", year: 2025 },
      firstMeeting: d("2025-01-14"),
      lang: "sv",
    })[3];
    // 01-14 +6w = 02-25, 04-08, 05-20, then 07-01 is outside the half-year.
    assert.deepEqual(
      meetings.rows.map((r) => r[0]),
      [d("2025-01-14"), d("2025-02-25"), d("2025-04-08"), d("2025-05-20")]
    );
    const moved = buildPlanningTemplate({
      group: groupPreset("habo")!,
      term: { half: "VT", year: 2025 },
      firstMeeting: d("2025-03-14"),
      lang: "sv",
    })[3];
    // 03-14 +6w = 04-25, +6w = 06-06 (nationaldagen) → 06-09.
    assert.deepEqual(
      moved.rows.map((r) => r[0]),
      [d("2025-03-14"), d("2025-04-25"), d("2025-06-09")]
    );
  });

  it("Stängda dagar and Ärenden start with one blank row; Ärenden has lists and a unit reference", () => {
    const t = jonkoping2();
    assert.deepEqual(t[1].header, ["Datum", "Beskrivning"]);
    assert.deepEqual(t[1].rows, [[null, null]]);
    const cases = t[4];
    assert.deepEqual(cases.header, [
      "Mötesdatum",
      "Ärendekod",
      "Initierad av",
      "Enhet",
      "Samtycke",
      "Anmäld",
      "Frågeställning",
      "Utfall",
      "Minuter",
    ]);
    assert.deepEqual(cases.rows, [[null, null, null, null, null, null, null, null, null]]);
    assert.deepEqual(cases.validation[3], {
      kind: "tableColumn",
      table: "Enheter",
      column: "Enhet",
      source: '=INDIRECT("Enheter[Enhet]")',
    });
    assert.deepEqual(cases.validation[4], {
      kind: "list",
      values: ["Ja", "Nej"],
      source: "Ja,Nej",
    });
    assert.deepEqual(cases.validation[7]?.kind === "list" && cases.validation[7].values, [
      "Kommun",
      "Region",
      "AF",
      "FK",
      "SIP",
      "Ingen fortsatt samverkan",
      "Annat",
    ]);
    assert.deepEqual(cases.numberFormats, [
      "yyyy-mm-dd",
      "@",
      null,
      null,
      null,
      "yyyy-mm-dd",
      null,
      null,
      "0",
    ]);
  });

  it("English headers, values and formulas", () => {
    const t = jonkoping2("en");
    assert.deepEqual(t[3].header, [
      "Meeting date",
      "Start time",
      "Format",
      "Location",
      "Case deadline",
      "Release deadline",
      "Released",
    ]);
    assert.deepEqual(t[3].formulas.slice(4), [
      "=VERKSAM.WORKDAYS_BEFORE_MEETING([@[Meeting date]],Inställningar[Case deadline],Stängda_dagar[Date])",
      "=VERKSAM.WORKDAYS_BEFORE_MEETING([@[Meeting date]],Inställningar[Release deadline],Stängda_dagar[Date])",
      '=VERKSAM.UNITS_TO_RELEASE(Enheter[[Unit]:[Type]],Ärenden[Unit],Ärenden[Meeting date],[@[Meeting date]],", ")',
    ]);
    assert.equal(t[3].rows[0][2], "Physical");
    assert.deepEqual(t[2].rows[0].slice(0, 2), ["Jönköpings kommun", "Municipality"]);
    assert.equal(t[2].rows[1][1], "Region");
  });

  it("a custom group gets AF and FK rows unless it has them", () => {
    const t = buildPlanningTemplate({
      group: {
        name: "Egen grupp",
        units: [
          { name: "X kommun", type: "Kommun" },
          { name: "AF lokalt", type: "AF" },
        ],
      },
      term: { half: "HT", year: 2026 },
      firstMeeting: d("2026-08-25"),
      lang: "sv",
    });
    assert.deepEqual(
      t[2].rows.map((r) => r[0]),
      ["X kommun", "AF lokalt", "Försäkringskassan"]
    );
    assert.equal(t[0].rows[0][0], "Egen grupp");
  });

  it("refuses a first meeting outside the term, in the chosen language", () => {
    assert.throws(
      () =>
        buildPlanningTemplate({
          group: GROUP_PRESETS[0],
          term: { half: "VT", year: 2025 },
          firstMeeting: d("2025-08-26"),
          lang: "sv",
        }),
      (e: unknown) =>
        e instanceof PlanningTemplateError &&
        e.message === "Första mötet 2025-08-26 ligger inte i terminen VT 2025."
    );
    assert.throws(
      () =>
        buildPlanningTemplate({
          group: GROUP_PRESETS[0],
          term: { half: "HT", year: 2025 },
          firstMeeting: d("2025-06-30"),
          lang: "en",
        }),
      (e: unknown) =>
        e instanceof PlanningTemplateError &&
        e.message === "The first meeting 2025-06-30 is not in the term Autumn 2025."
    );
  });

  it("reads back without findings, in both languages", () => {
    for (const lang of ["sv", "en"] as const) {
      const { plan, findings } = readPlanning(asInput(jonkoping2(lang)));
      assert.deepEqual(findings, [], lang);
      assert.equal(plan.meetings.length, 4);
      assert.deepEqual(
        plan.units.map((u) => u.type),
        ["Kommun", "Region", "Region", "AF", "FK"]
      );
      assert.equal(plan.cases.length, 0);
      assert.equal(plan.settings.group, "VerkSam Jönköping 2");
    }
  });
});
