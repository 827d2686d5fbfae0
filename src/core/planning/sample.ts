/**
 * A synthetic planning workbook for the preview: VerkSam Jönköping 2, autumn term 2025,
 * a meeting every 6 weeks from 2025-08-26, 30 cases identified by codes only. Hand-written
 * and deterministic; no personal data of any kind.
 */
import { serialFromDate } from "../dates/serial";
import { SETTINGS_COLUMNS, headerText } from "../i18n/headers";
import { t, type Lang } from "../i18n";
import { groupPreset } from "./groups";
import { readPlanning } from "./read";
import { buildSchedule } from "./schedule";
import { buildPlanningTemplate, type TemplateTable } from "./template";
import {
  type CellValue,
  type Initiator,
  type Outcome,
  planningInput,
  type PlanningInput,
  type TableGrid,
} from "./types";

/** The preview's "today": meetings 1–3 have been held, meeting 4 has not. */
export const SAMPLE_TODAY = serialFromDate(2025, 11, 20);
/** First meeting of the sample term. */
export const SAMPLE_FIRST_MEETING = serialFromDate(2025, 8, 26);

const NORRA = "Norrahammars VC";
const RASLATT = "Råslätts VC";

/** [meeting no. (1–4), unit, initiated by, consent, notified (MM-DD, 2025), outcome, minutes, has a question] */
type CaseSpec = readonly [
  number,
  string,
  Initiator,
  "Ja" | "Nej" | "",
  string,
  Outcome | "",
  number | null,
  boolean,
];

const CASES: readonly CaseSpec[] = [
  [1, NORRA, "Region", "Ja", "08-11", "SIP", null, false],
  [1, NORRA, "Kommun", "Ja", "08-12", "Kommun", null, true],
  [1, RASLATT, "Region", "Ja", "08-13", "Region", null, false],
  [1, NORRA, "Region", "Ja", "08-14", "FK", 30, false],
  [1, RASLATT, "Kommun", "Ja", "08-15", "AF", null, false],
  [1, NORRA, "Kommun", "Ja", "08-20", "SIP", null, false],
  [1, RASLATT, "Region", "Nej", "08-18", "Ingen fortsatt samverkan", null, false],
  [1, RASLATT, "Kommun", "Ja", "08-18", "Kommun", null, false],
  [2, NORRA, "Region", "Ja", "09-22", "Region", null, false],
  [2, RASLATT, "Kommun", "Ja", "09-23", "SIP", null, false],
  [2, NORRA, "Kommun", "Ja", "09-24", "AF", null, false],
  [2, NORRA, "Region", "Ja", "09-25", "FK", null, false],
  [2, RASLATT, "Region", "Ja", "09-26", "Annat", 40, false],
  [2, NORRA, "Kommun", "Ja", "10-01", "SIP", null, false],
  [2, NORRA, "Region", "Ja", "09-29", "Kommun", null, false],
  [2, RASLATT, "Kommun", "", "09-29", "", null, false],
  [3, NORRA, "Kommun", "Ja", "11-03", "SIP", null, false],
  [3, NORRA, "Region", "Ja", "11-04", "Region", null, false],
  [3, NORRA, "Kommun", "Ja", "11-05", "Kommun", null, false],
  [3, NORRA, "Region", "Ja", "11-06", "FK", null, false],
  [3, NORRA, "Kommun", "Ja", "11-07", "AF", null, false],
  [3, NORRA, "Region", "Ja", "11-10", "SIP", null, false],
  [3, NORRA, "Kommun", "Nej", "11-03", "Ingen fortsatt samverkan", null, false],
  [4, NORRA, "Region", "Ja", "12-08", "", null, false],
  [4, RASLATT, "Kommun", "Ja", "12-09", "", null, false],
  [4, RASLATT, "Region", "Ja", "12-10", "", null, false],
  [4, NORRA, "Kommun", "Ja", "12-11", "", null, false],
  [4, RASLATT, "Region", "Ja", "12-12", "", null, false],
  [4, NORRA, "Kommun", "Ja", "12-15", "", null, false],
  [4, RASLATT, "Kommun", "Ja", "12-16", "", null, false],
];

