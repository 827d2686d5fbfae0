/**
 * Synthetic, deterministic planning workbooks for the bench and the budget tests.
 *
 * One group with a municipality, eight region care units and the AF/FK contact persons;
 * `meetings` meetings every six weeks from 2010-01-12; 20 extra closed days (the klämdag
 * after Kristi himmelsfärdsdag, 20 years from 2010); `cases` cases spread over the
 * meetings with a few percent of the problems a hand-kept workbook has (text dates, a
 * date that is no meeting, unknown and blank units, missing consent, late notification,
 * unrecognised values, duplicate codes), so that the checks have findings to report.
 * Codes only, never a personnummer. Same seed, same workbook.
 */
import { meetingSeries } from "../../src/core/calendar/meetings";
import { holidaysOfYear } from "../../src/core/calendar/holidays";
import { workdaysBefore } from "../../src/core/calendar/workdays";
import { formatIsoDate, serialFromDate } from "../../src/core/dates/serial";
import type { CellValue, PlanningInput, TableGrid } from "../../src/core/planning/types";
import { Prng } from "./prng";

export const SYNTHETIC_UNITS: readonly (readonly [string, string])[] = [
  ["Jönköpings kommun", "Kommun"],
  ["Bankeryds VC", "Region"],
  ["Norrahammars VC", "Region"],
  ["Råslätts VC", "Region"],
  ["Hälsans VC 1", "Region"],
  ["Rosenlunds VC", "Region"],
  ["Öxnehaga VC", "Region"],
  ["Wasa VC", "Region"],
  ["Gränna VC", "Region"],
  ["Arbetsförmedlingen", "AF"],
  ["Försäkringskassan", "FK"],
];

const OUTCOMES = ["Kommun", "Region", "AF", "FK", "SIP", "Ingen fortsatt samverkan", "Annat"];
const FIRST_MEETING = serialFromDate(2010, 1, 12);
export const SYNTHETIC_CASE_DEADLINE_DAYS = 6;
/** "Today" for the planner runs (meetings up to it count as held). */
export const SYNTHETIC_TODAY = serialFromDate(2026, 1, 1);
export const SYNTHETIC_RELEASE_DEADLINE_DAYS = 5;

/** The Friday after Kristi himmelsfärdsdag (a typical klämdag) of `count` years from `year`. */
export function klamdagar(year: number, count: number): number[] {
  const out: number[] = [];
  for (let y = year; y < year + count; y++) {
    const ascension = holidaysOfYear(y).find((h) => h.name.includes("Kristi himmelsfärdsdag"));
    if (!ascension) throw new Error(`no Kristi himmelsfärdsdag in ${y}`);
    out.push(ascension.serial + 1);
  }
  return out;
}

export interface SyntheticOptions {
  readonly cases: number;
  /** Default 150. */
  readonly meetings?: number;
  /** Default 20240601. */
  readonly seed?: number;
}

export interface SyntheticWorkbook {
  /** The five tables as `readPlanning` / `plan` read them (header row first). */
  readonly input: PlanningInput;
  /** Meeting dates (serials), in date order. */
  readonly meetingDates: readonly number[];
  readonly closedDays: readonly number[];
  /**
   * The ranges the Möten formulas pass to the custom functions, as Excel passes them
   * (2-D arrays; an empty cell is ""): Enheter[[Enhet]:[Typ]], Ärenden[Enhet],
   * Ärenden[Mötesdatum] and Stängda_dagar[Datum].
   */
  readonly ranges: {
    readonly units: unknown[][];
    readonly caseUnits: unknown[][];
    readonly caseMeetingDates: unknown[][];
    readonly closedDays: unknown[][];
  };
}

function grid(name: string, values: CellValue[][]): TableGrid {
  return { name, sheet: name, top: 0, left: 0, values };
}

