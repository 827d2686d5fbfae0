/**
 * Size budgets of the production bundles, read from dist/ as `npm run build` made it
 * (office.js comes from Microsoft's CDN, or from office-js/ in the local-copy build, and is
 * part of neither):
 *   - functions.js (the custom functions, Excel loads it for every recalculation) ≤ 60 KB
 *   - taskpane.js  (the pane; it shares the functions chunk)                      ≤ 250 KB
 * KB = 1 024 bytes, minified as built, before gzip. The page may not load other scripts of
 * its own (a budget cannot be side-stepped by splitting a chunk off), and no dev-only
 * package may reach a bundle: HyperFormula (GPL-3.0, the bench's baseline), date-holidays
 * (the other baseline), or a copy of office.js.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import { officeJsUrl } from "../../scripts/office-js";
import { distPath, readDist, requireProductionDist } from "../helpers/dist";

const KB = 1024;
const BUNDLE_BUDGETS: Readonly<Record<string, number>> = {
  "functions.js": 60 * KB,
  "taskpane.js": 250 * KB,
};

/** Modules that must never be bundled, as they appear in a source map's `sources`. */
const FORBIDDEN_MODULES = [
  /node_modules\/hyperformula\//,
  /node_modules\/date-holidays(-parser)?\//,
  /node_modules\/@microsoft\/office-js\//,
];
/** Text only those packages contain (a check that does not depend on the source maps). */
const FORBIDDEN_TEXT: readonly [string, string][] = [
  ["HyperFormula", "HyperFormula (GPL-3.0)"],
  ["gpl-v3", "HyperFormula's licence key"],
  ["Juhannusaatto", "date-holidays' data"],
  ["OSF.", "office.js"],
];

describe("build: bundle budgets", () => {
  before(() => requireProductionDist());

  for (const [file, budget] of Object.entries(BUNDLE_BUDGETS)) {
    it(`${file} is at most ${budget / KB} KB minified`, () => {
      const size = fs.statSync(distPath(file)).size;
      assert.ok(
        size <= budget,
        `${file} is ${(size / KB).toFixed(1)} KB, over its budget of ${budget / KB} KB`
      );
    });

    it(`${file} bundles neither HyperFormula, date-holidays nor office.js`, () => {
      const text = readDist(file);
      for (const [needle, what] of FORBIDDEN_TEXT)
        assert.ok(!text.includes(needle), `${file} contains ${what} ("${needle}")`);
      const map = distPath(`${file}.map`);
      if (fs.existsSync(map)) {
        const sources = (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources;
        const bad = sources.filter((s) => FORBIDDEN_MODULES.some((re) => re.test(s)));
        assert.deepEqual(bad, [], `${file} bundles ${bad.join(", ")}`);
      }
    });
  }

  it("the task pane page loads no script of its own beyond functions.js and taskpane.js", () => {
    const html = readDist("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) =>
      m[1].replace(/^\.?\//, "")
    );
    // office.js is Microsoft's (from the CDN in this build); everything else is ours.
    assert.equal(scripts[0], officeJsUrl("cdn"));
    const own = scripts.slice(1);
    assert.deepEqual(
      [...own].sort(),
      Object.keys(BUNDLE_BUDGETS).sort(),
      `taskpane.html loads ${scripts.join(", ")}`
    );
  });
});
