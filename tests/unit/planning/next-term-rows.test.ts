/**
 * The rows Lägg till nästa termin appends (src/core/planning/next-term-rows.ts), built in
 * the core beside the template's formulas, with the one header lookup (columns.ts).
 */
import { strict as assert } from "assert";
import { meetingFormulas, type Plan, type TableGrid } from "../../../src/core/planning";
import { nextTermRows } from "../../../src/core/planning/next-term-rows";
import { d } from "../../helpers/dates";

const model = { settings: { caseDeadlineDays: 6, releaseDeadlineDays: 5 } } as unknown as Plan;
const DATES = [d("2026-02-10"), d("2026-03-24")];

function grid(header: string[], extra: Partial<TableGrid> = {}): TableGrid {
  return { name: "Möten", sheet: "Möten", top: 0, left: 0, values: [header], ...extra };
}

describe("planning/next-term-rows", () => {
  it("in the Excel table: the date, the first Form and the template's formulas, in the header order", () => {
    const header = ["Frigörs", "Mötesdatum", "Plats", "Form", "Ärendefrist", "Frigörandefrist"];
    const { rows, releasedLeftEmpty } = nextTermRows(
      grid(header, { table: "Moten" }),
      model,
      DATES,
      "1900"
    );
    const f = meetingFormulas("sv");
    assert.deepEqual(rows[0], [
      { formula: f.released },
      DATES[0],
      null,
      "Fysiskt",
      { formula: f.caseDeadline },
      { formula: f.releaseDeadline },
    ]);
    assert.equal(rows.length, 2);
    assert.equal(releasedLeftEmpty, false);
  });

  it("English headers and aliases name the same columns; the formulas follow the headers' language", () => {
    const { rows } = nextTermRows(
      grid(["Meeting date", "Mötesform", "Case deadline", "Released"], { table: "Moten" }),
      model,
      DATES,
      "1900"
    );
    const f = meetingFormulas("en");
    assert.deepEqual(rows[1], [
      DATES[1],
      "Physical",
      { formula: f.caseDeadline },
      { formula: f.released },
    ]);
  });

  it("on a hand-made sheet: A1 deadline formulas over Stängda dagar's Datum column wherever it stands, Frigörs left empty", () => {
    const closed: TableGrid = {
      name: "Stängda dagar",
      sheet: "Stängda dagar",
      top: 2,
      left: 1,
      // The Date column found by its English header, second in the table (column C).
      values: [
        ["Description", "Date"],
        ["Planeringsdag", d("2026-03-16")],
      ],
    };
    const { rows, releasedLeftEmpty } = nextTermRows(
      grid(["Mötesdatum", "Ärendefrist", "Frigörandefrist", "Frigörs"], { left: 1 }),
      model,
      DATES,
      "1900",
      closed
    );
    assert.deepEqual(rows[0], [
      DATES[0],
      { formula: "=VERKSAM.WORKDAYS_BEFORE_MEETING(B{row},6,'Stängda dagar'!$C$4:$C$1000)" },
      { formula: "=VERKSAM.WORKDAYS_BEFORE_MEETING(B{row},5,'Stängda dagar'!$C$4:$C$1000)" },
      null,
    ]);
    assert.equal(releasedLeftEmpty, true);
  });

  it("writes the date in the workbook's own system (1904: 1462 days less)", () => {
    const { rows } = nextTermRows(grid(["Mötesdatum"], { table: "Moten" }), model, DATES, "1904");
    assert.deepEqual(rows, [[DATES[0] - 1462], [DATES[1] - 1462]]);
  });
});
