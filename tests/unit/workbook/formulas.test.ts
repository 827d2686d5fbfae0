import { strict as assert } from "assert";
import {
  meetingFormulas,
  plan as runPlan,
  planningInput,
  SAMPLE_TODAY,
  sampleTables,
  tableToGrid,
} from "../../../src/core/planning";
import { CellValue } from "../../../src/core/planning/types";
import { evaluateFormula, FORMULA_FUNCTIONS } from "../../../src/functions/formula-table";
import * as impl from "../../../src/functions/implementations";
import {
  setWorkbookDateSystem,
  workbookDateSystem,
} from "../../../src/functions/runtime-date-system";
import {
  evaluateFormula as evaluateWith,
  FormulaContext,
  splitArguments,
} from "../../../src/workbook/formulas";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { newTableFromTemplate } from "../../../src/workbook/workbook";
import { d } from "../../helpers/dates";

type Tables = Record<string, Record<string, CellValue[]>>;

function defaultTables(): Tables {
  return {
    Enheter: {
      Enhet: ["Jönköpings kommun", "Norrahammars VC", "Råslätts VC"],
      Typ: ["Kommun", "Region", "Region"],
    },
    Ärenden: {
      Enhet: ["Norrahammars VC", "Råslätts VC"],
      Mötesdatum: [d("2025-04-25"), d("2025-06-10")],
      Samtycke: ["Ja", null],
    },
    Inställningar: { Ärendefrist: [6], Frigörandefrist: [5] },
    Stängda_dagar: { Datum: [null] },
  };
}

/** A context with one row of Möten and the Enheter/Ärenden/Inställningar columns. */
function context(row: Record<string, CellValue>, tables: Tables = defaultTables()): FormulaContext {
  return {
    thisRow: (column) => row[column],
    columns: (table, first, last) => {
      const t = tables[table];
      if (!t || !(first in t) || !(last in t)) return undefined;
      const names = Object.keys(t);
      const span = names.slice(names.indexOf(first), names.indexOf(last) + 1);
      return t[first].map((_, r) => span.map((c) => t[c][r]));
    },
  };
}

