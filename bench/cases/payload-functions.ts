/**
 * Case 2b: what the Möten formulas send to JavaScript. Excel passes a custom function's
 * arguments to the add-in's runtime as JSON, and documents 5 MB as the most one call may
 * carry. Measured here: the JSON bytes of the arguments of one call, for the formulas the
 * template wrote before (Frigörs = UNITS_TO_RELEASE over two whole Ärenden columns) and now
 * (Frigörs = a native TEXTJOIN/COUNTIFS formula; only the two deadlines call JavaScript),
 * and per edit in Ärenden (every Frigörs cell depends on Ärenden; the deadlines do not).
 *
 * Then the native formula itself, evaluated by HyperFormula (a spreadsheet engine, dev-only)
 * for every meeting of the synthetic workbook, against UNITS_TO_RELEASE: they must agree on
 * every meeting once the synthetic workbook's case dates typed as text (1 %) are left out,
 * the one documented edge that data has.
 */
import { HyperFormula } from "hyperformula";
import {
  meetingFormulas,
  releasedFormulaSources,
  columnRef,
  thisRowRef,
} from "../../src/core/planning/template";
import { unitsToRelease } from "../../src/functions/functions";
import type { BenchContext } from "../lib/context";
import { fmtInt, fmtMs, fmtNumber } from "../lib/report";
import {
  SYNTHETIC_CASE_DEADLINE_DAYS,
  SYNTHETIC_RELEASE_DEADLINE_DAYS,
  syntheticWorkbook,
  type SyntheticWorkbook,
} from "../lib/synthetic";

/** Documented limit of one custom-function call's data (Excel's 5 MB). */
const LIMIT = 5 * 1024 * 1024;

/** UTF-8 bytes of a call's arguments as JSON. */
function bytes(args: readonly unknown[]): number {
  return Buffer.byteLength(JSON.stringify(args), "utf8");
}

function fmtSize(n: number): string {
  if (n >= 1024 * 1024) return `${fmtNumber(n / (1024 * 1024), 2)} MB`;
  if (n >= 1024) return `${fmtNumber(n / 1024, 1)} KB`;
  return `${fmtInt(n)} B`;
}

interface Payload {
  /** One Möten row: Frigörs + Ärendefrist + Frigörandefrist. */
  readonly row: { readonly released: number; readonly deadline: number };
  /** All Möten rows, after one edit in Ärenden. */
  readonly perCaseEdit: number;
}

function payloadBefore(wb: SyntheticWorkbook): Payload {
  const { units, caseUnits, caseMeetingDates, closedDays } = wb.ranges;
  const m = wb.meetingDates[0];
  const released = bytes([units, caseUnits, caseMeetingDates, m, ", "]);
  const deadline = bytes([m, SYNTHETIC_CASE_DEADLINE_DAYS, closedDays]);
  return { row: { released, deadline }, perCaseEdit: released * wb.meetingDates.length };
}

function payloadNow(wb: SyntheticWorkbook): Payload {
  const m = wb.meetingDates[0];
  // IF(ISBLANK(INDEX(Inställningar[…],1)),6,INDEX(…,1)) is computed by Excel: one number.
  const deadline = bytes([m, SYNTHETIC_RELEASE_DEADLINE_DAYS, wb.ranges.closedDays]);
  return { row: { released: 0, deadline }, perCaseEdit: 0 };
}

/**
 * Frigörs of every meeting by the template's native formula in HyperFormula. Structured
 * references become ranges (HyperFormula reads none) and TRUE becomes TRUE().
 */
