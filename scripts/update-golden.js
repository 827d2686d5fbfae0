// Regenerates tests/golden/functions.json from the JSDoc in src/functions/functions.ts.
// Run after an intended change to a custom function's signature or text, then review the diff.
const { writeFileSync } = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const root = path.resolve(__dirname, "..");
generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")], true).then((result) => {
  if (result.errors.length > 0) {
    console.error(result.errors.join("\n"));
    process.exit(1);
  }
  writeFileSync(path.join(root, "tests/golden/functions.json"), result.metadataJson + "\n");
  console.log("tests/golden/functions.json updated");
});
