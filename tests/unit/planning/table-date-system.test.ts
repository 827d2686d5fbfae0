import { strict as assert } from "assert";
import {
  DATE_FORMAT,
  inputTo1900,
  rowsFrom1900,
  type CellValue,
  type PlanningInput,
} from "../../../src/core/planning";
import { d } from "../../helpers/dates";
import { grid, hm } from "./helpers";

const OFFSET = 1462;

/** Möten with its date columns found by every kind of header the lookup accepts. */
function input1904(): PlanningInput {
  return {
    closedDays: grid("Stängda dagar", ["date (åååå-mm-dd)", "Beskrivning"], [[40000, "Klämdag"]]),
    meetings: grid(
      "Möten",
      ["MÖTESDATUM", "Starttid", "Case  deadline", "Frigörandefrist", "Plats", "Mötesdatum"],
      [[44000.5, hm(9), 43990, 43991, "Rum 1", 44000]]
    ),
    cases: grid(
      "Ärenden",
      ["Mötesdatum", "Ärendekod", "Anmäld", "Minuter"],
      [
        [44000, "T-01", "2025-04-10", 30],
        [null, "T-02", true, 20],
      ]
    ),
  };
}

describe("planning/table-date-system: the planning tables between the date systems", () => {
  it("a 1900 workbook's tables are returned as they are", () => {
    const input = input1904();
    assert.equal(inputTo1900(input, "1900"), input);
  });

  it("converts the date columns the header lookup finds (English, case, spaces, a duplicate), nothing else", () => {
    const input = input1904();
    const out = inputTo1900(input, "1904");
    assert.deepEqual(out.closedDays!.values[1], [40000 + OFFSET, "Klämdag"]);
    // A time of day keeps its fraction; Starttid and Plats stay; the duplicate Mötesdatum
    // (which the reader reports) is converted too, as before.
    assert.deepEqual(out.meetings!.values[1], [
      44000.5 + OFFSET,
      hm(9),
      43990 + OFFSET,
      43991 + OFFSET,
      "Rum 1",
      44000 + OFFSET,
    ]);
    // Text dates name a calendar day in either system; blanks, booleans and counts stay.
    const cases = out.cases!.values.slice(1);
    assert.deepEqual(cases, [
      [44000 + OFFSET, "T-01", "2025-04-10", 30],
      [null, "T-02", true, 20],
    ]);
    // The headers and the input itself are untouched.
    assert.deepEqual(out.meetings!.values[0], input.meetings!.values[0]);
    assert.equal(input.meetings!.values[1][0], 44000.5);
  });

  it("writes the date-formatted columns in the workbook's system", () => {
    const table = {
      rows: [
        ["Datum", "Antal"],
        [d("2025-04-25"), 3],
      ] as CellValue[][],
      numberFormats: [DATE_FORMAT, null],
    };
    assert.equal(rowsFrom1900(table, "1900"), table);
    const out = rowsFrom1900(table, "1904");
    assert.deepEqual(out.rows[1], [d("2025-04-25") - OFFSET, 3]);
    assert.equal(out.rows[0][0], "Datum");
  });
});
