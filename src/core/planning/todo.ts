/**
 * Att göra: what is due now, from one planning run and today's date. The next meeting with
 * its two deadlines (R7, R8) and the working days left to each, counted on the book's own
 * calendar (Inställningar and Stängda dagar); the units to release for it (R8); its cases
 * without consent (R6) or notified late (R7); the next statistics follow-up (R10, June or
 * December); and the meetings already held whose cases lack an outcome (R11).
 *
 * Language-neutral data only (serials, counts, cell addresses, case codes): the pane words it.
 * Pure: no Office, DOM or Node imports.
 */
import { isWorkday, type ClosedDays } from "../calendar/workdays";
import { isNotifiedLate } from "./checks";
import type { PlanningResult } from "./run";
import { findStatisticsRow, halfYearOf } from "./statistics";
import type { Case, ConsentStatus, MeetingForm, Plan } from "./types";

/** Where a deadline stands on `today`. */
export type DeadlineState = "upcoming" | "today" | "passed";

export interface TodoDeadline {
  /** Serial of the deadline (a working day of the book's calendar). */
  readonly date: number;
  readonly state: DeadlineState;
  /**
   * Working days after today up to and including the deadline (0 when it is today or has
   * passed): the n with WORKDAY(today, n) = the deadline.
   */
  readonly workdaysLeft: number;
}

/** A case named in Att göra: its code and the cell to select. */
export interface TodoCase {
  /** Ärendekod as written (redacted by the reader); "" when the code is missing. */
  readonly code: string;
  /** The cell the item is about, e.g. "Ärenden!E7". */
  readonly cell: string;
}

export interface TodoConsentCase extends TodoCase {
  /** "no" (Nej: the case may not be raised), "blank" or "unknown" (not filled in as Ja/Nej). */
  readonly consent: Exclude<ConsentStatus, "yes">;
}

export interface TodoLateCase extends TodoCase {
  readonly notified: number;
}

export interface TodoMeeting {
  /** 1-based number in Möten's date order. */
  readonly nr: number;
  /** Number of meetings in Möten. */
  readonly of: number;
  readonly date: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The meeting's own start time, else Inställningar's, in minutes after midnight. */
  readonly startMinutes: number;
  readonly form?: MeetingForm;
  readonly location: string;
  /** The cases the meeting plans (as Mötesschema counts them). */
  readonly caseCount: number;
  /** Ärendefrist (R7); undefined only outside the supported calendar. */
  readonly caseDeadline?: TodoDeadline;
  /** Frigörandefrist (R8). */
  readonly releaseDeadline?: TodoDeadline;
  /** The Region units to tell they need not come (R8), in Enheter order. */
  readonly released: readonly string[];
  /** Cases at this meeting whose Samtycke is not Ja (R6), in table order. */
  readonly withoutConsent: readonly TodoConsentCase[];
  /** Cases at this meeting notified after the Ärendefrist (R7), in table order. */
  readonly notifiedLate: readonly TodoLateCase[];
}

/** The förbund's next follow-up (R10): June for January–June, December for July–December. */
export interface TodoFollowUp {
  readonly year: number;
  readonly half: 1 | 2;
  /** 6 or 12. */
  readonly month: 6 | 12;
  /** Meetings of that half-year in Möten, and how many of them are held (date ≤ today). */
  readonly meetings: number;
  readonly held: number;
  /** Cases in the half-year's total row of the statistics (as Statistik reports them). */
  readonly cases: number;
}

/** A held meeting with cases whose Utfall is empty or not recognised (R11). */
export interface TodoMissingOutcomes {
  readonly nr: number;
  readonly date: number;
  /** The cases; `cell` is their Utfall cell. */
  readonly cases: readonly TodoCase[];
}

export interface Todo {
  readonly today: number;
  /** Number of meetings in Möten, and how many of them are held (date ≤ today). */
  readonly meetings: number;
  readonly held: number;
  /** The first meeting on or after today; undefined when there is none. */
  readonly nextMeeting?: TodoMeeting;
  readonly followUp: TodoFollowUp;
  /** Held meetings (date ≤ today) lacking outcomes, in date order. */
  readonly missingOutcomes: readonly TodoMissingOutcomes[];
}

