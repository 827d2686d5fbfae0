import { strict as assert } from "assert";
import fc from "fast-check";
import {
  formatFinding,
  plan as runPlan,
  readPlanning,
  type CellValue,
  type PlanningInput,
  type TableGrid,
} from "../../../src/core/planning";
import {
  FORM_KINDS,
  lostInDecimal,
  formValue,
  inText,
  isPhoneHeader,
  isPnrNumber,
  leakIn,
  pnrArb,
  readsAsMobile,
} from "../privacy/forms";
import { CASES_HEADER, MEETINGS_HEADER, SETTINGS_HEADER, UNITS_HEADER } from "./helpers";

/** Any cell value, with the interesting edges over-represented. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -10, max: 80000 }),
  fc.constantFrom(
    0,
    -0,
    60,
    1,
    2958465,
    2958466,
    0.375,
    45895.5,
    1e308,
    -1e308,
    NaN,
    Infinity,
    -Infinity
  ),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(45772, 45786, 45772.375, "VC A", "vc b", "T-1", "t-1", 20, 30),
  fc.constantFrom(
    "2025-02-30",
    "2025-04-25",
    "1900-02-29",
    "0000-01-01",
    "9:00",
    "25:61",
    "Ja",
    "Nej",
    "Region",
    "Kommun",
    "Fysiskt",
    " ",
    "\u00a0"
  )
);

function rowsArb(width: number): fc.Arbitrary<CellValue[][]> {
  return fc.array(fc.array(cellArb, { minLength: 0, maxLength: width + 2 }), { maxLength: 6 });
}

/** A grid whose header is either the real one, a shuffled/partial one, or garbage. */
function gridArb(name: string, header: string[]): fc.Arbitrary<TableGrid | undefined> {
  // Header cells: the real headers (any order, some missing), or garbage.
  const headerArb = fc.oneof(
    fc.constant(header as CellValue[]),
    fc.shuffledSubarray(header as CellValue[]),
    fc.array(cellArb, { maxLength: header.length + 2 })
  );
  return fc.option(
    fc.record({
      name: fc.constant(name),
      sheet: fc.oneof(fc.constant(name), fc.string()),
      top: fc.oneof(fc.nat(1000), fc.constantFrom(-1, NaN, 1.5)),
      left: fc.oneof(fc.nat(100), fc.constantFrom(-3, Infinity)),
      values: fc.tuple(headerArb, rowsArb(header.length)).map(([h, rows]) => [h, ...rows]),
    }),
    { nil: undefined }
  );
}

const inputArb: fc.Arbitrary<PlanningInput> = fc.record({
  settings: gridArb("Inställningar", SETTINGS_HEADER),
  closedDays: gridArb("Stängda dagar", ["Datum", "Beskrivning"]),
  units: gridArb("Enheter", UNITS_HEADER),
  meetings: gridArb("Möten", MEETINGS_HEADER),
  cases: gridArb("Ärenden", CASES_HEADER),
});

