#!/usr/bin/env node

/* global require, process, __dirname */
/**
 * `npm run bench`: the performance benchmark (not part of `npm test`).
 *
 * Runs bench/main.ts with ts-node (transpile-only, as the tests do) in a child Node process
 * started with --expose-gc, so that each measured run starts from a collected heap.
 *
 *   npm run bench                      all four cases
 *   npm run bench -- --only=1,3        some cases
 *   npm run bench -- --quick           fewer runs and sizes (for trying it out; not for the README)
 *   npm run bench -- --no-build        case 4 measures the existing dist/ instead of a fresh build
 *   npm run bench -- --json=out.json   also write the results as JSON
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const result = spawnSync(
  process.execPath,
  [
    "--expose-gc",
    "-r",
    "ts-node/register/transpile-only",
    path.join(__dirname, "main.ts"),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: process.env }
);
if (result.error) {
  console.error(result.error);
  process.exit(1);
}
process.exit(result.status === null ? 1 : result.status);
