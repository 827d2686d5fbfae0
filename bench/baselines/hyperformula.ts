/**
 * Baseline 1b: HyperFormula (a spreadsheet engine) evaluating `=WORKDAY(date,-n,holidays)`
 * for every input, with the same holiday list as ours. Dev-only: HyperFormula is GPL-3.0
 * and must never reach the bundle (tests/build/budgets.test.ts checks the bundles).
 *
 * Sheet "Data": A = meeting date (serial), B = workdays, C = the formula.
 * Sheet "Hol": A = the holiday list, with one spare cell at the end. A "full
 * recalculation" is measured by writing a date long before every input into that spare
 * cell (or clearing it again): every formula depends on the range, so all of them are
 * recomputed, and no result changes.
 */
import { HyperFormula } from "hyperformula";

export interface HyperFormulaWorkday {
  /** Milliseconds to build the workbook (parse and first evaluation of every formula). */
  readonly buildMs: number;
  /** One full recalculation; returns its duration in milliseconds. */
  recalculate(): number;
  /** The formulas' current values. */
  results(): number[];
  destroy(): void;
}

export function buildHyperFormulaWorkday(
  dates: ArrayLike<number>,
  workdays: ArrayLike<number>,
  holidayList: readonly number[]
): HyperFormulaWorkday {
  const n = dates.length;
  const holRows = holidayList.length + 1;
  const data: (number | string)[][] = new Array(n);
  for (let i = 0; i < n; i++)
    data[i] = [dates[i], workdays[i], `=WORKDAY(A${i + 1},-B${i + 1},Hol!$A$1:$A$${holRows})`];
  const hol: (number | null)[][] = holidayList.map((d) => [d]);
  hol.push([null]);
  const start = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets(
    { Data: data, Hol: hol },
    { licenseKey: "gpl-v3", maxRows: Math.max(n, holRows) + 10 }
  );
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  const dataSheet = hf.getSheetId("Data");
  const holSheet = hf.getSheetId("Hol");
  if (dataSheet === undefined || holSheet === undefined)
    throw new Error("HyperFormula sheets missing");
  let toggle = false;
  return {
    buildMs,
    recalculate(): number {
      toggle = !toggle;
      const t0 = process.hrtime.bigint();
      hf.setCellContents({ sheet: holSheet, col: 0, row: holRows - 1 }, [[toggle ? 2 : null]]);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    },
    results(): number[] {
      const values = hf.getSheetValues(dataSheet);
      return values.map((row) => row[2] as number);
    },
    destroy(): void {
      hf.destroy();
    },
  };
}
