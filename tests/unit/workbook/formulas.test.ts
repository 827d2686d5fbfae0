import { strict as assert } from "assert";
import { CellValue } from "../../../src/core/planning/types";
import { evaluateFormula, FormulaContext, splitArguments } from "../../../src/workbook/formulas";
import { d } from "../../helpers/dates";

/** A context with one row of Möten and the Enheter/Ärenden/Inställningar columns. */
function context(row: Record<string, CellValue>): FormulaContext {
  const tables: Record<string, Record<string, CellValue[]>> = {
    Enheter: {
      Enhet: ["Jönköpings kommun", "Norrahammars VC", "Råslätts VC"],
      Typ: ["Kommun", "Region", "Region"],
    },
    Ärenden: {
      Enhet: ["Norrahammars VC", "Råslätts VC"],
      Mötesdatum: [d("2025-04-25"), d("2025-06-10")],
    },
    Inställningar: { Ärendefrist: [6], Frigörandefrist: [5] },
    Stängda_dagar: { Datum: [null] },
  };
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

  it("splits arguments at top-level commas only", () => {
    assert.deepEqual(splitArguments('Enheter[[Enhet]:[Typ]],Ärenden[Enhet],[@Mötesdatum],", "'), [
      "Enheter[[Enhet]:[Typ]]",
      "Ärenden[Enhet]",
      "[@Mötesdatum]",
      '", "',
    ]);
  });

  it("evaluates the Möten formulas as Excel would", () => {
    const ctx = context(row);
    assert.equal(
      evaluateFormula(
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Ärendefrist],Stängda_dagar[Datum])",
        ctx
      ),
      d("2025-04-15")
    );
    assert.equal(
      evaluateFormula(
        "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Frigörandefrist],Stängda_dagar[Datum])",
        ctx
      ),
      d("2025-04-16")
    );
    assert.equal(
      evaluateFormula(
        '=VERKSAM.UNITS_TO_RELEASE(Enheter[[Enhet]:[Typ]],Ärenden[Enhet],Ärenden[Mötesdatum],[@Mötesdatum],", ")',
        ctx
      ),
      "Råslätts VC"
    );
  });

  it("shows Excel's error values: #NAME? for other formulas, #REF! for unknown references, the function's own error", () => {
    const ctx = context(row);
    assert.equal(evaluateFormula("=SUM(A1:A3)", ctx), "#NAME?");
    assert.equal(evaluateFormula("=VERKSAM.IS_WORKDAY(Saknas[Datum])", ctx), "#REF!");
    assert.equal(evaluateFormula('=VERKSAM.IS_WORKDAY("inte ett datum")', ctx), "#VALUE!");
    assert.equal(evaluateFormula("=VERKSAM.SWEDISH_HOLIDAYS(1800)", ctx), "#NUM!");
    assert.equal(
      evaluateFormula("=VERKSAM.IS_WORKDAY([@Mötesdatum])", context({ Mötesdatum: null })),
      ""
    );
  });
});
