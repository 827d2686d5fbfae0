/**
 * Budget: the planner's work grows linearly with the workbook. Counted, not timed
 * (see work-meter.ts): the same numbers on every machine and every run.
 *
 * The planner (`plan`: read the tables, checks, schedule, agenda, statistics, output grids)
 * runs on the bench's synthetic workbook at 1 000 cases / 50 meetings and at 10 000 cases /
 * 500 meetings — ten times the input — and may do at most 10.5× the work (it does 9.7×:
 * one pass over the cells, work per case and per meeting, nothing per pair). A loop over
 * the meetings inside a loop over the cases or findings, or a scan of every case per case,
 * grows 100× there and fails.
 *
 * And what the single-pass design guarantees at any size (issue 14): each cell of the input
 * is read at most 2.5 times (once to see whether its row is blank, once scanned for a
 * personnummer, once more where a column is used; 2.1 now), and the walks over arrays,
 * Maps and Sets stay under 20 element visits per case (18.3 at 1 000 cases / 50 meetings,
 * 11.4 at 10 000 / 150, 16.9 at 10 000 / 500: each case is filed once under its meeting and
 * unit, in table order, and the schedule, agenda and statistics share that; the planner
 * before the single-pass rewrite made 70, regrouping all cases for each of them).
 */
import { strict as assert } from "assert";
import { plan } from "../../../src/core/planning/run";
import type { PlanningInput } from "../../../src/core/planning/types";
import { SYNTHETIC_TODAY, syntheticWorkbook } from "../../../bench/lib/synthetic";
import { instrumentGrid, measureWork, type Work } from "./work-meter";

const MAX_GROWTH = 10.5;
const MAX_READS_PER_CELL = 2.5;
const MAX_VISITS_PER_CASE = 20;

function cellCount(input: PlanningInput): number {
  let n = 0;
  for (const grid of Object.values(input) as (PlanningInput["cases"] | undefined)[])
    for (const row of grid?.values ?? []) n += row.length;
  return n;
}

function describeWork(w: Work): string {
  return `${w.total} (element visits ${w.elementVisits}, core calls ${w.coreCalls}, cell reads ${w.cellReads})`;
}

function planWork(
  cases: number,
  meetings: number,
  run: (input: PlanningInput) => unknown = (input) =>
    plan(input, { today: SYNTHETIC_TODAY, lang: "sv" })
): Work {
  const input = instrumentGrid(syntheticWorkbook({ cases, meetings }).input);
  return measureWork(() => run(input));
}

describe("budgets: the planner's work grows linearly", function () {
  this.timeout(30000);

  it(`plan() on 10× the cases and meetings does at most ${MAX_GROWTH}× the work`, () => {
    const small = planWork(1_000, 50);
    const large = planWork(10_000, 500);
    const growth = large.total / small.total;
    assert.ok(
      small.elementVisits > 0 && small.coreCalls > 0 && small.cellReads > 0,
      `the meter saw nothing: ${describeWork(small)}`
    );
    assert.ok(
      growth <= MAX_GROWTH,
      `work grew ×${growth.toFixed(2)} (budget ×${MAX_GROWTH}): 1 000 cases ${describeWork(small)}; 10 000 cases ${describeWork(large)}`
    );
  });

  it(`reads each cell at most ${MAX_READS_PER_CELL} times and visits at most ${MAX_VISITS_PER_CASE} elements per case`, () => {
    for (const [cases, meetings] of [
      [1_000, 50],
      [10_000, 150],
      [10_000, 500],
    ] as const) {
      const input = instrumentGrid(syntheticWorkbook({ cases, meetings }).input);
      const w = measureWork(() => plan(input, { today: SYNTHETIC_TODAY, lang: "sv" }));
      const reads = w.cellReads / cellCount(input);
      assert.ok(
        reads <= MAX_READS_PER_CELL,
        `${cases} cases: ${reads.toFixed(2)} reads per cell (budget ${MAX_READS_PER_CELL})`
      );
      assert.ok(
        w.elementVisits / cases <= MAX_VISITS_PER_CASE,
        `${cases} cases, ${meetings} meetings: ${(w.elementVisits / cases).toFixed(1)} element visits per case (budget ${MAX_VISITS_PER_CASE}): ${describeWork(w)}`
      );
    }
  });

  it("is the same count on every run (deterministic)", () => {
    assert.deepEqual(planWork(300, 15), planWork(300, 15));
  });

  it("the meter sees a quadratic loop (a per-meeting scan of every finding) and fails it", () => {
    // What buildSchedule once did: filter all findings for each meeting.
    const quadratic = (input: PlanningInput): unknown => {
      const result = plan(input, { today: SYNTHETIC_TODAY, lang: "sv" });
      return result.schedule.map(
        (row) => result.findings.filter((f) => f.meeting === row.date).length
      );
    };
    const small = planWork(1_000, 50, quadratic);
    const large = planWork(10_000, 500, quadratic);
    assert.ok(
      large.total / small.total > MAX_GROWTH,
      `expected more than ×${MAX_GROWTH}, got ×${(large.total / small.total).toFixed(2)}`
    );
  });
});
