import { strict as assert } from "assert";
import {
  colLetter,
  cellAddress,
  formatFinding,
  headerKey,
  quoteSheetName,
  readPlanning,
  type PlanningInput,
} from "../../../src/core/planning";
import { CASES_HEADER, d, grid, hm, validInput, withCases } from "./helpers";

function codes(input: PlanningInput): string[] {
  return readPlanning(input).findings.map((f) => `${f.code} ${f.cell}`);
}

describe("planning/address", () => {
  it("colLetter names every column", () => {
    const expected: [number, string][] = [
      [0, "A"],
      [1, "B"],
      [25, "Z"],
      [26, "AA"],
      [27, "AB"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    for (const [i, letters] of expected) assert.equal(colLetter(i), letters, String(i));
  });

  it("quotes sheet names the Excel way", () => {
    assert.equal(quoteSheetName("Ärenden"), "Ärenden");
    assert.equal(quoteSheetName("Stängda dagar"), "'Stängda dagar'");
    assert.equal(quoteSheetName("Bob's"), "'Bob''s'");
    assert.equal(quoteSheetName("A1"), "'A1'");
    assert.equal(quoteSheetName("R1C1"), "'R1C1'");
    assert.equal(quoteSheetName("2025"), "'2025'");
    assert.equal(quoteSheetName("HT-2025"), "'HT-2025'");
    assert.equal(quoteSheetName("Blad_1"), "Blad_1");
  });

  it("cellAddress uses 0-based row and column", () => {
    assert.equal(cellAddress("Ärenden", 6, 4), "Ärenden!E7");
    assert.equal(cellAddress("Stängda dagar", 1, 0), "'Stängda dagar'!A2");
    assert.equal(cellAddress("Möten", 9, 26), "Möten!AA10");
  });
});

describe("planning/read", () => {
  it("reads a valid workbook without findings", () => {
    const { plan, findings } = readPlanning(validInput());
    assert.deepEqual(findings, []);
    assert.deepEqual(plan.settings, {
      group: "VerkSam Test",
      startMinutes: 540,
      intervalWeeks: 6,
      caseDeadlineDays: 6,
      releaseDeadlineDays: 5,
      minutesPerCase: 20,
    });
    assert.deepEqual([...plan.closedDays], [d("2025-05-02")]);
    assert.deepEqual(
      plan.units.map((u) => [u.name, u.type]),
      [
        ["Habo kommun", "Kommun"],
        ["VC A", "Region"],
        ["VC B", "Region"],
        ["VC C", "Region"],
        ["Arbetsförmedlingen", "AF"],
        ["Försäkringskassan", "FK"],
      ]
    );
    assert.deepEqual(
      plan.meetings.map((m) => [m.date, m.startMinutes, m.form, m.cell]),
      [
        [d("2025-04-25"), undefined, "Fysiskt", "Möten!A2"],
        [d("2025-05-09"), undefined, "Fysiskt", "Möten!A3"],
        [d("2025-09-16"), 780, "Digitalt", "Möten!A4"],
      ]
    );
    assert.equal(plan.cases.length, 7);
    const c = plan.cases[1];
    assert.equal(c.code, "T-02");
    assert.equal(c.meetingDate, d("2025-04-25"));
    assert.equal(c.initiatedBy, "Region");
    assert.equal(c.unitIndex, 1);
    assert.equal(c.consent, "yes");
    assert.equal(c.notified, d("2025-04-14"));
    assert.equal(c.outcome, "SIP");
    assert.equal(c.minutes, 30);
    assert.equal(c.cells.code, "Ärenden!B3");
    assert.equal(c.cells.notified, "Ärenden!F3");
  });

  it("matches headers case-insensitively, trimmed, NFC, with a trailing parenthetical ignored", () => {
    assert.equal(headerKey("  Mötesintervall (veckor) "), "mötesintervall");
    assert.equal(headerKey("A\u0308rendekod"), "ärendekod");
    assert.equal(headerKey("MINUTER  PER   ÄRENDE"), "minuter per ärende");
    const input = validInput();
    const header = [
      "  MÖTESDATUM ",
      "A\u0308rendekod (kod)",
      "initierad AV",
      "enhet",
      "Samtycke (Ja/Nej)",
      "Anmäld",
      "Frågeställning",
      "Utfall",
      "Minuter (min)",
    ];
    const same = withCases(input, input.cases!.values.slice(1), header);
    const a = readPlanning(input).plan.cases;
    const b = readPlanning(same);
    assert.deepEqual(b.findings, []);
    assert.deepEqual(b.plan.cases, a);
  });

  it("finds columns in another order, with English headers and extra columns", () => {
    const input = validInput();
    const rows = input.cases!.values.slice(1);
    // Reverse the nine columns, and put two extra columns in front.
    const header = [
      "Notes",
      "Kommentar",
      ...[
        "Minutes",
        "Outcome",
        "Question",
        "Notified",
        "Consent",
        "Unit",
        "Initiated by",
        "Case code",
        "Meeting date",
      ],
    ];
    const reordered = rows.map((r) => ["x", 17, ...[...r].reverse()]);
    const { plan, findings } = readPlanning(withCases(input, reordered, header));
    assert.deepEqual(findings, []);
    assert.deepEqual(
      plan.cases.map((c) => [c.code, c.unit, c.meetingDate, c.minutes]),
      readPlanning(input).plan.cases.map((c) => [c.code, c.unit, c.meetingDate, c.minutes])
    );
    // Addresses follow the sheet's real columns: Case code is now column J.
    assert.equal(plan.cases[0].cells.code, "Ärenden!J2");
    assert.equal(plan.cases[0].cells.meetingDate, "Ärenden!K2");
  });

  it("accepts English settings, units and meetings headers and values", () => {
    const input: PlanningInput = {
      ...validInput(),
      settings: grid(
        "Inställningar",
        [
          "Group",
          "Start time",
          "Meeting interval",
          "Case deadline",
          "Release deadline",
          "Minutes per case",
        ],
        [["G", "13.30", 4, "8", 3, 15]]
      ),
      units: grid(
        "Enheter",
        ["Unit", "Type", "Email"],
        [
          ["Habo kommun", "Municipality", null],
          ["VC A", "region", null],
        ]
      ),
      meetings: grid(
        "Möten",
        ["Meeting date", "Start time", "Format"],
        [[d("2025-04-25"), "8:15", "Physical"]]
      ),
      cases: grid(
        "Ärenden",
        ["Meeting date", "Case code", "Unit", "Consent", "Initiated by", "Outcome"],
        [
          [d("2025-04-25"), "E-1", "VC A", "Yes", "Municipality", "No further cooperation"],
          [d("2025-04-25"), "E-2", "VC A", true, "Region", "Other"],
          [d("2025-04-25"), "E-3", "VC A", false, "Region", "sip"],
        ]
      ),
    };
    const { plan, findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.cell}`),
      ["consent-no Ärenden!D4"]
    );
    assert.equal(plan.settings.startMinutes, 13 * 60 + 30);
    assert.equal(plan.settings.intervalWeeks, 4);
    assert.equal(plan.settings.caseDeadlineDays, 8);
    assert.equal(plan.settings.releaseDeadlineDays, 3);
    assert.equal(plan.settings.minutesPerCase, 15);
    assert.deepEqual(
      plan.units.map((u) => u.type),
      ["Kommun", "Region"]
    );
    assert.equal(plan.meetings[0].startMinutes, 8 * 60 + 15);
    assert.equal(plan.meetings[0].form, "Fysiskt");
    assert.deepEqual(
      plan.cases.map((c) => [c.consent, c.initiatedBy, c.outcome]),
      [
        ["yes", "Kommun", "Ingen fortsatt samverkan"],
        ["yes", "Region", "Annat"],
        ["no", "Region", "SIP"],
      ]
    );
  });

  it("skips fully blank rows but keeps the sheet's row numbers in addresses", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "T-01", "Kommun", "VC A", "Ja", null, null, null, null],
      [null, "", "   ", null, null, null, null, null, null],
      [],
      [d("2025-04-25"), "T-02", "Kommun", "VC X", "Ja", null, null, null, null],
    ]);
    const { plan, findings } = readPlanning(input);
    assert.equal(plan.cases.length, 2);
    assert.deepEqual(
      plan.cases.map((c) => c.row),
      [0, 3]
    );
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.cell}`),
      ["case-unit-unknown Ärenden!D5"]
    );
  });

  it("uses the table's position and quotes the sheet in addresses", () => {
    const input: PlanningInput = {
      ...validInput(),
      cases: grid(
        "Ärenden",
        CASES_HEADER,
        [[d("2025-04-25"), "T-01", "Kommun", "VC Z", "Ja", null, null, null, null]],
        {
          sheet: "Mina ärenden",
          top: 3,
          left: 2,
        }
      ),
    };
    assert.deepEqual(codes(input), ["case-unit-unknown 'Mina ärenden'!F5"]);
  });

  it("reports missing tables and still returns a plan", () => {
    const { plan, findings } = readPlanning({});
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity, f.cell]),
      [
        ["table-missing", "error", "Enheter"],
        ["table-missing", "error", "Möten"],
        ["table-missing", "error", "Ärenden"],
      ]
    );
    assert.equal(
      formatFinding(findings[2], "sv"),
      "Tabellen Ärenden saknas i arbetsboken (Ärenden)."
    );
    assert.equal(
      formatFinding(findings[2], "en"),
      "The table Ärenden is missing from the workbook (Ärenden)."
    );
    assert.equal(plan.settings.startMinutes, 540);
    assert.deepEqual([plan.units.length, plan.meetings.length, plan.cases.length], [0, 0, 0]);
  });

  it("settings and closed days are optional tables", () => {
    const input = validInput();
    const { plan, findings } = readPlanning({
      units: input.units,
      meetings: input.meetings,
      cases: input.cases,
    });
    assert.deepEqual(findings, []);
    assert.equal(plan.settings.caseDeadlineDays, 6);
    assert.equal(plan.closedDays.size, 0);
  });

  it("reads Koordinator and Sammankallande when present, redacted; old books without them keep working", () => {
    const input = validInput();
    const old = readPlanning(input);
    assert.equal(old.plan.settings.coordinator, undefined);
    assert.equal(old.plan.settings.convener, undefined);
    const settings = input.settings!;
    const withNames = (coordinator: string | null, convener: string | null): typeof settings => ({
      ...settings,
      values: [
        [...settings.values[0], "Koordinator", "Sammankallande"],
        [...settings.values[1], coordinator, convener],
      ],
    });
    const both = readPlanning({ ...input, settings: withNames("  Anna  Andersson ", "Bo Berg") });
    assert.equal(both.plan.settings.coordinator, "Anna Andersson");
    assert.equal(both.plan.settings.convener, "Bo Berg");
    assert.deepEqual(both.findings, old.findings);
    const empty = readPlanning({ ...input, settings: withNames(null, "") });
    assert.equal(empty.plan.settings.coordinator, undefined);
    assert.equal(empty.plan.settings.convener, undefined);
    const english = readPlanning({
      ...input,
      settings: {
        ...settings,
        values: [
          [...settings.values[0], "Coordinator", "Convener"],
          [...settings.values[1], "Ann", "Cid"],
        ],
      },
    });
    assert.equal(english.plan.settings.coordinator, "Ann");
    assert.equal(english.plan.settings.convener, "Cid");
    const pnr = readPlanning({ ...input, settings: withNames("Anna 19121212-1212", null) });
    assert.ok(!/1212/.test(pnr.plan.settings.coordinator ?? ""), pnr.plan.settings.coordinator);
    assert.ok(pnr.findings.some((f) => f.code === "personnummer"));
  });

  it("reports missing required columns by name, at the header row", () => {
    const input = validInput();
    const header = CASES_HEADER.filter((h) => h !== "Enhet");
    const rows = input.cases!.values.slice(1).map((r) => r.filter((_, j) => j !== 3));
    const { plan, findings } = readPlanning({
      ...withCases(input, rows, header),
      units: grid("Enheter", ["Enhet"], [["VC A"]]),
    });
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell, f.params.table, f.params.column]),
      [
        ["column-missing", "Enheter!A1", "Enheter", "Typ"],
        ["column-missing", "Ärenden!A1:H1", "Ärenden", "Enhet"],
      ]
    );
    assert.equal(
      formatFinding(findings[1], "sv"),
      'Kolumnen "Enhet" saknas i tabellen Ärenden (Ärenden!A1:H1).'
    );
    assert.equal(
      formatFinding(findings[1], "en"),
      'Column "Enhet" (Unit) is missing from the table Ärenden (Ärenden!A1:H1).'
    );
    assert.equal(plan.cases.length, 7);
    assert.equal(plan.cases[0].unitIndex, -1);
  });

  it("warns once when the Samtycke column is missing", () => {
    const input = validInput();
    const header = CASES_HEADER.filter((h) => h !== "Samtycke");
    const rows = input.cases!.values.slice(1).map((r) => r.filter((_, j) => j !== 4));
    assert.deepEqual(codes(withCases(input, rows, header)), [
      "consent-column-missing Ärenden!A1:H1",
    ]);
  });

  it("accepts a date typed as text with a warning, and rejects other text", () => {
    const input = withCases(validInput(), [
      ["2025-04-25", "T-01", "Kommun", "VC A", "Ja", " 2025-04-01 ", null, null, null],
      ["25/4", "T-02", "Kommun", "VC A", "Ja", "igår", null, null, null],
      [d("2025-04-25") + 0.5, "T-03", "Kommun", "VC A", "Ja", true, null, null, null],
    ]);
    const { plan, findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      [
        "date-as-text warning Ärenden!A2",
        "date-as-text warning Ärenden!F2",
        "date-invalid error Ärenden!A3",
        "date-invalid error Ärenden!F3",
        "date-invalid error Ärenden!F4",
      ]
    );
    assert.equal(plan.cases[0].meetingDate, d("2025-04-25"));
    assert.equal(plan.cases[0].notified, d("2025-04-01"));
    assert.equal(plan.cases[1].meetingDate, undefined);
    assert.equal(plan.cases[2].meetingDate, d("2025-04-25"));
    // A finding about a case names its code as well as the cell.
    assert.equal(
      formatFinding(findings[0], "sv"),
      "Ärende T-01 (Ärenden!A2): datumet är skrivet som text; skriv det som ett datum."
    );
    assert.equal(
      formatFinding(findings[0], "en"),
      "Case T-01 (Ärenden!A2): the date is typed as text; enter it as a date."
    );
    assert.equal(
      formatFinding(findings[2], "sv"),
      "Ärende T-02 (Ärenden!A3): ogiltigt datum; det används inte för datumberäkningar."
    );
  });

  it("reports a meeting typed as text in Möten and still uses it", () => {
    const input = validInput();
    const meetings = grid(
      "Möten",
      ["Mötesdatum"],
      [["2025-04-25"], [d("2025-05-09")], [d("2025-09-16")]]
    );
    const { plan, findings } = readPlanning({ ...input, meetings });
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.cell} ${f.meeting}`),
      [`date-as-text Möten!A2 ${d("2025-04-25")}`]
    );
    assert.equal(plan.meetings.length, 3);
  });

  it("replaces invalid settings by defaults, with a finding each", () => {
    const input = {
      ...validInput(),
      settings: grid(
        "Inställningar",
        [
          "Grupp",
          "Starttid",
          "Mötesintervall (veckor)",
          "Ärendefrist",
          "Frigörandefrist",
          "Minuter per ärende",
        ],
        [
          ["G", "25:00", 0, "sex", -1, 2.5],
          ["G2", 0.5, 6, 6, 5, 20],
        ]
      ),
    };
    const { plan, findings } = readPlanning(input);
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.cell}`),
      [
        "settings-extra-rows Inställningar!A3",
        "time-invalid Inställningar!B2",
        "setting-invalid Inställningar!C2",
        "setting-invalid Inställningar!D2",
        "setting-invalid Inställningar!E2",
        "setting-invalid Inställningar!F2",
      ]
    );
    assert.deepEqual(plan.settings, {
      group: "G",
      startMinutes: 540,
      intervalWeeks: 6,
      caseDeadlineDays: 6,
      releaseDeadlineDays: 5,
      minutesPerCase: 20,
    });
    assert.equal(
      formatFinding(findings[3], "sv"),
      'Ogiltigt värde i Inställningar!D2 ("Ärendefrist"); standardvärdet 6 används.'
    );
    assert.equal(
      formatFinding(findings[1], "en"),
      "Invalid time in Inställningar!B2; 09:00 is used."
    );
  });

  it("reports unknown values with the cell and the allowed values", () => {
    const input = validInput();
    const units = grid(
      "Enheter",
      ["Enhet", "Typ"],
      [
        ["VC A", "Privat"],
        ["VC B", null],
      ]
    );
    const meetings = grid(
      "Möten",
      ["Mötesdatum", "Form", "Starttid"],
      [[d("2025-04-25"), "Hybrid", "nio"]]
    );
    const cases = grid("Ärenden", CASES_HEADER, [
      [d("2025-04-25"), "T-1", "Staten", "VC A", "Kanske", null, null, "Psykiatrin", "lång"],
    ]);
    const { plan, findings } = readPlanning({ ...input, units, meetings, cases });
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.severity} ${f.cell}`),
      [
        "value-unknown warning Enheter!B2",
        "value-missing warning Enheter!B3",
        "time-invalid warning Möten!C2",
        "value-unknown warning Möten!B2",
        "value-unknown warning Ärenden!C2",
        "value-unknown warning Ärenden!E2",
        "value-unknown warning Ärenden!H2",
        "minutes-invalid warning Ärenden!I2",
      ]
    );
    assert.equal(
      formatFinding(findings[0], "sv"),
      'Okänt värde "Privat" i Enheter!B2 ("Typ"); tillåtna värden: Kommun, Region, AF, FK.'
    );
    assert.equal(
      formatFinding(findings[0], "en"),
      'Unknown value "Privat" in Enheter!B2 ("Typ"); allowed values: Municipality, Region, AF, FK.'
    );
    // In a case row: the case's code first, then the column.
    assert.equal(
      formatFinding(findings[5], "sv"),
      'Ärende T-1 (Ärenden!E2): okänt värde "Kanske" i kolumnen "Samtycke"; tillåtna värden: Ja, Nej.'
    );
    assert.equal(
      formatFinding(findings[5], "en"),
      'Case T-1 (Ärenden!E2): unknown value "Kanske" in the column "Samtycke"; allowed values: Yes, No.'
    );
    assert.equal(
      formatFinding(findings[7], "sv"),
      "Ärende T-1 (Ärenden!I2): ogiltigt antal minuter; 20 minuter används."
    );
    assert.equal(plan.units[0].type, undefined);
    assert.equal(plan.cases[0].consent, "unknown");
    assert.equal(plan.cases[0].outcome, undefined);
  });

  it("matches unit names ignoring case, surrounding spaces and Unicode normalisation", () => {
    const input = validInput();
    const units = grid(
      "Enheter",
      ["Enhet", "Typ"],
      [
        ["Råslätts VC", "Region"],
        ["Norrahammars VC", "Region"],
      ]
    );
    const cases = grid("Ärenden", CASES_HEADER, [
      [d("2025-04-25"), "T-1", "Kommun", "  RA\u030aSLÄTTS   vc ", "Ja", null, null, null, null],
      [d("2025-04-25"), "T-2", "Kommun", "norrahammars\u00a0vc", "Ja", null, null, null, null],
    ]);
    const { plan, findings } = readPlanning({ ...input, units, cases });
    assert.deepEqual(findings, []);
    assert.deepEqual(
      plan.cases.map((c) => c.unitIndex),
      [0, 1]
    );
  });

  it("reports duplicate units and meetings and ignores the second", () => {
    const input = validInput();
    const units = grid(
      "Enheter",
      ["Enhet", "Typ"],
      [
        ["VC A", "Region"],
        ["vc a ", "Kommun"],
        [null, "Region"],
      ]
    );
    const meetings = grid(
      "Möten",
      ["Mötesdatum", "Form"],
      [
        [d("2025-04-25"), null],
        [d("2025-04-25") + 0.25, null],
        [null, "Fysiskt"],
      ]
    );
    const cases = grid("Ärenden", CASES_HEADER, [
      [d("2025-04-25"), "T-1", "Kommun", "VC A", "Ja", null, null, null, null],
    ]);
    const { plan, findings } = readPlanning({ ...input, units, meetings, cases });
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.cell}`),
      [
        "unit-duplicate Enheter!A3",
        "unit-name-missing Enheter!A4",
        "meeting-duplicate Möten!A3",
        "date-missing Möten!A4",
      ]
    );
    assert.equal(findings[0].params.first, "Enheter!A2");
    assert.equal(plan.units.length, 1);
    assert.equal(plan.meetings.length, 1);
  });

  it("reads a time of day from a date-time serial and text", () => {
    const meetings = grid(
      "Möten",
      ["Mötesdatum", "Starttid"],
      [
        [d("2025-04-25"), d("2025-04-25") + hm(10, 30)],
        [d("2025-05-09"), "kl. 13:15"],
        [d("2025-09-16"), "09.45"],
      ]
    );
    const { plan, findings } = readPlanning({ ...validInput(), meetings });
    assert.deepEqual(findings, []);
    assert.deepEqual(
      plan.meetings.map((m) => m.startMinutes),
      [630, 795, 585]
    );
  });
});