export function syntheticWorkbook(options: SyntheticOptions): SyntheticWorkbook {
  const rng = new Prng(options.seed ?? 20240601);
  const meetingCount = options.meetings ?? 150;
  const closedDays = klamdagar(2010, 20);
  const closedSet = new Set(closedDays);
  const meetingDates = meetingSeries(FIRST_MEETING, {
    count: meetingCount,
    intervalWeeks: 6,
    closed: closedSet,
  });

  const settings = grid("Inställningar", [
    [
      "Grupp",
      "Starttid",
      "Mötesintervall (veckor)",
      "Ärendefrist",
      "Frigörandefrist",
      "Minuter per ärende",
    ],
    ["VerkSam Bench", 9 / 24, 6, SYNTHETIC_CASE_DEADLINE_DAYS, SYNTHETIC_RELEASE_DEADLINE_DAYS, 20],
  ]);
  const closed = grid("Stängda dagar", [
    ["Datum", "Beskrivning"],
    ...closedDays.map((d): CellValue[] => [d, "Klämdag"]),
  ]);
  const units = grid("Enheter", [
    ["Enhet", "Typ", "Representant", "Telefon", "E-post"],
    ...SYNTHETIC_UNITS.map(([name, type], i): CellValue[] => [
      name,
      type,
      i === 0 ? "Koordinator" : "Representant",
      null,
      null,
    ]),
  ]);
  const meetings = grid("Möten", [
    ["Mötesdatum", "Starttid", "Form", "Plats", "Ärendefrist", "Frigörandefrist", "Frigörs"],
    ...meetingDates.map((date, i): CellValue[] => [
      date,
      i % 10 === 9 ? 13.5 / 24 : null,
      i % 4 === 3 ? "Digitalt" : "Fysiskt",
      i % 4 === 3 ? null : "Stadshuset, rum 2",
      workdaysBefore(date, SYNTHETIC_CASE_DEADLINE_DAYS, closedSet),
      workdaysBefore(date, SYNTHETIC_RELEASE_DEADLINE_DAYS, closedSet),
      "",
    ]),
  ]);

  const caseRows: CellValue[][] = [
    [
      "Mötesdatum",
      "Ärendekod",
      "Initierad av",
      "Enhet",
      "Samtycke",
      "Anmäld",
      "Frågeställning",
      "Utfall",
      "Minuter",
    ],
  ];
  for (let i = 0; i < options.cases; i++) {
    const meeting = meetingDates[rng.int(0, meetingDates.length - 1)];
    const r = rng.next();
    // 97.5 % a meeting date; 1 % the same date as ISO text; 1 % a day that is no meeting; 0.5 % blank.
    const meetingCell: CellValue =
      r < 0.975 ? meeting : r < 0.985 ? formatIsoDate(meeting) : r < 0.995 ? meeting + 1 : null;
    const code =
      i > 0 && rng.chance(0.003)
        ? `C-${String(i).padStart(6, "0")}`
        : `C-${String(i + 1).padStart(6, "0")}`;
    const ri = rng.next();
    const initiator: CellValue =
      ri < 0.48 ? "Kommun" : ri < 0.96 ? "Region" : ri < 0.98 ? null : "Okänt";
    const ru = rng.next();
    const unit: CellValue =
      ru < 0.85
        ? SYNTHETIC_UNITS[rng.int(1, 8)][0]
        : ru < 0.96
          ? SYNTHETIC_UNITS[0][0]
          : ru < 0.99
            ? "Okänd vårdcentral"
            : null;
    const rc = rng.next();
    const consent: CellValue = rc < 0.94 ? "Ja" : rc < 0.96 ? "Nej" : rc < 0.99 ? null : "kanske";
    const notified: CellValue = meeting - rng.int(3, 28);
    const question: CellValue = rng.chance(0.2)
      ? "Fråga om fortsatt stöd och vem som gör vad"
      : null;
    const outcome: CellValue = rng.chance(0.8) ? rng.pick(OUTCOMES) : null;
    const minutes: CellValue = rng.chance(0.1) ? rng.int(10, 60) : null;
    caseRows.push([
      meetingCell,
      code,
      initiator,
      unit,
      consent,
      notified,
      question,
      outcome,
      minutes,
    ]);
  }
  const cases = grid("Ärenden", caseRows);

  const column = (j: number): unknown[][] =>
    caseRows.slice(1).map((row) => [row[j] === null ? "" : row[j]]);
  return {
    input: { settings, closedDays: closed, units, meetings, cases },
    meetingDates,
    closedDays,
    ranges: {
      units: SYNTHETIC_UNITS.map(([name, type]) => [name, type]),
      caseUnits: column(3),
      caseMeetingDates: column(0),
      closedDays: closedDays.map((d) => [d]),
    },
  };
}

/** Every table of the input copied once (row arrays sliced): the floor the planner is compared with. */
export function copyInput(input: PlanningInput): PlanningInput {
  const copy = (g: TableGrid | undefined): TableGrid | undefined =>
    g ? { ...g, values: g.values.map((row) => row.slice()) } : undefined;
  return {
    settings: copy(input.settings),
    closedDays: copy(input.closedDays),
    units: copy(input.units),
    meetings: copy(input.meetings),
    cases: copy(input.cases),
  };
}
