#!/usr/bin/env node
/**
 * `npm test`: the whole suite, as CI runs it.
 *
 *   1. lint and type-check (`npm run lint`: office-addin-lint, ESLint, tsc --noEmit, strict)
 *   2. the two production builds (webpack), which the build and browser tests read, once:
 *      dist/ (office.js from Microsoft's CDN, as `npm run build` makes it) and dist-local/
 *      (the same with a local copy of office.js, as `npm run build:local-officejs` makes it)
 *   3. mocha over tests/unit, tests/build and tests/browser, once per time zone
 *      (UTC, Europe/Stockholm, Pacific/Auckland, America/Los_Angeles): dates are Excel
 *      serials computed with UTC arithmetic, so every zone must give the same results.
 *   4. the tests that have nothing to do with dates and take long (ONCE below: office.js in
 *      the browser, both builds; axe-core over the pane's states; the deployed headers; the
 *      choice of Chromium) run once, in the first zone, not once per zone.
 *
 * Set VERKSAM_TEST_TZ="UTC" (comma-separated) to run fewer zones while developing.
 */
const { spawnSync } = require("child_process");
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
 * axe-core over every state of the pane (layout and accessibility, no dates computed), the
 * deployed headers (CORS from another origin) and the choice of Chromium.
 */
const ONCE = [
  "tests/browser/officejs.test.ts",
  "tests/browser/a11y.test.ts",
  "tests/browser/deployment.test.ts",
  "tests/browser/chromium.test.ts",
];
/** tests/.mocharc.json without its spec list, for running ONCE on its own. */
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

let passed = 0;
let failed = 0;
let pending = 0;
function mocha(title, args, tz) {
  const run = step(`${title}, TZ=${tz}`, bin("mocha"), args, { TZ: tz });
  const out = run.stdout || "";
  const p = Number((/(\d+) passing/.exec(out) || [])[1] || 0);
  const f = Number((/(\d+) failing/.exec(out) || [])[1] || 0);
  const s = Number((/(\d+) pending/.exec(out) || [])[1] || 0);
  passed += p;
  failed += f + (run.status !== 0 && f === 0 ? 1 : 0);
  pending += s;
  return { tz, passed: p, failed: f, pending: s, status: run.status };
}
const perZone = zones.map((tz) =>
  mocha("mocha", ["--config", "tests/.mocharc.json", ...ONCE.flatMap((file) => ["--ignore", file])], tz)
);
const once = mocha(`mocha ${ONCE.join(" ")} (once)`, [...rcArgs, ...ONCE], zones[0] || "UTC");

console.log("\n=== summary");
for (const z of perZone) console.log(`${z.tz.padEnd(22)} ${z.passed} passed, ${z.failed} failed, ${z.pending} pending`);
console.log(`${"once".padEnd(22)} ${once.passed} passed, ${once.failed} failed, ${once.pending} pending (${ONCE.join(", ")})`);
if (once.passed === 0 && once.failed === 0) {
  console.log(`${ONCE.join(", ")} ran no test.`);
  failed += 1;
}
const counts = new Set(perZone.map((z) => `${z.passed}/${z.failed}`));
if (counts.size > 1) {
  console.log("The time zones gave different results.");
  failed += 1;
}
if (passed === 0) {
  console.log("No test ran.");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
