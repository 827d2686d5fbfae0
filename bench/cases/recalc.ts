/**
 * Case 2: the planning workbook's live formulas. Each of 150 meetings in Möten has
 *   Ärendefrist      =VERKSAM.WORKDAYS_BEFORE_MEETING([@Mötesdatum],IF(ISBLANK(INDEX(Inställningar[Ärendefrist],1)),6,INDEX(…,1)),Stängda_dagar[Datum])
 *   Frigörandefrist  the same with Frigörandefrist (default 5)
 *   Frigörs          a native TEXTJOIN/COUNTIFS formula (Excel computes it; no JavaScript)
 * The template used to write Frigörs as
 *   =VERKSAM.UNITS_TO_RELEASE(Enheter[[Enhet]:[Typ]],Ärenden[Enhet],Ärenden[Mötesdatum],[@Mötesdatum],", ")
 * which a coordinator may still write by hand; it is measured too. A full recalculation
 * calls the functions for every meeting, with the ranges as Excel passes them (2-D arrays,
 * "" for an empty cell). The floor is one plain pass over the two Ärenden columns per
 * meeting (compare the date, collect the unit). What crosses to JavaScript: case 2b.
 */
import { unitsToRelease, workdaysBeforeMeeting } from "../../src/functions/functions";
import { plan } from "../../src/core/planning/run";
import type { BenchContext } from "../lib/context";
import { measure, type Stats } from "../lib/measure";
import { fmtInt, fmtMs, fmtRate, fmtRatio, fmtSpread, growthNote } from "../lib/report";
import {
  SYNTHETIC_CASE_DEADLINE_DAYS,
  SYNTHETIC_RELEASE_DEADLINE_DAYS,
  SYNTHETIC_TODAY,
  syntheticWorkbook,
  type SyntheticWorkbook,
} from "../lib/synthetic";

function recalculate(wb: SyntheticWorkbook): unknown[] {
  const { units, caseUnits, caseMeetingDates, closedDays } = wb.ranges;
  const out: unknown[] = [];
  for (const m of wb.meetingDates) {
    out.push(
      workdaysBeforeMeeting(m, SYNTHETIC_CASE_DEADLINE_DAYS, closedDays),
      workdaysBeforeMeeting(m, SYNTHETIC_RELEASE_DEADLINE_DAYS, closedDays),
      unitsToRelease(units, caseUnits, caseMeetingDates, m, ", ")[0][0]
    );
  }
  return out;
}

/** The JavaScript the template's formulas run now: the two deadlines per meeting. */
function recalculateDeadlines(wb: SyntheticWorkbook): unknown[] {
  const { closedDays } = wb.ranges;
  const out: unknown[] = [];
  for (const m of wb.meetingDates) {
    out.push(
      workdaysBeforeMeeting(m, SYNTHETIC_CASE_DEADLINE_DAYS, closedDays),
      workdaysBeforeMeeting(m, SYNTHETIC_RELEASE_DEADLINE_DAYS, closedDays)
    );
  }
  return out;
}

function floor(wb: SyntheticWorkbook): number {
  const { caseUnits, caseMeetingDates } = wb.ranges;
  let total = 0;
  for (const m of wb.meetingDates) {
    const concerned = new Set<unknown>();
    for (let i = 0; i < caseMeetingDates.length; i++)
      if (caseMeetingDates[i][0] === m) concerned.add(caseUnits[i][0]);
    total += concerned.size;
  }
  return total;
}

/** Meetings on which the live formulas give what the planner's Mötesschema gives. */
function agreeWithPlanner(wb: SyntheticWorkbook, values: unknown[]): number {
  const schedule = plan(wb.input, { today: SYNTHETIC_TODAY, lang: "sv" }).schedule;
  let same = 0;
  wb.meetingDates.forEach((m, i) => {
    const row = schedule.find((r) => r.date === m);
    if (
      row &&
      row.caseDeadline === values[3 * i] &&
      row.releaseDeadline === values[3 * i + 1] &&
      row.released.join(", ") === values[3 * i + 2]
    ) {
      same++;
    }
  });
  return same;
}

export function benchRecalc(ctx: BenchContext): void {
  const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const baseline: { stats?: Stats; size: number } = { size: 0 };
  const agreement: string[] = [];
  for (const size of sizes) {
    ctx.log(`case 2: ${size} cases`);
    const wb = syntheticWorkbook({ cases: size, meetings: 150 });
    const runs = size <= 1_000 ? 15 : size <= 10_000 ? 10 : 5;
    const stats = measure(() => recalculate(wb), {
      warmup: size <= 10_000 ? 3 : 1,
      runs: ctx.quick ? 3 : runs,
    });
    const floorStats = measure(() => floor(wb), { warmup: 2, runs: ctx.quick ? 3 : runs });
    const values = recalculate(wb);
    agreement.push(
      `${fmtInt(agreeWithPlanner(wb, values))}/${wb.meetingDates.length} (${fmtInt(size)} cases)`
    );
    const growth = growthNote(baseline, stats, size);
    const deadlines = measure(() => recalculateDeadlines(wb), {
      warmup: 3,
      runs: ctx.quick ? 3 : runs,
    });
    ctx.rows.push({
      case: "2",
      what: "template now: 150 meetings × 2 × WORKDAYS_BEFORE_MEETING (Frigörs native, no JavaScript): one full recalculation",
      size: `${fmtInt(size)} cases`,
      runs: deadlines.samples.length,
      median: fmtMs(deadlines.median),
      spread: fmtSpread(deadlines),
      throughput: fmtRate((2 * wb.meetingDates.length) / (deadlines.median / 1000), "calls"),
      ratio: `independent of the number of cases (no Ärenden column is passed)`,
    });
    ctx.rows.push({
      case: "2",
      what: "template before (and hand-written Frigörs): 150 meetings × (UNITS_TO_RELEASE joined + 2 × WORKDAYS_BEFORE_MEETING): one full recalculation",
      size: `${fmtInt(size)} cases`,
      runs: stats.samples.length,
      median: fmtMs(stats.median),
      spread: fmtSpread(stats),
      throughput: fmtRate((wb.meetingDates.length * size) / (stats.median / 1000), "case cells"),
      ratio: `×${fmtRatio(stats.median / floorStats.median)} of the floor (${fmtMs(floorStats.median)}: one plain pass per meeting)${growth}`,
    });
  }
  ctx.notes.push(
    `Case 2 agreement — WORKDAYS_BEFORE_MEETING and UNITS_TO_RELEASE give the planner's Ärendefrist, Frigörandefrist and Frigörs on ${agreement.join(", ")} meetings (the native Frigörs against UNITS_TO_RELEASE: case 2b). Ranges are 2-D arrays built once, as Excel would pass them; Excel's own marshalling is not measured.`
  );
}
