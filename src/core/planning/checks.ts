/**
 * Checks of a read plan (R6, R7 and consistency between the tables). Each finding names
 * the cell to fix. Problems of single cells (text dates, unknown values, personnummer)
 * are reported while reading, see read.ts.
 */
import { isWorkday } from "../calendar/workdays";
import { formatIsoDate } from "../dates/serial";
import { REDACTED_PERSONNUMMER } from "../privacy/personnummer";
import { makeFinding, shownCaseCode } from "./findings";
import { missedDeadline, planIndex, type PlanIndex } from "./plan-index";
import type { Finding, Plan } from "./types";

export function checkPlan(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const index = planIndex(plan);

  for (const m of plan.meetings) {
    if (!isWorkday(m.date, plan.closedDays)) {
      findings.push(
        makeFinding("meeting-not-workday", m.cell, { date: formatIsoDate(m.date) }, m.date)
      );
    }
  }

  const checks = new CaseChecks(plan, index, findings);
  const cases = plan.cases;
  for (let i = 0; i < cases.length; i++) checks.check(cases[i]);
  return findings;
}

type AnyCase = Plan["cases"][number];

/**
 * The checks of single cases, a method called per case (not the body of one loop over all
 * of them, whose optimised code V8 drops at the next collection; see read.ts, `CaseRows`).
 */
class CaseChecks {
  private readonly meetingDates: ReadonlySet<number>;
  private readonly duplicateOf: ReadonlyMap<AnyCase, AnyCase>;
  /** The ISO text of each date named, made once: most findings name a few dates many times. */
  private readonly isoTexts = new Map<number, string>();
  constructor(
    private readonly plan: Plan,
    private readonly index: PlanIndex,
    private readonly findings: Finding[]
  ) {
    this.meetingDates = index.meetingDates;
    this.duplicateOf = duplicateCodes(plan.cases);
  }
  /** `formatIsoDate(serial)`, made once per date. */
  private iso(serial: number): string {
    let text = this.isoTexts.get(serial);
    if (text === undefined) this.isoTexts.set(serial, (text = formatIsoDate(serial)));
    return text;
  }
  check(c: AnyCase): void {
    const date = c.meetingDate;
    // Every finding about a case names its code (when it has one that can be shown).
    const code = shownCaseCode(c.code);
    if (date !== undefined && this.plan.tables.meetings && !this.meetingDates.has(date)) {
      this.findings.push(
        makeFinding(
          "case-meeting-unknown",
          c.cells.meetingDate,
          { date: this.iso(date) },
          undefined,
          code
        )
      );
    }
    if (c.unit !== "" && c.unitIndex < 0 && this.plan.tables.units) {
      this.findings.push(
        makeFinding("case-unit-unknown", c.cells.unit, { unit: c.unit }, date, code)
      );
    }
    // R6: written consent before the case is raised. A "Nej" case is not raised (schedule.ts).
    if (c.consent === "no")
      this.findings.push(makeFinding("consent-no", c.cells.consent, {}, date, code));
    else if (c.consent === "blank" && this.plan.hasConsentColumn) {
      this.findings.push(makeFinding("consent-blank", c.cells.consent, {}, date, code));
    }
    // R7: notified at the latest Ärendefrist working days before the meeting.
    const missed = missedDeadline(this.index, c);
    if (missed !== undefined && c.notified !== undefined) {
      this.findings.push(
        makeFinding(
          "notified-late",
          c.cells.notified,
          { notified: this.iso(c.notified), deadline: this.iso(missed) },
          date,
          code
        )
      );
    }
    const firstCase = this.duplicateOf.size > 0 ? this.duplicateOf.get(c) : undefined;
    if (firstCase !== undefined && date !== undefined) {
      this.findings.push(
        makeFinding(
          "case-code-duplicate",
          c.cells.code,
          { date: this.iso(date), first: firstCase.cells.code },
          date,
          code
        )
      );
    }
  }
}

/**
 * Duplicate codes: case → the first case, in table order, at the same meeting
 * with the same code key. Compared before redaction: two codes holding different personnummer
 * differ. One pass in table order over an open-addressing table of case positions, keyed by a
 * hash of meeting and key: no key is made for most codes, and nothing per case is allocated.
 */
function duplicateCodes(all: readonly AnyCase[]): Map<AnyCase, AnyCase> {
  const table = new FirstCodes(all);
  for (let i = 0; i < all.length; i++) table.add(i);
  return table.duplicateOf;
}

/**
 * The open-addressing table of `duplicateCodes`; `add` is called per case (a method, for the
 * reason given at read.ts's `CaseRows`).
 */
class FirstCodes {
  readonly duplicateOf = new Map<AnyCase, AnyCase>();
  private readonly mask: number;
  /** The position of the first case of each (meeting, key) in the table, -1 for none. */
  private readonly first: Int32Array;
  private readonly hashes: Int32Array;
  constructor(private readonly all: readonly AnyCase[]) {
    let size = 16;
    while (size < all.length * 2) size *= 2;
    this.mask = size - 1;
    this.first = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
  }
  /** Files case `i`, or notes it as a duplicate of the first case with its meeting and key. */
  add(i: number): void {
    const c = this.all[i];
    const date = c.meetingDate;
    if (date === undefined || c.code === "") return;
    const h = (codeKeyHash(c) ^ Math.imul(date, 0x9e3779b1)) | 0;
    let slot = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const j = this.first[slot];
      if (j < 0) {
        this.first[slot] = i;
        this.hashes[slot] = h;
        return;
      }
      if (this.hashes[slot] === h) {
        const f = this.all[j];
        if (f.meetingDate === date && f.codeKey === c.codeKey) {
          this.duplicateOf.set(c, f);
          return;
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }
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

/**
 * One object of each class above kept for the module's life, for the reason given at read.ts's
 * `KEPT_SHAPES`.
 */
export const KEPT_CHECKS: readonly object[] = [
  new CaseChecks(
    { cases: [] } as unknown as Plan,
    { meetingDates: new Set() } as unknown as PlanIndex,
    []
  ),
  new FirstCodes([]),
];
