import { strict as assert } from "assert";
import { readFileSync } from "fs";
import path from "path";

const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const {
  finishMetadata,
  localizeMetadata,
  RULE_NUMBER,
} = require("../../../scripts/localize-functions");

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
    assert.deepEqual(
      JSON.parse(finishMetadata(result.metadataJson) as string),
      JSON.parse(readFileSync(GOLDEN, "utf8"))
    );
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

/** Every description Excel shows in the autocomplete: the functions' and their parameters'. */
function descriptions(file: string): { where: string; text: string }[] {
  const metadata = JSON.parse(readFileSync(file, "utf8")) as {
    functions: {
      id: string;
      description?: string;
      parameters: { name: string; description?: string }[];
    }[];
  };
  return metadata.functions.flatMap((f) => [
    { where: f.id, text: f.description ?? "" },
    ...f.parameters.map((p) => ({ where: `${f.id}.${p.name}`, text: p.description ?? "" })),
  ]);
}

describe("the autocomplete texts", () => {
  for (const file of ["functions.json", "functions.en-us.json"]) {
    it(`tests/golden/${file}: no description carries a rule number such as (R8)`, () => {
      const numbered = descriptions(path.join(ROOT, "tests/golden", file)).filter((d) =>
        /\bR\d+\b/.test(d.text)
      );
      assert.deepEqual(numbered, []);
    });
  }

  it("the metadata steps refuse a rule number in a Swedish or an English description", () => {
    const swedish = readFileSync(GOLDEN, "utf8");
    const english = JSON.parse(readFileSync(ENGLISH, "utf8")) as Record<
      string,
      { description: string; parameters: Record<string, string> }
    >;
    assert.ok(RULE_NUMBER.test("(R8)") && RULE_NUMBER.test("R12") && !RULE_NUMBER.test("REF"));
    const withNumber = JSON.parse(swedish) as {
      functions: { description: string; parameters: { description: string }[] }[];
    };
    withNumber.functions[1].parameters[0].description += " (R8)";
    assert.throws(() => finishMetadata(JSON.stringify(withNumber)), /UNITS_TO_RELEASE\.units/);
    assert.throws(
      () =>
        localizeMetadata(swedish, {
          ...english,
          MEETING_DATES: { ...english.MEETING_DATES, description: "Meeting dates (R1)." },
        }),
      /MEETING_DATES/
    );
  });
});

describe("error values reach the functions (allowErrorForDataTypeAny)", () => {
  for (const file of ["functions.json", "functions.en-us.json"]) {
    it(`tests/golden/${file} sets allowErrorForDataTypeAny at the top level, and every parameter is of type any`, () => {
      const metadata = JSON.parse(readFileSync(path.join(ROOT, "tests/golden", file), "utf8")) as {
        allowErrorForDataTypeAny?: unknown;
        functions: { id: string; parameters: { name: string; type?: string }[] }[];
      };
      assert.equal(metadata.allowErrorForDataTypeAny, true);
      const notAny = metadata.functions.flatMap((f) =>
        f.parameters.filter((p) => p.type !== "any").map((p) => `${f.id}.${p.name}`)
      );
      assert.deepEqual(notAny, []);
    });
  }

  it("finishMetadata adds it to what custom-functions-metadata generates, and refuses a parameter that is not of type any", () => {
    const generated = {
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "F", name: "F", parameters: [{ name: "x", type: "any" }], result: {} }],
    };
    const finished = JSON.parse(finishMetadata(JSON.stringify(generated)) as string);
    assert.deepEqual(finished, { ...generated, allowErrorForDataTypeAny: true });
    generated.functions[0].parameters[0].type = "number";
    assert.throws(() => finishMetadata(JSON.stringify(generated)), /F\.x: type number/);
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
