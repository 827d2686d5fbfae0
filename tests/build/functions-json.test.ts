/**
 * Checks the custom-functions metadata (dist/functions.json) that
 * custom-functions-metadata-plugin generates, and that the plugin wired each function
 * into the functions bundle, and compares both metadata files with the golden ones.
 * Reads dist/ as built by `npm run build`.
 */
import { strict as assert } from "assert";
import { readFileSync } from "fs";
import path from "path";
import { REPO_ROOT } from "../helpers/browser";
import { readDist, requireProductionDist } from "../helpers/dist";

interface FunctionMetadata {
  id: string;
  name: string;
}

describe("dist/functions.json", () => {
  let metadata: { functions?: unknown };

  before(() => {
    requireProductionDist();
    metadata = JSON.parse(readDist("functions.json")) as { functions?: unknown };
  });

  it("is JSON with a non-empty functions array", () => {
    assert.ok(Array.isArray(metadata.functions), "functions is not an array");
    assert.ok(metadata.functions.length > 0, "no functions");
  });

  it("gives every function a unique id and a name", () => {
    const functions = metadata.functions as FunctionMetadata[];
    for (const fn of functions) {
      assert.equal(typeof fn.id, "string");
      assert.equal(typeof fn.name, "string");
      assert.ok(fn.id.length > 0 && fn.name.length > 0);
    }
    const ids = functions.map((fn) => fn.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(", ")}`);
  });

  it("has every function associated in dist/functions.js", () => {
    const bundle = readDist("functions.js");
    const missing = (metadata.functions as FunctionMetadata[])
      .map((fn) => fn.id)
      .filter((id) => !bundle.includes(`CustomFunctions.associate("${id}"`));
    assert.deepEqual(missing, []);
  });
});

describe("dist/functions.json and dist/functions.en-us.json against the golden files", () => {
  before(() => requireProductionDist());

  for (const file of ["functions.json", "functions.en-us.json"]) {
    it(`the build's ${file} lets error values reach the functions and shows no rule number`, () => {
      const built = JSON.parse(readDist(file)) as {
        allowErrorForDataTypeAny?: unknown;
        functions: { description?: string; parameters: { description?: string }[] }[];
      };
      // Without it Excel never calls a function whose range holds #N/A (scripts/localize-functions.js).
      assert.equal(built.allowErrorForDataTypeAny, true);
      const texts = built.functions.flatMap((f) => [
        f.description ?? "",
        ...f.parameters.map((p) => p.description ?? ""),
      ]);
      assert.deepEqual(
        texts.filter((t) => /\bR\d+\b/.test(t)),
        []
      );
    });
  }

  for (const file of ["functions.json", "functions.en-us.json"]) {
    it(`the build's ${file} equals tests/golden/${file}`, () => {
      const golden = JSON.parse(
        readFileSync(path.join(REPO_ROOT, "tests/golden", file), "utf8")
      ) as unknown;
      assert.deepEqual(JSON.parse(readDist(file)), golden);
    });
  }
});
