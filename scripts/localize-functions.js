// The custom functions' metadata for English Excel: functions.json (generated from the
// Swedish JSDoc in src/functions/functions.ts) with every description replaced from
// src/functions/functions.en-us.json. The manifest points en-US Excel at the result
// (a bt:Override of Functions.Metadata.Url). Ids, names and types stay as they are.
"use strict";

/**
 * @param {string} metadataJson functions.json as generated
 * @param {Record<string, {description: string, parameters: Record<string, string>}>} english
 * @returns {string} the English functions.json
 * @throws when a function or parameter has no English text, so that none is forgotten
 */
function localizeMetadata(metadataJson, english) {
  const metadata = JSON.parse(metadataJson);
  const missing = [];
  for (const fn of metadata.functions) {
    const text = english[fn.id];
    if (!text || !text.description) {
      missing.push(fn.id);
      continue;
    }
    fn.description = text.description;
    for (const p of fn.parameters) {
      const description = text.parameters && text.parameters[p.name];
      if (!description) missing.push(`${fn.id}.${p.name}`);
      else p.description = description;
    }
  }
  if (missing.length > 0) throw new Error(`No English text in src/functions/functions.en-us.json for: ${missing.join(", ")}`);
  return JSON.stringify(metadata, null, 4);
}

module.exports = { localizeMetadata };