function coordinatorHeader(lang: Lang): string {
  return headerText(SETTINGS_COLUMNS.coordinator, lang);
}

function day(mmdd: string): number {
  const [m, d] = mmdd.split("-").map(Number);
  return serialFromDate(2025, m, d);
}

/** The sample's coordinator (Koordinator in Inställningar): a made-up name. */
export const SAMPLE_COORDINATOR = "Anna Andersson";

/** The extra closed days of the sample (a planning day the day before meeting 3). */
const CLOSED_DAYS: readonly number[] = [serialFromDate(2025, 11, 17)];

/**
 * The sample as template-style tables (header, rows, formats, validation, formulas), for
 * the preview's in-memory workbook. Formula columns of Möten hold their computed values.
 */
export function sampleTables(lang: Lang = "sv"): TemplateTable[] {
  const group = groupPreset("jonkoping-2");
  if (!group) throw new Error("preset jonkoping-2 missing");
  const [settings, closedDays, units, meetings, cases] = buildPlanningTemplate({
    group,
    term: { half: "HT", year: 2025 },
    firstMeeting: SAMPLE_FIRST_MEETING,
    lang,
  });
  const dates = meetings.rows.map((r) => r[0] as number);
  const unitRows = units.rows;
  const caseRows: CellValue[][] = CASES.map(
    ([nr, unit, initiator, consent, notified, outcome, minutes, question], i) => [
      dates[nr - 1],
      `J2-25-${String(i + 1).padStart(3, "0")}`,
      t(`value.initiator.${initiator}`, lang),
      unit,
      consent === "" ? null : t(consent === "Ja" ? "value.consent.yes" : "value.consent.no", lang),
      day(notified),
      question ? t("sample.question", lang) : null,
      outcome === "" ? null : t(`value.outcome.${outcome}`, lang),
      minutes,
    ]
  );
  const meetingRows: CellValue[][] = meetings.rows.map((r, i) => [
    r[0],
    null,
    i === dates.length - 1 ? t("value.form.Digitalt", lang) : r[2],
    i === dates.length - 1 ? null : t("sample.location", lang),
    null,
    null,
    null,
  ]);
  const tables: TemplateTable[] = [
    {
      ...settings,
      rows: settings.rows.map((r) =>
        r.map((v, j) =>
          j === settings.header.indexOf(coordinatorHeader(lang)) ? SAMPLE_COORDINATOR : v
        )
      ),
    },
    { ...closedDays, rows: CLOSED_DAYS.map((d) => [d, t("sample.planningDay", lang)]) },
    {
      ...units,
      rows: unitRows.map((u, i) => [
        u[0],
        u[1],
        t(i === 0 ? "sample.coordinator" : "sample.representative", lang),
        null,
        null,
      ]),
    },
    { ...meetings, rows: meetingRows },
    { ...cases, rows: caseRows },
  ];
  // The formula columns show what Excel would compute: the schedule's own deadlines and
  // release list (one implementation of R7/R8), read from the sample's own settings.
  const schedule = new Map(
    buildSchedule(readPlanning(inputOf(tables)).plan, []).map((row) => [row.date, row])
  );
  const computed = meetingRows.map((r) => {
    const row = schedule.get(r[0] as number);
    return [
      ...r.slice(0, 4),
      row?.caseDeadline ?? null,
      row?.releaseDeadline ?? null,
      row ? row.released.join(", ") : null,
    ];
  });
  return tables.map((tbl) => (tbl.table === meetings.table ? { ...tbl, rows: computed } : tbl));
}

/** A template-style table as the grid `readPlanning` reads (header at A1 of its sheet). */
export function tableToGrid(tbl: TemplateTable): TableGrid {
  return { name: tbl.sheet, sheet: tbl.sheet, top: 0, left: 0, values: [tbl.header, ...tbl.rows] };
}

function inputOf(tables: readonly TemplateTable[]): PlanningInput {
  return planningInput(tables.map((tbl) => [tbl.sheet, tableToGrid(tbl)] as const));
}

/** The sample workbook as input for `readPlanning` / `plan`. */
export function sampleWorkbook(lang: Lang = "sv"): PlanningInput {
  return inputOf(sampleTables(lang));
}
