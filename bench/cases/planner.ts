/**
 * Case 3: the planner — parse the five tables, build schedule, agenda, statistics and
 * checks, and produce the three output grids (`plan` in src/core/planning/run.ts) — for
 * 1 000, 10 000 and 100 000 cases over 150 meetings, against the floor of copying the
 * input grid once, with the peak heap of one run measured in a separate process.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { plan } from "../../src/core/planning/run";
import type { BenchContext } from "../lib/context";
import { measure, type Stats } from "../lib/measure";
import { fmtInt, fmtMs, fmtNumber, fmtRate, fmtRatio, fmtSpread, growthNote } from "../lib/report";
import { copyInput, SYNTHETIC_TODAY, syntheticWorkbook } from "../lib/synthetic";

const MIB = 1024 * 1024;

export interface PeakHeap {
  /** Heap in use after loading the input (collected), bytes. */
  readonly before: number;
  /** Highest heap in use during the run, bytes. */
  readonly peak: number;
  /** Heap in use after the run, the result still referenced (collected), bytes. */
  readonly retained: number;
}

/** Peak heap of one `plan` (or copy) run, from V8's --trace-gc in a fresh process. */
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
  const lines = child.stdout.split("\n");
  let inRun = false;
  let before = 0;
  let peak = 0;
  let retained = 0;
  for (const line of lines) {
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
      } else {
        retained = bytes;
      }
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

export function benchPlanner(ctx: BenchContext): void {
  const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const baseline: { stats?: Stats; size: number } = { size: 0 };
  for (const size of sizes) {
    ctx.log(`case 3: ${size} cases`);
    const wb = syntheticWorkbook({ cases: size, meetings: 150 });
    const runs = ctx.quick ? 3 : size <= 1_000 ? 15 : size <= 10_000 ? 10 : 5;
    const stats = measure(() => plan(wb.input, { today: SYNTHETIC_TODAY, lang: "sv" }), {
      warmup: size <= 10_000 ? 3 : 1,
      runs,
    });
    const floorStats = measure(() => copyInput(wb.input), { warmup: 3, runs });
    ctx.log(`case 3: ${size} cases, peak heap in a separate process`);
    const heap = peakHeap(size, 150, "plan");
    const growth = growthNote(baseline, stats, size);
    ctx.rows.push({
      case: "3",
      what: "planner: read tables → schedule, agenda, statistics, checks → output grids",
      size: `${fmtInt(size)} cases, 150 meetings`,
      runs: stats.samples.length,
      median: fmtMs(stats.median),
      spread: fmtSpread(stats),
      throughput: fmtRate(size / (stats.median / 1000), "cases"),
      ratio:
        `×${fmtRatio(stats.median / floorStats.median)} of copying the input once (${fmtMs(floorStats.median)})${growth}; ` +
        `peak heap ${fmtNumber(heap.peak / MIB, 1)} MiB (+${fmtNumber((heap.peak - heap.before) / MIB, 1)} over the loaded input, ${fmtNumber((heap.retained - heap.before) / MIB, 1)} retained)`,
    });
  }
  ctx.notes.push(
    "Case 3 peak heap: one run in a fresh `node --expose-gc --trace-gc` process; the peak is the largest heap in use seen by V8's GC trace during the run (its size before each collection) or at its end."
  );
}
