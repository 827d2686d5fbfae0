/**
 * Terms and half-years (src/core/dates/term.ts, labels in term-labels.ts): the one implementation the pane's
 * proposal, the next term's meetings, the template, the statistics, the meeting times and
 * MEETING_DATES all use.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { endOfHalfYear } from "../../../src/core/calendar/meetings";
import { MAX_SERIAL, MIN_SERIAL, dateFromSerial } from "../../../src/core/dates/serial";
import {
  halfYearOf,
  nextTerm,
  termAfter,
  termCode,
  termFirstDay,
  termLastDay,
  termOf,
  termOfSerial,
} from "../../../src/core/dates/term";
import { halfYearLabel, halfYearTotalLabel, termLabel } from "../../../src/core/dates/term-labels";
import { termOf as paneTermOf, termEnd } from "../../../src/taskpane/defaults";
import { d, iso } from "../../helpers/dates";

describe("core/dates/term: terms and half-years", () => {
  it("VT is January–June, HT July–December, with their first and last days", () => {
    assert.deepEqual(termOf(2026, "VT"), {
      year: 2026,
      half: "VT",
      first: d("2026-01-01"),
      last: d("2026-06-30"),
    });
    assert.equal(iso(termFirstDay({ half: "HT", year: 2025 })), "2025-07-01");
    assert.equal(iso(termLastDay({ half: "HT", year: 2025 })), "2025-12-31");
    assert.equal(iso(termLastDay({ half: "VT", year: 2024 })), "2024-06-30");
  });

  it("the term of a serial: 30 June is VT, 1 July HT; 31 December HT, 1 January VT", () => {
    assert.deepEqual(termOfSerial(d("2025-06-30")), termOf(2025, "VT"));
    assert.deepEqual(termOfSerial(d("2025-07-01")), termOf(2025, "HT"));
    assert.deepEqual(termOfSerial(d("2025-12-31")), termOf(2025, "HT"));
    assert.deepEqual(termOfSerial(d("2026-01-01")), termOf(2026, "VT"));
    assert.deepEqual(termOfSerial(60), termOf(1900, "VT"));
  });

  it("the next term: HT of the year, then VT of the next; none after HT 2199", () => {
    assert.deepEqual(nextTerm({ half: "VT", year: 2025 }), { half: "HT", year: 2025 });
    assert.deepEqual(nextTerm({ half: "HT", year: 2025 }), { half: "VT", year: 2026 });
    assert.deepEqual(termAfter(termOf(2025, "HT")), termOf(2026, "VT"));
    assert.deepEqual(termAfter({ half: "VT", year: 2199 }), termOf(2199, "HT"));
    assert.equal(termAfter({ half: "HT", year: 2199 }), undefined);
  });

  it('labels: "VT 2026" / "Spring 2026", the code "HT2025" in every language', () => {
    assert.equal(termLabel({ half: "VT", year: 2026 }, "sv"), "VT 2026");
    assert.equal(termLabel({ half: "HT", year: 2025 }, "sv"), "HT 2025");
    assert.equal(termLabel({ half: "VT", year: 2026 }, "en"), "Spring 2026");
    assert.equal(termLabel({ half: "HT", year: 2025 }, "en"), "Autumn 2025");
    assert.equal(termCode({ half: "HT", year: 2025 }), "HT2025");
  });

  it("the statistics' half-years and their labels", () => {
    assert.deepEqual(halfYearOf(d("2025-06-30")), { year: 2025, half: 1 });
    assert.deepEqual(halfYearOf(d("2025-07-01")), { year: 2025, half: 2 });
    assert.equal(halfYearLabel({ year: 2025, half: 1 }, "sv"), "2025 jan–jun");
    assert.equal(halfYearLabel({ year: 2025, half: 2 }, "en"), "2025 Jul–Dec");
    assert.equal(
      halfYearTotalLabel({ year: 2025, half: 1 }, "sv"),
      "Totalt jan–jun 2025 (rapporteras i juni)"
    );
    assert.equal(
      halfYearTotalLabel({ year: 2025, half: 2 }, "en"),
      "Total Jul–Dec 2025 (reported in December)"
    );
  });

  it("every serial: its term holds it, the half-year agrees, and MEETING_DATES and the pane end it alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }), (serial) => {
        const term = termOfSerial(serial);
        assert.ok(term.first <= serial && serial <= term.last);
        const { month } = dateFromSerial(serial);
        assert.equal(term.half, month <= 6 ? "VT" : "HT");
        assert.equal(halfYearOf(serial).half, term.half === "VT" ? 1 : 2);
        assert.equal(endOfHalfYear(serial), term.last);
        assert.deepEqual(paneTermOf(serial), { half: term.half, year: term.year });
        assert.equal(termEnd(term), term.last);
        const after = termAfter(term);
        if (after) assert.equal(after.first, term.last + 1);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("core/dates/term: no text in the custom functions' path", () => {
  it("term.ts imports no text (MEETING_DATES uses it; functions.js stays free of the catalogue)", () => {
    const source = readFileSync(join(__dirname, "../../../src/core/dates/term.ts"), "utf8");
    const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(imports, ["./serial"]);
  });
});
