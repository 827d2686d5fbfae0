import { strict as assert } from "assert";
import {
  CASE_COLUMNS,
  CLOSED_DAY_COLUMNS,
  columnIndex,
  columnKey,
  headerKey,
  inputTo1900,
  locateColumns,
  MEETING_COLUMNS,
  readPlanning,
  SETTINGS_COLUMNS,
  UNIT_COLUMNS,
  type ColumnHeader,
} from "../../../src/core/planning";
import { validInput } from "./helpers";

describe("planning/columns: the one header-to-column lookup", () => {
  it("accepts the Swedish header, the English one and every alias", () => {
    assert.equal(columnKey(UNIT_COLUMNS, "Enhet"), "name");
    assert.equal(columnKey(UNIT_COLUMNS, "Unit"), "name");
    assert.equal(columnKey(UNIT_COLUMNS, "Kontaktperson"), "representative");
    assert.equal(columnKey(UNIT_COLUMNS, "Contact person"), "representative");
    assert.equal(columnKey(UNIT_COLUMNS, "Mejl"), "email");
    assert.equal(columnKey(MEETING_COLUMNS, "Mötesform"), "form");
    assert.equal(columnKey(MEETING_COLUMNS, "Format"), "form");
    assert.equal(columnKey(CLOSED_DAY_COLUMNS, "Date"), "date");
    assert.equal(columnKey(CASE_COLUMNS, "Case code"), "code");
  });

  it("compares as the reader always has: case, spaces and a trailing parenthetical ignored", () => {
    assert.equal(columnKey(MEETING_COLUMNS, "  MÖTESDATUM  "), "date");
    assert.equal(columnKey(MEETING_COLUMNS, "meeting\u00a0 \tdate"), "date");
    assert.equal(columnKey(MEETING_COLUMNS, "Mötesdatum (åååå-mm-dd)"), "date");
    assert.equal(columnKey(MEETING_COLUMNS, "Mötesdatum (a) (b)"), "date");
    assert.equal(columnKey(SETTINGS_COLUMNS, "mötesintervall"), "intervalWeeks");
    // Decomposed "ö" (o + U+0308) is the same header after NFC.
    assert.equal(columnKey(MEETING_COLUMNS, "Mo\u0308tesdatum"), "date");
    // A parenthetical in the middle is part of the header.
    assert.equal(columnKey(MEETING_COLUMNS, "Mötes (x) datum"), undefined);
  });

  it("names no column for a blank, unknown or non-text header", () => {
    for (const cell of [null, undefined, "", "   ", "Datum2", 42, true])
      assert.equal(columnKey(MEETING_COLUMNS, cell), undefined, String(cell));
    // Closed days' Datum is not a Möten header: each table has its own columns.
    assert.equal(columnKey(MEETING_COLUMNS, "Datum"), undefined);
  });

  it("locates the first cell of each key and lists later ones as duplicates", () => {
    const header = ["Plats", null, "mötesdatum", "Form", "Meeting date", "x", "MÖTESFORM"];
    const { found, duplicates } = locateColumns(MEETING_COLUMNS, header);
    assert.deepEqual(found, { location: 0, date: 2, form: 3 });
    assert.deepEqual(duplicates, [
      { key: "date", index: 4 },
      { key: "form", index: 6 },
    ]);
    assert.equal(columnIndex(MEETING_COLUMNS, "form", header), 3);
    assert.equal(columnIndex(MEETING_COLUMNS, "released", header), -1);
  });

  it("a missing column is absent (no key, index -1)", () => {
    const { found, duplicates } = locateColumns(CASE_COLUMNS, ["Ärendekod", "Enhet"]);
    assert.deepEqual(found, { code: 0, unit: 1 });
    assert.equal("meetingDate" in found, false);
    assert.deepEqual(duplicates, []);
    assert.equal(columnIndex(CASE_COLUMNS, "meetingDate", []), -1);
  });

  it("no two columns of one table accept the same header (so the order never decides)", () => {
    const tables: Record<string, Record<string, ColumnHeader>> = {
      SETTINGS_COLUMNS,
      CLOSED_DAY_COLUMNS,
      UNIT_COLUMNS,
      MEETING_COLUMNS,
      CASE_COLUMNS,
    };
    for (const [name, columns] of Object.entries(tables)) {
      const owner = new Map<string, string>();
      for (const [key, h] of Object.entries(columns)) {
        for (const text of [h.sv, h.en, ...(h.aliases ?? [])]) {
          const k = headerKey(text);
          const other = owner.get(k);
          assert.ok(other === undefined || other === key, `${name}: "${text}" (${other}, ${key})`);
          owner.set(k, key);
          assert.equal(columnKey(columns, text), key, `${name}: ${text}`);
        }
      }
    }
  });

  it("the reader and the date-system conversion accept the same alias", () => {
    // "Meeting date" (English) in a Swedish Möten: read, and converted from 1904.
    const input = validInput();
    const meetings = input.meetings!;
    const values = meetings.values.map((row, r) =>
      r === 0 ? row.map((h) => (h === "Mötesdatum" ? "meeting date (dd)" : h)) : row
    );
    const renamed = { ...input, meetings: { ...meetings, values } };
    const j = values[0].indexOf("meeting date (dd)");
    assert.ok(j >= 0);
    const converted = inputTo1900(renamed, "1904").meetings!;
    assert.equal(converted.values[1][j], (values[1][j] as number) + 1462);
    const read = readPlanning(renamed);
    assert.equal(read.plan.meetings.length, readPlanning(input).plan.meetings.length);
    assert.ok(!read.findings.some((f) => f.code === "column-missing"));
  });
});
