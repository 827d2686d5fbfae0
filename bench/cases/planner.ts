/**
 * Case 3: the planner — read the five tables, checks, schedule, agenda, statistics and the
 * three output grids (`plan` in src/core/planning/run.ts) — for 1 000, 10 000 and 100 000
 * cases over 150 meetings.
 *
 * The baseline is the floor of copying the input grid once, measured in the same process and
 * interleaved with the planner's runs: every round copies the input five times, runs the
 * planner, and runs the planner once more step by step for the stages. The floor is the
 * minimum of all copies (the least disturbed one); the planner's figure is the median. Both
 * wall-clock and CPU time (this process, GC threads included) are reported, since other work
 * on the machine stretches the wall clock. Each size also measures peak heap and the heap
 * retained by a run's result in a separate process. (The planner's output is held byte for
 * byte by tests/unit/planning/equivalence.test.ts.)
 */
import { spawnSync } from "child_process";
import * as os from "os";
import * as path from "path";
import { planIndex } from "../../src/core/planning/plan-index";
import { checkPlan } from "../../src/core/planning/checks";
import { countBySeverity } from "../../src/core/planning/findings";
import { meetingFormulaRepairs } from "../../src/core/planning/formula-check";
import { toOutputSheets } from "../../src/core/planning/output";
import { readTables } from "../../src/core/planning/read";
import { plan } from "../../src/core/planning/run";
import { buildSchedule } from "../../src/core/planning/schedule";
import { buildAgenda } from "../../src/core/planning/agenda";
import { buildStatistics } from "../../src/core/planning/statistics";
import type { PlanningInput } from "../../src/core/planning/types";
import type { BenchContext } from "../lib/context";
import { collectGarbage, consume, statsOf, type Stats } from "../lib/measure";
import { fmtInt, fmtMs, fmtNumber, fmtRate, fmtRatio, fmtSpread } from "../lib/report";
import { copyInput, SYNTHETIC_TODAY, syntheticWorkbook } from "../lib/synthetic";

const MIB = 1024 * 1024;
const OPTIONS = { today: SYNTHETIC_TODAY, lang: "sv" as const };

export interface PeakHeap {
  /** Heap in use after loading the input (collected), bytes. */
  readonly before: number;
  /** Highest heap in use during the run, bytes. */
  readonly peak: number;
  /** Heap in use after the run, the result still referenced (collected), bytes. */
  readonly retained: number;
}

/** Peak and retained heap of one run, from V8's --trace-gc in a fresh process. */
export function peakHeap(cases: number, meetings: number, what: "plan" | "copy"): PeakHeap {
  const root = path.resolve(__dirname, "..", "..");
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--trace-gc",
      "-r",
      "ts-node/register/transpile-only",
      path.join(root, "bench", "heap-child.ts"),
      String(cases),
      String(meetings),
      what,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
  );
  if (child.status !== 0) throw new Error(`heap-child failed: ${child.stderr}`);
  let inRun = false;
  let before = 0;
  let peak = 0;
  let retained = 0;
  for (const line of child.stdout.split("\n")) {
    const marker = /^@@(BEGIN|END|RETAINED) (\d+)/.exec(line);
    if (marker) {
      const bytes = Number(marker[2]);
      if (marker[1] === "BEGIN") {
        inRun = true;
        before = bytes;
        peak = bytes;
      } else if (marker[1] === "END") {
        inRun = false;
        peak = Math.max(peak, bytes);
      } else retained = bytes;
      continue;
    }
    const gcLine =
      /ms: [A-Za-z-]+(?: \([a-z ]+\))? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/.exec(
        line
      );
    if (inRun && gcLine) peak = Math.max(peak, Number(gcLine[1]) * MIB);
  }
  return { before, peak, retained };
}

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

