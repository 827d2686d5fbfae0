// FROZEN REFERENCE (issue 14): the planner as it was before the single-pass rewrite, the
// oracle of tests/unit/planning/equivalence.test.ts. Do not edit. It imports from src only the
// calendar, dates, i18n and template modules, which the rewrite did not change.
/** The two deadlines of a meeting (R7, R8), computed on the Swedish working-day calendar. */
import {
  CalendarRangeError,
  workdaysBefore,
  type ClosedDays,
} from "../../../../../src/core/calendar/workdays";
import type { Settings } from "./types";

/** `workdaysBefore`, or undefined when the count would leave 1900–2199. */
export function safeWorkdaysBefore(
  meeting: number,
  days: number,
  closed: ClosedDays
): number | undefined {
  try {
    return workdaysBefore(meeting, days, closed);
  } catch (e) {
    if (e instanceof CalendarRangeError) return undefined;
    throw e;
  }
}

/** Ärendefrist (R7): the last day to notify a case, `WORKDAY(meeting, -Ärendefrist, closed)`. */
export function caseDeadline(
  meeting: number,
  settings: Settings,
  closed: ClosedDays
): number | undefined {
  return safeWorkdaysBefore(meeting, settings.caseDeadlineDays, closed);
}

/** Frigörandefrist (R8): the last day to tell a region unit it is released. */
export function releaseDeadline(
  meeting: number,
  settings: Settings,
  closed: ClosedDays
): number | undefined {
  return safeWorkdaysBefore(meeting, settings.releaseDeadlineDays, closed);
}
