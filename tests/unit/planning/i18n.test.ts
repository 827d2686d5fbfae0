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
      // The cell directly, or through the case's subject ("Ärende J2-25-006 (Ärenden!F7)").
      const variants = [`finding.${code}`, `finding.case.${code}`].filter(hasMessage);
      for (const key of variants) {
        const long = MESSAGES[key as keyof typeof MESSAGES];
        for (const text of [long.sv, long.en])
          assert.match(text, /\{cell\}|^\{subject\}: /, `${key} names the cell`);
      }
    }
    for (const subject of ["finding.subject.code", "finding.subject.cell"] as const)
      assert.ok(MESSAGES[subject].sv.includes("{cell}") && MESSAGES[subject].en.includes("{cell}"));
  });

  it("no rule numbers (R6, R7, R8) and no doubled words in any text", () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const text of [entry.sv, entry.en]) {
        assert.doesNotMatch(text, /\bR\d+\b/, key);
        assert.doesNotMatch(text, /\b(\p{L}+) \1\b/iu, key);
      }
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
