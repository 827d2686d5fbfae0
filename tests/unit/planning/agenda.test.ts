import { strict as assert } from "assert";
import {
  agendaSheet,
  buildAgenda,
  readPlanning,
  type PlanningInput,
} from "../../../src/core/planning";
import { d, grid, hm, validInput, withCases } from "./helpers";

function agenda(input: PlanningInput) {
  return buildAgenda(readPlanning(input).plan);
}

function slots(input: PlanningInput): string[][] {
  return agenda(input).map((m) =>
    m.slots.map(
      (s) =>
        `${s.slot} ${s.unit} ${s.fromMinutes}-${s.toMinutes} ${s.caseCount} ${s.codes.join(", ")}`
    )
  );
}

describe("planning/agenda (R5)", () => {
  it("one consecutive slot per concerned unit, in Enheter order, from the start time", () => {
    assert.deepEqual(slots(validInput()), [
      // 09:00; VC A: T-02 (30 min); VC B: T-01, T-03 (20 + 20).
      ["1 VC A 540-570 1 T-02", "2 VC B 570-610 2 T-01, T-03"],
      ["1 VC A 540-580 2 T-04, T-05"],
      // The meeting's own start 13:00; Habo kommun 20 min; VC C 45 min.
      ["1 Habo kommun 780-800 1 T-06", "2 VC C 800-845 1 T-07"],
    ]);
  });

  it("a case with Samtycke Nej gets no slot and no time; the slots after it move up", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "N-1", "Kommun", "VC A", "Nej", null, null, null, 30],
      [d("2025-04-25"), "N-2", "Kommun", "VC B", "Ja", null, null, null, null],
      [d("2025-04-25"), "N-3", "Kommun", "VC B", "No", null, null, null, null],
      [d("2025-04-25"), "N-4", "Kommun", "VC C", null, null, null, null, null],
      [d("2025-05-09"), "N-5", "Kommun", "VC A", "Nej", null, null, null, null],
    ]);
    assert.deepEqual(slots(input), [
      // VC A's only case may not be raised: no slot; VC B from 09:00 with N-2 only.
      ["1 VC B 540-560 1 N-2", "2 VC C 560-580 1 N-4"],
      [],
      [],
    ]);
    const sheet = agendaSheet(agenda(input), "sv");
    assert.deepEqual(sheet.rows[2], [
      2,
      d("2025-05-09"),
      null,
      hm(9),
      null,
      "Inga ärenden",
      0,
      0,
      null,
    ]);
    assert.equal(JSON.stringify(sheet).includes("N-1"), false);
  });

  it("cases of units not in Enheter come last, in order of appearance", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "A-1", "Kommun", "VC Ö", "Ja", null, null, null, null],
      [d("2025-04-25"), "A-2", "Kommun", "VC C", "Ja", null, null, null, 10],
      [d("2025-04-25"), "A-3", "Kommun", "VC Ä", "Ja", null, null, null, null],
      [d("2025-04-25"), "A-4", "Kommun", "vc ö", "Ja", null, null, null, null],
      [d("2025-04-25"), "A-5", "Kommun", "VC A", "Ja", null, null, null, null],
    ]);
    const a = agenda(input);
    assert.deepEqual(slots(input)[0], [
      "1 VC A 540-560 1 A-5",
      "2 VC C 560-570 1 A-2",
      "3 VC Ö 570-610 2 A-1, A-4",
      "4 VC Ä 610-630 1 A-3",
    ]);
    assert.deepEqual(
      a[0].slots.map((s) => s.known),
      [true, true, false, false]
    );
  });

  it("uses Minuter per ärende where Minuter is blank", () => {
    const input: PlanningInput = {
      ...validInput(),
      settings: grid("Inställningar", ["Minuter per ärende", "Starttid"], [[15, hm(8, 30)]]),
    };
    assert.deepEqual(slots(input)[0], ["1 VC A 510-540 1 T-02", "2 VC B 540-570 2 T-01, T-03"]);
  });

  it("the Dagordning grid: times as fractions, codes joined, a row for a meeting without cases", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "A-1", "Kommun", "VC B", "Ja", null, null, null, null],
      [d("2025-04-25"), "A-2", "Kommun", "VC B", "Ja", null, null, null, 25],
    ]);
    const sheet = agendaSheet(agenda(input), "sv");
    assert.equal(sheet.name, "Dagordning");
    assert.deepEqual(sheet.header, [
      "Möte nr",
      "Mötesdatum",
      "Pass",
      "Från",
      "Till",
      "Enhet",
      "Antal ärenden",
      "Minuter",
      "Ärendekoder",
    ]);
    assert.deepEqual(sheet.numberFormats, [
      "0",
      "yyyy-mm-dd",
      "0",
      "hh:mm",
      "hh:mm",
      null,
      "0",
      "0",
      null,
    ]);
    assert.deepEqual(sheet.rows, [
      [1, d("2025-04-25"), 1, hm(9), hm(9, 45), "VC B", 2, 45, "A-1, A-2"],
      [2, d("2025-05-09"), null, hm(9), null, "Inga ärenden", 0, 0, null],
      [3, d("2025-09-16"), null, hm(13), null, "Inga ärenden", 0, 0, null],
    ]);
    const en = agendaSheet(agenda(input), "en");
    assert.deepEqual(en.header.slice(0, 3), ["Meeting no.", "Meeting date", "Slot"]);
    assert.equal(en.rows[1][5], "No cases");
  });

  it("cases without a unit get their own slot", () => {
    const input = withCases(validInput(), [
      [d("2025-04-25"), "A-1", "Kommun", null, "Ja", null, null, null, null],
    ]);
    const sheet = agendaSheet(agenda(input), "sv");
    assert.equal(sheet.rows[0][5], "(enhet saknas)");
  });
});
