import { strict as assert } from "assert";
import { FINDING_SEVERITY, MESSAGES, t, interpolate, hasMessage } from "../../../src/core/planning";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("i18n catalogue", () => {
  it("has a full and a short text in both languages for every finding code", () => {
    for (const code of Object.keys(FINDING_SEVERITY)) {
      assert.ok(hasMessage(`finding.${code}`), code);
      assert.ok(hasMessage(`short.${code}`), code);
      const long = MESSAGES[`finding.${code}` as keyof typeof MESSAGES];
      assert.ok(long.sv.includes("{cell}") && long.en.includes("{cell}"), `${code} names the cell`);
    }
  });

  it("every entry is non-empty and uses the same placeholders in sv and en", () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      assert.ok(entry.sv.trim() !== "" && entry.en.trim() !== "", key);
      const sv = placeholders(entry.sv).filter((p) => p !== "columnEn");
      const en = placeholders(entry.en).filter((p) => p !== "columnEn");
      assert.deepEqual(sv, en, key);
    }
  });

  it("interpolates parameters and leaves unknown ones", () => {
    assert.equal(interpolate("{a} och {b}", { a: 1 }), "1 och {b}");
    assert.equal(t("weekday.2", "sv"), "tisdag");
    assert.equal(t("weekday.2", "en"), "Tuesday");
  });
});
