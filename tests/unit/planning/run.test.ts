import { strict as assert } from "assert";
import {
  agendaSheet,
  oneLineResult,
  plan as runPlan,
  toOutputSheets,
  type AgendaMeeting,
  type ScheduleRow,
  type Statistics,
} from "../../../src/core/planning";
import { d, pnr, validInput, withCases } from "./helpers";

describe("planning/run", () => {
  it("plan() builds findings, schedule, agenda, statistics, sheets and a summary", () => {
    const r = runPlan(validInput(), { today: d("2025-06-01"), lang: "sv" });
    assert.deepEqual(r.summary, { meetings: 3, cases: 7, warnings: 0, errors: 0 });
    assert.equal(r.schedule.length, 3);
    assert.equal(r.agenda.length, 3);
    assert.equal(r.statistics.rows.length, 5);
    assert.deepEqual(
      [r.sheets.schedule.name, r.sheets.agenda.name, r.sheets.statistics.name],
      ["Mötesschema", "Dagordning", "Statistik"]
    );
    assert.equal(oneLineResult(r.summary, "sv"), "3 möten, 7 ärenden, 0 varningar");
    assert.equal(oneLineResult(r.summary, "en"), "3 meetings, 7 cases, 0 warnings");
  });

  it("summary counts warnings and errors", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "T-1", "Kommun", "VC A", "Nej", null, null, null, null],
      ["2025-04-25", "T-2", "Kommun", "VC A", "Ja", null, null, null, null],
      [d("2025-04-25"), "T-3", "Kommun", "VC Z", "Ja", null, null, null, null],
    ]);
    const r = runPlan(input, { today: d("2025-06-01"), lang: "en" });
    assert.deepEqual(r.summary, { meetings: 3, cases: 3, warnings: 2, errors: 1 });
    assert.equal(oneLineResult(r.summary, "sv"), "3 möten, 3 ärenden, 1 fel, 2 varningar");
    assert.equal(oneLineResult(r.summary, "en"), "3 meetings, 3 cases, 1 error, 2 warnings");
    assert.equal(r.sheets.schedule.header[0], "No.");
  });

  it("oneLineResult: singular and plural", () => {
    const one = { meetings: 1, cases: 1, warnings: 1, errors: 0 };
    assert.equal(oneLineResult(one, "sv"), "1 möte, 1 ärende, 1 varning");
    assert.equal(oneLineResult(one, "en"), "1 meeting, 1 case, 1 warning");
    const many = { meetings: 5, cases: 27, warnings: 2, errors: 0 };
    assert.equal(oneLineResult(many, "sv"), "5 möten, 27 ärenden, 2 varningar");
    assert.equal(oneLineResult(many, "en"), "5 meetings, 27 cases, 2 warnings");
    assert.equal(
      oneLineResult({ meetings: 0, cases: 0, warnings: 0, errors: 2 }, "sv"),
      "0 möten, 0 ärenden, 2 fel, 0 varningar"
    );
    assert.equal(
      oneLineResult({ meetings: 0, cases: 0, warnings: 0, errors: 2 }, "en"),
      "0 meetings, 0 cases, 2 errors, 0 warnings"
    );
  });

  it("output grids redact a personnummer that reaches them (safety net)", () => {
    // Built by hand, bypassing readPlanning's own redaction.
    const secret = pnr("811218", "987");
    const schedule: ScheduleRow[] = [
      {
        nr: 1,
        date: d("2025-04-25"),
        week: 17,
        weekYear: 2025,
        weekday: 5,
        startMinutes: 540,
        location: "",
        caseCount: 1,
        unitsWithCases: [`VC ${secret}`],
        released: [secret],
        findings: [],
      },
    ];
    const agenda: AgendaMeeting[] = [
      {
        nr: 1,
        date: d("2025-04-25"),
        startMinutes: 540,
        slots: [
          {
            slot: 1,
            unit: "VC A",
            known: true,
            fromMinutes: 540,
            toMinutes: 560,
            minutes: 20,
            caseCount: 1,
            codes: [secret],
          },
        ],
      },
    ];
    const statistics: Statistics = { units: [secret], hasUnknownUnit: false, rows: [] };
    const sheets = toOutputSheets({ schedule, agenda, statistics }, "sv");
    const text = JSON.stringify(sheets);
    assert.equal(text.includes(secret), false);
    assert.equal(text.includes(secret.replace("-", "")), false);
    assert.deepEqual(sheets.agenda.rows[0][8], "[personnummer borttaget]");
    assert.deepEqual(sheets.schedule.rows[0][9], "VC [personnummer borttaget]");
    assert.equal(sheets.statistics.header[7], "[personnummer borttaget]");
    assert.equal(agendaSheet(agenda, "en").rows[0][8], "[personnummer borttaget]");
  });

  it("a case code that is a personnummer never reaches an output grid", () => {
    const secret = pnr("900101", "123");
    const input = withCases(validInput(), [
      [d("2025-04-25"), secret, "Kommun", "VC A", "Ja", null, null, null, null],
      [
        d("2025-04-25"),
        Number(`19${secret.replace("-", "")}`),
        "Kommun",
        "VC A",
        "Ja",
        null,
        null,
        null,
        null,
      ],
    ]);
    for (const lang of ["sv", "en"] as const) {
      const r = runPlan(input, { today: d("2025-06-01"), lang });
      const text = JSON.stringify(r.sheets) + JSON.stringify(r.findings) + JSON.stringify(r.model);
      assert.equal(text.includes(secret), false);
      assert.equal(text.includes(secret.replace("-", "")), false);
      assert.equal(r.findings.filter((f) => f.code === "personnummer").length, 2);
    }
  });
});
