/**
 * Run by cases/planner.ts in its own Node process (--expose-gc --trace-gc): builds the
 * synthetic workbook, collects garbage, then runs one thing once between two markers: the
 * planner (`plan`) or the copy of the input (`copy`). The parent
 * reads V8's GC trace between the markers: the heap size before each GC there, and the heap
 * in use at the end, give the peak heap of the run; after a full collection with the result
 * still referenced, the heap retained by it.
 *
 *   node --expose-gc --trace-gc -r ts-node/register/transpile-only bench/heap-child.ts <cases> <meetings> <plan|copy>
 */
import { plan } from "../src/core/planning/run";
import { copyInput, SYNTHETIC_TODAY, syntheticWorkbook } from "./lib/synthetic";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const cases = Number(process.argv[2]);
const meetings = Number(process.argv[3]);
const what = process.argv[4] ?? "plan";
const wb = syntheticWorkbook({ cases, meetings });
// Load the code before measuring (a first small run), so that the markers see the run only.
const small = syntheticWorkbook({ cases: 10, meetings: 2 });
if (what === "plan") plan(small.input, { today: SYNTHETIC_TODAY, lang: "sv" });
gc();
gc();
process.stdout.write(`@@BEGIN ${process.memoryUsage().heapUsed}\n`);
const result: unknown =
  what === "copy" ? copyInput(wb.input) : plan(wb.input, { today: SYNTHETIC_TODAY, lang: "sv" });
process.stdout.write(`@@END ${process.memoryUsage().heapUsed}\n`);
gc();
gc();
process.stdout.write(`@@RETAINED ${process.memoryUsage().heapUsed} ${result ? 1 : 0}\n`);
