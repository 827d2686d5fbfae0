/**
 * The benchmark (`npm run bench`, see bench/run.js). Prints the machine, then one Markdown
 * table with every case — median and spread of repeated runs after warm-up, input size,
 * throughput and the ratio to the case's baseline measured in the same run — and notes.
 */
import * as fs from "fs";
import * as os from "os";
import { installCustomFunctionsShim } from "../tests/helpers/custom-functions-shim";

// The functions adapter expects Excel's CustomFunctions runtime: install the tests' stand-in
// before any module that imports src/functions is loaded.
installCustomFunctionsShim();

import type { BenchContext } from "./lib/context";
import { markdownTable, type ResultRow } from "./lib/report";

interface Options {
  readonly only: ReadonlySet<string>;
  readonly quick: boolean;
  readonly build: boolean;
  readonly json?: string;
}

function parseArgs(argv: readonly string[]): Options {
  let only = new Set(["1", "2", "3", "4", "5"]);
  let quick = false;
  let build = true;
  let json: string | undefined;
  for (const arg of argv) {
    if (arg.startsWith("--only="))
      only = new Set(
        arg
          .slice(7)
          .split(",")
          .map((s) => s.trim())
      );
    else if (arg === "--quick") quick = true;
    else if (arg === "--no-build") build = false;
    else if (arg.startsWith("--json=")) json = arg.slice(7);
    else
      throw new Error(
        `unknown option ${arg} (use --only=1,2,3,4,5 --quick --no-build --json=FILE)`
      );
  }
  return { only, quick, build, json };
}

function cpuModel(): string {
  try {
    const info = fs.readFileSync("/proc/cpuinfo", "utf8");
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function machine(): string[] {
  const cores =
    typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${cpuModel()}, ${cores} cores (nproc), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
    `node: ${process.version} (V8 ${process.versions.v8}), TZ=${process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone}`,
  ];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const rows: ResultRow[] = [];
  const notes: string[] = [];
  const ctx: BenchContext = {
    quick: options.quick,
    build: options.build,
    rows,
    notes,
    log: (message) => process.stderr.write(`[bench] ${message}\n`),
  };
  const started = process.hrtime.bigint();
  const header = machine();
  if (options.quick) header.push("QUICK RUN (--quick): fewer runs and sizes; not for the README.");

  // Loaded lazily so that the shim above is in place first.
  if (options.only.has("1")) (await import("./cases/workdays")).benchWorkdays(ctx);
  if (options.only.has("2")) (await import("./cases/recalc")).benchRecalc(ctx);
  if (options.only.has("2")) (await import("./cases/payload-functions")).benchCallPayload(ctx);
  if (options.only.has("3")) (await import("./cases/planner")).benchPlanner(ctx);
  if (options.only.has("4")) await (await import("./cases/taskpane")).benchTaskpane(ctx);
  if (options.only.has("5")) await (await import("./cases/payload")).benchPayload(ctx);

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const out = [
    "VerkSam planner — bench",
    ...header,
    "",
    markdownTable(rows),
    "",
    ...notes.map((n) => `- ${n}`),
    "",
    `bench took ${seconds.toFixed(0)} s`,
  ].join("\n");
  process.stdout.write(out + "\n");
  if (options.json)
    fs.writeFileSync(
      options.json,
      JSON.stringify({ machine: header, rows, notes }, null, 2) + "\n"
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
