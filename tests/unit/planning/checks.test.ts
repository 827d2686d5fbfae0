import { strict as assert } from "assert";
import {
  formatFinding,
  plan as runPlan,
  readPlanning,
  type PlanningInput,
} from "../../../src/core/planning";
import { CASES_HEADER, allText, d, grid, pnr, validInput, withCases } from "./helpers";

function found(input: PlanningInput): string[] {
  return readPlanning(input).findings.map((f) => `${f.code} ${f.severity} ${f.cell}`);
}

const ROW = (
  date: number | string,
  code: string,
  unit: string,
  consent: string | null,
  notified: number | null = null
) => [date, code, "Kommun", unit, consent, notified, null, null, null];

describe("planning/checks", () => {
  it("R6: a case without consent is an error at its Samtycke cell, naming the case", () => {
    const input = withCases(validInput(), [
      ROW(d("2025-04-25"), "T-1", "VC A", "Ja"),
      ROW(d("2025-04-25"), "T-2", "VC A", "Nej"),
    ]);
    const { findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      ["consent-no error Ärenden!E3"]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Ärende T-2 (Ärenden!E3): samtycket är Nej, så ärendet får inte tas upp. Det får ingen tid i dagordningen och räknas inte bland mötets ärenden."
    );
    assert.equal(
      formatFinding(findings[0], "en"),
      "Case T-2 (Ärenden!E3): consent is No, so the case may not be raised. It gets no slot in the agenda and is not counted among the meeting's cases."
    );
    assert.equal(findings[0].meeting, d("2025-04-25"));
    assert.equal(findings[0].caseCode, "T-2");
  });

  it("R6: blank consent is a warning", () => {
    const { findings } = readPlanning(
      withCases(validInput(), [ROW(d("2025-04-25"), "T-1", "VC A", null)])
    );
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      ["consent-blank warning Ärenden!E2"]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Ärende T-1 (Ärenden!E2): samtycket är inte ifyllt. Ärendet planeras som vanligt; skriv Ja när det skriftliga samtycket finns."
    );
    // Not "filled in in".
    assert.equal(
      formatFinding(findings[0], "en"),
      "Case T-1 (Ärenden!E2): consent is not filled in. The case is planned as usual; enter Yes once the written consent is there."
    );
  });

  it("a case without a code is named by its cell; no message has a rule number", () => {
    const input = withCases(validInput(), [
      ROW(d("2025-04-25"), "", "VC A", "Nej", d("2025-04-24")),
      ROW(d("2025-04-24"), " ", "VC Q", null),
    ]);
    const { findings } = readPlanning(input);
    const texts = (lang: "sv" | "en") => findings.map((f) => formatFinding(f, lang));
    assert.deepEqual(texts("sv"), [
      "Ärendet i Ärenden!B2: ärendekod saknas.",
      "Ärendet i Ärenden!B3: ärendekod saknas.",
      "Ärendet i Ärenden!E2: samtycket är Nej, så ärendet får inte tas upp. Det får ingen tid i dagordningen och räknas inte bland mötets ärenden.",
      "Ärendet i Ärenden!F2: anmält 2025-04-24, efter ärendefristen 2025-04-15.",
      "Ärendet i Ärenden!A3: mötesdatumet 2025-04-24 är inget möte i tabellen Möten, så ärendet räknas inte.",
      'Ärendet i Ärenden!D3: enheten "VC Q" finns inte i tabellen Enheter.',
      "Ärendet i Ärenden!E3: samtycket är inte ifyllt. Ärendet planeras som vanligt; skriv Ja när det skriftliga samtycket finns.",
    ]);
    assert.deepEqual(texts("en").slice(0, 1), [
      "The case in Ärenden!B2: the case code is missing.",
    ]);
    for (const text of [...texts("sv"), ...texts("en")]) assert.doesNotMatch(text, /\bR\d+\b/);
  });

  it("R7: a case notified after its case deadline, counting closed days", () => {
    // Meeting Fri 2025-05-09: 6 working days back skips the closed 2025-05-02 and första maj → 2025-04-29.
    const input = withCases(validInput(), [
      ROW(d("2025-05-09"), "T-1", "VC A", "Ja", d("2025-04-29")),
      ROW(d("2025-05-09"), "T-2", "VC A", "Ja", d("2025-04-30")),
      // Meeting 2025-04-25 (Easter): deadline 2025-04-15.
      ROW(d("2025-04-25"), "T-3", "VC A", "Ja", d("2025-04-15")),
      ROW(d("2025-04-25"), "T-4", "VC A", "Ja", d("2025-04-16")),
    ]);
    const { findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      ["notified-late warning Ärenden!F3", "notified-late warning Ärenden!F5"]
    );
    assert.deepEqual(findings[0].params, { notified: "2025-04-30", deadline: "2025-04-29" });
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Ärende T-2 (Ärenden!F3): anmält 2025-04-30, efter ärendefristen 2025-04-29."
    );
    assert.equal(
      formatFinding(findings[1], "en"),
      "Case T-4 (Ärenden!F5): notified 2025-04-16, after the case deadline 2025-04-15."
    );
  });

  it("R7: the deadline follows the Ärendefrist setting", () => {
    const input: PlanningInput = {
      ...withCases(validInput(), [ROW(d("2025-04-25"), "T-1", "VC A", "Ja", d("2025-04-16"))]),
      settings: grid("Inställningar", ["Ärendefrist"], [[4]]),
    };
    // 4 working days before 2025-04-25: 24, 23, 22, 17 → 2025-04-17; 04-16 is in time.
    assert.deepEqual(found(input), []);
  });

  it("a case whose unit is not in Enheter", () => {
    const input = withCases(validInput(), [
      ROW(d("2025-04-25"), "T-1", "VC A", "Ja"),
      ROW(d("2025-04-25"), "T-2", "Okänd VC", "Ja"),
    ]);
    const { findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      ["case-unit-unknown warning Ärenden!D3"]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      'Ärende T-2 (Ärenden!D3): enheten "Okänd VC" finns inte i tabellen Enheter.'
    );
  });

  it("a case whose meeting date is not a meeting in Möten", () => {
    const input = withCases(validInput(), [ROW(d("2025-04-24"), "T-1", "VC A", "Ja")]);
    const { findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      ["case-meeting-unknown error Ärenden!A2"]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Ärende T-1 (Ärenden!A2): mötesdatumet 2025-04-24 är inget möte i tabellen Möten, så ärendet räknas inte."
    );
    assert.equal(
      formatFinding(findings[0], "en"),
      "Case T-1 (Ärenden!A2): the meeting date 2025-04-24 is not a meeting in the table Möten, so the case is not counted."
    );
  });

  it("a meeting on a non-working day (weekend, holiday, closed day)", () => {
    const meetings = grid(
      "Möten",
      ["Plats", "Mötesdatum"],
      [
        ["x", d("2025-04-21")], // annandag påsk
        ["x", d("2025-04-22")],
        ["x", d("2025-05-02")], // closed (Stängda dagar)
        ["x", d("2025-05-10")], // Saturday
        ["x", d("2025-06-20")], // midsommarafton
      ]
    );
    const input = { ...validInput(), meetings, cases: grid("Ärenden", CASES_HEADER, []) };
    const { findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      [
        "meeting-not-workday warning Möten!B2",
        "meeting-not-workday warning Möten!B4",
        "meeting-not-workday warning Möten!B5",
        "meeting-not-workday warning Möten!B6",
      ]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Mötet 2025-04-21 i Möten!B2 ligger inte på en arbetsdag (helg, helgdag eller stängd dag)."
    );
  });

  it("the same case code twice at one meeting (not across meetings)", () => {
    const input = withCases(validInput(), [
      ROW(d("2025-04-25"), "T-1", "VC A", "Ja"),
      ROW(d("2025-05-09"), "T-1", "VC A", "Ja"),
      ROW(d("2025-04-25"), " t-1 ", "VC B", "Ja"),
    ]);
    const { findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      ["case-code-duplicate error Ärenden!B4"]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Ärende t-1 (Ärenden!B4): ärendekoden finns två gånger vid mötet 2025-04-25, första gången i Ärenden!B2."
    );
  });

  it("missing case code, unit and meeting date", () => {
    const input = withCases(validInput(), [
      [null, null, "Kommun", null, "Ja", null, null, null, null],
    ]);
    assert.deepEqual(found(input), [
      "date-missing error Ärenden!A2",
      "case-code-missing error Ärenden!B2",
      "case-unit-missing error Ärenden!D2",
    ]);
  });

  describe("privacy: any cell that looks like a personnummer", () => {
    const p1 = pnr("811218", "987");
    const p2 = pnr("850709", "123");
    const asNumber = Number(`19${p2.replace("-", "")}`);

    function leakyInput(): PlanningInput {
      const input = validInput();
      return {
        ...input,
        settings: grid("Inställningar", ["Grupp", "Starttid"], [[`Grupp ${p1}`, 0.375]]),
        closedDays: grid(
          "Stängda dagar",
          ["Datum", "Beskrivning"],
          [[d("2025-05-02"), `ledig ${p2}`]]
        ),
        units: grid(
          "Enheter",
          ["Enhet", "Typ", "Representant"],
          [
            ["VC A", "Region", p1],
            ["VC B", "Region", null],
          ]
        ),
        cases: grid(
          "Ärenden",
          [...CASES_HEADER, "Anteckning", p2],
          [
            [
              d("2025-04-25"),
              "T-1",
              "Kommun",
              "VC A",
              "Ja",
              null,
              `Gäller ${p1}`,
              null,
              null,
              null,
              null,
            ],
            [
              d("2025-04-25"),
              p2,
              "Kommun",
              "VC B",
              "Ja",
              null,
              null,
              null,
              asNumber,
              `extra ${p1}`,
              null,
            ],
          ],
          { sheet: "Ärenden" }
        ),
      };
    }

    it("is an error naming each cell, also headers, extra columns and numbers", () => {
      const { findings } = readPlanning(leakyInput());
      const pn = findings.filter((f) => f.code === "personnummer");
      assert.deepEqual(
        pn.map((f) => `${f.severity} ${f.cell}`),
        [
          "error Inställningar!A2",
          "error 'Stängda dagar'!B2",
          "error Enheter!C2",
          "error Ärenden!K1",
          "error Ärenden!G2",
          "error Ärenden!B3",
          "error Ärenden!I3",
          "error Ärenden!J3",
        ]
      );
      // In a case row it names the case by its code; never by a code that is a personnummer.
      assert.equal(
        formatFinding(pn[4], "sv"),
        "Personnummer i Ärenden!G2 (ärende T-1) — använd en ärendekod"
      );
      assert.equal(
        formatFinding(pn[4], "en"),
        "Personal identity number in Ärenden!G2 (case T-1) — use a case code"
      );
      assert.equal(formatFinding(pn[5], "sv"), "Personnummer i Ärenden!B3 — använd en ärendekod");
      assert.equal(formatFinding(pn[6], "sv"), "Personnummer i Ärenden!I3 — använd en ärendekod");
      assert.equal(formatFinding(pn[3], "sv"), "Personnummer i Ärenden!K1 — använd en ärendekod");
      assert.equal(
        formatFinding(pn[1], "sv"),
        "Personnummer i 'Stängda dagar'!B2 — använd en ärendekod"
      );
    });

    it("never appears in a finding, a message or an output", () => {
      const result = runPlan(leakyInput(), { today: d("2025-12-31"), lang: "sv" });
      const texts = [
        allText(result.findings),
        allText(result.sheets),
        allText(result.schedule),
        allText(result.agenda),
        allText(result.statistics),
        ...result.findings.map((f) => formatFinding(f, "sv")),
        ...result.findings.map((f) => formatFinding(f, "en")),
      ].join("\n");
      for (const p of [p1, p2, p1.replace("-", ""), p2.replace("-", ""), String(asNumber)]) {
        assert.equal(texts.includes(p), false, p);
      }
      // The case whose code was a personnummer still shows, redacted.
      assert.ok(allText(result.sheets.agenda).includes("[personnummer borttaget]"));
    });
  });
});
