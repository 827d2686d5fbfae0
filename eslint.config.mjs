// The Office add-in lint rules (office-addin-lint's own config), for TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

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
  { ignores: ["dist/**", "node_modules/**", ".scratch/**"] },
];
