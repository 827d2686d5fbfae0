/**
 * No personnummer ever leaves the workbook (DOMAIN.md, "Decided rules"): planted in any
 * form into any cell that feeds an output, it is reported at its cell, and no output — the
 * three sheets the add-in writes, the checks, the result line, the copy choices and the
 * statistics put on the clipboard — holds it in any form it can be typed in.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import {
  formatFinding,
  readPlanning,
  type CellValue,
  type PlanningInput,
} from "../../../src/core/planning";
import { runAction, statisticsClipboardText, type ActionKind } from "../../../src/taskpane/actions";
import { MemoryWorkbook } from "../../../src/workbook/memory-workbook";
import { d } from "../../helpers/dates";
import { CASES_HEADER, SETTINGS_HEADER, UNITS_HEADER } from "../planning/helpers";
import {
  digitsJoined,
  FORM_KINDS,
  formValue,
  inText,
  isPhoneHeader,
  isPnrNumber,
  leakIn,
  lostInDecimal,
  makePnr,
  pnrArb,
  readsAsMobile,
  type FormKind,
  type Pnr,
} from "./forms";

type Lang = "sv" | "en";
type Sheets = Record<string, CellValue[][]>;

const hm = (h: number, m = 0): number => (h * 60 + m) / 1440;

/** A small planning workbook as plain sheets (the reader finds them by name). */
function fixture(): Sheets {
  return {
    Inställningar: [[...SETTINGS_HEADER], ["VerkSam Test", hm(9), 6, 6, 5, 20]],
    "Stängda dagar": [
      ["Datum", "Beskrivning"],
      [d("2025-05-02"), "Klämdag"],
    ],
    Enheter: [
      [...UNITS_HEADER],
      ["Habo kommun", "Kommun", "Koordinator", "036-10 50 00", "k@habo.se"],
      ["VC A", "Region", "Anna", null, null],
      ["VC B", "Region", "Bo", null, null],
      ["VC C", "Region", "Cecilia", null, null],
    ],
    Möten: [
      ["Mötesdatum", "Starttid", "Form", "Plats"],
      [d("2025-04-25"), null, "Fysiskt", "Rum 1"],
      [d("2025-05-09"), hm(13), "Digitalt", "Teams"],
    ],
    Ärenden: [
      [...CASES_HEADER],
      [d("2025-04-25"), "T-01", "Kommun", "VC A", "Ja", d("2025-04-10"), "Fråga", "SIP", null],
      [d("2025-04-25"), "T-02", "Region", "VC B", "Ja", d("2025-04-14"), null, "AF", 30],
      [d("2025-05-09"), "T-03", "Kommun", "VC A", "Ja", d("2025-04-28"), null, "FK", null],
      [d("2025-05-09"), "T-04", "Region", "Okänd VC", null, d("2025-04-29"), null, null, null],
    ],
  };
}

const ACTIONS: readonly ActionKind[] = ["check", "schedule", "statistics"];

/** Every text the add-in shows, copies or writes after running each action once. */
async function everyOutput(
  sheets: Sheets,
  lang: Lang
): Promise<{
  texts: string[];
  numbers: number[];
  checks: string[];
}> {
  const wb = new MemoryWorkbook();
  for (const [name, values] of Object.entries(sheets)) wb.addPlainSheet(name, values);
  const texts: string[] = [];
  const numbers: number[] = [];
  let checks: string[] = [];
  for (const kind of ACTIONS) {
    const outcome = await runAction(wb, kind, { today: d("2025-12-31"), lang });
    texts.push(outcome.message);
    for (const f of outcome.findings) {
      texts.push(f.text);
      if (f.target) texts.push(f.target.sheet, f.target.address);
    }
    for (const c of outcome.copyChoices) {
      texts.push(c.label, statisticsClipboardText(c.row, lang));
    }
    checks = outcome.findings.map((f) => f.text);
  }
  for (const name of ["Mötesschema", "Dagordning", "Statistik"]) {
    const sheet = wb.sheet(name);
    assert.ok(sheet, `${name} was written`);
    texts.push(sheet.name);
    for (const row of sheet.values) {
      for (const v of row) {
        if (typeof v === "string") texts.push(v);
        else if (typeof v === "number") numbers.push(v);
      }
    }
  }
  return { texts, numbers, checks };
}

function colLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Where a personnummer is planted: a sheet's cell (row 0 is the header row). */
interface Target {
  readonly label: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The cells whose text reaches an output or a message, by name. */
const NAMED_TARGETS: readonly Target[] = [
  { label: "case code", sheet: "Ärenden", row: 1, col: 1 },
  { label: "case code, second meeting", sheet: "Ärenden", row: 3, col: 1 },
  { label: "case unit", sheet: "Ärenden", row: 1, col: 3 },
  { label: "case unit not in Enheter", sheet: "Ärenden", row: 4, col: 3 },
  { label: "case initiated by", sheet: "Ärenden", row: 2, col: 2 },
  { label: "case consent", sheet: "Ärenden", row: 2, col: 4 },
  { label: "case notified", sheet: "Ärenden", row: 2, col: 5 },
  { label: "case question", sheet: "Ärenden", row: 1, col: 6 },
  { label: "case outcome", sheet: "Ärenden", row: 1, col: 7 },
  { label: "case minutes", sheet: "Ärenden", row: 2, col: 8 },
  { label: "case meeting date", sheet: "Ärenden", row: 3, col: 0 },
  { label: "case header", sheet: "Ärenden", row: 0, col: 6 },
  { label: "extra case column", sheet: "Ärenden", row: 2, col: 9 },
  { label: "extra case column header", sheet: "Ärenden", row: 0, col: 9 },
  { label: "unit name", sheet: "Enheter", row: 3, col: 0 },
  { label: "unit type", sheet: "Enheter", row: 4, col: 1 },
  { label: "unit representative", sheet: "Enheter", row: 2, col: 2 },
  { label: "unit phone", sheet: "Enheter", row: 2, col: 3 },
  { label: "unit e-mail", sheet: "Enheter", row: 2, col: 4 },
  { label: "unit header", sheet: "Enheter", row: 0, col: 2 },
  { label: "meeting location", sheet: "Möten", row: 1, col: 3 },
  { label: "meeting form", sheet: "Möten", row: 2, col: 2 },
  { label: "meeting start", sheet: "Möten", row: 1, col: 1 },
  { label: "meeting date", sheet: "Möten", row: 2, col: 0 },
  { label: "group name", sheet: "Inställningar", row: 1, col: 0 },
  { label: "setting", sheet: "Inställningar", row: 1, col: 5 },
  { label: "closed day description", sheet: "Stängda dagar", row: 1, col: 1 },
  { label: "closed day date", sheet: "Stängda dagar", row: 1, col: 0 },
];

/** A named target, or any cell (header included) of any sheet, one column past the last too. */
const targetArb: fc.Arbitrary<Target> = fc.oneof(
  fc.constantFrom(...NAMED_TARGETS),
  fc
    .record({
      sheet: fc.constantFrom(...Object.keys(fixture())),
      row: fc.nat(),
      col: fc.nat(),
    })
    .map(({ sheet, row, col }) => {
      const values = fixture()[sheet];
      return {
        label: "any cell",
        sheet,
        row: row % values.length,
        col: col % (values[0].length + 1),
      };
    })
);

function plant(sheets: Sheets, target: Target, value: CellValue): Sheets {
  const copy: Sheets = {};
  for (const [name, values] of Object.entries(sheets)) copy[name] = values.map((r) => [...r]);
  const row = copy[target.sheet][target.row];
  while (row.length <= target.col) row.push(null);
  row[target.col] = value;
  return copy;
}

function assertNoLeak(out: { texts: string[]; numbers: number[] }, p: Pnr, context: string): void {
  for (const text of out.texts) {
    const leak = leakIn(text, p);
    assert.equal(leak, undefined, `${context}: ${p.ten} leaked in ${JSON.stringify(text)}`);
  }
  for (const n of out.numbers) {
    assert.equal(isPnrNumber(n, p), false, `${context}: ${p.ten} leaked as the number ${n}`);
    assert.equal(leakIn(String(n), p), undefined, `${context}: ${p.ten} leaked in ${n}`);
  }
}

/**
 * Plants `value` (holding `p` in form `kind`) at `target`, runs every action, and checks
 * every output. In a phone column a number that reads as a mobile number (07…) is a phone
 * number (DOMAIN.md) and not reported, but it must reach no output either.
 */
async function assertReportedAndNotLeaked(
  p: Pnr,
  target: Target,
  value: CellValue,
  lang: Lang,
  kind: FormKind
): Promise<void> {
  const out = await everyOutput(plant(fixture(), target, value), lang);
  const sheet = target.sheet.includes(" ") ? `'${target.sheet}'` : target.sheet;
  const address = `${sheet}!${colLetter(target.col)}${target.row + 1}`;
  const context = `${target.label} ${address} = ${JSON.stringify(value)} (${lang})`;
  const prefix = lang === "sv" ? "Personnummer i" : "Personal identity number in";
  const mobile =
    target.row > 0 &&
    isPhoneHeader(fixture()[target.sheet][0][target.col]) &&
    readsAsMobile(p, kind);
  assert.equal(
    out.checks.some((t) => t.startsWith(`${prefix} ${address} `)),
    !mobile,
    `${context}: ${mobile ? "a mobile number is reported" : "no check names"} ${address}: ${JSON.stringify(out.checks)}`
  );
  assertNoLeak(out, p, context);
}

describe("privacy: no personnummer ever leaves the workbook", function () {
  this.timeout(120000);

  const baseline: Record<Lang, string> = { sv: "", en: "" };
  before(async () => {
    for (const lang of ["sv", "en"] as const) {
      const out = await everyOutput(fixture(), lang);
      baseline[lang] = digitsJoined([...out.texts, ...out.numbers.map(String)].join("\n"));
    }
  });

  it("in every form, in every cell: reported at its cell, and in no output", async () => {
    await fc.assert(
      fc.asyncProperty(
        pnrArb,
        fc.constantFrom(...FORM_KINDS),
        targetArb,
        fc.constantFrom("", "Ärende ", "pnr:"),
        fc.constantFrom("", " klart", ", ring"),
        fc.constantFrom<Lang>("sv", "en"),
        async (p, kind, target, before, after, lang) => {
          // An output that holds these digits without any planting proves nothing.
          fc.pre(!baseline[lang].includes(p.core) && !lostInDecimal(p, kind));
          await assertReportedAndNotLeaked(
            p,
            target,
            inText(formValue(p, kind), before, after),
            lang,
            kind
          );
        }
      ),
      { numRuns: 400 }
    );
  });

  // The forms one by one in the cells the issue names, so that a failure names the form.
  const p2005 = makePnr(2005, 3, 12, 123); // 050312-1238: a number cell keeps 503121238
  const p2000 = makePnr(2000, 3, 12, 123); // 000312-1236: a number cell keeps 3121236
  const p1981 = makePnr(1981, 12, 18, 987);
  for (const p of [p2005, p2000, p1981]) {
    for (const kind of FORM_KINDS) {
      it(`${p.ten} as ${kind}: reported, and not in Dagordning, Mötesschema, Statistik, checks or clipboard`, async () => {
        for (const label of ["case code", "case unit", "unit name", "case unit not in Enheter"]) {
          const target = NAMED_TARGETS.find((t) => t.label === label)!;
          for (const lang of ["sv", "en"] as const)
            await assertReportedAndNotLeaked(p, target, formValue(p, kind), lang, kind);
        }
      });
    }
  }
});

describe("privacy: a mobile number in a phone column is not a personnummer (DOMAIN.md)", function () {
  this.timeout(60000);
  // 070312-1234 passes the date and Luhn checks: a personnummer everywhere else.
  const p = makePnr(2007, 3, 12, 123);
  const phone = NAMED_TARGETS.find((t) => t.label === "unit phone")!;

  it("0703121234 in Telefon, as text or as the number that lost its zero, is a phone number", async () => {
    for (const kind of ["YYMMDDNNNN", "number", "number as text"] as const) {
      assert.equal(readsAsMobile(p, kind), true);
      for (const lang of ["sv", "en"] as const)
        await assertReportedAndNotLeaked(p, phone, formValue(p, kind), lang, kind);
    }
    // Kept as typed in the plan (it is a phone number), and in no output.
    const sheets = plant(fixture(), phone, Number(p.ten));
    const grid = (name: string) => ({ name, sheet: name, top: 0, left: 0, values: sheets[name] });
    const { plan, findings } = readPlanning({ units: grid("Enheter"), cases: grid("Ärenden") });
    assert.equal(plan.units[1].phone, p.ten.slice(1));
    assert.equal(
      findings.some((f) => f.code === "personnummer"),
      false
    );
  });

  it("the same number in every other form, or in any other column, is a personnummer", async () => {
    for (const kind of FORM_KINDS.filter((k) => !readsAsMobile(p, k)))
      for (const lang of ["sv", "en"] as const)
        await assertReportedAndNotLeaked(p, phone, formValue(p, kind), lang, kind);
    for (const label of [
      "case code",
      "case question",
      "extra case column",
      "unit representative",
      "unit e-mail",
      "closed day description",
    ]) {
      const target = NAMED_TARGETS.find((t) => t.label === label)!;
      for (const kind of ["YYMMDDNNNN", "number", "number as text"] as const)
        await assertReportedAndNotLeaked(p, target, formValue(p, kind), "sv", kind);
    }
    // The phone column's header cell is no phone number.
    await assertReportedAndNotLeaked(
      p,
      { label: "phone header", sheet: "Enheter", row: 0, col: 3 },
      `Telefon ${p.ten}`,
      "sv",
      "YYMMDDNNNN"
    );
  });

  it("a column named Mobil or Tel in Ärenden is a phone column too; Telefon in Möten as well", async () => {
    const withHeader = (sheet: string, col: number, header: string): Sheets => {
      const sheets = fixture();
      sheets[sheet][0] = [...sheets[sheet][0]];
      sheets[sheet][0][col] = header;
      return sheets;
    };
    for (const [sheet, col, header] of [
      ["Ärenden", 9, "Mobil"],
      ["Ärenden", 9, "Tel"],
      ["Möten", 4, "Telefon"],
    ] as const) {
      const out = await everyOutput(
        plant(withHeader(sheet, col, header), { label: header, sheet, row: 1, col }, p.ten),
        "sv"
      );
      assert.equal(
        out.checks.some((t) => t.startsWith("Personnummer")),
        false,
        `${sheet} ${header}: ${JSON.stringify(out.checks)}`
      );
      assertNoLeak(out, p, `${sheet} ${header}`);
    }
  });
});

describe("privacy: a personnummer in a sheet name", () => {
  const p = makePnr(2005, 3, 12, 123);
  /** The fixture's tables as Excel tables, Ärenden's on a sheet whose name holds `p`. */
  const input = (sheetName: string): PlanningInput => {
    const sheets = fixture();
    const grid = (name: string, sheet = name) => ({
      name,
      sheet,
      table: name.replace(" ", "_"),
      top: 0,
      left: 0,
      values: sheets[name],
    });
    return {
      settings: grid("Inställningar"),
      closedDays: grid("Stängda dagar"),
      units: grid("Enheter"),
      meetings: grid("Möten"),
      cases: grid("Ärenden", sheetName),
    };
  };

  for (const kind of ["YYMMDD-NNNN", "YYYYMMDDNNNN", "YYMMDD NNNN"] as const) {
    it(`is reported as a finding naming the table (${kind}), and shown nowhere`, () => {
      const sheetName = `Ärenden ${String(formValue(p, kind))}`;
      const { findings } = readPlanning(input(sheetName));
      const onSheet = findings.filter((f) => f.code === "personnummer");
      assert.deepEqual(
        onSheet.map((f) => [f.cell, f.params.table, f.params.place]),
        [["Ärenden", "Ärenden", "sheet"]]
      );
      assert.equal(
        formatFinding(onSheet[0], "sv"),
        "Personnummer i namnet på bladet med tabellen Ärenden — byt namn på bladet"
      );
      assert.equal(
        formatFinding(onSheet[0], "en"),
        "Personal identity number in the name of the sheet with the table Ärenden — rename the sheet"
      );
      // The table's other findings still name their cells, the sheet's name redacted.
      assert.ok(findings.some((f) => f.cell.startsWith("'Ärenden [personnummer borttaget]'!")));
      for (const f of findings)
        for (const lang of ["sv", "en"] as const) {
          const text = formatFinding(f, lang);
          assert.equal(leakIn(text, p), undefined, text);
          assert.equal(leakIn(f.cell, p), undefined, f.cell);
        }
    });
  }

  it("a sheet name without one gives no such finding", () => {
    const { findings } = readPlanning(input("Ärenden 2025"));
    assert.equal(
      findings.some((f) => f.code === "personnummer"),
      false
    );
  });
});

describe("privacy: duplicate case codes are compared before redaction", () => {
  const base = (): PlanningInput => {
    const sheets = fixture();
    const grid = (name: string) => ({ name, sheet: name, top: 0, left: 0, values: sheets[name] });
    return {
      settings: grid("Inställningar"),
      closedDays: grid("Stängda dagar"),
      units: grid("Enheter"),
      meetings: grid("Möten"),
      cases: grid("Ärenden"),
    };
  };
  /** The case-code-duplicate findings when rows 2 and 3 (same meeting) get these codes. */
  const duplicates = (a: CellValue, b: CellValue): string[] => {
    const input = base();
    const values = input.cases!.values.map((r) => [...r]);
    values[1][1] = a;
    values[2][1] = b;
    const { findings } = readPlanning({ ...input, cases: { ...input.cases!, values } });
    return findings.filter((f) => f.code === "case-code-duplicate").map((f) => f.cell);
  };

  it("two different personnummer are two cases, in any forms", () => {
    fc.assert(
      fc.property(
        pnrArb,
        pnrArb,
        fc.constantFrom(...FORM_KINDS),
        fc.constantFrom(...FORM_KINDS),
        (p, q, kp, kq) => {
          fc.pre(p.ten !== q.ten && !lostInDecimal(p, kp) && !lostInDecimal(q, kq));
          assert.deepEqual(duplicates(formValue(p, kp), formValue(q, kq)), []);
          assert.deepEqual(
            duplicates(`Ärende ${String(formValue(p, kp))}`, `Ärende ${String(formValue(q, kq))}`),
            []
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("the same personnummer typed twice, in any two forms, is a duplicate at the second", () => {
    fc.assert(
      fc.property(
        pnrArb,
        fc.constantFrom(...FORM_KINDS),
        fc.constantFrom(...FORM_KINDS),
        (p, kp, kq) => {
          fc.pre(!lostInDecimal(p, kp) && !lostInDecimal(p, kq));
          assert.deepEqual(duplicates(formValue(p, kp), formValue(p, kq)), ["Ärenden!B3"]);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("ordinary codes still compare by text, ignoring case and spaces", () => {
    assert.deepEqual(duplicates("T-9", " t-9 "), ["Ärenden!B3"]);
    assert.deepEqual(duplicates("T-9", "T-10"), []);
  });
});
