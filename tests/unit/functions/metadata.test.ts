import { strict as assert } from "assert";
import { readFileSync } from "fs";
import path from "path";

const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const ROOT = path.resolve(__dirname, "../../..");
const GOLDEN = path.join(ROOT, "tests/golden/functions.json");

/**
 * Golden test, as custom-functions-metadata pins its own output: the metadata generated
 * from the JSDoc in src/functions/functions.ts must equal tests/golden/functions.json.
 * After an intended change, run `npm run golden:update` and review the diff.
 */
describe("functions.json (golden)", () => {
  it("generated metadata equals the golden file, with no generator errors", async () => {
    const result = await generateCustomFunctionsMetadata(
      [path.join(ROOT, "src/functions/functions.ts")],
      true
    );
    assert.deepEqual(result.errors, []);
    assert.deepEqual(JSON.parse(result.metadataJson), JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("declares the five functions with their ids and a Swedish description for every function and parameter", () => {
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as {
      functions: {
        id: string;
        description?: string;
        parameters: { name: string; description?: string }[];
      }[];
    };
    assert.deepEqual(
      golden.functions.map((f) => f.id),
      [
        "WORKDAYS_BEFORE_MEETING",
        "UNITS_TO_RELEASE",
        "MEETING_DATES",
        "IS_WORKDAY",
        "SWEDISH_HOLIDAYS",
      ]
    );
    for (const f of golden.functions) {
      assert.ok(
        f.description && /[åäöÅÄÖ]|datum|enhet/i.test(f.description),
        `${f.id} has a Swedish description`
      );
      for (const p of f.parameters)
        assert.ok(p.description && p.description.length > 3, `${f.id}.${p.name} has a description`);
    }
  });
});