/**
 * Where `deadline` stands on `today`, with the working days left counted on the Swedish
 * calendar and `closed` (the book's Stängda dagar).
 */
export function deadlineStatus(deadline: number, today: number, closed: ClosedDays): TodoDeadline {
  if (deadline < today) return { date: deadline, state: "passed", workdaysLeft: 0 };
  if (deadline === today) return { date: deadline, state: "today", workdaysLeft: 0 };
  let left = 0;
  for (let s = today + 1; s <= deadline; s++) if (isWorkday(s, closed)) left++;
  return { date: deadline, state: "upcoming", workdaysLeft: left };
}

/** The follow-up month (R10) of the half-year that holds `today`. */
function followUpOf(
  result: Pick<PlanningResult, "model" | "statistics">,
  today: number
): TodoFollowUp {
  const h = halfYearOf(today);
  const inHalf = result.model.meetings.filter((m) => {
    const x = halfYearOf(m.date);
    return x.year === h.year && x.half === h.half;
  });
  const total = findStatisticsRow(result.statistics, h);
  return {
    year: h.year,
    half: h.half,
    month: h.half === 1 ? 6 : 12,
    meetings: inHalf.length,
    held: inHalf.filter((m) => m.date <= today).length,
    cases: total?.cases ?? 0,
  };
}

function casesAt(plan: Plan, date: number): Case[] {
  return plan.cases.filter((c) => c.meetingDate === date);
}

/**
 * Att göra for `today` (a serial; in Excel today in Sweden) from one run of the planner.
 * Reads nothing: everything comes from `result`.
 */
export function buildTodo(
  result: Pick<PlanningResult, "model" | "schedule" | "statistics">,
  today: number
): Todo {
  const plan = result.model;
  const closed = plan.closedDays;
  const next = result.schedule.find((row) => row.date >= today);
  let nextMeeting: TodoMeeting | undefined;
  if (next) {
    const cases = casesAt(plan, next.date);
    nextMeeting = {
      nr: next.nr,
      of: result.schedule.length,
      date: next.date,
      weekday: next.weekday,
      startMinutes: next.startMinutes,
      ...(next.form ? { form: next.form } : {}),
      location: next.location,
      caseCount: next.caseCount,
      ...(next.caseDeadline !== undefined
        ? { caseDeadline: deadlineStatus(next.caseDeadline, today, closed) }
        : {}),
      ...(next.releaseDeadline !== undefined
        ? { releaseDeadline: deadlineStatus(next.releaseDeadline, today, closed) }
        : {}),
      released: next.released,
      // Without a Samtycke column every case reads as blank: Kontroller reports the column instead.
      withoutConsent: plan.hasConsentColumn
        ? cases
            .filter((c) => c.consent !== "yes")
            .map((c) => ({
              code: c.code,
              cell: c.cells.consent,
              consent: c.consent as Exclude<ConsentStatus, "yes">,
            }))
        : [],
      notifiedLate: cases
        .filter((c) => c.notified !== undefined && isNotifiedLate(plan, c))
        .map((c) => ({ code: c.code, cell: c.cells.notified, notified: c.notified as number })),
    };
  }
  const missingOutcomes: TodoMissingOutcomes[] = [];
  for (const row of result.schedule) {
    if (row.date > today) break;
    // A case without consent (Nej) is not raised, so it has no outcome to report.
    const lacking = casesAt(plan, row.date).filter(
      (c) => c.consent !== "no" && c.outcome === undefined
    );
    if (lacking.length > 0)
      missingOutcomes.push({
        nr: row.nr,
        date: row.date,
        cases: lacking.map((c) => ({ code: c.code, cell: c.cells.outcome })),
      });
  }
  return {
    today,
    meetings: result.schedule.length,
    held: result.schedule.filter((row) => row.date <= today).length,
    ...(nextMeeting ? { nextMeeting } : {}),
    followUp: followUpOf(result, today),
    missingOutcomes,
  };
}
