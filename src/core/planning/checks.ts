/**
 * Checks of a read plan (R6, R7 and consistency between the tables). Each finding names
 * the cell to fix. Problems of single cells (text dates, unknown values, personnummer)
 * are reported while reading, see read.ts.
 */
import { isWorkday } from "../calendar/workdays";
import { formatIsoDate } from "../dates/serial";
import { REDACTED_PERSONNUMMER } from "../privacy/personnummer";
import { makeFinding, shownCaseCode } from "./findings";
import { missedDeadline, planIndex } from "./plan-index";
import type { Finding, Plan } from "./types";

export function checkPlan(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const index = planIndex(plan);
  const meetingDates = index.meetingDates;

  for (const m of plan.meetings) {
    if (!isWorkday(m.date, plan.closedDays)) {
      findings.push(
        makeFinding("meeting-not-workday", m.cell, { date: formatIsoDate(m.date) }, m.date)
      );
    }
  }

  type AnyCase = Plan["cases"][number];
  /**
   * Duplicate codes: case → the first case at the same meeting with the same code key.
   * Compared before redaction: two codes holding different personnummer differ.
   */
  const duplicateOf = new Map<AnyCase, AnyCase>();
  {
    // In table order (the cases lie in memory in that order), by a hash of meeting and key
    // (no key is made for most codes), by meeting and key on a collision.
    const byHash = new Map<number, AnyCase>();
    let byKey: Map<number, Map<string, AnyCase>> | undefined;
    const all = plan.cases;
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      const date = c.meetingDate;
      if (date === undefined || c.code === "") continue;
      const h = (codeKeyHash(c) ^ Math.imul(date, 0x9e3779b1)) & 0x3fffffff;
      const f = byHash.get(h);
      if (f === undefined) {
        byHash.set(h, c);
        continue;
      }
      if (!byKey) byKey = new Map();
      const fDate = f.meetingDate as number;
      let keysOfF = byKey.get(fDate);
      if (!keysOfF) byKey.set(fDate, (keysOfF = new Map()));
      if (!keysOfF.has(f.codeKey)) keysOfF.set(f.codeKey, f);
      let keys = byKey.get(date);
      if (!keys) byKey.set(date, (keys = new Map()));
      const first = keys.get(c.codeKey);
      if (first === undefined) keys.set(c.codeKey, c);
      else duplicateOf.set(c, first);
    }
  }
  const cases = plan.cases;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
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
    const missed = missedDeadline(index, c);
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
    const firstCase = duplicateOf.size > 0 ? duplicateOf.get(c) : undefined;
    if (firstCase !== undefined && date !== undefined) {
      findings.push(
        makeFinding(
          "case-code-duplicate",
          c.cells.code,
          { date: formatIsoDate(date), first: firstCase.cells.code },
          date,
          code
        )
      );
    }
  }
  return findings;
}

/**
 * A hash of `c.codeKey` (FNV-1a over its characters, a small integer), made without making
 * the key when the code holds only ASCII and no personnummer: then the key is the code in
 * lower case, and A–Z are folded here. Equal keys give equal hashes.
 */
function codeKeyHash(c: Plan["cases"][number]): number {
  let text = c.code;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      text = c.codeKey;
      break;
    }
  }
  if (text === c.code && text.includes(REDACTED_PERSONNUMMER)) text = c.codeKey;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) ch += 32;
    h = Math.imul(h ^ ch, 16777619);
  }
  return h & 0x3fffffff;
}

/** True when the case was notified after its Ärendefrist (R7). */
export function isNotifiedLate(plan: Plan, c: Plan["cases"][number]): boolean {
  return missedDeadline(planIndex(plan), c) !== undefined;
}
