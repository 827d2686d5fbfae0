/**
 * OfficeWorkbook against an office-addin-mock request context that reflects a fake workbook
 * (tests/helpers/office-mock.ts): what it reads and writes, that it never writes over a
 * person's sheet, and that each call uses a fixed number of context.sync() calls whatever
 * the number of rows.
 */
import { strict as assert } from "assert";
import type { CellValue } from "../../../src/core/planning/types";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import {
  NewTable,
  NotOwnedError,
  OutputSheet,
  OWNER_PROPERTY,
  OWNER_VALUE,
  ReadRequest,
  TableGrid,
  TableLocation,
} from "../../../src/workbook/workbook";
import { FakeWorkbook, OfficeMock } from "../../helpers/office-mock";

// ---- the planning workbook ----

const TABLES: readonly TableLocation[] = [
  { name: "Inställningar", table: "Inställningar", sheet: "Inställningar" },
  { name: "Stängda dagar", table: "Stängda_dagar", sheet: "Stängda dagar" },
  { name: "Enheter", table: "Enheter", sheet: "Enheter" },
  { name: "Möten", table: "Möten", sheet: "Möten" },
  { name: "Ärenden", table: "Ärenden", sheet: "Ärenden" },
];
const OWNED = ["Mötesschema", "Dagordning", "Statistik"];
const REQUEST: ReadRequest = { tables: TABLES, sheets: OWNED };

const SETTINGS_HEADER = [
  "Grupp",
  "Starttid",
  "Mötesintervall (veckor)",
  "Ärendefrist",
  "Frigörandefrist",
  "Minuter per ärende",
];
const CLOSED_HEADER = ["Datum", "Beskrivning"];
const UNITS_HEADER = ["Enhet", "Typ", "Representant", "Telefon", "E-post"];
const MEETINGS_HEADER = [
  "Mötesdatum",
  "Starttid",
  "Form",
  "Plats",
  "Ärendefrist",
  "Frigörandefrist",
  "Frigörs",
];
const CASES_HEADER = [
  "Mötesdatum",
  "Ärendekod",
  "Initierad av",
  "Enhet",
  "Samtycke",
  "Anmäld",
  "Frågeställning",
  "Utfall",
  "Minuter",
];
const OUTCOMES = ["Kommun", "Region", "AF", "FK", "SIP", "Ingen fortsatt samverkan", "Annat"];

const SETTINGS: CellValue[][] = [SETTINGS_HEADER, ["VerkSam Test", 0.375, 6, 6, 5, 20]];
const CLOSED: CellValue[][] = [CLOSED_HEADER, [46387, "Studiedag"], [46388, ""]];
const UNITS: CellValue[][] = [
  UNITS_HEADER,
  ["Socialtjänsten", "Kommun", "Anna A", "036-10 00 00", "anna@example.se"],
  ["BUP", "Region", "Bo B", "", ""],
  ["Arbetsförmedlingen", "AF", "Cilla C", "", ""],
];

function meetings(n: number): CellValue[][] {
  const rows = Array.from({ length: n }, (_, i): CellValue[] => [
    46030 + 42 * i,
    0.375,
    i % 2 ? "Digitalt" : "Fysiskt",
    i % 2 ? "Teams" : "Rum 1",
    46022 + 42 * i,
    46023 + 42 * i,
    i % 3 ? "BUP" : "",
  ]);
  return [MEETINGS_HEADER, ...rows];
}

function cases(n: number): CellValue[][] {
  const rows = Array.from({ length: n }, (_, i): CellValue[] => [
    46030 + 42 * (i % 150),
    `Ä${i + 1}`,
    i % 2 ? "Region" : "Kommun",
    UNITS[1 + (i % 3)][0],
    i % 5 ? "Ja" : "Nej",
    46000 + 42 * (i % 150),
    `Fråga ${i + 1}`,
    OUTCOMES[i % OUTCOMES.length],
    i % 4 ? 20 : "",
  ]);
  return [CASES_HEADER, ...rows];
}

