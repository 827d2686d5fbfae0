#!/usr/bin/env node
/**
 * `npm test`: the whole suite, as CI runs it.
 *
 *   1. lint and type-check (`npm run lint`: office-addin-lint, ESLint, tsc --noEmit, strict)
 *   2. the two production builds (webpack), which the build and browser tests read, once:
 *      dist/ (office.js from Microsoft's CDN, as `npm run build` makes it) and dist-local/
 *      (the same with a local copy of office.js, as `npm run build:local-officejs` makes it)
 *   3. mocha over tests/unit and tests/build once per time zone (UTC, Europe/Stockholm,
 *      Pacific/Auckland, America/Los_Angeles), two zones side by side: dates are Excel
 *      serials computed with UTC arithmetic, so every zone must give the same results;
 *      then tests/browser, one zone after the other, in the two zones furthest from UTC
 *   4. the tests that have nothing to do with dates and take long (ONCE below) run once, in
 *      the first zone, not once per zone.
 *
 * Set VERKSAM_TEST_TZ="UTC" (comma-separated) to run fewer zones while developing.
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const zones = (process.env.VERKSAM_TEST_TZ || "UTC,Europe/Stockholm,Pacific/Auckland,America/Los_Angeles")
  .split(",")
  .map((z) => z.trim())
  .filter(Boolean);

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout || "");
  process.stderr.write(result.stderr || "");
  return result;
}

function failHard(message) {
  console.error(`\n${message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

if (step("lint and type-check (npm run lint)", "npm", ["run", "--silent", "lint"]).status !== 0) failHard("Lint or type-check failed (npm run lint:fix mends formatting).");
const builds = [
  ["build dist/ (webpack --mode production)", ["--mode", "production"]],
  [
    "build dist-local/ (webpack --mode production --env officejs=local --output-path dist-local)",
    ["--mode", "production", "--env", "officejs=local", "--output-path", "dist-local"],
  ],
];
for (const [title, args] of builds) {
  const build = step(title, bin("webpack"), args, { VERKSAM_OFFICE_JS: "" });
  if (build.status !== 0) failHard("Build failed.");
  if (/WARNING/.test(build.stdout + build.stderr)) failHard("The build printed warnings; the suite requires a clean build.");
}

/**
 * Time-zone independent and slow: run once, not per zone (step 4): office.js in both builds,
 * axe-core over every view and state of the pane (layout and accessibility, no dates
 * computed), the deployed headers (CORS from another origin), the choice of Chromium, the
 * guide's screenshots, the charts and the förbund view (both on a fixed day, ?idag=), and
 * the ESLint layering rules.
 */
const ONCE = [
  "tests/browser/officejs.test.ts",
  "tests/browser/a11y.test.ts",
  "tests/browser/deployment.test.ts",
  "tests/browser/chromium.test.ts",
  "tests/browser/guide.test.ts",
  "tests/browser/charts.test.ts",
  "tests/browser/forbund.test.ts",
  "tests/build/layers.test.ts",
];
/**
 * The other browser suites compute dates in the page (today, held and planned meetings), so
 * they run in more than one zone, but in two, not four: the two furthest from UTC on either
 * side, where a local-time getter would shift a day first. (Set VERKSAM_BROWSER_TZ to change.)
 */
const browserZones = (process.env.VERKSAM_BROWSER_TZ || "Pacific/Auckland,America/Los_Angeles")
  .split(",")
  .map((z) => z.trim())
  .filter(Boolean);
/** tests/.mocharc.json without its spec list, for running a chosen list of files. */
const rc = require(path.join(root, "tests", ".mocharc.json"));
const rcArgs = [
  "--no-config",
  ...rc.require.flatMap((r) => ["--require", r]),
  ...rc.extension.flatMap((e) => ["--extension", e]),
  "--timeout",
  String(rc.timeout),
  "--reporter",
  rc.reporter,
];
const ignoreOnce = ONCE.flatMap((file) => ["--ignore", file]);
const UNIT = [...rcArgs, ...ignoreOnce, "tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"];
const BROWSER = [...rcArgs, ...ignoreOnce, "tests/browser/**/*.test.ts"];

let passed = 0;
let failed = 0;
let pending = 0;
function count(title, tz, run) {
  process.stdout.write(`\n=== ${title}, TZ=${tz}\n${run.stdout || ""}`);
  process.stderr.write(run.stderr || "");
  const out = run.stdout || "";
  const p = Number((/(\d+) passing/.exec(out) || [])[1] || 0);
  const f = Number((/(\d+) failing/.exec(out) || [])[1] || 0);
  const s = Number((/(\d+) pending/.exec(out) || [])[1] || 0);
  passed += p;
  failed += f + (run.status !== 0 && f === 0 ? 1 : 0);
  pending += s;
  return { tz, passed: p, failed: f, pending: s, status: run.status };
}
/** One mocha run in a zone, its output collected (so that two can run side by side). */
function mochaAsync(args, tz) {
  return new Promise((resolve) => {
    const child = spawn(bin("mocha"), args, {
      cwd: root,
      env: { ...process.env, TZ: tz },
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ stdout, stderr, status }));
  });
}

/** Every result line for a group of zones, and whether the zones agreed. */
function agree(group, runs) {
  const counts = new Set(runs.map((z) => `${z.passed}/${z.failed}`));
  if (counts.size > 1) {
    console.log(`The time zones gave different results (${group}).`);
    failed += 1;
  }
}

(async () => {
  // The unit and build tests are pure Node and CPU-bound: two zones at a time (2 cores).
  const unit = [];
  for (let i = 0; i < zones.length; i += 2) {
    const pair = zones.slice(i, i + 2);
    const runs = await Promise.all(pair.map((tz) => mochaAsync(UNIT, tz)));
    pair.forEach((tz, j) => unit.push(count("mocha tests/unit tests/build", tz, runs[j])));
  }
  // The browser suites one at a time: they measure the page, and must not compete for the CPU.
  const browser = [];
  for (const tz of browserZones) browser.push(count("mocha tests/browser", tz, await mochaAsync(BROWSER, tz)));
  const once = count(`mocha ${ONCE.join(" ")} (once)`, zones[0] || "UTC", await mochaAsync([...rcArgs, ...ONCE], zones[0] || "UTC"));

  console.log("\n=== summary");
  for (const z of unit) console.log(`unit+build ${z.tz.padEnd(22)} ${z.passed} passed, ${z.failed} failed, ${z.pending} pending`);
  for (const z of browser) console.log(`browser    ${z.tz.padEnd(22)} ${z.passed} passed, ${z.failed} failed, ${z.pending} pending`);
  console.log(`once       ${once.tz.padEnd(22)} ${once.passed} passed, ${once.failed} failed, ${once.pending} pending (${ONCE.join(", ")})`);
  for (const [name, runs] of [["unit+build", unit], ["browser", browser], ["once", [once]]])
    if (runs.some((r) => r.passed === 0 && r.failed === 0)) {
      console.log(`${name} ran no test.`);
      failed += 1;
    }
  agree("unit+build", unit);
  agree("browser", browser);
  if (passed === 0) {
    console.log("No test ran.");
    failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ""}`);
  process.exit(failed === 0 ? 0 : 1);
})();
