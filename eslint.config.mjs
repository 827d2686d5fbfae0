// The Office add-in lint rules (office-addin-lint's own config), for TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** Office's packages: the core may not import them (nor their subpaths). */
const OFFICE_PACKAGES = ["office-js", "@microsoft/office-js", "@types/office-js"];
/** Office's globals: the core may not use them. */
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "OfficeRuntime", "CustomFunctions"];
const CORE_MESSAGE =
  "src/core is pure: it imports nothing from Office, src/workbook, src/taskpane or src/functions (pure libraries such as date-fns are fine).";
const WORKBOOK_MESSAGE =
  "src/workbook does not import src/taskpane or src/functions: the composition root (src/taskpane/taskpane.ts) passes what it needs.";

/** A module path with one of these folders as a segment ("../../workbook/workbook", "../functions"). */
function layerSegment(folders) {
  return `(^|/)(${folders.join("|")})(/|$)`;
}

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript itself reports undefined names (tsc --noEmit runs in `npm run lint` and
      // `npm test`); ESLint's no-undef does not know DOM or Office types.
      "no-undef": "off",
    },
  },
  // The layering (README "Layers"): the core is pure, the workbook layer knows neither the
  // pane nor the custom functions. `npm run lint` applies this file to src/ too
  // (office-addin-lint check uses a project's eslint.config.mjs); tests/build/layers.test.ts
  // shows that each rule reports a forbidden import.
  {
    files: ["src/core/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: OFFICE_PACKAGES.map((name) => ({ name, message: CORE_MESSAGE })),
          patterns: [
            { group: OFFICE_PACKAGES.map((name) => `${name}/*`), message: CORE_MESSAGE },
            { regex: layerSegment(["workbook", "taskpane", "functions"]), message: CORE_MESSAGE },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS.map((name) => ({ name, message: CORE_MESSAGE })),
      ],
      // Office's types too (`Excel.Range`), which no-restricted-globals does not see.
      "no-restricted-syntax": [
        "error",
        {
          selector: `TSQualifiedName > Identifier.left[name=/^(${OFFICE_GLOBALS.join("|")})$/]`,
          message: CORE_MESSAGE,
        },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: layerSegment(["taskpane", "functions"]), message: WORKBOOK_MESSAGE }],
        },
      ],
    },
  },
  { ignores: ["dist/**", "node_modules/**", ".scratch/**"] },
];
