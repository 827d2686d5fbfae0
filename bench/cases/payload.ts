/**
 * Case 5: what crosses to Excel. Skapa mötesschema (read the five tables, write Mötesschema
 * and Dagordning) through the real OfficeWorkbook against the strict Excel double, for
 * 1 000, 10 000 and 100 000 cases over 150 meetings: syncs, and the bytes of the largest
 * request and response of one sync (values, formulas and formats as JSON), against Excel on
 * the web's 5 MB limit and against reading every table in a single sync (the adapter before
 * the read was windowed).
 */
import { TEMPLATE_TABLE_NAMES } from "../../src/core/planning/template";
import type { PlanningInput, TableName } from "../../src/core/planning/types";
import { PLANNING_INPUT_KEYS } from "../../src/core/planning/types";
import { runAction } from "../../src/taskpane/actions";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../tests/helpers/excel-double";
import type { BenchContext } from "../lib/context";
import { statsOf } from "../lib/measure";
import { fmtInt, fmtMs, fmtNumber, fmtSpread } from "../lib/report";
import { SYNTHETIC_TODAY, syntheticWorkbook } from "../lib/synthetic";

const MB = 1024 * 1024;

function fmtMB(bytes: number): string {
  return `${fmtNumber(bytes / MB, 2)} MB`;
}

/** A double holding the synthetic workbook's five tables, each on a sheet of its own. */
function doubleOf(input: PlanningInput): ExcelDouble {
  const excel = new ExcelDouble();
  for (const name of Object.keys(PLANNING_INPUT_KEYS) as TableName[]) {
    const grid = input[PLANNING_INPUT_KEYS[name]];
    if (grid) excel.model.addTable(name, TEMPLATE_TABLE_NAMES[name], grid.values);
  }
  return excel;
}

export async function benchPayload(ctx: BenchContext): Promise<void> {
  const sizes = ctx.quick ? [1000, 10000] : [1000, 10000, 100000];
  const runs = ctx.quick ? 2 : 5;
  for (const cases of sizes) {
    ctx.log(`case 5: ${fmtInt(cases)} cases`);
    const { input } = syntheticWorkbook({ cases });
    // The adapter before windowing read every table in one response.
    const oneSync = Buffer.byteLength(
      JSON.stringify(Object.values(input).map((g) => g!.values)),
      "utf8"
    );
    const times: number[] = [];
    let read = { syncs: 0, request: 0, response: 0 };
    let write = { syncs: 0, request: 0, response: 0 };
    for (let i = 0; i < runs + 1; i++) {
      const excel = doubleOf(input);
      const workbook = new OfficeWorkbook(excel.run);
      const t0 = process.hrtime.bigint();
      const outcome = await runAction(workbook, "schedule", {
        today: SYNTHETIC_TODAY,
        lang: "sv",
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!outcome.ok) throw new Error(`case 5: ${outcome.message}`);
      if (i > 0) times.push(ms); // the first run warms up
      const [readSyncs, writeSyncs] = excel.syncsPerRun;
      const records = excel.syncRecords;
      const of = (from: number, to: number) => ({
        syncs: to - from,
        request: Math.max(...records.slice(from, to).map((s) => s.requestBytes)),
        response: Math.max(...records.slice(from, to).map((s) => s.responseBytes)),
      });
      read = of(0, readSyncs);
      write = of(readSyncs, readSyncs + writeSyncs);
      const worst = Math.max(...records.map((s) => Math.max(s.requestBytes, s.responseBytes)));
      if (worst > PAYLOAD_LIMIT_BYTES) throw new Error(`case 5: a sync carried ${worst} bytes`);
    }
    const stats = statsOf(times);
    ctx.rows.push({
      case: "5",
      what: "Skapa mötesschema through OfficeWorkbook and the strict Excel double: syncs and bytes per sync",
      size: `${fmtInt(cases)} cases, 150 meetings`,
      runs,
      median: fmtMs(stats.median),
      spread: fmtSpread(stats),
      throughput: `read ${read.syncs} syncs, largest response ${fmtMB(read.response)}; write ${write.syncs} syncs, largest request ${fmtMB(write.request)}`,
      ratio: `every sync ≤ 5 MB; one sync for the whole read would carry ${fmtMB(oneSync)}${oneSync > PAYLOAD_LIMIT_BYTES ? " (over the limit)" : ""}`,
    });
  }
  ctx.notes.push(
    "Case 5 counts bytes as the double does: the JSON of the values, formulas and formats a sync sends or loads. Excel's own envelope adds a little; the windows (≤ 20 000 rows, ≈ 2 MB) leave room for it. Times are the double's, not Excel's."
  );
}
