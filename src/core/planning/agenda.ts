/**
 * The agenda (Dagordning, R5): per meeting, one consecutive slot per concerned unit, so
 * that only that unit's representatives need to be present while its cases are discussed.
 */
import { planIndex, type UnitGroup } from "./plan-index";
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

/** The slot of one unit's cases, starting at `from` (minutes after midnight). */
function agendaSlot(g: UnitGroup, k: number, from: number, perCase: number): AgendaSlot {
  let minutes = 0;
  const codes: string[] = [];
  for (let j = 0; j < g.cases.length; j++) {
    const c = g.cases[j];
    minutes += c.minutes ?? perCase;
    if (c.code !== "") codes.push(c.code);
  }
  return {
    slot: k + 1,
    unit: g.name,
    known: g.unitIndex >= 0,
    fromMinutes: from,
    toMinutes: from + minutes,
    minutes,
    caseCount: g.cases.length,
    codes,
  };
}

/**
 * Per meeting (date order): slots in Enheter order, then units not in Enheter in order of
 * appearance, starting at the meeting's start time (else the setting's). A slot lasts the
 * sum of its cases' Minuter, Minuter per ärende where blank.
 */
export function buildAgenda(plan: Plan): AgendaMeeting[] {
  const index = planIndex(plan);
  const perCase = plan.settings.minutesPerCase;
  return plan.meetings.map((m, i) => {
    const startMinutes = m.startMinutes ?? plan.settings.startMinutes;
    let clock = startMinutes;
    const groups = index.groups(m.date);
    const slots: AgendaSlot[] = [];
    for (let k = 0; k < groups.length; k++) {
      const slot = agendaSlot(groups[k], k, clock, perCase);
      slots.push(slot);
      clock = slot.toMinutes;
    }
    return { nr: i + 1, date: m.date, startMinutes, slots };
  });
}
