// Regenerates tests/golden/functions.json (and its English twin) from the JSDoc in src/functions/functions.ts,
// finished as the build finishes it (scripts/localize-functions.js: allowErrorForDataTypeAny).
// Run after an intended change to a custom function's signature or text, then review the diff.
const { writeFileSync } = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { finishMetadata, localizeMetadata } = require("./localize-functions");

const root = path.resolve(__dirname, "..");
generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")], true).then((result) => {
  if (result.errors.length > 0) {
    console.error(result.errors.join("\n"));
    process.exit(1);
  }
  const finished = finishMetadata(result.metadataJson);
  writeFileSync(path.join(root, "tests/golden/functions.json"), finished + "\n");
  const english = require(path.join(root, "src/functions/functions.en-us.json"));
  writeFileSync(path.join(root, "tests/golden/functions.en-us.json"), localizeMetadata(finished, english) + "\n");
  console.log("tests/golden/functions.json and functions.en-us.json updated");
});