function nativeReleased(
  units: readonly unknown[][],
  cases: readonly unknown[][],
  meetings: readonly number[]
): { values: unknown[]; ms: number } {
  const s = releasedFormulaSources("sv");
  const u = units.length + 1;
  const c = cases.length + 1;
  const formula = (row: number): string => {
    let f = meetingFormulas("sv").released;
    const replacements: [string, string][] = [
      [columnRef(s.unitsTable, s.unitName), `E!$A$2:$A$${u}`],
      [columnRef(s.unitsTable, s.unitType), `E!$B$2:$B$${u}`],
      [columnRef(s.casesTable, s.caseMeetingDate), `C!$A$2:$A$${c}`],
      [columnRef(s.casesTable, s.caseUnit), `C!$B$2:$B$${c}`],
      [thisRowRef(s.meetingDate), `$A${row}`],
    ];
    for (const [from, to] of replacements) f = f.split(from).join(to);
    return f.replace(/(?<![A-Za-z_.])TRUE(?!\()/g, "TRUE()");
  };
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets(
    {
      E: [["Enhet", "Typ"], ...units],
      C: [["Mötesdatum", "Enhet"], ...cases],
      M: [["Mötesdatum", "Frigörs"], ...meetings.map((m, i) => [m, formula(i + 2)])],
    } as never,
    {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
      accentSensitive: true,
      maxRows: Math.max(c, meetings.length + 1) + 10,
    }
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const sheet = hf.getSheetId("M");
  if (sheet === undefined) throw new Error("HyperFormula sheet M missing");
  const values = hf
    .getSheetValues(sheet)
    .slice(1)
    .map((r) => r[1]);
  hf.destroy();
  return { values, ms };
}

export function benchCallPayload(ctx: BenchContext): void {
  const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const agreement: string[] = [];
  for (const size of sizes) {
    ctx.log(`case 2b: ${size} cases`);
    const wb = syntheticWorkbook({ cases: size, meetings: 150 });
    const before = payloadBefore(wb);
    const now = payloadNow(wb);
    ctx.rows.push({
      case: "2b",
      what: "data one custom-function call sends to JavaScript (JSON): Frigörs · a deadline — template before → now",
      size: `${fmtInt(size)} cases`,
      runs: "—",
      median: `${fmtSize(before.row.released)} · ${fmtSize(before.row.deadline)} → none · ${fmtSize(now.row.deadline)}`,
      spread: "—",
      throughput: `per edit in Ärenden: ${fmtSize(before.perCaseEdit)} → ${fmtSize(now.perCaseEdit)}`,
      ratio: `Frigörs was ${fmtNumber((100 * before.row.released) / LIMIT, 1)} % of the 5 MB per call`,
    });

    if (size <= 10_000) {
      const units = wb.ranges.units;
      const blankAsEmpty = (v: unknown): unknown => (v === "" ? null : v);
      const cases = wb.ranges.caseMeetingDates.map((row, i) => [
        blankAsEmpty(row[0]),
        blankAsEmpty(wb.ranges.caseUnits[i][0]),
      ]);
      const byFunction = (rows: unknown[][]): unknown[] =>
        wb.meetingDates.map(
          (m) =>
            unitsToRelease(
              units,
              rows.map((r) => [r[1]]),
              rows.map((r) => [r[0]]),
              m,
              ", "
            )[0][0]
        );
      const agree = (a: unknown[], b: unknown[]): number => a.filter((v, i) => v === b[i]).length;
      const native = nativeReleased(units, cases, wb.meetingDates);
      const all = agree(native.values, byFunction(cases));
      // The documented edge: a case date typed as text counts for UNITS_TO_RELEASE only.
      const numericDates = cases.map((r) => (typeof r[0] === "string" ? [null, r[1]] : r));
      const nativeNumeric = nativeReleased(units, numericDates, wb.meetingDates);
      const withoutText = agree(nativeNumeric.values, byFunction(numericDates));
      agreement.push(
        `${fmtInt(size)} cases: ${all}/${wb.meetingDates.length} meetings as they are, ` +
          `${withoutText}/${wb.meetingDates.length} without the case dates typed as text ` +
          `(HyperFormula built and computed the 150 native formulas in ${fmtMs(native.ms)})`
      );
    }
  }
  ctx.notes.push(
    `Case 2b: bytes are JSON.stringify of one call's arguments as the synthetic workbook holds them ("" for an empty cell; Excel sends 0 or null). ` +
      `The native Frigörs (HyperFormula standing in for Excel) equals UNITS_TO_RELEASE on ${agreement.join("; ")}.`
  );
}
