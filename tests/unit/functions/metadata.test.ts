import { strict as assert } from "assert";
import { readFileSync } from "fs";
import path from "path";

const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { localizeMetadata } = require("../../../scripts/localize-functions");

const ROOT = path.resolve(__dirname, "../../..");
const GOLDEN = path.join(ROOT, "tests/golden/functions.json");
const ENGLISH = path.join(ROOT, "src/functions/functions.en-us.json");

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

describe("functions.en-us.json (English metadata for English Excel)", () => {
  const swedish = readFileSync(GOLDEN, "utf8");
  const english = JSON.parse(readFileSync(ENGLISH, "utf8")) as Record<
    string,
    { description: string; parameters: Record<string, string> }
  >;

  it("equals the golden file, and differs from the Swedish metadata only in descriptions", () => {
    const localized = JSON.parse(localizeMetadata(swedish, english) as string);
    assert.deepEqual(
      localized,
      JSON.parse(readFileSync(path.join(ROOT, "tests/golden/functions.en-us.json"), "utf8"))
    );
    const strip = (m: {
      functions: { description?: string; parameters: { description?: string }[] }[];
    }) =>
      m.functions.map((f) => ({
        ...f,
        description: undefined,
        parameters: f.parameters.map((p) => ({ ...p, description: undefined })),
      }));
    assert.deepEqual(strip(localized), strip(JSON.parse(swedish)));
  });

  it("refuses metadata with a function or parameter that has no English text", () => {
    const { UNITS_TO_RELEASE, ...rest } = english;
    assert.throws(() => localizeMetadata(swedish, rest), /UNITS_TO_RELEASE/);
    const noParam = {
      ...english,
      IS_WORKDAY: { ...english.IS_WORKDAY, parameters: { date: "The date." } },
    };
    assert.throws(() => localizeMetadata(swedish, noParam), /IS_WORKDAY\.closed_days/);
    assert.ok(UNITS_TO_RELEASE);
  });
});