/** One measured run (after a collection): wall-clock and CPU milliseconds. */
function timed(fn: () => unknown): Sample {
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  consume(fn());
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const STAGES = [
  "read",
  "index",
  "checks",
  "schedule",
  "agenda",
  "statistics",
  "grids",
  "rest",
] as const;
type Stage = (typeof STAGES)[number];

/** `plan` step by step, each step timed (wall clock, ms). The same work as `plan`. */
function stagedPlan(input: PlanningInput): Record<Stage, number> {
  collectGarbage();
  const t: number[] = [Number(process.hrtime.bigint())];
  const mark = (): void => void t.push(Number(process.hrtime.bigint()));
  const { plan: model, findings } = readTables(input);
  mark();
  planIndex(model);
  mark();
  const checks = checkPlan(model);
  for (let i = 0; i < checks.length; i++) findings.push(checks[i]);
  mark();
  const schedule = buildSchedule(model, findings);
  mark();
  const agenda = buildAgenda(model);
  mark();
  const statistics = buildStatistics(model, OPTIONS.today);
  mark();
  const sheets = toOutputSheets({ schedule, agenda, statistics }, OPTIONS.lang);
  mark();
  consume([sheets, countBySeverity(findings), meetingFormulaRepairs(input.meetings)]);
  mark();
  const out = {} as Record<Stage, number>;
  STAGES.forEach((s, i) => (out[s] = (t[i + 1] - t[i]) / 1e6));
  return out;
}

function median(values: readonly number[]): number {
  return statsOf(values).median;
}

function loadNow(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

export function benchPlanner(ctx: BenchContext): void {
  const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const results: {
    size: number;
    planner: Stats;
    cpu: number;
    floor: number;
    heap: PeakHeap;
  }[] = [];
  for (const size of sizes) {
    const load = loadNow();
    ctx.log(`case 3: ${size} cases (load average ${load})`);
    const wb = syntheticWorkbook({ cases: size, meetings: 150 });
    const rounds = ctx.quick ? 3 : size <= 1_000 ? 25 : size <= 10_000 ? 15 : 7;
    for (let i = 0; i < 2; i++) {
      consume(plan(wb.input, OPTIONS));
      consume(copyInput(wb.input));
    }
    const copies: number[] = [];
    const now: Sample[] = [];
    const stages: Record<Stage, number>[] = [];
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < 5; k++) copies.push(timed(() => copyInput(wb.input)).wall);
      now.push(timed(() => plan(wb.input, OPTIONS)));
      stages.push(stagedPlan(wb.input));
    }
    const floor = Math.min(...copies);
    const planner = statsOf(now.map((s) => s.wall));
    const cpu = median(now.map((s) => s.cpu));
    ctx.log(`case 3: ${size} cases, heap in separate processes`);
    const heap = peakHeap(size, 150, "plan");
    results.push({ size, planner, cpu, floor, heap });
    const previous = results.length > 1 ? results[results.length - 2] : undefined;
    const growth = previous
      ? `; ×${fmtRatio(planner.median / previous.planner.median)} the time of ${fmtInt(previous.size)} cases`
      : "";
    const perCase = (h: PeakHeap): string =>
      `${fmtNumber((h.retained - h.before) / size / 1024, 2)} KB/case retained`;
    ctx.rows.push({
      case: "3",
      what: "planner: read tables → checks, schedule, agenda, statistics → output grids",
      size: `${fmtInt(size)} cases, 150 meetings`,
      runs: planner.samples.length,
      median: fmtMs(planner.median),
      spread: fmtSpread(planner),
      throughput: fmtRate(size / (planner.median / 1000), "cases"),
      ratio:
        `×${fmtRatio(planner.median / floor)} the copy floor (${fmtMs(floor)}, min of ${copies.length} interleaved copies)${growth}; ` +
        `CPU ${fmtMs(cpu)}; peak heap +${fmtNumber((heap.peak - heap.before) / MIB, 1)} MiB over the input, ${perCase(heap)}; load ${load}`,
    });
    const stageMedians = STAGES.map((s) => [s, median(stages.map((x) => x[s]))] as const);
    const total = stageMedians.reduce((sum, [, ms]) => sum + ms, 0);
    ctx.rows.push({
      case: "3",
      what: "planner stages (medians, one more run per round, step by step)",
      size: `${fmtInt(size)} cases`,
      runs: stages.length,
      median: fmtMs(total),
      spread: "—",
      throughput: "—",
      ratio: stageMedians
        .map(([s, ms]) => `${s} ${fmtMs(ms)} (${fmtNumber((ms / total) * 100, 0)} %)`)
        .join(", "),
    });
  }
  const at = (n: number) => results.find((r) => r.size === n);
  const verdict = (ok: boolean): string => (ok ? "met" : "NOT met");
  const ten = at(10_000);
  const hundred = at(100_000);
  const targets: string[] = [];
  for (const r of [ten, hundred]) {
    if (r)
      targets.push(
        `${fmtInt(r.size)} cases ≤ 40× the copy floor: ×${fmtRatio(r.planner.median / r.floor)} (${verdict(r.planner.median / r.floor <= 40)})`
      );
  }
  if (hundred) {
    targets.push(
      `100 000 cases under 0.5 s: ${fmtMs(hundred.planner.median)} wall, ${fmtMs(hundred.cpu)} CPU (${verdict(hundred.planner.median < 500)} by the wall clock)`
    );
    if (ten)
      targets.push(
        `growth 10 000 → 100 000 ≤ ×11: ×${fmtRatio(hundred.planner.median / ten.planner.median)} (${verdict(hundred.planner.median / ten.planner.median <= 11)})`
      );
    const kb = (hundred.heap.retained - hundred.heap.before) / hundred.size / 1024;
    targets.push(
      `retained ≤ 0.4 KB per case at 100 000: ${fmtNumber(kb, 2)} KB (${verdict(kb <= 0.4)})`
    );
    const peak = (hundred.heap.peak - hundred.heap.before) / MIB;
    targets.push(
      `peak heap < 100 MiB above the input at 100 000: +${fmtNumber(peak, 1)} MiB (${verdict(peak < 100)})`
    );
  }
  ctx.notes.push(
    "Case 3: every round copies the input five times, runs the planner and the staged planner, each after a full GC. The copy floor is the minimum of all copies; planner figures are medians. CPU is this process's user + system time (GC threads included). Peak and retained heap: one run in a fresh `node --expose-gc --trace-gc` process; the peak is the largest heap in use seen by V8's GC trace during the run; retained is the heap after a full GC with the result still referenced, minus the heap with the input only.",
    `Case 3 targets (issue 14): ${targets.join("; ")}.`
  );
}
