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

  const duplicateOf = duplicateCodes(plan.cases);
  /** The ISO text of each date named, made once: most findings name a few dates many times. */
  const isoTexts = new Map<number, string>();
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
          { date: isoText(isoTexts, date) },
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
          { notified: isoText(isoTexts, c.notified), deadline: isoText(isoTexts, missed) },
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
          { date: isoText(isoTexts, date), first: firstCase.cells.code },
          date,
          code
        )
      );
    }
  }
  return findings;
}

type AnyCase = Plan["cases"][number];

/** `formatIsoDate(serial)`, kept in `texts`. */
function isoText(texts: Map<number, string>, serial: number): string {
  let text = texts.get(serial);
  if (text === undefined) texts.set(serial, (text = formatIsoDate(serial)));
  return text;
}

/**
 * Duplicate codes: case → the first case, in table order, at the same meeting
 * with the same code key. Compared before redaction: two codes holding different personnummer
 * differ. One pass in table order over an open-addressing table of case positions, keyed by a
 * hash of meeting and key: no key is made for most codes, and nothing per case is allocated.
 */
function duplicateCodes(all: readonly AnyCase[]): Map<AnyCase, AnyCase> {
  const duplicateOf = new Map<AnyCase, AnyCase>();
  let size = 16;
  while (size < all.length * 2) size *= 2;
  const mask = size - 1;
  /** The position of the first case of each (meeting, key) in the table, -1 for none. */
  const first = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(size);
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    const date = c.meetingDate;
    if (date === undefined || c.code === "") continue;
    const h = (codeKeyHash(c) ^ Math.imul(date, 0x9e3779b1)) | 0;
    let slot = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const j = first[slot];
      if (j < 0) {
        first[slot] = i;
        hashes[slot] = h;
        break;
      }
      if (hashes[slot] === h) {
        const f = all[j];
        if (f.meetingDate === date && f.codeKey === c.codeKey) {
          duplicateOf.set(c, f);
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
  return duplicateOf;
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
