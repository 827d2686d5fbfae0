/** Hand-made planning data for the planning tests. */
import { parseIsoDate } from "../../../src/core/dates/serial";
import type { CellValue, PlanningInput, TableGrid } from "../../../src/core/planning";

/** Serial of an ISO date; throws on a typo so that tests cannot silently use undefined. */
export function d(iso: string): number {
  const s = parseIsoDate(iso);
  if (s === undefined) throw new Error(`bad date in test: ${iso}`);
  return s;
}

/** A time of day as an Excel fraction. */
export function hm(h: number, m = 0): number {
  return (h * 60 + m) / 1440;
}

export function grid(
  name: string,
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  at: { sheet?: string; top?: number; left?: number } = {}
): TableGrid {
  return {
    name,
    sheet: at.sheet ?? name,
    top: at.top ?? 0,
    left: at.left ?? 0,
    values: [header, ...rows],
  };
}

/** Independent Luhn check digit over nine digits. */
export function luhn(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/** A valid personnummer YYMMDD-NNNN. */
export function pnr(yymmdd: string, three: string): string {
  return `${yymmdd}-${three}${luhn(yymmdd + three)}`;
}

export const SETTINGS_HEADER = [
  "Grupp",
  "Starttid",
  "Mötesintervall (veckor)",
  "Ärendefrist",
  "Frigörandefrist",
  "Minuter per ärende",
];
export const UNITS_HEADER = ["Enhet", "Typ", "Representant", "Telefon", "E-post"];
export const MEETINGS_HEADER = [
  "Mötesdatum",
  "Starttid",
  "Form",
  "Plats",
  "Ärendefrist",
  "Frigörandefrist",
  "Frigörs",
];
export const CASES_HEADER = [
  "Mötesdatum",
  "Ärendekod",
  "Initierad av",
  "Enhet",
  "Samtycke",
  "Anmäld",
  "Frågeställning",
  "Utfall",
  "Minuter",
];

/**
 * A small, fully valid workbook:
 *  - meetings 2025-04-25 (Easter week before), 2025-05-09 (after första maj and the closed
 *    klämdag 2025-05-02) and 2025-09-16 (13:00, Digitalt);
 *  - units Habo kommun (Kommun), VC A, VC B, VC C (Region), AF, FK;
 *  - cases (sheet rows 2–8):
 *      row 2  04-25 T-01 Kommun  VC B  Ja  04-10  Kommun
 *      row 3  04-25 T-02 Region  VC A  Ja  04-14  SIP     30 min
 *      row 4  04-25 T-03 Region  VC B  Ja  04-15  AF
 *      row 5  05-09 T-04 Kommun  VC A  Ja  04-28  FK
 *      row 6  05-09 T-05 Region  VC A  Ja  04-29  (blank)
 *      row 7  09-16 T-06 Kommun  Habo kommun Ja 09-01 Annat
 *      row 8  09-16 T-07 Region  VC C  Ja  09-05  Ingen fortsatt samverkan  45 min
 */
export function validInput(): PlanningInput {
  return {
    settings: grid("Inställningar", SETTINGS_HEADER, [["VerkSam Test", hm(9), 6, 6, 5, 20]]),
    closedDays: grid("Stängda dagar", ["Datum", "Beskrivning"], [[d("2025-05-02"), "Klämdag"]]),
    units: grid("Enheter", UNITS_HEADER, [
      ["Habo kommun", "Kommun", "Koordinator", null, null],
      ["VC A", "Region", null, null, null],
      ["VC B", "Region", null, null, null],
      ["VC C", "Region", null, null, null],
      ["Arbetsförmedlingen", "AF", null, null, null],
      ["Försäkringskassan", "FK", null, null, null],
    ]),
    meetings: grid("Möten", MEETINGS_HEADER, [
      [d("2025-04-25"), null, "Fysiskt", "Rum 1", null, null, null],
      [d("2025-05-09"), null, "Fysiskt", "Rum 1", null, null, null],
      [d("2025-09-16"), hm(13), "Digitalt", null, null, null, null],
    ]),
    cases: grid("Ärenden", CASES_HEADER, [
      [d("2025-04-25"), "T-01", "Kommun", "VC B", "Ja", d("2025-04-10"), null, "Kommun", null],
      [d("2025-04-25"), "T-02", "Region", "VC A", "Ja", d("2025-04-14"), null, "SIP", 30],
      [d("2025-04-25"), "T-03", "Region", "VC B", "Ja", d("2025-04-15"), null, "AF", null],
      [d("2025-05-09"), "T-04", "Kommun", "VC A", "Ja", d("2025-04-28"), null, "FK", null],
      [d("2025-05-09"), "T-05", "Region", "VC A", "Ja", d("2025-04-29"), null, null, null],
      [
        d("2025-09-16"),
        "T-06",
        "Kommun",
        "Habo kommun",
        "Ja",
        d("2025-09-01"),
        null,
        "Annat",
        null,
      ],
      [
        d("2025-09-16"),
        "T-07",
        "Region",
        "VC C",
        "Ja",
        d("2025-09-05"),
        null,
        "Ingen fortsatt samverkan",
        45,
      ],
    ]),
  };
}

/** A copy of `input` with the Ärenden rows replaced. */
export function withCases(
  input: PlanningInput,
  rows: readonly (readonly CellValue[])[],
  header: readonly CellValue[] = CASES_HEADER
): PlanningInput {
  return { ...input, cases: grid("Ärenden", header, rows) };
}

/** Every string in findings and output sheets of a run, for privacy assertions. */
export function allText(value: unknown): string {
  return JSON.stringify(value);
}