/** The five tables on sheets of their own, Mötesschema the add-in's, Dagordning a person's, no Statistik. */
function planningModel(wb: FakeWorkbook, caseRows: number): void {
  wb.addTable("Inställningar", "Inställningar", SETTINGS);
  wb.addTable("Stängda dagar", "Stängda_dagar", CLOSED);
  wb.addTable("Enheter", "Enheter", UNITS);
  wb.addTable("Möten", "Möten", meetings(150));
  wb.addTable("Ärenden", "Ärenden", cases(caseRows));
  wb.addSheet(
    "Mötesschema",
    [
      ["Nr", "Datum"],
      [1, 46030],
    ],
    { properties: { [OWNER_PROPERTY]: OWNER_VALUE } }
  );
  wb.addSheet("Dagordning", [["Min egen dagordning"]]);
}

function setup(build?: (wb: FakeWorkbook) => void): {
  model: FakeWorkbook;
  mock: OfficeMock;
  workbook: OfficeWorkbook;
} {
  const model = new FakeWorkbook();
  build?.(model);
  const mock = new OfficeMock(model);
  return { model, mock, workbook: new OfficeWorkbook(mock.run) };
}

function grid(name: string, sheet: string, values: CellValue[][], top = 0, left = 0): TableGrid {
  return { name, sheet, top, left, values };
}

/** Asserts a NotOwnedError naming exactly these sheets. */
function notOwned(sheets: string[]): (e: unknown) => boolean {
  return (e) => {
    assert.ok(e instanceof NotOwnedError, `expected NotOwnedError, got ${String(e)}`);
    assert.deepEqual(e.sheets, sheets);
    for (const s of sheets) assert.ok(e.message.includes(s), e.message);
    return true;
  };
}

// ---- output sheets ----

function outputSheet(name: string, n: number, cols = 12): OutputSheet {
  const header = Array.from({ length: cols }, (_, c) => `${name} ${c + 1}`);
  const rows = Array.from({ length: n }, (_, r) =>
    header.map((_, c): CellValue =>
      c === 0
        ? r + 1
        : c === 1
          ? 46030 + r
          : c === 2
            ? r % 2
              ? null
              : `text ${r}`
            : c === 3
              ? r % 3 === 0
              : r * c
    )
  );
  const numberFormats = header.map((_, c) => (c === 1 ? "yyyy-mm-dd" : c === 4 ? "0" : null));
  return { name, header, rows, numberFormats };
}

/** What a written output sheet holds: header and rows, null written as "". */
function written(out: OutputSheet): CellValue[][] {
  return [[...out.header], ...out.rows.map((r) => r.map((v) => (v === null ? "" : v)))];
}

function writtenFormats(out: OutputSheet): string[][] {
  return [
    out.header.map(() => "General"),
    ...out.rows.map(() => out.numberFormats.map((f) => f ?? "General")),
  ];
}

// ---- new tables ----

const NO = <T>(n: number): (T | null)[] => Array.from({ length: n }, () => null);
const F_CASE = "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Ärendefrist])";
const F_RELEASE = "=VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],Inställningar[Frigörandefrist])";
const F_RELEASED =
  "=VERKSAM.UNITS_TO_RELEASE([@Mötesdatum],Ärenden[[Mötesdatum]:[Enhet]],Enheter[[Enhet]:[Typ]])";

