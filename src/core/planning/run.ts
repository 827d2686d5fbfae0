/** The whole run of the task pane: read, check, build the three outputs. */
import { countText, type Lang } from "../i18n";
import { buildAgenda, type AgendaMeeting } from "./agenda";
import { countBySeverity } from "./findings";
import { readPlanning } from "./read";
import { buildSchedule, type ScheduleRow } from "./schedule";
import { buildStatistics, type Statistics } from "./statistics";
import { meetingFormulaRepairs, type FormulaRepair } from "./formula-check";
import { toOutputSheets, type OutputSheets } from "./output";
import type { Finding, Plan, PlanningInput } from "./types";

export interface RunOptions {
  /** Today's date as a serial (meetings on or before it count as held). */
  readonly today: number;
  readonly lang: Lang;
}

export interface RunSummary {
  readonly meetings: number;
  readonly cases: number;
  readonly warnings: number;
  readonly errors: number;
}

export interface PlanningResult {
  /** The typed plan that the outputs were built from. */
  readonly model: Plan;
  readonly findings: readonly Finding[];
  readonly schedule: readonly ScheduleRow[];
  readonly agenda: readonly AgendaMeeting[];
  readonly statistics: Statistics;
  readonly sheets: OutputSheets;
  readonly summary: RunSummary;
  /** Möten formula cells to fill again (empty, typed over, or an earlier version's). */
  readonly repairs: readonly FormulaRepair[];
}

/** Reads the workbook's tables and builds schedule, agenda, statistics and the output sheets. Never throws on bad cell values. */
export function plan(input: PlanningInput, options: RunOptions): PlanningResult {
  const { plan: model, findings } = readPlanning(input);
  const schedule = buildSchedule(model, findings);
  const agenda = buildAgenda(model);
  const statistics = buildStatistics(model, options.today);
  const sheets = toOutputSheets({ schedule, agenda, statistics }, options.lang);
  const { errors, warnings } = countBySeverity(findings);
  const repairs = meetingFormulaRepairs(input.meetings);
  return {
    model,
    findings,
    schedule,
    agenda,
    statistics,
    sheets,
    summary: { meetings: schedule.length, cases: model.cases.length, warnings, errors },
    repairs,
  };
}

/**
 * "5 möten, 27 ärenden, 2 varningar" / "5 meetings, 27 cases, 2 warnings"; errors, when
 * there are any, come before the warnings: "5 möten, 27 ärenden, 1 fel, 2 varningar".
 */
export function oneLineResult(summary: RunSummary, lang: Lang): string {
  const parts = [
    countText("meeting", summary.meetings, lang),
    countText("case", summary.cases, lang),
  ];
  if (summary.errors > 0) parts.push(countText("error", summary.errors, lang));
  parts.push(countText("warning", summary.warnings, lang));
  return parts.join(", ");
}
