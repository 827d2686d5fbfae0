/**
 * The förbund view's xlsx reader is a chunk of its own (xlsx-reader.js, loaded by `import()`
 * when the view is used): it exists in the build, the pane's taskpane.js holds no xlsx parser,
 * and the page does not load the chunk up front (budgets.test.ts: only functions.js and
 * taskpane.js are script tags).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import { distPath, readDist, requireProductionDist } from "../helpers/dist";

/** Modules of the parser as they appear in a source map's `sources`. */
const PARSER_MODULES = [/node_modules\/read-excel-file\//, /node_modules\/fflate\//];

/** Text only the parser contains: read-excel-file's cell errors, the reader's 1904 flag. */
const PARSER_TEXT = ["VALUE_MISSING", "workbookPr"];

function sourcesOf(file: string): string[] {
  const map = distPath(`${file}.map`);
  if (!fs.existsSync(map)) return [];
  return (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources;
}

/** The build's script files that the page does not load up front: the reader and its vendor chunk. */
function lazyChunks(): string[] {
  return fs
    .readdirSync(distPath("."))
    .filter((f) => f.endsWith(".js") && f !== "functions.js" && f !== "taskpane.js");
}

describe("build: the xlsx reader's chunk", () => {
  before(() => requireProductionDist());

  it("the lazy chunks are exactly xlsx-reader.js and xlsx-vendor.js (no numbered chunk)", () => {
    assert.deepEqual(lazyChunks().sort(), ["xlsx-reader.js", "xlsx-vendor.js"]);
    assert.ok(
      sourcesOf("xlsx-vendor.js").every((s) => PARSER_MODULES.some((re) => re.test(s))),
      "xlsx-vendor.js holds more than the parser"
    );
  });

  it("xlsx-reader.js exists, and the lazy chunks hold read-excel-file, fflate and the reader", () => {
    assert.ok(fs.existsSync(distPath("xlsx-reader.js")), "dist/xlsx-reader.js is missing");
    assert.ok(
      sourcesOf("xlsx-reader.js").some((s) => /src\/taskpane\/forbund\/xlsx\.ts$/.test(s)),
      "xlsx-reader.js lacks the reader"
    );
    const sources = lazyChunks().flatMap(sourcesOf);
    for (const re of PARSER_MODULES)
      assert.ok(
        sources.some((s) => re.test(s)),
        `no chunk holds ${re}`
      );
  });

  it("taskpane.js contains no xlsx parser; the runtime knows the chunk", () => {
    const bad = sourcesOf("taskpane.js").filter((s) => PARSER_MODULES.some((re) => re.test(s)));
    assert.deepEqual(bad, []);
    // Text the lazy chunks hold (read-excel-file's, the reader's own) and taskpane.js must not.
    const chunks = lazyChunks()
      .map((f) => readDist(f))
      .join("\n");
    const text = readDist("taskpane.js");
    for (const needle of PARSER_TEXT) {
      assert.ok(chunks.includes(needle), `no lazy chunk holds "${needle}"`);
      assert.ok(!text.includes(needle), `taskpane.js contains "${needle}"`);
    }
    // The chunk's name is in webpack's runtime, which the pane shares from functions.js.
    assert.ok(
      (text + readDist("functions.js")).includes('"xlsx-reader"'),
      "the pages cannot load the chunk"
    );
  });
});