function newTables(caseRows: number, meetingRows = 5): NewTable[] {
  const meetingData = meetings(meetingRows)
    .slice(1)
    .map((r) => [r[0], r[1], r[2], r[3], null, null, null]);
  return [
    {
      sheet: "Inställningar",
      table: "Inställningar",
      header: SETTINGS_HEADER,
      rows: SETTINGS.slice(1),
      numberFormats: ["@", "hh:mm", "0", "0", "0", "0"],
      validation: NO(6),
      formulas: NO(6),
    },
    {
      sheet: "Stängda dagar",
      table: "Stängda_dagar",
      header: CLOSED_HEADER,
      rows: [],
      numberFormats: ["yyyy-mm-dd", "@"],
      validation: NO(2),
      formulas: NO(2),
    },
    {
      sheet: "Enheter",
      table: "Enheter",
      header: UNITS_HEADER,
      rows: UNITS.slice(1),
      numberFormats: ["@", "@", "@", "@", "@"],
      validation: [null, { list: ["Kommun", "Region", "AF", "FK"] }, null, null, null],
      formulas: NO(5),
    },
    {
      sheet: "Möten",
      table: "Möten",
      header: MEETINGS_HEADER,
      rows: meetingData,
      numberFormats: ["yyyy-mm-dd", "hh:mm", "@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "@"],
      validation: [null, null, { list: ["Fysiskt", "Digitalt"] }, null, null, null, null],
      formulas: [null, null, null, null, F_CASE, F_RELEASE, F_RELEASED],
    },
    {
      sheet: "Ärenden",
      table: "Ärenden",
      header: CASES_HEADER,
      rows: cases(caseRows).slice(1),
      numberFormats: ["yyyy-mm-dd", "@", "@", "@", "@", "yyyy-mm-dd", "@", "@", "0"],
      validation: [
        null,
        null,
        { list: ["Kommun", "Region"] },
        { tableColumn: { table: "Enheter", column: "Enhet" } },
        { list: ["Ja", "Nej"] },
        null,
        null,
        { list: OUTCOMES },
        null,
      ],
      formulas: NO(9),
    },
  ];
}

const rule = (source: string) => ({ list: { inCellDropDown: true, source } });

// ---- tests ----

describe("workbook/OfficeWorkbook (office-addin-mock)", () => {
  const globals = globalThis as unknown as { Excel?: unknown };
  let previousExcel: PropertyDescriptor | undefined;
  before(() => {
    // The enums the implementation reads from the Office.js global.
    previousExcel = Object.getOwnPropertyDescriptor(globalThis, "Excel");
    globals.Excel = {
      ClearApplyTo: {
        all: "All",
        formats: "Formats",
        contents: "Contents",
        hyperlinks: "Hyperlinks",
        removeHyperlinks: "RemoveHyperlinks",
      },
    };
  });
  after(() => {
    if (previousExcel) Object.defineProperty(globalThis, "Excel", previousExcel);
    else delete globals.Excel;
  });

  describe("read", () => {
    it("uses exactly 2 syncs for 10, 1 000 and 10 000 cases (and 150 meetings)", async () => {
      const syncs: Record<number, number[]> = {};
      for (const n of [10, 1000, 10000]) {
        const { mock, workbook } = setup((wb) => planningModel(wb, n));
        const result = await workbook.read(REQUEST);
        syncs[n] = mock.syncsPerRun;
        assert.equal(mock.implicitActions, 0, "everything loaded was synced");
        assert.deepEqual(result.tables.get("Ärenden"), grid("Ärenden", "Ärenden", cases(n)));
        assert.deepEqual(result.tables.get("Möten"), grid("Möten", "Möten", meetings(150)));
      }
      assert.deepEqual(syncs, { 10: [2], 1000: [2], 10000: [2] });
    });

    it("returns every table's values, sheet, top and left, and the owners of the three sheets", async () => {
      const { model, workbook } = setup((wb) => planningModel(wb, 10));
      const before = model.snapshot();
      const result = await workbook.read(REQUEST);
      assert.deepEqual(result, {
        tables: new Map([
          ["Inställningar", grid("Inställningar", "Inställningar", SETTINGS)],
          ["Stängda dagar", grid("Stängda dagar", "Stängda dagar", CLOSED)],
          ["Enheter", grid("Enheter", "Enheter", UNITS)],
          ["Möten", grid("Möten", "Möten", meetings(150))],
          ["Ärenden", grid("Ärenden", "Ärenden", cases(10))],
        ]),
        sheets: new Map([
          ["Mötesschema", "addin"],
          ["Dagordning", "person"],
          ["Statistik", "absent"],
        ]),
      });
      assert.deepEqual(model.snapshot(), before, "read changes nothing");
    });

    it("takes top/left from the table range's rowIndex/columnIndex and the sheet from the table's worksheet", async () => {
      const { workbook } = setup((wb) => {
        wb.addSheet("Enheter", [["Enheterna i gruppen"]]);
        wb.addTable("Enheter", "Enheter", UNITS, [2, 1]); // B3
        wb.addTable("Ärenden HT2026", "Ärenden", cases(3), [4, 3]); // D5, on a sheet of another name
        wb.addSheet("Ärenden", [["inte tabellen"], ["x", "y"]]); // a sheet with the table's name: the table wins
      });
      const result = await workbook.read({
        tables: TABLES.filter((t) => t.name === "Enheter" || t.name === "Ärenden"),
        sheets: [],
      });
      assert.deepEqual(result.tables.get("Enheter"), grid("Enheter", "Enheter", UNITS, 2, 1));
      assert.deepEqual(
        result.tables.get("Ärenden"),
        grid("Ärenden", "Ärenden HT2026", cases(3), 4, 3)
      );
    });

    it("leaves out a table's total row", async () => {
      const { workbook } = setup((wb) => {
        const withTotal = [...cases(4), ["Summa", "", "", "", "", "", "", "", 60]];
        wb.addTable("Ärenden", "Ärenden", withTotal, [1, 0]).showTotals = true;
      });
      const result = await workbook.read({
        tables: TABLES.filter((t) => t.name === "Ärenden"),
        sheets: [],
      });
      assert.deepEqual(result.tables.get("Ärenden"), grid("Ärenden", "Ärenden", cases(4), 1, 0));
    });

    it("falls back to the used range (values only) of a sheet without such a table, and leaves out what is missing", async () => {
      const { mock, workbook } = setup((wb) => {
        // Hand-typed from C4, a blank row inside, and a formatted but empty cell far away.
        const closed = wb.addSheet(
          "Stängda dagar",
          [CLOSED_HEADER, [46387, "Studiedag"], ["", ""], [46400, ""]],
          { at: [3, 2] }
        );
        closed.numberFormats[30] = [];
        closed.numberFormats[30][20] = "yyyy-mm-dd";
        wb.addSheet("Möten"); // exists, empty
        wb.addTable("Blad1", "Tabell1", UNITS); // a table of another name
      });
      const result = await workbook.read(REQUEST);
      assert.deepEqual(
        result.tables,
        new Map([
          [
            "Stängda dagar",
            grid(
              "Stängda dagar",
              "Stängda dagar",
              [CLOSED_HEADER, [46387, "Studiedag"], ["", ""], [46400, ""]],
              3,
              2
            ),
          ],
          ["Möten", grid("Möten", "Möten", [], 0, 0)],
        ])
      );
      assert.deepEqual([...result.tables.keys()], ["Stängda dagar", "Möten"]);
      assert.deepEqual(mock.syncsPerRun, [2]);
    });

    it("reports owners: absent, addin (the owner mark), person (no mark or another value), whatever the case of the name", async () => {
      const { workbook } = setup((wb) => {
        wb.addSheet("Mötesschema", [], { properties: { [OWNER_PROPERTY]: OWNER_VALUE } });
        wb.addSheet("Dagordning", [["Min"]]);
        wb.addSheet("Statistik", [], { properties: { [OWNER_PROPERTY]: "något annat" } });
        wb.addSheet("Blad1", [], { properties: { Annan: OWNER_VALUE } });
      });
      const result = await workbook.read({
        tables: [],
        sheets: ["Mötesschema", "Dagordning", "Statistik", "Blad1", "Saknas", "MÖTESSCHEMA"],
      });
      assert.deepEqual(
        result.sheets,
        new Map([
          ["Mötesschema", "addin"],
          ["Dagordning", "person"],
          ["Statistik", "person"],
          ["Blad1", "person"],
          ["Saknas", "absent"],
          ["MÖTESSCHEMA", "addin"],
        ])
      );
      assert.equal(result.tables.size, 0);
    });
  });

  describe("writeSheets", () => {
    it("uses exactly 3 syncs for three sheets of 10 and of 10 000 rows", async () => {
      const syncs: Record<number, number[]> = {};
      for (const n of [10, 10000]) {
        const { model, mock, workbook } = setup((wb) =>
          wb.addSheet("Mötesschema", [["gammalt"]], {
            properties: { [OWNER_PROPERTY]: OWNER_VALUE },
          })
        );
        const outs = OWNED.map((name) => outputSheet(name, n));
        await workbook.writeSheets(outs);
        syncs[n] = mock.syncsPerRun;
        assert.equal(mock.implicitActions, 0, "every write was synced by the implementation");
        for (const out of outs) assert.deepEqual(model.grid(out.name), written(out), out.name);
      }
      assert.deepEqual(syncs, { 10: [3], 10000: [3] });
    });

    it("creates an absent sheet with the owner mark, header, rows, number formats, bold header and frozen first row", async () => {
      const { model, mock, workbook } = setup((wb) => wb.addSheet("Blad1", [["ett"]]));
      const out: OutputSheet = {
        name: "Statistik",
        header: ["Period", "Möten", "Ärenden", "Utan samtycke"],
        rows: [
          ["VT 2026", 4, 27, null],
          ["HT 2026", 0, 0, 1],
        ],
        numberFormats: [null, "0", "0", "0"],
      };
      await workbook.writeSheets([out]);
      assert.deepEqual(
        model.sheets.map((s) => s.name),
        ["Blad1", "Statistik"]
      );
      const sheet = model.need("Statistik");
      assert.deepEqual(model.grid("Statistik"), [
        ["Period", "Möten", "Ärenden", "Utan samtycke"],
        ["VT 2026", 4, 27, ""],
        ["HT 2026", 0, 0, 1],
      ]);
      assert.deepEqual(model.formats("Statistik", { row: 0, col: 0, rows: 4, cols: 5 }), [
        ["General", "General", "General", "General", "General"],
        ["General", "0", "0", "0", "General"],
        ["General", "0", "0", "0", "General"],
        ["General", "General", "General", "General", "General"],
      ]);
      assert.deepEqual(sheet.properties, new Map([[OWNER_PROPERTY, OWNER_VALUE]]));
      assert.deepEqual(model.boldCells("Statistik"), ["0,0", "0,1", "0,2", "0,3"]);
      assert.equal(sheet.frozenRows, 1);
      assert.deepEqual(sheet.autofitted, [{ row: 0, col: 0, rows: 3, cols: 4 }]);
      assert.deepEqual(model.grid("Blad1"), [["ett"]], "other sheets untouched");
      assert.deepEqual(mock.syncsPerRun, [3]);
    });

    it("writes a header-only sheet when there are no rows", async () => {
      const { model, workbook } = setup();
      await workbook.writeSheets([
        {
          name: "Dagordning",
          header: ["Möte", "Från", "Till"],
          rows: [],
          numberFormats: [null, "hh:mm", "hh:mm"],
        },
      ]);
      assert.deepEqual(model.grid("Dagordning"), [["Möte", "Från", "Till"]]);
      assert.deepEqual(model.formats("Dagordning", { row: 0, col: 0, rows: 2, cols: 3 }), [
        ["General", "General", "General"],
        ["General", "General", "General"],
      ]);
    });

    it("clears a sheet the add-in owns and rewrites it, keeping its mark", async () => {
      const { model, workbook } = setup((wb) => {
        const old = wb.addSheet(
          "Dagordning",
          Array.from({ length: 40 }, (_, r) =>
            Array.from({ length: 12 }, (_, c) => `gammal ${r}:${c}`)
          ),
          {
            properties: { [OWNER_PROPERTY]: OWNER_VALUE },
          }
        );
        old.numberFormats[10] = Array.from({ length: 12 }, () => "0.00");
        old.bold[7] = [true, true];
        old.formulas[39] = [];
        old.formulas[39][14] = "=1+1";
        wb.addSheet("Blad1", [["ett"]]);
      });
      const out: OutputSheet = {
        name: "Dagordning",
        header: ["Möte", "Från", "Till"],
        rows: [[46030, 0.375, 0.39]],
        numberFormats: ["yyyy-mm-dd", "hh:mm", "hh:mm"],
      };
      await workbook.writeSheets([out]);
      assert.deepEqual(model.grid("Dagordning"), [
        ["Möte", "Från", "Till"],
        [46030, 0.375, 0.39],
      ]);
      assert.deepEqual(model.formulasOf("Dagordning", { row: 39, col: 14, rows: 1, cols: 1 }), [
        [null],
      ]);
      assert.deepEqual(
        model.formats("Dagordning", { row: 0, col: 0, rows: 2, cols: 3 }),
        writtenFormats(out)
      );
      assert.deepEqual(model.formats("Dagordning", { row: 10, col: 0, rows: 1, cols: 12 }), [
        Array.from({ length: 12 }, () => "General"),
      ]);
      assert.deepEqual(model.boldCells("Dagordning"), ["0,0", "0,1", "0,2"]);
      assert.deepEqual(
        model.need("Dagordning").properties,
        new Map([[OWNER_PROPERTY, OWNER_VALUE]])
      );
      assert.deepEqual(
        model.sheets.map((s) => s.name),
        ["Dagordning", "Blad1"]
      );
      assert.ok(!model.log.some((l) => l.startsWith("add sheet")), model.log.join("\n"));
      assert.deepEqual(model.grid("Blad1"), [["ett"]]);
    });

    for (const order of [
      ["Mötesschema", "Dagordning", "Statistik"],
      ["Dagordning", "Statistik", "Mötesschema"],
    ]) {
      it(`refuses a person's Mötesschema and writes nothing at all (order ${order.join(", ")})`, async () => {
        const { model, mock, workbook } = setup((wb) => {
          wb.addSheet("Mötesschema", [["Mitt eget schema"], [46030, "Rum 1", "viktigt"]]);
          wb.addSheet("Dagordning", [["gammal dagordning"]], {
            properties: { [OWNER_PROPERTY]: OWNER_VALUE },
          });
        });
        const before = model.snapshot();
        await assert.rejects(
          workbook.writeSheets(order.map((name) => outputSheet(name, 5))),
          notOwned(["Mötesschema"])
        );
        assert.deepEqual(model.snapshot(), before, "no sheet changed");
        assert.deepEqual(model.log, []);
        assert.equal(model.sheet("Statistik"), undefined, "the absent sheet was not created");
        assert.deepEqual(model.grid("Mötesschema"), [
          ["Mitt eget schema", "", ""],
          [46030, "Rum 1", "viktigt"],
        ]);
        assert.deepEqual(model.grid("Dagordning"), [["gammal dagordning"]]);
        assert.deepEqual(mock.syncsPerRun, [2]);
        assert.equal(mock.implicitActions, 0);
      });
    }

    it("refuses every foreign sheet: a differently-cased name without the mark, and a mark with another value", async () => {
      const { model, workbook } = setup((wb) => {
        wb.addSheet("mötesschema", [["mitt"]]);
        wb.addSheet("Statistik", [["min statistik"]], {
          properties: { [OWNER_PROPERTY]: "något annat" },
        });
      });
      const before = model.snapshot();
      await assert.rejects(
        workbook.writeSheets(OWNED.map((name) => outputSheet(name, 3))),
        notOwned(["Mötesschema", "Statistik"])
      );
      assert.deepEqual(model.snapshot(), before);
      assert.equal(model.sheet("Dagordning"), undefined);
    });
  });

  describe("createTables", () => {
    it("uses exactly 2 syncs for 10 and 10 000 rows", async () => {
      const syncs: Record<number, number[]> = {};
      for (const n of [10, 10000]) {
        const { model, mock, workbook } = setup();
        await workbook.createTables(newTables(n, n));
        syncs[n] = mock.syncsPerRun;
        assert.equal(mock.implicitActions, 0, "every write was synced by the implementation");
        assert.deepEqual(model.grid("Ärenden"), cases(n));
        assert.deepEqual(model.need("Möten").tables, [
          { name: "Möten", row: 0, col: 0, rows: n + 1, cols: 7 },
        ]);
      }
      assert.deepEqual(syncs, { 10: [2], 10000: [2] });
    });

    it("adds each sheet with header, rows, number formats, a table of the given name, formulas and list validation", async () => {
      const { model, workbook } = setup((wb) => wb.addSheet("Blad1"));
      await workbook.createTables(newTables(4, 3));
      assert.deepEqual(
        model.sheets.map((s) => s.name),
        ["Blad1", "Inställningar", "Stängda dagar", "Enheter", "Möten", "Ärenden"]
      );
      assert.deepEqual(
        model.sheets.map((s) => s.tables),
        [
          [],
          [{ name: "Inställningar", row: 0, col: 0, rows: 2, cols: 6 }],
          [{ name: "Stängda_dagar", row: 0, col: 0, rows: 2, cols: 2 }],
          [{ name: "Enheter", row: 0, col: 0, rows: 4, cols: 5 }],
          [{ name: "Möten", row: 0, col: 0, rows: 4, cols: 7 }],
          [{ name: "Ärenden", row: 0, col: 0, rows: 5, cols: 9 }],
        ]
      );
      // The planning workbook is the person's: no owner mark.
      assert.deepEqual(
        model.sheets.map((s) => s.properties.size),
        [0, 0, 0, 0, 0, 0]
      );
      assert.equal(model.active, "Inställningar");

      assert.deepEqual(model.grid("Inställningar"), SETTINGS);
      assert.deepEqual(model.grid("Enheter"), UNITS);
      assert.deepEqual(model.grid("Ärenden"), cases(4));
      assert.deepEqual(model.formats("Inställningar", { row: 0, col: 0, rows: 2, cols: 6 }), [
        ["General", "General", "General", "General", "General", "General"],
        ["@", "hh:mm", "0", "0", "0", "0"],
      ]);

      // Möten: the formula columns hold the formula in every row and no typed value.
      const expectedMeetings = meetings(3).map((r, i) =>
        i === 0 ? r : [r[0], r[1], r[2], r[3], "", "", ""]
      );
      assert.deepEqual(model.grid("Möten"), expectedMeetings);
      assert.deepEqual(model.formulasOf("Möten", { row: 0, col: 0, rows: 5, cols: 7 }), [
        [null, null, null, null, null, null, null],
        [null, null, null, null, F_CASE, F_RELEASE, F_RELEASED],
        [null, null, null, null, F_CASE, F_RELEASE, F_RELEASED],
        [null, null, null, null, F_CASE, F_RELEASE, F_RELEASED],
        [null, null, null, null, null, null, null],
      ]);

      assert.deepEqual(model.need("Inställningar").validations, []);
      assert.deepEqual(model.need("Enheter").validations, [
        { row: 1, col: 1, rows: 3, cols: 1, rule: rule("Kommun,Region,AF,FK") },
      ]);
      assert.deepEqual(model.need("Möten").validations, [
        { row: 1, col: 2, rows: 3, cols: 1, rule: rule("Fysiskt,Digitalt") },
      ]);
      assert.deepEqual(model.need("Ärenden").validations, [
        { row: 1, col: 2, rows: 4, cols: 1, rule: rule("Kommun,Region") },
        { row: 1, col: 3, rows: 4, cols: 1, rule: rule('=INDIRECT("Enheter[Enhet]")') },
        { row: 1, col: 4, rows: 4, cols: 1, rule: rule("Ja,Nej") },
        {
          row: 1,
          col: 7,
          rows: 4,
          cols: 1,
          rule: rule("Kommun,Region,AF,FK,SIP,Ingen fortsatt samverkan,Annat"),
        },
      ]);
      assert.deepEqual(model.need("Blad1").tables, []);
    });

    it("gives a table without rows one empty data row", async () => {
      const { model, workbook } = setup();
      await workbook.createTables(newTables(1).filter((t) => t.sheet === "Stängda dagar"));
      const sheet = model.need("Stängda dagar");
      assert.deepEqual(sheet.tables, [{ name: "Stängda_dagar", row: 0, col: 0, rows: 2, cols: 2 }]);
      assert.deepEqual(model.read(sheet, { row: 0, col: 0, rows: 2, cols: 2 }), [
        CLOSED_HEADER,
        ["", ""],
      ]);
      assert.deepEqual(model.formats("Stängda dagar", { row: 0, col: 0, rows: 2, cols: 2 }), [
        ["General", "General"],
        ["yyyy-mm-dd", "@"],
      ]);
    });

    it("refuses, writing nothing, when any target sheet exists (whatever its case)", async () => {
      const { model, mock, workbook } = setup((wb) => {
        wb.addSheet("Enheter", [["Mina enheter"], ["Socialtjänsten"]]);
        wb.addSheet("möten", [["mina möten"]], { properties: { [OWNER_PROPERTY]: OWNER_VALUE } });
      });
      const before = model.snapshot();
      await assert.rejects(workbook.createTables(newTables(3)), notOwned(["Enheter", "Möten"]));
      assert.deepEqual(model.snapshot(), before);
      assert.deepEqual(model.log, []);
      assert.deepEqual(
        model.sheets.map((s) => s.name),
        ["Enheter", "möten"]
      );
      assert.deepEqual(mock.syncsPerRun, [1]);
      assert.equal(mock.implicitActions, 0);
    });
  });

  describe("select", () => {
    it("activates the sheet and selects the address in 1 sync", async () => {
      const { model, mock, workbook } = setup((wb) => {
        wb.addSheet("Enheter");
        wb.addSheet("Ärenden");
      });
      await workbook.select("Ärenden", "B7");
      assert.equal(model.active, "Ärenden");
      assert.deepEqual(model.selection, { sheet: "Ärenden", address: "B7" });
      assert.deepEqual(model.log, ["activate Ärenden", "select Ärenden!B7"]);
      assert.deepEqual(mock.syncsPerRun, [1]);
      assert.equal(mock.implicitActions, 0);
    });

    it("rejects for a missing sheet and selects nothing", async () => {
      const { model, workbook } = setup((wb) => wb.addSheet("Enheter"));
      await assert.rejects(
        workbook.select("Saknas", "A1"),
        (e: unknown) => (e as { code?: string }).code === "ItemNotFound"
      );
      assert.equal(model.active, undefined);
      assert.equal(model.selection, undefined);
    });
  });

  describe("the mock itself", () => {
    it("gives isNullObject and loaded values only after load and sync", async () => {
      const { mock } = setup((wb) => wb.addSheet("Blad1"));
      await mock.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject("Blad1");
        const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
        // Deliberately read too early: the mock must behave as Office.js does.
        // eslint-disable-next-line office-addins/call-sync-before-read
        assert.throws(() => ws.isNullObject, /PropertyNotLoaded/);
        ws.load("name");
        missing.load("name");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        assert.equal(ws.name, "Error, context.sync() was not called");
        await context.sync();
        assert.equal(ws.isNullObject, false);
        assert.equal(ws.name, "Blad1");
        assert.equal(missing.isNullObject, true);
      });
      assert.deepEqual(mock.syncsPerRun, [1]);
    });

    it("fails the sync for a method on a null object, drops a rejected batch's writes, and counts unsynced writes", async () => {
      const { model, mock } = setup();
      await mock.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
        missing.load("name");
        await context.sync();
        missing.getRange("A1").select();
        await assert.rejects(context.sync(), /InvalidObjectPath/);
      });
      await assert.rejects(
        mock.run(async (context) => {
          context.workbook.worksheets.add("Ny");
          throw new Error("stop");
        }),
        /stop/
      );
      assert.equal(model.sheet("Ny"), undefined);
      await mock.run(async (context) => {
        context.workbook.worksheets.add("Sen");
      });
      assert.ok(model.sheet("Sen"));
      assert.equal(mock.implicitActions, 1);
      assert.deepEqual(model.log, ["add sheet Sen"]);
    });
  });
});
