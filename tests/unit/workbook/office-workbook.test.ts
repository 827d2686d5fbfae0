/**
 * OfficeWorkbook against the strict Excel double (tests/helpers/excel-double.ts): what it
 * reads and writes, that it never writes over a person's sheet or a taken name, that text
 * stays text, that no sync carries more than Excel on the web's 5 MB, and how many
 * context.sync() calls each call makes.
 */
import { strict as assert } from "assert";
import type { CellValue } from "../../../src/core/planning/types";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import {
  NameTakenError,
  NewTable,
  NotOwnedError,
  OutputSheet,
  OWNER_PROPERTY,
  OWNER_VALUE,
  ReadRequest,
  TableGrid,
  TableLocation,
} from "../../../src/workbook/workbook";
import { DoubleWorkbook, ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../helpers/excel-double";

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
function planningModel(wb: DoubleWorkbook, caseRows: number): void {
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

function setup(build?: (wb: DoubleWorkbook) => void): {
  model: DoubleWorkbook;
  excel: ExcelDouble;
  workbook: OfficeWorkbook;
} {
  const excel = new ExcelDouble();
  build?.(excel.model);
  return { model: excel.model, excel, workbook: new OfficeWorkbook(excel.run) };
}

/** A grid read from the Excel table `table` (the table of the same name unless given). */
function grid(
  name: string,
  sheet: string,
  values: CellValue[][],
  top = 0,
  left = 0,
  table: string | null = TABLES.find((t) => t.name === name)!.table
): TableGrid {
  return { name, ...(table ? { table } : {}), sheet, top, left, values };
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

/** The largest request and response of the double's syncs so far. */
function largestSync(excel: ExcelDouble): { request: number; response: number } {
  return {
    request: Math.max(0, ...excel.syncRecords.map((s) => s.requestBytes)),
    response: Math.max(0, ...excel.syncRecords.map((s) => s.responseBytes)),
  };
}

describe("workbook/OfficeWorkbook (strict Excel double)", () => {
  describe("read", () => {
    it("uses exactly 2 syncs for 10 and 1 000 cases, and one more per window beyond the first 2 000 rows", async () => {
      const syncs: Record<number, number[]> = {};
      for (const n of [10, 1000, 10000]) {
        const { excel, workbook } = setup((wb) => planningModel(wb, n));
        const result = await workbook.read(REQUEST);
        syncs[n] = excel.syncsPerRun;
        assert.equal(excel.implicitCommands, 0, "everything loaded was synced");
        assert.deepEqual(result.tables.get("Ärenden"), grid("Ärenden", "Ärenden", cases(n)));
        assert.deepEqual(result.tables.get("Möten"), grid("Möten", "Möten", meetings(150)));
      }
      assert.deepEqual(syncs, { 10: [2], 1000: [2], 10000: [3] });
    });

    it("reads 100 000 cases in windows, every sync under 5 MB, and returns every row in order", async () => {
      const { excel, workbook } = setup((wb) => planningModel(wb, 100000));
      const result = await workbook.read(REQUEST);
      const cells = result.tables.get("Ärenden")!.values;
      assert.equal(cells.length, 100001);
      assert.deepEqual(cells[0], CASES_HEADER);
      assert.deepEqual(cells[54321], cases(100000)[54321]);
      assert.deepEqual(cells[100000], cases(100000)[100000]);
      const { request, response } = largestSync(excel);
      assert.ok(response <= 2.2e6, `largest response ${response} bytes`);
      assert.ok(request < PAYLOAD_LIMIT_BYTES, `largest request ${request} bytes`);
      assert.ok(
        excel.syncsPerRun[0] >= 6 && excel.syncsPerRun[0] <= 9,
        `${excel.syncsPerRun[0]} syncs`
      );
    });

    it("returns every table's values, sheet, top and left, the owners of the three sheets and the date system", async () => {
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
        dateSystem: "1900",
      });
      assert.deepEqual(model.snapshot(), before, "read changes nothing");
    });

    it("tells a workbook in the 1904 date system by DATE(1904,1,1) = 0", async () => {
      const { excel, workbook } = setup((wb) => planningModel(wb, 3));
      excel.model.dateSystem = "1904";
      const result = await workbook.read(REQUEST);
      assert.equal(result.dateSystem, "1904");
      assert.deepEqual(excel.syncsPerRun, [2]);
    });

    it("reads the formulas of the tables asked for, beside their values", async () => {
      const { workbook } = setup((wb) => {
        wb.addTable("Möten", "Möten", meetings(3), {
          formulas: [null, null, null, null, "=1+1", null, null],
        });
      });
      const result = await workbook.read({ tables: TABLES, sheets: [], formulasOf: ["Möten"] });
      const möten = result.tables.get("Möten")!;
      assert.deepEqual(
        möten.formulas!.map((r) => r[4]),
        ["Ärendefrist", "=1+1", "=1+1", "=1+1"]
      );
      assert.equal(möten.formulas![1][0], 46030, "a cell without a formula gives its value");
    });

    it("takes top/left from the table range's rowIndex/columnIndex and the sheet from the table's worksheet", async () => {
      const { workbook } = setup((wb) => {
        wb.addSheet("Enheter", [["Enheterna i gruppen"]]);
        wb.addTable("Enheter", "Enheter", UNITS, { at: [2, 1] }); // B3
        wb.addTable("Ärenden HT2026", "Ärenden", cases(3), { at: [4, 3] }); // D5, on a sheet of another name
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
        wb.addTable("Ärenden", "Ärenden", withTotal, { at: [1, 0] }).showTotals = true;
      });
      const result = await workbook.read({
        tables: TABLES.filter((t) => t.name === "Ärenden"),
        sheets: [],
      });
      assert.deepEqual(result.tables.get("Ärenden"), grid("Ärenden", "Ärenden", cases(4), 1, 0));
    });

    it("falls back to the used range (values only) of a sheet without such a table, in 3 syncs", async () => {
      const { excel, workbook } = setup((wb) => {
        // Hand-typed from C4, a blank row inside.
        wb.addSheet("Stängda dagar", [CLOSED_HEADER, [46387, "Studiedag"], ["", ""], [46400, ""]], {
          at: [3, 2],
        });
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
              2,
              null
            ),
          ],
          ["Möten", grid("Möten", "Möten", [], 0, 0, null)],
        ])
      );
      assert.deepEqual(excel.syncsPerRun, [3]);
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
    it("uses exactly 3 syncs for three sheets of 10 and of 1 000 rows, more windows for 10 000", async () => {
      const syncs: Record<number, number[]> = {};
      for (const n of [10, 1000, 10000]) {
        const { model, excel, workbook } = setup((wb) =>
          wb.addSheet("Mötesschema", [["gammalt"]], {
            properties: { [OWNER_PROPERTY]: OWNER_VALUE },
          })
        );
        const outs = OWNED.map((name) => outputSheet(name, n));
        await workbook.writeSheets(outs);
        syncs[n] = excel.syncsPerRun;
        assert.equal(excel.implicitCommands, 0, "every write was synced by the implementation");
        for (const out of outs) assert.deepEqual(model.grid(out.name), written(out), out.name);
      }
      assert.deepEqual(syncs, { 10: [3], 1000: [3], 10000: [5] });
    });

    it("writes 100 000 rows in windows, every sync under 5 MB", async () => {
      const { model, excel, workbook } = setup();
      const out = outputSheet("Dagordning", 100000);
      await workbook.writeSheets([out]);
      assert.deepEqual(model.grid("Dagordning")[99999], written(out)[99999]);
      const { request } = largestSync(excel);
      assert.ok(request <= 2.2e6, `largest request ${request} bytes`);
      assert.ok(excel.syncsPerRun[0] > 3, "more than one window");
    });

    it("creates an absent sheet with the owner mark, header, rows, formats (text as @), bold header and frozen first row", async () => {
      const { model, excel, workbook } = setup((wb) => wb.addSheet("Blad1", [["ett"]]));
      const out: OutputSheet = {
        name: "Statistik",
        header: ["Period", "Datum", "Ärenden", "Kod"],
        rows: [
          ["Möte 1", 46030, 3, "0123"],
          ["Möte 2", 46072, null, "1-2"],
        ],
        numberFormats: [null, "yyyy-mm-dd", "0", null],
      };
      await workbook.writeSheets([out]);
      assert.deepEqual(model.grid("Statistik"), [
        ["Period", "Datum", "Ärenden", "Kod"],
        ["Möte 1", 46030, 3, "0123"],
        ["Möte 2", 46072, "", "1-2"],
      ]);
      assert.equal(model.stored("Statistik", "D2"), "0123", "a code stays text");
      assert.equal(model.stored("Statistik", "D3"), "1-2", "not a date");
      assert.deepEqual(model.formats("Statistik", { row: 0, col: 0, rows: 3, cols: 4 }), [
        ["@", "@", "@", "@"],
        ["@", "yyyy-mm-dd", "0", "@"],
        ["@", "yyyy-mm-dd", "0", "@"],
      ]);
      const sheet = model.need("Statistik");
      assert.deepEqual(sheet.properties, new Map([[OWNER_PROPERTY, OWNER_VALUE]]));
      assert.ok(model.bold("Statistik", "A1") && model.bold("Statistik", "D1"));
      assert.ok(!model.bold("Statistik", "A2"));
      assert.equal(sheet.frozenRows, 1);
      assert.deepEqual(model.grid("Blad1"), [["ett"]], "other sheets untouched");
      assert.deepEqual(excel.syncsPerRun, [3]);
    });

    it("keeps text that Excel would turn into a number, a date or a formula as typed", async () => {
      const { model, workbook } = setup();
      const tricky = [
        "0123",
        "1-2",
        "2025-08-26",
        "-x",
        "+46 36 10 00 00",
        "=SUMMA(A1)",
        "TRUE",
        "09:00",
        "5%",
      ];
      await workbook.writeSheets([
        {
          name: "Dagordning",
          header: ["Kod"],
          rows: tricky.map((t) => [t]),
          numberFormats: [null],
        },
      ]);
      assert.deepEqual(
        tricky.map((_, i) => model.stored("Dagordning", `A${i + 2}`)),
        tricky
      );
    });

    it("clears a sheet the add-in owns and rewrites it, keeping its mark", async () => {
      const { model, excel, workbook } = setup((wb) => {
        wb.addSheet("Dagordning", [["gammal"], ["rad"], ["till"]], {
          properties: { [OWNER_PROPERTY]: OWNER_VALUE },
        });
      });
      const out = outputSheet("Dagordning", 1, 3);
      await workbook.writeSheets([out]);
      assert.deepEqual(model.grid("Dagordning"), written(out));
      assert.ok(!model.log.some((l) => l.startsWith("add sheet")), model.log.join("\n"));
      assert.ok(model.log.includes("clear All Dagordning!A1:XFD1048576"), model.log.join("\n"));
      assert.deepEqual(excel.syncsPerRun, [3]);
    });

    for (const order of [
      ["Mötesschema", "Dagordning"],
      ["Dagordning", "Mötesschema"],
    ]) {
      it(`refuses a person's sheet and writes nothing at all (order ${order.join(", ")})`, async () => {
        const { model, excel, workbook } = setup((wb) => {
          wb.addSheet("Mötesschema", [["mitt schema"]]);
          wb.addSheet("Dagordning", [["gammal dagordning"]], {
            properties: { [OWNER_PROPERTY]: OWNER_VALUE },
          });
        });
        const before = model.snapshot();
        await assert.rejects(
          workbook.writeSheets([...order, "Statistik"].map((n) => outputSheet(n, 3))),
          notOwned(["Mötesschema"])
        );
        assert.deepEqual(model.snapshot(), before, "no sheet changed");
        assert.deepEqual(model.log, []);
        assert.equal(model.sheet("Statistik"), undefined, "the absent sheet was not created");
        assert.deepEqual(excel.syncsPerRun, [2]);
        assert.equal(excel.implicitCommands, 0);
      });
    }
  });

  describe("createTables", () => {
    it("creates the tables, then the formulas that reference later tables, in 3 syncs for 10 and 10 000 rows", async () => {
      const syncs: Record<number, number[]> = {};
      for (const n of [10, 10000]) {
        const { model, excel, workbook } = setup();
        await workbook.createTables(newTables(n));
        syncs[n] = excel.syncsPerRun;
        assert.equal(excel.implicitCommands, 0);
        assert.deepEqual(model.grid("Ärenden"), cases(n));
        assert.deepEqual(model.formulas("Möten", { row: 1, col: 4, rows: 1, cols: 3 }), [
          [F_CASE, F_RELEASE, F_RELEASED],
        ]);
      }
      assert.deepEqual(syncs, { 10: [3], 10000: [3] });
    });

    it("adds each sheet with header, rows, formats, a table of the given name and list validation; activates the first", async () => {
      const { model, workbook } = setup((wb) => wb.addSheet("Blad1", [["ett"]]));
      await workbook.createTables(newTables(4));
      assert.deepEqual(
        model.tables().map((t) => [t.name, t.sheet.name, t.row, t.col, t.rows, t.cols]),
        [
          ["Inställningar", "Inställningar", 0, 0, 2, 6],
          ["Stängda_dagar", "Stängda dagar", 0, 0, 2, 2],
          ["Enheter", "Enheter", 0, 0, 4, 5],
          ["Möten", "Möten", 0, 0, 6, 7],
          ["Ärenden", "Ärenden", 0, 0, 5, 9],
        ]
      );
      assert.equal(model.active, "Inställningar");
      assert.deepEqual(model.grid("Enheter"), UNITS);
      assert.equal(model.stored("Ärenden", "B2"), "Ä1");
      assert.deepEqual(model.formats("Möten", { row: 1, col: 0, rows: 1, cols: 7 }), [
        ["yyyy-mm-dd", "hh:mm", "@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "@"],
      ]);
      assert.deepEqual(
        model.need("Ärenden").validations.map((v) => [v.col, v.rows, v.rule]),
        [
          [2, 4, rule("Kommun,Region")],
          [3, 4, rule('=INDIRECT("Enheter[Enhet]")')],
          [4, 4, rule("Ja,Nej")],
          [7, 4, rule(OUTCOMES.join(","))],
        ]
      );
      assert.deepEqual(model.grid("Blad1"), [["ett"]]);
    });

    it("writes whole-number validation for settings cells", async () => {
      const { model, workbook } = setup();
      const tables = newTables(1);
      const settings = {
        ...tables[0],
        validation: [null, null, { wholeNumber: { min: 1, max: 52 } }, null, null, null],
      };
      await workbook.createTables([settings]);
      assert.deepEqual(model.need("Inställningar").validations, [
        {
          row: 1,
          col: 2,
          rows: 1,
          cols: 1,
          rule: { wholeNumber: { formula1: 1, formula2: 52, operator: "Between" } },
        },
      ]);
    });

    it("gives a table without rows one empty data row", async () => {
      const { model, workbook } = setup();
      await workbook.createTables([newTables(0)[1]]);
      assert.deepEqual(
        model.tables().map((t) => [t.name, t.rows, t.cols]),
        [["Stängda_dagar", 2, 2]]
      );
      assert.deepEqual(model.grid("Stängda dagar"), [CLOSED_HEADER]);
    });

    it("refuses, writing nothing, when any target sheet exists (whatever its case)", async () => {
      const { model, excel, workbook } = setup((wb) => {
        wb.addSheet("ENHETER", [["min"]]);
        wb.addSheet("Möten");
      });
      const before = model.snapshot();
      await assert.rejects(workbook.createTables(newTables(3)), notOwned(["Enheter", "Möten"]));
      assert.deepEqual(model.snapshot(), before);
      assert.deepEqual(model.log, []);
      assert.deepEqual(excel.syncsPerRun, [2]);
    });

    for (const [where, build] of [
      [
        "a table on another sheet",
        (wb: DoubleWorkbook) => wb.addTable("Blad1", "Möten", [["A"], [1]]),
      ],
      [
        "a workbook-scoped defined name",
        (wb: DoubleWorkbook) => wb.names.set("Ärenden", "=Blad1!$A$1"),
      ],
      [
        "a sheet-scoped defined name",
        (wb: DoubleWorkbook) => wb.addSheet("Blad1").names.set("enheter", "=Blad1!$A$1"),
      ],
    ] as const) {
      it(`refuses, writing nothing, when a table name is taken by ${where}`, async () => {
        const { model, workbook } = setup((wb) => {
          wb.addSheet("Start", [["x"]]);
          build(wb);
        });
        const before = model.snapshot();
        await assert.rejects(workbook.createTables(newTables(3)), (e: unknown) => {
          assert.ok(e instanceof NameTakenError, String(e));
          return true;
        });
        assert.deepEqual(model.snapshot(), before);
      });
    }

    it("removes the sheets it added when Excel fails half-way, so that a retry works", async () => {
      const counting = setup((wb) => wb.addSheet("Blad1", [["ett"]]));
      await counting.workbook.createTables(newTables(3));
      const { model, excel, workbook } = setup((wb) => wb.addSheet("Blad1", [["ett"]]));
      // Fail at about two thirds of the commands: sheets and tables exist, formulas do not yet.
      excel.failAtCommand = {
        n: Math.round((counting.excel.commandsRun * 2) / 3),
        error: Object.assign(new Error("GeneralException"), { code: "GeneralException" }),
      };
      await assert.rejects(workbook.createTables(newTables(3)), /GeneralException/);
      assert.deepEqual(
        model.sheets.map((s) => s.name),
        ["Blad1"]
      );
      assert.deepEqual(model.tables(), []);
      await workbook.createTables(newTables(3));
      assert.deepEqual(model.grid("Ärenden"), cases(3));
    });
  });

  describe("select and refillFormulas", () => {
    it("activates the sheet and selects the address in 1 sync", async () => {
      const { model, excel, workbook } = setup((wb) => wb.addSheet("Ärenden"));
      await workbook.select("Ärenden", "B7");
      assert.equal(model.active, "Ärenden");
      assert.deepEqual(model.selection, { sheet: "Ärenden", address: "B7" });
      assert.deepEqual(model.log, ["activate Ärenden", "select Ärenden!B7"]);
      assert.deepEqual(excel.syncsPerRun, [1]);
    });

    it("rejects for a missing sheet and selects nothing", async () => {
      const { model, workbook } = setup();
      await assert.rejects(workbook.select("Saknas", "A1"), /ItemNotFound/);
      assert.equal(model.selection, undefined);
    });

    it("writes the formula into exactly the named cells of a table column, in 2 syncs", async () => {
      const { model, excel, workbook } = setup((wb) => {
        planningModel(wb, 3);
      });
      await workbook.refillFormulas([
        { table: "Möten", column: "ärendefrist", rows: [0, 2], formula: F_CASE },
      ]);
      const col = model.formulas("Möten", { row: 1, col: 4, rows: 4, cols: 1 }).map((r) => r[0]);
      assert.deepEqual(col, [F_CASE, 46022 + 42, F_CASE, 46022 + 126]);
      assert.deepEqual(excel.syncsPerRun, [2]);
    });
  });

  describe("appendRows", () => {
    it("adds rows at the end of the Excel table in one batch, formulas included, and changes no existing row", async () => {
      const { model, excel, workbook } = setup((wb) => planningModel(wb, 3));
      // A note a person keeps further under the table stays where it is: the rows are
      // written into the empty rows under the table (the co-authoring guide's way).
      model.need("Möten").cells.set(160, new Map([[0, { value: "anteckning" }]]));
      const before = model.grid("Möten").slice(0, 151);
      await workbook.appendRows({
        location: TABLES[3],
        rows: [
          [46800, "", "Fysiskt", "", { formula: F_CASE }, { formula: F_RELEASE }, ""],
          [46842, "", "Digitalt", "Teams", { formula: F_CASE }, { formula: F_RELEASE }, ""],
        ],
      });
      assert.deepEqual(model.grid("Möten").slice(0, 151), before, "existing rows unchanged");
      assert.equal(model.table("Möten")!.rows, 153);
      assert.deepEqual(model.formulas("Möten", { row: 151, col: 0, rows: 2, cols: 6 }), [
        [46800, "", "Fysiskt", "", F_CASE, F_RELEASE],
        [46842, "", "Digitalt", "Teams", F_CASE, F_RELEASE],
      ]);
      assert.equal(model.stored("Möten", "A161"), "anteckning");
      assert.deepEqual(excel.syncsPerRun, [4]);
    });

    it("appends under a hand-made sheet's used range, filling {row} with each new row's number", async () => {
      const { model, workbook } = setup((wb) =>
        wb.addSheet("Möten", [
          ["Mötesdatum", "Ärendefrist"],
          [46030, "=VERKSAM.WORKDAYS_BEFORE_MEETING(A2,6)"],
        ])
      );
      await workbook.appendRows({
        location: TABLES[3],
        rows: [[46072, { formula: "=VERKSAM.WORKDAYS_BEFORE_MEETING(A{row},6)" }]],
      });
      assert.deepEqual(model.formulas("Möten", { row: 2, col: 0, rows: 1, cols: 2 }), [
        [46072, "=VERKSAM.WORKDAYS_BEFORE_MEETING(A3,6)"],
      ]);
    });

    it("fails, adding nothing, when a new row's formula names a table that does not exist", async () => {
      const { model, workbook } = setup((wb) => planningModel(wb, 3));
      await assert.rejects(
        workbook.appendRows({
          location: TABLES[3],
          rows: [[46800, "", "Fysiskt", "", { formula: "=COUNTA(Saknas[X])" }, "", ""]],
        }),
        /InvalidArgument/
      );
      assert.equal(model.table("Möten")!.rows, 151);
    });
  });
});
