// FROZEN REFERENCE (issue 14): the planner as it was before the single-pass rewrite, the
// oracle of tests/unit/planning/equivalence.test.ts. Do not edit. It imports from src only the
// calendar, dates, i18n and template modules, which the rewrite did not change.
/**
 * The agenda (Dagordning, R5): per meeting, one consecutive slot per concerned unit, so
 * that only that unit's representatives need to be present while its cases are discussed.
 */
import { casesByMeeting, groupByUnit } from "./schedule";
import type { Plan } from "./types";

export interface AgendaSlot {
  /** 1-based number of the slot within its meeting. */
  readonly slot: number;
  /** Unit name; "" for cases without a unit. */
  readonly unit: string;
  /** False when the unit is not in Enheter (or blank). */
  readonly known: boolean;
  /** Minutes after midnight. */
  readonly fromMinutes: number;
  readonly toMinutes: number;
  readonly minutes: number;
  readonly caseCount: number;
  /** The non-blank case codes, in table order. */
  readonly codes: readonly string[];
}

export interface AgendaMeeting {
  readonly nr: number;
  readonly date: number;
  readonly startMinutes: number;
  /** Empty when the meeting has no cases. */
  readonly slots: readonly AgendaSlot[];
}

/** Case codes as one text: "J2-25-001, J2-25-002". */
export function joinCodes(codes: readonly string[]): string {
  return codes.join(", ");
}

/**
 * Per meeting (date order): slots in Enheter order, then units not in Enheter in order of
 * appearance, starting at the meeting's start time (else the setting's). A slot lasts the
 * sum of its cases' Minuter, Minuter per ärende where blank.
 */
export function buildAgenda(plan: Plan): AgendaMeeting[] {
  const byMeeting = casesByMeeting(plan);
  return plan.meetings.map((m, i) => {
    const startMinutes = m.startMinutes ?? plan.settings.startMinutes;
    let clock = startMinutes;
    const slots = groupByUnit(plan, byMeeting.get(m.date) ?? []).map((g, k): AgendaSlot => {
      const minutes = g.cases.reduce(
        (sum, c) => sum + (c.minutes ?? plan.settings.minutesPerCase),
        0
      );
      const slot: AgendaSlot = {
        slot: k + 1,
        unit: g.name,
        known: g.unitIndex >= 0,
        fromMinutes: clock,
        toMinutes: clock + minutes,
        minutes,
        caseCount: g.cases.length,
        codes: g.cases.map((c) => c.code).filter((code) => code !== ""),
      };
      clock += minutes;
      return slot;
    });
    return { nr: i + 1, date: m.date, startMinutes, slots };
  });
}
