/**
 * The förbund's statistics from the groups' `.xlsx` files (issue 16 §3): files written by
 * ExcelJS (tests/fixtures/forbund/workbooks.ts) with the real-world variations, read by the
 * pane's reader (src/taskpane/forbund/xlsx.ts: read-excel-file + the package's XML), counted
 * by the same core as an open workbook, and written through the Workbook interface.
 */
import { strict as assert } from "assert";
import {
  casesPerGroup,
  forbundChart,
  forbundHeader,
  forbundSheet,
  forbundStatistics,
  forbundTsv,
  FORBUND_CHART_NAME,
  FORBUND_SHEET_NAME,
  type GroupFile,
  type WorkbookFile,
} from "../../../src/core/forbund";
import { chartSourceGrid } from "../../../src/core/charts/spec";
import {
  plan,
  SAMPLE_TODAY,
  sampleWorkbook,
  sampleTables,
  type StatisticsRow,
} from "../../../src/core/planning";
import { makeForbundStatistics, type ChosenFile } from "../../../src/taskpane/forbund/action";
import { readWorkbookFile } from "../../../src/taskpane/forbund/xlsx";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { OWNER_PROPERTY, OWNER_VALUE } from "../../../src/workbook/workbook";
import { groupTables, xlsxOf, type FixtureTable } from "../../fixtures/forbund/workbooks";
import { ExcelDouble } from "../../helpers/excel-double";

const OPTIONS = { today: SAMPLE_TODAY, lang: "sv" as const };
/** A personnummer that passes the Luhn check (Skatteverket's test number). */
const PERSONNUMMER = "19121212-1212";
const QUESTION_TEXT = "Behöver stöd";