describe("workbook/formulas (the preview's evaluator of the add-in's own formulas)", () => {
  const row = { Mötesdatum: d("2025-04-25") };
  const sv = meetingFormulas("sv");

  it("splits arguments at top-level commas only", () => {
    assert.deepEqual(splitArguments('Enheter[[Enhet]:[Typ]],Ärenden[Enhet],[@Mötesdatum],", "'), [
      "Enheter[[Enhet]:[Typ]]",
      "Ärenden[Enhet]",
      "[@Mötesdatum]",
      '", "',
    ]);
    assert.deepEqual(splitArguments("[@A],IF(ISBLANK(INDEX(T[B],1)),6,INDEX(T[B],1)),T[C]"), [
      "[@A]",
      "IF(ISBLANK(INDEX(T[B],1)),6,INDEX(T[B],1))",
      "T[C]",
    ]);
  });

  it("evaluates the template's Möten formulas as Excel would", () => {
    const ctx = context(row);
    assert.equal(evaluateFormula(sv.caseDeadline, ctx), d("2025-04-15"));
    assert.equal(evaluateFormula(sv.releaseDeadline, ctx), d("2025-04-16"));
    assert.equal(evaluateFormula(sv.released, ctx), "Råslätts VC");
    assert.equal(
      evaluateFormula(sv.released, context({ Mötesdatum: d("2025-09-01") })),
      "Norrahammars VC, Råslätts VC"
    );
    assert.equal(evaluateFormula(sv.released, context({ Mötesdatum: null })), "");
    assert.equal(evaluateFormula(sv.caseDeadline, context({ Mötesdatum: null })), "");
  });

  it("the same in English headers", () => {
    const en = meetingFormulas("en");
    const tables: Tables = {
      Enheter: { Unit: ["Norrahammars VC", "Råslätts VC"], Type: ["Region", "Region"] },
      Ärenden: { Unit: ["Råslätts VC"], "Meeting date": [d("2025-04-25")], Consent: ["Yes"] },
      Inställningar: { "Case deadline": [6], "Release deadline": [5] },
      Stängda_dagar: { Date: [d("2025-04-24")] },
    };
    const ctx = context({ "Meeting date": d("2025-04-25") }, tables);
    assert.equal(evaluateFormula(en.caseDeadline, ctx), d("2025-04-14"));
    assert.equal(evaluateFormula(en.released, ctx), "Norrahammars VC");
  });

  it("Frigörs: a case with Samtycke Nej (No) keeps no unit, as in Mötesschema; a blank one does", () => {
    const withConsent = (consent: CellValue[]): FormulaContext => {
      const tables = defaultTables();
      tables.Ärenden = {
        Enhet: ["Norrahammars VC", "Råslätts VC", "Råslätts VC"],
        Mötesdatum: [d("2025-04-25"), d("2025-04-25"), d("2025-04-25")],
        Samtycke: consent,
      };
      return context(row, tables);
    };
    assert.equal(evaluateFormula(sv.released, withConsent(["Ja", "Nej", "Nej"])), "Råslätts VC");
    assert.equal(evaluateFormula(sv.released, withConsent(["Ja", "nej", "NO"])), "Råslätts VC");
    assert.equal(evaluateFormula(sv.released, withConsent(["Ja", "Nej", null])), "");
    assert.equal(evaluateFormula(sv.released, withConsent(["Ja", "Nej", "Ja"])), "");
    assert.equal(
      evaluateFormula(sv.released, withConsent(["Nej", "Nej", "Nej"])),
      "Norrahammars VC, Råslätts VC"
    );
    // As COUNTIFS compares: the whole text, so " Nej " (which Kontroller reads as Nej) keeps it.
    assert.equal(evaluateFormula(sv.released, withConsent(["Ja", "Nej", " Nej "])), "");
    const en = meetingFormulas("en");
    const tables: Tables = {
      Enheter: { Unit: ["Norrahammars VC", "Råslätts VC"], Type: ["Region", "Region"] },
      Ärenden: {
        Unit: ["Råslätts VC", "Norrahammars VC"],
        "Meeting date": [d("2025-04-25"), d("2025-04-25")],
        Consent: ["No", null],
      },
      Inställningar: { "Case deadline": [6], "Release deadline": [5] },
      Stängda_dagar: { Date: [null] },
    };
    assert.equal(
      evaluateFormula(en.released, context({ "Meeting date": d("2025-04-25") }, tables)),
      "Råslätts VC"
    );
    // Without a Samtycke column the formula refers to a column that is not there, as in Excel.
    const noColumn = defaultTables();
    delete noColumn.Ärenden.Samtycke;
    assert.equal(evaluateFormula(sv.released, context(row, noColumn)), "#REF!");
  });

  it("an empty deadline setting gives the default; 0 gives the meeting date; only the first settings row counts", () => {
    const withSettings = (case_: CellValue[], release: CellValue[]): FormulaContext => {
      const tables = defaultTables();
      tables.Inställningar = { Ärendefrist: case_, Frigörandefrist: release };
      return context(row, tables);
    };
    assert.equal(evaluateFormula(sv.caseDeadline, withSettings([null], [null])), d("2025-04-15"));
    assert.equal(
      evaluateFormula(sv.releaseDeadline, withSettings([null], [null])),
      d("2025-04-16")
    );
    assert.equal(evaluateFormula(sv.caseDeadline, withSettings([0], [0])), d("2025-04-25"));
    assert.equal(evaluateFormula(sv.releaseDeadline, withSettings([0], [0])), d("2025-04-25"));
    assert.equal(evaluateFormula(sv.caseDeadline, withSettings([1, 9], [2, 9])), d("2025-04-24"));
    assert.equal(
      evaluateFormula(sv.releaseDeadline, withSettings([1, 9], [2, 9])),
      d("2025-04-23")
    );
    assert.equal(evaluateFormula(sv.caseDeadline, withSettings([], [])), "#REF!");
  });

  it("still evaluates a hand-written UNITS_TO_RELEASE and whole-column settings", () => {
    const ctx = context(row);
    assert.equal(
      evaluateFormula(
        '=VERKSAM.UNITS_TO_RELEASE(Enheter[[Enhet]:[Typ]],Ärenden[Enhet],Ärenden[Mötesdatum],[@Mötesdatum],", ")',
        ctx
      ),
      "Råslätts VC"
    );
    assert.equal(
      evaluateFormula(
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Ärendefrist],Stängda_dagar[Datum])",
        ctx
      ),
      d("2025-04-15")
    );
  });

  it("IF, ISBLANK and INDEX as Excel has them", () => {
    const ctx = context({ Mötesdatum: d("2025-04-25"), Tom: null, Text: "x" });
    assert.equal(evaluateFormula("=IF(ISBLANK([@Tom]),1,2)", ctx), 1);
    assert.equal(evaluateFormula("=IF(ISBLANK([@Text]),1,2)", ctx), 2);
    assert.equal(evaluateFormula("=IF([@Text],1,2)", ctx), "#VALUE!");
    assert.equal(evaluateFormula("=IF(0,1)", ctx), false);
    assert.equal(evaluateFormula("=INDEX(Enheter[[Enhet]:[Typ]],2,2)", ctx), "Region");
    assert.equal(evaluateFormula("=INDEX(Enheter[Enhet],4)", ctx), "#REF!");
    assert.equal(evaluateFormula('=IF(1,"a",VERKSAM.IS_WORKDAY("x"))', ctx), "a");
  });

  it("shows Excel's error values: #NAME? for other formulas, #REF! for unknown references, the function's own error", () => {
    const ctx = context(row);
    assert.equal(evaluateFormula("=SUM(A1:A3)", ctx), "#NAME?");
    assert.equal(evaluateFormula("=[@Mötesdatum]+1", ctx), "#NAME?");
    assert.equal(evaluateFormula("=VERKSAM.IS_WORKDAY(A1)&VERKSAM.IS_WORKDAY(A2)", ctx), "#NAME?");
    assert.equal(evaluateFormula("=VERKSAM.IS_WORKDAY(Saknas[Datum])", ctx), "#REF!");
    assert.equal(evaluateFormula("=VERKSAM.IS_WORKDAY([@Saknas])", ctx), "#REF!");
    assert.equal(evaluateFormula('=VERKSAM.IS_WORKDAY("inte ett datum")', ctx), "#VALUE!");
    assert.equal(evaluateFormula("=VERKSAM.SWEDISH_HOLIDAYS(1800)", ctx), "#VALUE!");
    assert.equal(evaluateFormula("=VERKSAM.WORKDAYS_BEFORE_MEETING(5,10)", ctx), "#N/A");
    assert.equal(
      evaluateFormula("=VERKSAM.IS_WORKDAY([@Mötesdatum])", context({ Mötesdatum: null })),
      ""
    );
  });

  it("evaluates in the workbook's date system", () => {
    const ctx1904: FormulaContext = { ...context({ Mötesdatum: 44310 }), dateSystem: "1904" };
    assert.equal(evaluateFormula(sv.caseDeadline, ctx1904), 44300); // 2025-04-15 in 1904
    assert.equal(evaluateFormula(sv.caseDeadline, context({ Mötesdatum: 45772 })), 45762);
  });

  it("the preview's sample with a unit whose only case has Samtycke Nej: Frigörs shows what Mötesschema shows", async () => {
    for (const lang of ["sv", "en"] as const) {
      const tables = sampleTables(lang);
      const cases = tables[4];
      // Meeting 3 (2025-11-18) gets one more case, for Råslätts VC, without consent.
      const extra = [...cases.rows[22]];
      extra[1] = "J2-25-031";
      extra[3] = "Råslätts VC";
      const withExtra = tables.map((t) => (t === cases ? { ...t, rows: [...t.rows, extra] } : t));
      const planned = runPlan(
        planningInput(withExtra.map((t) => [t.sheet, tableToGrid(t)] as const)),
        { today: SAMPLE_TODAY, lang }
      );
      assert.equal(planned.schedule[2].released.join(", "), "Råslätts VC", lang);
      const wb = new MemoryWorkbook({ evaluate: evaluateFormula });
      await wb.createTables(withExtra.map(newTableFromTemplate));
      const sheet = wb.sheet(tables[3].sheet)!;
      const table = sheet.tables[0];
      planned.schedule.forEach((m, r) =>
        assert.equal(
          wb.cellValue(sheet, table.top + 1 + r, table.left + 6),
          m.released.join(", "),
          `${lang}: meeting ${m.nr}`
        )
      );
    }
  });

  it("the preview's sample shows the planner's deadlines and releases in every formula cell", async () => {
    for (const lang of ["sv", "en"] as const) {
      const tables = sampleTables(lang);
      const meetings = tables[3];
      const wb = new MemoryWorkbook({ evaluate: evaluateFormula });
      await wb.createTables(tables.map(newTableFromTemplate));
      const sheet = wb.sheet(meetings.sheet)!;
      const table = sheet.tables[0];
      meetings.rows.forEach((expected, r) => {
        for (const c of [4, 5, 6]) {
          assert.ok(meetings.formulas[c], `${lang}: column ${c} has a formula`);
          assert.equal(
            wb.cellValue(sheet, table.top + 1 + r, table.left + c),
            expected[c],
            `${lang}: row ${r + 1}, ${meetings.header[c]}`
          );
        }
      });
    }
  });
  it("calls only the functions it is given: without them a VERKSAM formula is #NAME?, as in Excel without the add-in", () => {
    const ctx = context(row);
    assert.equal(evaluateWith(sv.caseDeadline, ctx, {}), "#NAME?");
    assert.equal(evaluateWith(sv.released, ctx, {}), "#NAME?");
    assert.equal(evaluateWith("=VERKSAM.IS_WORKDAY([@Mötesdatum])", ctx, {}), "#NAME?");
    // An inherited property is no function.
    assert.equal(evaluateWith("=CONSTRUCTOR(1)", ctx, FORMULA_FUNCTIONS), "#NAME?");
    // Only the one function given is called, with the context's date system.
    const calls: [string, readonly unknown[]][] = [];
    const one = {
      "VERKSAM.IS_WORKDAY": {
        call: (system: string, args: readonly unknown[]) => (calls.push([system, args]), "ja"),
        matrixParams: [1],
      },
    };
    const ctx1904: FormulaContext = { ...ctx, dateSystem: "1904" };
    assert.equal(evaluateWith("=VERKSAM.IS_WORKDAY([@Mötesdatum])", ctx1904, one), "ja");
    assert.equal(evaluateWith(sv.caseDeadline, ctx1904, one), "#NAME?");
    assert.deepEqual(calls, [["1904", [d("2025-04-25")]]]);
  });

  it("an in-memory workbook evaluates with the evaluator it is given, else as Excel without the add-in", async () => {
    const tables = sampleTables("sv");
    const meetings = tables[3];
    const bare = new MemoryWorkbook();
    const withFunctions = new MemoryWorkbook({ evaluate: evaluateFormula });
    for (const wb of [bare, withFunctions]) await wb.createTables(tables.map(newTableFromTemplate));
    const shown = (wb: MemoryWorkbook, c: number): CellValue => {
      const sheet = wb.sheet(meetings.sheet)!;
      const table = sheet.tables[0];
      return wb.cellValue(sheet, table.top + 1, table.left + c);
    };
    for (const c of [4, 5, 6]) {
      assert.equal(shown(bare, c), "#NAME?", meetings.header[c]);
      assert.equal(shown(withFunctions, c), meetings.rows[0][c], meetings.header[c]);
    }
  });

  it("takes the date system as a value: the runtime's system neither applies nor changes", () => {
    const before = workbookDateSystem();
    try {
      for (const runtime of ["1900", "1904"] as const) {
        setWorkbookDateSystem(runtime);
        const ctx1904: FormulaContext = { ...context({ Mötesdatum: 44310 }), dateSystem: "1904" };
        assert.equal(evaluateFormula(sv.caseDeadline, ctx1904), 44300, runtime);
        assert.equal(evaluateFormula(sv.caseDeadline, context({ Mötesdatum: 45772 })), 45762);
        assert.equal(workbookDateSystem(), runtime);
        // The implementations themselves: the same date in each system.
        assert.equal(impl.workdaysBeforeMeeting("1904", 44310, 6), 44300);
        assert.equal(impl.workdaysBeforeMeeting("1900", 45772, 6), 45762);
      }
    } finally {
      setWorkbookDateSystem(before);
    }
  });
});
