/**
 * The core's text catalogue (src/core/i18n): one value of type CoreTexts per language. Both
 * languages have the same keys, the same functions and the same placeholders per key, and
 * no file of the core outside the catalogue chooses a text by language itself.
 */
import { strict as assert } from "assert";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import {
  CORE_TEXTS,
  FINDING_SEVERITY,
  hasMessage,
  interpolate,
  t,
  textsOf,
} from "../../../src/core/planning";
import { termLabel } from "../../../src/core/dates/term-labels";
import { strings } from "../../../src/taskpane/i18n";
import { forbundView } from "../../../src/taskpane/views/forbund";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

const sv = CORE_TEXTS.sv;
const en = CORE_TEXTS.en;
const SV = sv.messages as Readonly<Record<string, string>>;
const EN = en.messages as Readonly<Record<string, string>>;

/** The shape of a language's texts: each path with "string", "function/arity" or "array/length". */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [`${path}: string`];
  if (typeof value === "function") return [`${path}: function/${value.length}`];
  if (Array.isArray(value)) return [`${path}: array/${value.length}`];
  if (value && typeof value === "object") {
    return Object.keys(value)
      .sort()
      .flatMap((k) => shape((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof value}`];
}

/** Sample calls of the functions whose arguments are not all strings or numbers, by path. */
const SAMPLE_CALLS: Readonly<Record<string, unknown[][]>> = {
  "forbund.personnummer": [
    ["arg0", ["A1"]],
    ["", []],
    ["f.xlsx", ["A1", "B2"]],
    ["f.xlsx", ["A1", "B2", "C3", "D4", "E5", "F6"]],
  ],
};

/** Every function of a language's texts called with sample arguments, by path. */
function sampleOutputs(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.map((v, i) => [`${path}[${i}]`, String(v)]);
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const calls: unknown[][] = SAMPLE_CALLS[path] ?? [
      Array.from({ length: fn.length }, (_, i) => `arg${i}`),
      Array.from({ length: fn.length }, () => ""),
      Array.from({ length: fn.length }, () => 1),
      Array.from({ length: fn.length }, () => 6),
    ];
    return calls.map((args, i) => [`${path}#${i}`, String(fn(...args))]);
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => sampleOutputs(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe("core/i18n: the catalogue", () => {
  it("Swedish and English have exactly the same keys and functions", () => {
    assert.deepEqual(shape(en), shape(sv));
    assert.deepEqual(Object.keys(EN).sort(), Object.keys(SV).sort());
  });

  it("every template is non-empty and has the same placeholders in sv and en", () => {
    for (const key of Object.keys(SV)) {
      assert.ok(SV[key].trim() !== "" && EN[key].trim() !== "", key);
      // {columnEn}: the English text names the column's English alias as well.
      const svNames = placeholders(SV[key]).filter((p) => p !== "columnEn");
      const enNames = placeholders(EN[key]).filter((p) => p !== "columnEn");
      assert.deepEqual(svNames, enNames, key);
    }
  });

  it("has a full and a short text in both languages for every finding code", () => {
    for (const code of Object.keys(FINDING_SEVERITY)) {
      assert.ok(hasMessage(`finding.${code}`), code);
      assert.ok(hasMessage(`short.${code}`), code);
      // The cell directly, or through the case's subject ("Ärende J2-25-006 (Ärenden!F7)").
      const variants = [`finding.${code}`, `finding.case.${code}`].filter(hasMessage);
      for (const key of variants) {
        for (const text of [SV[key], EN[key]])
          assert.match(text, /\{cell\}|^\{subject\}: /, `${key} names the cell`);
      }
    }
    for (const subject of ["finding.subject.code", "finding.subject.cell"])
      assert.ok(SV[subject].includes("{cell}") && EN[subject].includes("{cell}"));
  });

  it("no rule numbers (R6, R7, R8), no doubled words and no empty text, templates or functions", () => {
    for (const texts of [sv, en]) {
      for (const [path, text] of sampleOutputs(texts)) {
        assert.doesNotMatch(text, /\bR\d+\b/, path);
        assert.doesNotMatch(text, /\b(\p{L}+) \1\b/iu, path);
        if (!/#1$/.test(path)) assert.ok(text.trim() !== "", path);
      }
    }
  });

  it("interpolates parameters, leaves unknown ones, and falls back to Swedish", () => {
    assert.equal(interpolate("{a} och {b}", { a: 1 }), "1 och {b}");
    assert.equal(t("count.case.other", "sv", { count: 3 }), "3 ärenden");
    assert.equal(t("count.case.other", "en", { count: 3 }), "3 cases");
    assert.equal(textsOf("xx" as "sv"), sv);
    assert.equal(t("value.noCases", "xx" as "sv"), "Inga ärenden");
  });

  it("grammar in the functions: Swedish ordinals of the interval, English plurals", () => {
    assert.equal(
      sv.nextTerm.noDates(1, "2025-12-30", "VT 2026"),
      "Inget möte varje vecka efter 2025-12-30 hamnar i VT 2026. Inget har ändrats."
    );
    const every = (weeks: number): string =>
      /möte (.*) efter/.exec(sv.nextTerm.noDates(weeks, "x", "y"))?.[1] ?? "";
    assert.deepEqual([2, 3, 6, 11, 12, 21, 22, 101, 111].map(every), [
      "var 2:a vecka",
      "var 3:e vecka",
      "var 6:e vecka",
      "var 11:e vecka",
      "var 12:e vecka",
      "var 21:a vecka",
      "var 22:a vecka",
      "var 101:a vecka",
      "var 111:e vecka",
    ]);
    assert.match(en.nextTerm.noDates(1, "x", "y"), /every week after/);
    assert.match(en.nextTerm.noDates(6, "x", "y"), /every 6 weeks after/);
    assert.equal(sv.kallelse.cases(1), "1 ärende");
    assert.equal(en.kallelse.cases(2), "2 cases");
  });

  it("the charts' and the förbund's texts are sections of the catalogue", () => {
    for (const section of ["charts", "forbund"] as const) {
      assert.ok(shape(sv[section]).length >= 9, section);
      assert.deepEqual(shape(en[section]), shape(sv[section]), section);
    }
    assert.equal(
      textsOf("sv").charts.perMeetingTitle("2025 jul–dec"),
      "Ärenden per möte, 2025 jul–dec"
    );
    assert.equal(textsOf("en").forbund.allGroups, "All groups");
    // The cells of a personnummer finding: five named, the rest counted.
    const cells = ["A1", "B2", "C3", "D4", "E5", "F6", "G7"];
    assert.match(
      sv.forbund.personnummer("f.xlsx", cells),
      /i A1, B2, C3, D4, E5 och 2 celler till\./
    );
    assert.match(en.forbund.personnummer("f.xlsx", cells.slice(0, 5)), /in A1, B2, C3, D4, E5\./);
  });
});

describe("taskpane/i18n: the pane's catalogue", () => {
  const paneSv = strings("sv");
  const paneEn = strings("en");

  it("Swedish and English have exactly the same keys and functions (arity included)", () => {
    assert.deepEqual(shape(paneEn), shape(paneSv));
  });

  it("no rule numbers, no doubled words and no empty text in the förbund's and charts' sections", () => {
    for (const texts of [paneSv, paneEn]) {
      for (const [path, text] of sampleOutputs({ forbund: texts.forbund, charts: texts.charts })) {
        assert.doesNotMatch(text, /\bR\d+\b/, path);
        assert.doesNotMatch(text, /\b(\p{L}+) \1\b/iu, path);
        assert.ok(text.trim() !== "", path);
      }
    }
  });

  it("the Förbund tab's label comes from the catalogue like every tab's", () => {
    assert.equal(forbundView.label(paneSv), "Förbund");
    assert.equal(forbundView.label(paneEn), "Association");
  });

  it("a term's name is the core's label (English: lower case, with the Swedish half)", () => {
    for (const term of [
      { half: "VT", year: 2026 },
      { half: "HT", year: 2199 },
    ] as const) {
      assert.equal(paneSv.termName(term), termLabel(term, "sv"));
    }
    assert.equal(paneSv.termName({ half: "VT", year: 2026 }), "VT 2026");
    assert.equal(paneEn.termName({ half: "VT", year: 2026 }), "spring 2026 (VT)");
    assert.equal(paneEn.termName({ half: "HT", year: 1900 }), "autumn 1900 (HT)");
  });

  it("holiday names and logical values in the pane's language", () => {
    const holiday = { name: "Juldagen", nameEn: "Christmas Day" };
    assert.equal(paneSv.holidayName(holiday), "Juldagen");
    assert.equal(paneEn.holidayName(holiday), "Christmas Day");
    assert.deepEqual([true, false].map(paneSv.booleanValue), ["SANT", "FALSKT"]);
    assert.deepEqual([true, false].map(paneEn.booleanValue), ["TRUE", "FALSE"]);
  });
});

describe("core and pane: no text chosen by language outside the catalogues", () => {
  const root = join(__dirname, "../../..");
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
    });
  }

  it('no `lang === "sv"` / `=== "en"` branch and no "VT"/"HT" label in src/core outside src/core/i18n', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, "src/core"))) {
      const rel = relative(root, file).replace(/\\/g, "/");
      if (rel.startsWith("src/core/i18n/")) continue;
      const source = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      if (/===?\s*"(sv|en)"|"(sv|en)"\s*===?/.test(source)) offenders.push(`${rel}: lang branch`);
      if (/"Spring"|"Autumn"|`\$\{[^}]*half\}\s\$\{/.test(source))
        offenders.push(`${rel}: term label`);
    }
    assert.deepEqual(offenders, []);
  });

  /** The source of a file without its comments. */
  function code(file: string): string {
    return readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  }

  it('no `lang === "sv"` / `=== "en"` branch in src/taskpane outside src/taskpane/i18n', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, "src/taskpane"))) {
      const rel = relative(root, file).replace(/\\/g, "/");
      if (rel.startsWith("src/taskpane/i18n/")) continue;
      const source = code(file);
      if (/===?\s*"(sv|en)"|"(sv|en)"\s*===?|!==?\s*"(sv|en)"|\blang\s*[!=]==?/.test(source))
        offenders.push(`${rel}: lang branch`);
    }
    assert.deepEqual(offenders, []);
  });

  it("no text catalogue of its own beside src/core/i18n and src/taskpane/i18n", () => {
    const offenders: string[] = [];
    for (const dir of ["src/core", "src/taskpane"]) {
      for (const file of files(join(root, dir))) {
        const rel = relative(root, file).replace(/\\/g, "/");
        if (/^src\/(core|taskpane)\/i18n\//.test(rel)) continue;
        const source = code(file);
        if (/\bconst\s+\w*_TEXTS\b|Record<Lang,\s*\w*Texts>/.test(source)) offenders.push(rel);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