function arrayBufferOf(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function chosen(name: string, b: Buffer): ChosenFile {
  return { name, arrayBuffer: () => Promise.resolve(arrayBufferOf(b)) };
}

/** The sample's half-year total as the open workbook's core counts it: the reference. */
function sampleTotal(): StatisticsRow {
  const result = plan(sampleWorkbook("sv"), OPTIONS);
  const totals = result.statistics.rows.filter((r) => r.kind === "halfYear");
  assert.equal(totals.length, 1);
  return totals[0];
}

const emptyCases = (t: { table: string }): Partial<FixtureTable> | undefined =>
  t.table === "Ärenden" ? { rows: [] } : undefined;

describe("förbund: the groups' .xlsx files, one sheet", function () {
  this.timeout(60_000);
  const files = new Map<string, Buffer>();
  const read = new Map<string, WorkbookFile>();

  before(async () => {
    // Excel tables at A1, shared strings, dates as numbers with a date format.
    files.set("plain.xlsx", await xlsxOf(groupTables("VerkSam Habo")));
    // A 1904 workbook, the Möten table not at A1 on a sheet of another name, an extra sheet first.
    files.set(
      "mac-1904.xlsx",
      await xlsxOf(
        groupTables("VerkSam Mullsjö", (t) =>
          t.table === "Möten" ? { at: "C3", sheet: "Mötesplan" } : undefined
        ),
        { date1904: true, extraSheets: [{ name: "Anteckningar", rows: [[null, "Kom ihåg"]] }] }
      )
    );
    // Hand-made sheets (no Excel tables), each starting at B2.
    files.set(
      "handmade.xlsx",
      await xlsxOf(groupTables("VerkSam Jönköping 1", () => ({ table: undefined, at: "B2" })))
    );
    // An empty Ärenden.
    files.set("empty.xlsx", await xlsxOf(groupTables("VerkSam Jönköping 3", emptyCases)));
    // English headers (the reader's aliases).
    files.set(
      "english.xlsx",
      await xlsxOf(
        sampleTables("en").map((t) => ({
          sheet: t.sheet,
          table: t.table,
          header: t.header,
          rows:
            t.table === "Inställningar"
              ? t.rows.map((r) =>
                  r.map((v, j) => (t.header[j] === "Group" ? "VerkSam Vaggeryd" : v))
                )
              : t.rows,
          numberFormats: t.numberFormats,
        }))
      )
    );
    files.set("same-group.xlsx", await xlsxOf(groupTables("verksam habo ")));
    files.set(
      "no-tables.xlsx",
      await xlsxOf([], {
        extraSheets: [
          {
            name: "Budget",
            rows: [
              ["Post", "Belopp"],
              ["Fika", 200],
            ],
          },
        ],
      })
    );
    files.set(
      `pnr-${PERSONNUMMER}.xlsx`,
      await xlsxOf(
        groupTables("VerkSam Tranås", (t) =>
          t.table === "Ärenden"
            ? {
                rows: t.rows.map((r, i) =>
                  i === 1 ? r.map((v, j) => (j === 1 ? PERSONNUMMER : v)) : r
                ),
              }
            : undefined
        )
      )
    );
    files.set("broken.xlsx", Buffer.from("PK\u0003\u0004 this is not a workbook"));
    for (const [name, b] of files) {
      if (name === "broken.xlsx") continue;
      read.set(name, await readWorkbookFile(arrayBufferOf(b)));
    }
  });

  describe("the reader (read-excel-file and the package's XML)", () => {
    it("finds the 1904 flag, the Excel tables and their places", () => {
      assert.equal(read.get("plain.xlsx")!.dateSystem, "1900");
      const mac = read.get("mac-1904.xlsx")!;
      assert.equal(mac.dateSystem, "1904");
      const moten = mac.tables.find((t) => t.name === "Möten");
      assert.deepEqual(moten && { ...moten }, {
        name: "Möten",
        sheet: "Mötesplan",
        top: 2,
        left: 2,
        rows: 1 + sampleTables("sv")[3].rows.length,
        cols: sampleTables("sv")[3].header.length,
      });
      assert.deepEqual(read.get("handmade.xlsx")!.tables, []);
    });

    it("gives dates as serials of the file's own system and times as day fractions", () => {
      const first = sampleTables("sv")[3].rows[0][0] as number;
      const plain = read.get("plain.xlsx")!.sheets.find((s) => s.name === "Möten")!;
      assert.equal(plain.rows[1][0], first);
      const mac = read.get("mac-1904.xlsx")!.sheets.find((s) => s.name === "Mötesplan")!;
      assert.equal(mac.rows[3][2], first - 1462);
      const settings = read.get("mac-1904.xlsx")!.sheets.find((s) => s.name === "Inställningar")!;
      assert.equal(settings.rows[1][1], 9 / 24);
    });

    it("rejects a file that is not a workbook", async () => {
      await assert.rejects(readWorkbookFile(arrayBufferOf(files.get("broken.xlsx")!)));
    });
  });

  describe("the statistics", () => {
    const groupFiles = (): GroupFile[] =>
      [...files.keys()].map((fileName) => ({ fileName, workbook: read.get(fileName) }));

    it("counts every variation as the open workbook's core counts the sample", () => {
      const ref = sampleTotal();
      const stats = forbundStatistics(groupFiles(), OPTIONS);
      const row = (group: string) =>
        stats.rows.find((r) => r.kind === "group" && r.group === group);
      for (const group of [
        "VerkSam Habo",
        "VerkSam Mullsjö",
        "VerkSam Jönköping 1",
        "VerkSam Vaggeryd",
        "VerkSam Tranås",
      ]) {
        const r = row(group);
        assert.ok(r, `a row for ${group}`);
        assert.deepEqual(
          [
            r.year,
            r.half,
            r.held,
            r.cases,
            r.byKommun,
            r.byRegion,
            r.withoutConsent,
            r.notifiedLate,
          ],
          [
            ref.year,
            ref.half,
            ref.held,
            ref.cases,
            ref.byKommun,
            ref.byRegion,
            ref.withoutConsent,
            ref.notifiedLate,
          ],
          group
        );
        assert.deepEqual(r.perOutcome, ref.perOutcome, group);
      }
      const empty = row("VerkSam Jönköping 3");
      assert.ok(empty);
      assert.deepEqual([empty.held, empty.cases, empty.withoutConsent], [ref.held, 0, 0]);
      // Six groups counted, one total row for the one half-year, summing them.
      assert.equal(stats.groups.length, 6);
      const total = stats.rows[stats.rows.length - 1];
      assert.equal(total.kind, "total");
      assert.equal(total.cases, 5 * ref.cases);
      assert.equal(total.held, 6 * ref.held);
      assert.deepEqual(
        stats.rows.map((r) => r.group ?? "*"),
        [
          "VerkSam Habo",
          "VerkSam Jönköping 1",
          "VerkSam Jönköping 3",
          "VerkSam Mullsjö",
          "VerkSam Tranås",
          "VerkSam Vaggeryd",
          "*",
        ]
      );
    });

    it("names the unreadable file, the file without planning tables and the second file of a group, and leaves them out", () => {
      const stats = forbundStatistics(groupFiles(), OPTIONS);
      const byKind = (kind: string) => stats.problems.filter((p) => p.kind === kind);
      assert.deepEqual(
        byKind("unreadable").map((p) => [p.file, p.leftOut]),
        [["broken.xlsx", true]]
      );
      assert.deepEqual(
        byKind("no-tables").map((p) => p.file),
        ["no-tables.xlsx"]
      );
      const dup = byKind("duplicate-group");
      assert.deepEqual(
        dup.map((p) => p.file),
        ["same-group.xlsx"]
      );
      assert.match(dup[0].message, /plain\.xlsx/);
      assert.ok(!stats.groups.some((g) => g.file === "same-group.xlsx"));
    });

    it("reports a personnummer by file and cell, and never shows the number", () => {
      const stats = forbundStatistics(groupFiles(), OPTIONS);
      const found = stats.problems.filter((p) => p.kind === "personnummer");
      assert.equal(found.length, 1);
      assert.match(found[0].message, /Ärenden!B3/);
      assert.match(found[0].file, /^pnr-/);
      const digits = PERSONNUMMER.replace(/\D/g, "");
      const everything = JSON.stringify([
        stats,
        forbundSheet(stats, "sv"),
        forbundTsv(stats, "sv"),
      ]);
      assert.ok(
        !everything
          .replace(/\D/g, " ")
          .split(/\s+/)
          .some((d) => d.includes(digits.slice(2)))
      );
      assert.ok(!everything.includes("121212"), "no form of the number");
    });

    it("reads no free text into any output: no case code, no Frågeställning", () => {
      const stats = forbundStatistics(groupFiles(), OPTIONS);
      const out = JSON.stringify([
        forbundSheet(stats, "sv"),
        forbundTsv(stats, "en"),
        forbundChart(stats, "sv"),
      ]);
      assert.ok(!out.includes(QUESTION_TEXT));
      assert.ok(!/J2-25-\d{3}/.test(out));
      assert.ok(!out.includes("Anna Andersson"));
    });

    it("lays out the sheet, the copy and the chart from the same rows", () => {
      const stats = forbundStatistics(groupFiles(), OPTIONS);
      const sheet = forbundSheet(stats, "sv");
      assert.equal(sheet.name, FORBUND_SHEET_NAME);
      assert.deepEqual(sheet.header, forbundHeader("sv"));
      assert.equal(sheet.rows.length, stats.rows.length);
      assert.deepEqual(sheet.rows[sheet.rows.length - 1].slice(0, 2), [
        "Alla grupper",
        "2025 jul–dec",
      ]);
      const tsv = forbundTsv(stats, "sv").split("\n");
      assert.equal(tsv.length, 1 + sheet.rows.length);
      assert.equal(tsv[1].split("\t").length, sheet.header.length);
      const chart = forbundChart(stats, "sv");
      assert.ok(chart);
      const data = casesPerGroup(stats);
      assert.deepEqual(chart.categories, data.groups);
      const grid = chartSourceGrid(chart);
      for (let i = 0; i < data.groups.length; i++) {
        const r = stats.rows.find((x) => x.kind === "group" && x.group === data.groups[i]);
        assert.equal(grid[1 + i][1], r?.cases);
      }
      // The chart's cells lie right of the table.
      assert.ok(chart.source.address.startsWith("R1:"), chart.source.address);
      assert.equal(forbundHeader("en")[0], "Group");
    });
  });

  describe("Skapa förbundsstatistik through the Workbook interface", () => {
    it("writes the sheet as the add-in's own, leaving out what cannot be counted", async () => {
      const wb = new MemoryWorkbook();
      const outcome = await makeForbundStatistics(
        wb,
        [
          chosen("plain.xlsx", files.get("plain.xlsx")!),
          chosen("broken.xlsx", files.get("broken.xlsx")!),
        ],
        OPTIONS,
        () => Promise.resolve(readWorkbookFile)
      );
      assert.equal(outcome.ok, true, outcome.message);
      assert.match(outcome.message, /1 grupp, 1 halvår\. 1 fil utelämnad/);
      const sheet = wb.sheet(FORBUND_SHEET_NAME);
      assert.ok(sheet);
      assert.equal(sheet.properties.get(OWNER_PROPERTY), OWNER_VALUE);
      assert.equal(sheet.values[1][0], "VerkSam Habo");
      assert.equal(outcome.tsv, forbundTsv(outcome.statistics!, "sv"));
      assert.deepEqual(
        (sheet.charts ?? []).map((c) => c.name),
        [FORBUND_CHART_NAME]
      );
    });

    it("writes the sheet and its native chart through the strict Excel double, a 1904 workbook too", async () => {
      for (const dateSystem of ["1900", "1904"] as const) {
        const excel = new ExcelDouble();
        excel.model.dateSystem = dateSystem;
        excel.model.addSheet("Blad1");
        const outcome = await makeForbundStatistics(
          new OfficeWorkbook(excel.run),
          [
            chosen("plain.xlsx", files.get("plain.xlsx")!),
            chosen("mac-1904.xlsx", files.get("mac-1904.xlsx")!),
          ],
          OPTIONS,
          () => Promise.resolve(readWorkbookFile)
        );
        assert.equal(outcome.ok, true, outcome.message);
        const stats = outcome.statistics!;
        const grid = excel.model.grid(FORBUND_SHEET_NAME);
        const sheet = forbundSheet(stats, "sv");
        assert.deepEqual(
          grid.slice(0, 1 + sheet.rows.length).map((r) => r.slice(0, sheet.header.length)),
          [sheet.header, ...sheet.rows]
        );
        const charts = excel.model.charts(FORBUND_SHEET_NAME);
        assert.deepEqual(
          charts.map((c) => [c.name, c.type]),
          [[FORBUND_CHART_NAME, "ColumnClustered"]]
        );
        // The chart reads the cells its description names, and they hold its numbers.
        const spec = forbundChart(stats, "sv")!;
        const src = charts[0].source;
        const block = grid
          .slice(src.row, src.row + src.rows)
          .map((r) => r.slice(src.col, src.col + src.cols));
        assert.deepEqual(block, chartSourceGrid(spec));
      }
    });

    it("never writes to a person's sheet of that name", async () => {
      const wb = new MemoryWorkbook();
      wb.addPlainSheet(FORBUND_SHEET_NAME, [["Mina anteckningar"]]);
      const outcome = await makeForbundStatistics(
        wb,
        [chosen("plain.xlsx", files.get("plain.xlsx")!)],
        OPTIONS,
        () => Promise.resolve(readWorkbookFile)
      );
      assert.equal(outcome.ok, false);
      assert.match(outcome.message, /inte är tilläggets eget/);
      assert.deepEqual(wb.sheet(FORBUND_SHEET_NAME)!.values, [["Mina anteckningar"]]);
    });

    it("writes nothing when no file can be counted, and loads no reader without files", async () => {
      const wb = new MemoryWorkbook();
      let loads = 0;
      const load = () => {
        loads++;
        return Promise.resolve(readWorkbookFile);
      };
      const none = await makeForbundStatistics(wb, [], OPTIONS, load);
      assert.equal(none.ok, false);
      assert.equal(loads, 0);
      const bad = await makeForbundStatistics(
        wb,
        [chosen("broken.xlsx", files.get("broken.xlsx")!)],
        OPTIONS,
        load
      );
      assert.equal(bad.ok, false);
      assert.equal(bad.statistics?.problems[0].kind, "unreadable");
      assert.equal(wb.sheet(FORBUND_SHEET_NAME), undefined);
      assert.equal(wb.calls.writeSheets, 0);
    });

    it("says so when the reader's chunk cannot be loaded", async () => {
      const outcome = await makeForbundStatistics(
        new MemoryWorkbook(),
        [chosen("plain.xlsx", files.get("plain.xlsx")!)],
        { today: SAMPLE_TODAY, lang: "en" },
        () => Promise.reject(new Error("ChunkLoadError"))
      );
      assert.equal(outcome.ok, false);
      assert.match(
        outcome.message,
        /reader for \.xlsx files could not be loaded \(ChunkLoadError\)/
      );
    });
  });
});
