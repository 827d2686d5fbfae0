// FROZEN REFERENCE (issue 14): the planner as it was before the single-pass rewrite, the
// oracle of tests/unit/planning/equivalence.test.ts. Do not edit. It imports from src only the
// calendar, dates, i18n and template modules, which the rewrite did not change.
/**
 * Checks of a read plan (R6, R7 and consistency between the tables). Each finding names
 * the cell to fix. Problems of single cells (text dates, unknown values, personnummer)
 * are reported while reading, see read.ts.
 */
import { isWorkday } from "../../../../../src/core/calendar/workdays";
import { formatIsoDate } from "../../../../../src/core/dates/serial";
import { caseDeadline } from "./deadlines";
import { makeFinding, shownCaseCode } from "./findings";
import type { Finding, Plan } from "./types";

export function checkPlan(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const meetingDates = new Set(plan.meetings.map((m) => m.date));

  for (const m of plan.meetings) {
    if (!isWorkday(m.date, plan.closedDays)) {
      findings.push(
        makeFinding("meeting-not-workday", m.cell, { date: formatIsoDate(m.date) }, m.date)
      );
    }
  }

  /** Per meeting date: case code key → address of its first occurrence. */
  const codesByMeeting = new Map<number, Map<string, string>>();
  for (const c of plan.cases) {
    const date = c.meetingDate;
    // Every finding about a case names its code (when it has one that can be shown).
    const code = shownCaseCode(c.code);
    if (date !== undefined && plan.tables.meetings && !meetingDates.has(date)) {
      findings.push(
        makeFinding(
          "case-meeting-unknown",
          c.cells.meetingDate,
          { date: formatIsoDate(date) },
          undefined,
          code
        )
      );
    }
    if (c.unit !== "" && c.unitIndex < 0 && plan.tables.units) {
      findings.push(makeFinding("case-unit-unknown", c.cells.unit, { unit: c.unit }, date, code));
    }
    // R6: written consent before the case is raised. A "Nej" case is not raised (schedule.ts).
    if (c.consent === "no")
      findings.push(makeFinding("consent-no", c.cells.consent, {}, date, code));
    else if (c.consent === "blank" && plan.hasConsentColumn) {
      findings.push(makeFinding("consent-blank", c.cells.consent, {}, date, code));
    }
    // R7: notified at the latest Ärendefrist working days before the meeting.
    const missed = missedCaseDeadline(plan, c);
    if (missed !== undefined && c.notified !== undefined) {
      findings.push(
        makeFinding(
          "notified-late",
          c.cells.notified,
          { notified: formatIsoDate(c.notified), deadline: formatIsoDate(missed) },
          date,
          code
        )
      );
    }
    if (date !== undefined && c.code !== "") {
      let codes = codesByMeeting.get(date);
      if (!codes) codesByMeeting.set(date, (codes = new Map()));
      // Compared before redaction: two codes holding different personnummer differ.
      const key = c.codeKey;
      const first = codes.get(key);
      if (first === undefined) codes.set(key, c.cells.code);
      else {
        findings.push(
          makeFinding(
            "case-code-duplicate",
            c.cells.code,
            { date: formatIsoDate(date), first },
            date,
            code
          )
        );
      }
    }
  }
  return findings;
}

/** The case's Ärendefrist (R7) when it was notified after it, else undefined. */
function missedCaseDeadline(plan: Plan, c: Plan["cases"][number]): number | undefined {
  if (c.meetingDate === undefined || c.notified === undefined) return undefined;
  const deadline = caseDeadline(c.meetingDate, plan.settings, plan.closedDays);
  return deadline !== undefined && c.notified > deadline ? deadline : undefined;
}

/** True when the case was notified after its Ärendefrist (R7). */
export function isNotifiedLate(plan: Plan, c: Plan["cases"][number]): boolean {
  return missedCaseDeadline(plan, c) !== undefined;
}
