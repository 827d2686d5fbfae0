/** The meeting schedule (Mötesschema): one row per meeting with its deadlines (R7, R8). */
import { isoWeekOfSerial, weekdayOfSerial } from "../dates/serial";
import { checkPlan } from "./checks";
import { releaseDeadline } from "./deadlines";
import { planIndex, unitGroups, type UnitGroup } from "./plan-index";
import type { Case, Finding, MeetingForm, Plan, Unit } from "./types";

export type { UnitGroup } from "./plan-index";

/**
 * True when the case may be raised at its meeting: its Samtycke is not "Nej" (R6). A blank
 * or unrecognised Samtycke is a warning only, and the case is planned as usual. A case that
 * may not be raised gets no agenda slot, does not keep its unit from being released (R8)
 * and is not counted among the meeting's cases (DOMAIN.md, "Decided rules").
 */
export function mayBeRaised(c: Case): boolean {
  return c.consent !== "no";
}

/**
 * Cases per meeting date, in table order; only cases with a valid meeting date. By default
 * only the cases that may be raised (`mayBeRaised`); `{ all: true }` keeps every case.
 */
export function casesByMeeting(
  plan: Plan,
  options: { readonly all?: boolean } = {}
): Map<number, Case[]> {
  const map = new Map<number, Case[]>();
  for (const c of plan.cases) {
    if (c.meetingDate === undefined) continue;
    if (!options.all && !mayBeRaised(c)) continue;
    let list = map.get(c.meetingDate);
    if (!list) map.set(c.meetingDate, (list = []));
    list.push(c);
  }
  return map;
}

/**
 * The cases of one meeting grouped by unit (R5): units of Enheter in table order, then
 * units not in Enheter (and blank units) in order of first appearance.
 */
export function groupByUnit(plan: Plan, cases: readonly Case[]): UnitGroup[] {
  return unitGroups(plan, cases);
}

/**
 * R8: the Region units of Enheter with no case at the meeting, in Enheter order. A case that
 * may not be raised (Samtycke "Nej") does not keep its unit.
 */
export function unitsToRelease(plan: Plan, cases: readonly Case[]): Unit[] {
  const concerned = new Set<number>();
  for (let i = 0; i < cases.length; i++)
    if (mayBeRaised(cases[i])) concerned.add(cases[i].unitIndex);
  return plan.units.filter((u) => u.type === "Region" && !concerned.has(u.index));
}

/** `unitsToRelease` for a meeting's groups of raised cases (`PlanIndex.groups`). */
function releasedOf(plan: Plan, groups: readonly UnitGroup[]): string[] {
  const concerned = new Set<number>();
  for (let i = 0; i < groups.length; i++) concerned.add(groups[i].unitIndex);
  const out: string[] = [];
  for (let i = 0; i < plan.units.length; i++) {
    const u = plan.units[i];
    if (u.type === "Region" && !concerned.has(u.index)) out.push(u.name);
  }
  return out;
}

/** One row of Mötesschema; language-neutral (localised by `toOutputSheets`). */
export interface ScheduleRow {
  /** 1-based number of the meeting in date order. */
  readonly nr: number;
  readonly date: number;
  /** ISO week and its week-numbering year. */
  readonly week: number;
  readonly weekYear: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The meeting's own start time, else the setting's, in minutes after midnight. */
  readonly startMinutes: number;
  readonly form?: MeetingForm;
  readonly location: string;
  /** R7; undefined only when the calendar range is left. */
  readonly caseDeadline?: number;
  /** R8. */
  readonly releaseDeadline?: number;
  /** The cases that may be raised (Samtycke not "Nej"). */
  readonly caseCount: number;
  /** Units with cases that may be raised (R5 order); "" stands for cases without a unit. */
  readonly unitsWithCases: readonly string[];
  /** Region units without a case that may be raised (R8), in Enheter order. */
  readonly released: readonly string[];
  /** The findings that belong to this meeting. */
  readonly findings: readonly Finding[];
}

/**
 * Files a finding under its meeting. (A function called per finding, not the body of one
 * loop over them: V8 drops the code it compiles for such a loop at the next collection, see
 * read.ts, `CaseRows`.)
 */
function fileFinding(byMeeting: Map<number, Finding[]>, f: Finding): void {
  if (f.meeting === undefined) return;
  const list = byMeeting.get(f.meeting);
  if (list) list.push(f);
  else byMeeting.set(f.meeting, [f]);
}

/**
 * One row per meeting of Möten, in date order. `findings` (default: `checkPlan(plan)`)
 * supplies the Varningar of each meeting; pass the findings of `readPlanning` to include
 * the problems found while reading.
 */
export function buildSchedule(
  plan: Plan,
  findings: readonly Finding[] = checkPlan(plan)
): ScheduleRow[] {
  const index = planIndex(plan);
  // The findings of each meeting, in their order, in one pass (not one pass per meeting).
  const findingsByMeeting = new Map<number, Finding[]>();
  for (let i = 0; i < findings.length; i++) fileFinding(findingsByMeeting, findings[i]);
  return plan.meetings.map((m, i) => {
    const cases = index.raised.get(m.date) ?? [];
    const groups = index.groups(m.date);
    const iso = isoWeekOfSerial(m.date);
    const caseDl = index.caseDeadline(m.date);
    const releaseDl = releaseDeadline(m.date, plan.settings, plan.closedDays);
    return {
      nr: i + 1,
      date: m.date,
      week: iso.week,
      weekYear: iso.year,
      weekday: weekdayOfSerial(m.date),
      startMinutes: m.startMinutes ?? plan.settings.startMinutes,
      ...(m.form ? { form: m.form } : {}),
      location: m.location,
      ...(caseDl !== undefined ? { caseDeadline: caseDl } : {}),
      ...(releaseDl !== undefined ? { releaseDeadline: releaseDl } : {}),
      caseCount: cases.length,
      unitsWithCases: groups.map((g) => g.name),
      released: releasedOf(plan, groups),
      findings: (findingsByMeeting.get(m.date) ?? []).slice(),
    };
  });
}
