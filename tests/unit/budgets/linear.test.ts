/**
 * Budget: the planner's work grows linearly with the workbook. Counted, not timed
 * (see work-meter.ts): the same numbers on every machine and every run.
 *
 * The planner (`plan`: read the tables, checks, schedule, agenda, statistics, output grids)
 * runs on the bench's synthetic workbook at 1 000 cases / 50 meetings and at 10 000 cases /
 * 500 meetings — ten times the input — and may do at most 12× the work. A loop over the
 * meetings inside a loop over the cases or findings, or a scan of every case per case,
 * grows 100× there and fails.
 */
import { strict as assert } from "assert";
import { plan } from "../../../src/core/planning/run";
import type { PlanningInput } from "../../../src/core/planning/types";
import { SYNTHETIC_TODAY, syntheticWorkbook } from "../../../bench/lib/synthetic";
import { instrumentGrid, measureWork, type Work } from "./work-meter";

const MAX_GROWTH = 12;

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
