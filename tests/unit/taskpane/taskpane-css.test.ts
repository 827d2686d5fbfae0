/**
 * The pane's stylesheet (src/taskpane/taskpane.css) uses Fluent 2's tokens: outside the
 * token block (:root), every font size is a ramp token, every margin, padding and gap a
 * multiple of 4 px (or a token), every corner 4 px, every focus outline the 2 px stroke.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const css = fs.readFileSync(path.join(__dirname, "../../../src/taskpane/taskpane.css"), "utf8");
const root = css.match(/:root\s*\{[^}]*\}/)?.[0] ?? "";
const rules = css.replace(root, "").replace(/\/\*[\s\S]*?\*\//g, "");

function declarations(property: RegExp): string[] {
  const found: string[] = [];
  for (const m of rules.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)) {
    if (property.test(m[1])) found.push(`${m[1]}: ${m[2].trim()}`);
  }
  return found;
}

describe("taskpane.css: Fluent 2 tokens", () => {
  it("defines the system font stack with Segoe UI first and the type ramp", () => {
    assert.match(root, /--font-family-base:\s*"Segoe UI",\s*"Segoe UI Web \(West European\)"/);
    for (const [size, line] of [
      [12, 16],
      [14, 20],
      [16, 22],
      [20, 28],
    ]) {
      assert.match(
        root,
        new RegExp(`--font-size-\\d+: ${size}px;\\s*--line-height-\\d+: ${line}px;`)
      );
    }
  });

  it("sets every font size and line height through a ramp token", () => {
    const ad = declarations(/^(font-size|line-height)$/).filter(
      (d) => !/var\(--(font-size|line-height)-\d+\)/.test(d)
    );
    assert.deepEqual(ad, []);
  });

  it("spaces in multiples of 4 px", () => {
    const odd = declarations(/^(margin|padding|gap)(-[a-z]+)?$/).filter((d) => {
      const value = d.slice(d.indexOf(":") + 1);
      return (value.match(/-?\d+(\.\d+)?px/g) ?? []).some(
        (px) => Math.abs(parseFloat(px)) % 4 !== 0 && px !== "-1px"
      );
    });
    assert.deepEqual(odd, []);
  });

  it("rounds corners by 4 px (tabs: the top two) and draws focus as a 2 px stroke", () => {
    const radii = declarations(/^border-radius$/).filter(
      (d) => !/var\(--border-radius-medium\)|: 2px$/.test(d)
    );
    assert.deepEqual(radii, []);
    const outlines = declarations(/^outline$/).filter((d) => d !== "outline: none");
    assert.ok(outlines.length > 0);
    assert.deepEqual(
      outlines.filter((d) => d !== "outline: var(--stroke-width-thick) solid var(--focus)"),
      []
    );
  });
});
