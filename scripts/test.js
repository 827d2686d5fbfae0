#!/usr/bin/env node
/**
 * `npm test`: the whole suite, as CI runs it.
 *
 *   1. lint and type-check (`npm run lint`: office-addin-lint, ESLint, tsc --noEmit, strict)
 *   2. production build (webpack), which the build and browser tests read
 *   3. mocha over tests/unit, tests/build and tests/browser, once per time zone
 *      (UTC, Europe/Stockholm, Pacific/Auckland, America/Los_Angeles): dates are Excel
 *      serials computed with UTC arithmetic, so every zone must give the same results.
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
const build = step("build (webpack --mode production)", bin("webpack"), ["--mode", "production"]);
if (build.status !== 0) failHard("Build failed.");
if (/WARNING/.test(build.stdout + build.stderr)) failHard("The build printed warnings; the suite requires a clean build.");

let passed = 0;
let failed = 0;
let pending = 0;
const perZone = [];
for (const tz of zones) {
  const run = step(`mocha, TZ=${tz}`, bin("mocha"), ["--config", "tests/.mocharc.json"], { TZ: tz });
  const out = run.stdout || "";
  const p = Number((/(\d+) passing/.exec(out) || [])[1] || 0);
  const f = Number((/(\d+) failing/.exec(out) || [])[1] || 0);
  const s = Number((/(\d+) pending/.exec(out) || [])[1] || 0);
  perZone.push({ tz, passed: p, failed: f, pending: s, status: run.status });
  passed += p;
  failed += f + (run.status !== 0 && f === 0 ? 1 : 0);
  pending += s;
}

console.log("\n=== summary");
for (const z of perZone) console.log(`${z.tz.padEnd(22)} ${z.passed} passed, ${z.failed} failed, ${z.pending} pending`);
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