describe("planning/properties", function () {
  this.timeout(20000);

  it("garbage in any table never makes readPlanning or plan throw", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: -100, max: 100000 }),
        fc.constantFrom("sv" as const, "en" as const),
        (input, today, lang) => {
          readPlanning(input);
          const r = runPlan(input, { today, lang });
          for (const f of r.findings) {
            assert.equal(typeof formatFinding(f, lang), "string");
            assert.ok(f.cell.length > 0);
          }
          for (const s of [r.sheets.schedule, r.sheets.agenda, r.sheets.statistics]) {
            for (const row of s.rows) assert.equal(row.length, s.header.length);
            assert.equal(s.numberFormats.length, s.header.length);
          }
        }
      ),
      { numRuns: 250 }
    );
  });

  it("a personnummer planted in any cell, in any form, is reported there and never reaches findings or outputs", () => {
    const tableArb = fc.constantFrom<keyof PlanningInput>(
      "settings",
      "closedDays",
      "units",
      "meetings",
      "cases"
    );
    fc.assert(
      fc.property(
        inputArb,
        pnrArb,
        fc.constantFrom(...FORM_KINDS),
        tableArb,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (input, p, kind, table, ri, ci, around) => {
          const g = input[table];
          if (!g || g.values.length === 0) return;
          const values = g.values.map((r) => [...r]);
          const i = ri % values.length;
          const row = values[i];
          const j = row.length === 0 ? 0 : ci % row.length;
          fc.pre(!lostInDecimal(p, kind));
          const value = formValue(p, kind);
          row[j] = around ? inText(value, "Ärende ", " klart") : value;
          const planted: PlanningInput = { ...input, [table]: { ...g, values } };
          const r = runPlan(planted, { today: 46000, lang: "sv" });
          // In a phone column, 07 and eight digits is a mobile number (DOMAIN.md); the
          // number must still reach no output.
          const mobile = i > 0 && isPhoneHeader(values[0]?.[j]) && readsAsMobile(p, kind);
          if (!mobile) assert.ok(r.findings.some((f) => f.code === "personnummer"));
          const texts = [
            ...r.findings.map((f) => JSON.stringify(f)),
            ...r.findings.map((f) => formatFinding(f, "sv") + formatFinding(f, "en")),
            ...[r.sheets.schedule, r.sheets.agenda, r.sheets.statistics].flatMap((sheet) => [
              ...sheet.header,
              ...sheet.rows.flat().filter((v): v is string => typeof v === "string"),
            ]),
          ];
          // Garbage cells may hold the digits by chance; only a planted text is certain to.
          for (const t of texts) {
            const leak = leakIn(t, p);
            if (leak !== undefined) {
              const unplanted = runPlan(input, { today: 46000, lang: "sv" });
              assert.ok(JSON.stringify(unplanted).includes(p.core), `${p.ten} leaked: ${leak}`);
            }
          }
          for (const sheet of [r.sheets.schedule, r.sheets.agenda, r.sheets.statistics])
            for (const v of sheet.rows.flat()) assert.equal(isPnrNumber(v, p), false);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("planning/properties on well-formed plans", function () {
  this.timeout(20000);

  const meetingDates = [45772, 45786, 45789, 45771, 45796, 45901]; // 04-25, 05-09, 05-12, 04-24, 05-19, 09-01 (2025)
  const dateCell = fc.oneof(
    fc.constantFrom<CellValue>(...meetingDates),
    fc.constantFrom<CellValue>("2025-04-25", "2025-13-01", null)
  );
  const unitCell = fc.constantFrom<CellValue>(
    "VC A",
    "vc b ",
    "VC C",
    "Okänd",
    "Habo kommun",
    null
  );
  const caseRow = fc.tuple(
    dateCell,
    fc.constantFrom<CellValue>("K-1", "K-2", "K-3", "k-1", null),
    fc.constantFrom<CellValue>("Kommun", "Region", "Staten", null),
    unitCell,
    fc.constantFrom<CellValue>("Ja", "Nej", true, false, null, "kanske"),
    fc.oneof(fc.integer({ min: 45740, max: 45800 }), fc.constant(null)),
    fc.constantFrom<CellValue>(null, "Fråga"),
    fc.constantFrom<CellValue>("SIP", "AF", "Annat", null, "Okänt"),
    fc.constantFrom<CellValue>(null, 10, 45, 0, "x")
  );
  const inputArb2 = fc.record({
    meetings: fc.uniqueArray(fc.constantFrom(...meetingDates), { minLength: 0, maxLength: 5 }),
    cases: fc.array(caseRow, { maxLength: 25 }),
    start: fc.integer({ min: 0, max: 1439 }),
    perCase: fc.integer({ min: 1, max: 60 }),
  });

  it("totals add up, slots are consecutive and released units have no case", () => {
    fc.assert(
      fc.property(inputArb2, ({ meetings, cases, start, perCase }) => {
        const input: PlanningInput = {
          settings: {
            name: "Inställningar",
            sheet: "Inställningar",
            top: 0,
            left: 0,
            values: [
              ["Starttid", "Minuter per ärende"],
              [start / 1440, perCase],
            ],
          },
          units: {
            name: "Enheter",
            sheet: "Enheter",
            top: 0,
            left: 0,
            values: [
              ["Enhet", "Typ"],
              ["Habo kommun", "Kommun"],
              ["VC A", "Region"],
              ["VC B", "Region"],
              ["VC C", "Region"],
            ],
          },
          meetings: {
            name: "Möten",
            sheet: "Möten",
            top: 0,
            left: 0,
            values: [["Mötesdatum"], ...meetings.map((m) => [m])],
          },
          cases: {
            name: "Ärenden",
            sheet: "Ärenden",
            top: 0,
            left: 0,
            values: [CASES_HEADER, ...cases.map((r) => [...r])],
          },
        };
        const today = 45786; // 2025-05-09: later meetings are planned, not held
        const r = runPlan(input, { today, lang: "sv" });
        const inMeetings = r.model.cases.filter(
          (c) => c.meetingDate !== undefined && meetings.includes(c.meetingDate)
        );
        // Samtycke "Nej" (also FALSE): not raised, counted only as without consent.
        const raised = inMeetings.filter((c) => c.consent !== "no");
        const held = (c: (typeof inMeetings)[number]) => c.meetingDate! <= today;
        const totals = r.statistics.rows.filter((x) => x.kind === "halfYear");
        assert.equal(
          totals.reduce((s, x) => s + x.cases, 0),
          raised.filter(held).length
        );
        assert.equal(
          totals.reduce((s, x) => s + x.withoutConsent, 0),
          inMeetings.filter((c) => c.consent === "no" && held(c)).length
        );
        assert.equal(
          totals.reduce((s, x) => s + x.held, 0),
          meetings.filter((m) => m <= today).length
        );
        const meetingRows = r.statistics.rows.filter((x) => x.kind === "meeting");
        assert.equal(
          meetingRows.reduce((s, x) => s + x.cases, 0),
          raised.length
        );
        assert.equal(
          r.schedule.reduce((s, x) => s + x.caseCount, 0),
          raised.length
        );
        for (const row of r.schedule) {
          // A unit with only cases that may not be raised is released.
          const units = new Set(
            raised.filter((c) => c.meetingDate === row.date).map((c) => c.unitKey)
          );
          assert.deepEqual(
            row.released.map((name) => name.toLowerCase()),
            ["vc a", "vc b", "vc c"].filter((u) => !units.has(u))
          );
        }
        for (const m of r.agenda) {
          let clock = m.startMinutes;
          for (const s of m.slots) {
            assert.equal(s.fromMinutes, clock);
            assert.equal(s.toMinutes - s.fromMinutes, s.minutes);
            clock = s.toMinutes;
          }
          assert.equal(
            m.slots.reduce((s, x) => s + x.caseCount, 0),
            r.schedule[m.nr - 1].caseCount
          );
        }
        for (const row of r.schedule) {
          for (const u of row.released) assert.equal(row.unitsWithCases.includes(u), false);
          assert.ok(row.caseDeadline! <= row.releaseDeadline! && row.releaseDeadline! < row.date);
        }
        for (const x of r.statistics.rows) {
          assert.equal(
            x.perUnit.reduce((s, u) => s + u.count, 0),
            x.cases
          );
          assert.equal(
            x.perOutcome.reduce((s, o) => s + o.count, 0),
            x.cases
          );
        }
      }),
      { numRuns: 300 }
    );
  });
});
