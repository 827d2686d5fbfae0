/**
 * The layering rules of eslint.config.mjs bite: ESLint's Node API lints snippets as if they
 * were files under src/core, src/workbook and src/taskpane, and a forbidden import (or
 * Office global) in the core or the workbook layer is an error, while what the layers may
 * use is not. `npm run lint` applies the same file to src/ (office-addin-lint check reads a
 * project's eslint.config.mjs). Time-zone free.
 */
import { strict as assert } from "assert";
import { readFileSync } from "fs";
import path from "path";
import { ESLint } from "eslint";

const ROOT = path.resolve(__dirname, "../..");
const LAYER_RULES = new Set([
  "no-restricted-imports",
  "no-restricted-globals",
  "no-restricted-syntax",
]);

describe("eslint.config.mjs: the layering rules", function () {
  this.timeout(60000);
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: path.join(ROOT, "eslint.config.mjs"),
  });

  /** The layering errors of `code` linted as the file `file` (relative to the repository). */
  async function layerErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return result.messages
      .filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId))
      .map((m) => `${m.ruleId}: ${m.message}`);
  }

  it("src/core imports nothing from Office, workbook, taskpane or functions", async () => {
    const forbidden = [
      'import { OfficeWorkbook } from "../../workbook/office-workbook";\n',
      'import type { Workbook } from "../../workbook/workbook";\n',
      'import { strings } from "../../taskpane/i18n";\n',
      'import * as functions from "../../functions/functions";\n',
      'import { FORMULA_FUNCTIONS } from "../../functions";\n',
      'import "office-js";\n',
      'import x from "@microsoft/office-js/dist/office";\n',
    ];
    for (const code of forbidden) {
      const errors = await layerErrors("src/core/planning/probe.ts", code);
      assert.equal(errors.length, 1, code);
      assert.match(errors[0], /^no-restricted-imports: .*src\/core is pure/, code);
    }
  });

  it("src/core uses no Office global", async () => {
    for (const code of [
      "export const lang = Office.context.displayLanguage;\n",
      "export function run(): Promise<void> { return Excel.run(async () => undefined); }\n",
    ]) {
      const errors = await layerErrors("src/core/dates/probe.ts", code);
      assert.equal(errors.length, 1, code);
      assert.match(errors[0], /^no-restricted-globals: .*src\/core is pure/, code);
    }
  });

  it("src/core uses no Office type", async () => {
    const code = "export let range: Excel.Range | undefined;\n";
    const errors = await layerErrors("src/core/planning/probe.ts", code);
    assert.equal(errors.length, 1, code);
    assert.match(errors[0], /^no-restricted-syntax: src\/core is pure/);
  });

  it("src/core may import itself and pure libraries", async () => {
    const code = [
      'import { format } from "date-fns";',
      'import { sv } from "date-fns/locale";',
      'import { parseIsoDate } from "../dates/serial";',
      'import { cellText } from "./normalize";',
      'import { formulaCheck } from "./formula-check";',
      "export const f = [format, sv, parseIsoDate, cellText, formulaCheck];",
      "",
    ].join("\n");
    assert.deepEqual(await layerErrors("src/core/planning/probe.ts", code), []);
  });

  it("src/workbook imports neither taskpane nor functions, and may import the core", async () => {
    for (const code of [
      'import { evaluateFormula } from "../functions/formula-table";\n',
      'import { h } from "../taskpane/dom";\n',
    ]) {
      const errors = await layerErrors("src/workbook/probe.ts", code);
      assert.equal(errors.length, 1, code);
      assert.match(errors[0], /^no-restricted-imports: .*src\/workbook does not import/, code);
    }
    const allowed =
      'import { readPlanning } from "../core/planning";\nexport const r = readPlanning;\n';
    assert.deepEqual(await layerErrors("src/workbook/probe.ts", allowed), []);
  });

  it("the composition root (src/taskpane) may import every layer", async () => {
    const code = [
      'import { evaluateFormula } from "../functions/formula-table";',
      'import { MemoryWorkbook } from "../workbook/memory-workbook";',
      "export const w = new MemoryWorkbook({ evaluate: evaluateFormula });",
      "",
    ].join("\n");
    assert.deepEqual(await layerErrors("src/taskpane/probe.ts", code), []);
  });

  it("npm run lint lints src/ with this file (office-addin-lint check)", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    assert.match(pkg.scripts.lint, /office-addin-lint check/);
    // office-addin-lint uses the project's eslint.config.mjs when there is one.
    const lint = readFileSync(
      path.join(ROOT, "node_modules/office-addin-lint/lib/lint.js"),
      "utf8"
    );
    assert.match(lint, /path_1\.default\.resolve\(process\.cwd\(\), "eslint\.config\.mjs"\)/);
  });
});
