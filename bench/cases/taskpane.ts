/**
 * Case 4: the task pane's cold load in headless Chromium, and the bundle sizes.
 *
 * The production build goes to a temporary directory (`--no-build`: the existing dist/),
 * served by the tests' static server with the add-in's CSP. Each run launches a new
 * browser (cold: empty cache and profile) and measures, with the page's own clock, from
 * navigation start until `body[data-ready=true]` (set by taskpane.ts once the pane is
 * interactive). The baseline is the cold load of an empty page from the same kind of
 * server, in a new browser too (navigation start → load event).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { launchChromium, startStaticServer, type StaticServer } from "../../tests/helpers/browser";
import type { BenchContext } from "../lib/context";
import { measureAsync } from "../lib/measure";
import { fmtBytes, fmtMs, fmtSpread } from "../lib/report";

const ROOT = path.resolve(__dirname, "..", "..");
export const FUNCTIONS_BUDGET = 60 * 1024;
export const TASKPANE_BUDGET = 250 * 1024;

declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

/** Installed before the page's own scripts: notes performance.now() when body gets data-ready="true". */
function readyObserver(): void {
  const check = (): void => {
    if (
      window.__benchReadyAt === undefined &&
      document.body &&
      document.body.getAttribute("data-ready") === "true"
    ) {
      window.__benchReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    attributes: true,
    subtree: true,
    childList: true,
    attributeFilter: ["data-ready"],
  });
}

function buildInto(dir: string): void {
  const webpack = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "webpack.cmd" : "webpack"
  );
  const result = spawnSync(webpack, ["--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
}

async function coldLoad(
  server: StaticServer,
  page: string,
  until: "ready" | "load"
): Promise<number> {
  const session = await launchChromium({ allowedOrigin: server.origin });
  try {
    if (until === "ready") await session.page.addInitScript(readyObserver);
    await session.page.goto(server.url + page, {
      waitUntil: until === "ready" ? "commit" : "load",
      timeout: 60_000,
    });
    if (until === "ready") {
      await session.page.waitForFunction(() => window.__benchReadyAt !== undefined, undefined, {
        timeout: 60_000,
      });
      if (session.pageErrors.length > 0)
        throw new Error(`page errors: ${session.pageErrors.join("; ")}`);
      return await session.page.evaluate(() => window.__benchReadyAt as number);
    }
    return await session.page.evaluate(
      () =>
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd
    );
  } finally {
    await session.close();
  }
}

export async function benchTaskpane(ctx: BenchContext): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "verksam-bench-"));
  const blankDir = path.join(tmp, "blank");
  fs.mkdirSync(blankDir);
  fs.writeFileSync(
    path.join(blankDir, "blank.html"),
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>'
  );
  let dist = path.join(ROOT, "dist");
  try {
    if (ctx.build) {
      ctx.log("case 4: production build into a temporary directory");
      dist = path.join(tmp, "dist");
      buildInto(dist);
    }
    for (const file of ["taskpane.html", "taskpane.js", "functions.js"]) {
      if (!fs.existsSync(path.join(dist, file)))
        throw new Error(
          `${path.join(dist, file)} is missing: run npx webpack --mode production first`
        );
    }
    const server = await startStaticServer({ root: dist });
    const blank = await startStaticServer({ root: blankDir });
    try {
      const runs = ctx.quick ? 2 : 5;
      ctx.log(`case 4: ${runs} cold loads of the task pane`);
      const pane = await measureAsync(() => coldLoad(server, "taskpane.html", "ready"), {
        warmup: 1,
        runs,
      });
      ctx.log(`case 4: ${runs} cold loads of an empty page`);
      const floor = await measureAsync(() => coldLoad(blank, "blank.html", "load"), {
        warmup: 1,
        runs,
      });
      ctx.rows.push({
        case: "4",
        what: "task pane cold load in headless Chromium: navigation start → body[data-ready=true] (new browser each run)",
        size: "preview with the sample workbook",
        runs: pane.samples.length,
        median: fmtMs(pane.median),
        spread: fmtSpread(pane),
        throughput: "—",
        ratio: `×${(pane.median / floor.median).toFixed(1)} of an empty page's cold load (${fmtMs(floor.median)})`,
      });
    } finally {
      await server.close();
      await blank.close();
    }

    const officeJs = path.join(dist, "office-js", "office.js");
    for (const [file, budget] of [
      ["functions.js", FUNCTIONS_BUDGET],
      ["taskpane.js", TASKPANE_BUDGET],
    ] as const) {
      const data = fs.readFileSync(path.join(dist, file));
      const gzip = zlib.gzipSync(data, { level: 9 });
      ctx.rows.push({
        case: "4",
        what: `bundle ${file} (minified${file === "taskpane.js" ? "; shares the functions chunk" : ""}, office.js excluded)`,
        size: `${fmtBytes(data.length)} minified, ${fmtBytes(gzip.length)} gzipped`,
        runs: "—",
        median: "—",
        spread: "—",
        throughput: "—",
        ratio: `${((100 * data.length) / budget).toFixed(0)} % of the ${budget / 1024} KB budget`,
      });
    }
    if (fs.existsSync(officeJs)) {
      ctx.notes.push(
        `Case 4: sizes in KB of 1 024 bytes, gzip level 9 (zlib). For scale, office-js/office.js (served from our origin, not bundled): ${fmtBytes(fs.statSync(officeJs).size)}. ` +
          `The cold load includes office.js's own start-up (Office.onReady outside Office).`
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
