/**
 * What the checks, the schedule, the agenda and the statistics all need of a plan, made once
 * per plan and shared: the cases of each meeting date (all of them, and those that may be
 * raised), each meeting's cases grouped by unit (R5), and the Ärendefrist of each date (R7),
 * computed once per date instead of once per case. Made on first use and kept with the plan
 * (a plan is read-only data); a plan whose parts were replaced gets a new one.
 */
import { caseDeadline } from "./deadlines";
import type { Case, Plan } from "./types";

/** The cases of one unit at one meeting. `name` is "" for cases without a unit. */
export interface UnitGroup {
  readonly name: string;
  /** Index into `Plan.units`, or -1 for a unit that is not in Enheter (or blank). */
  readonly unitIndex: number;
  readonly cases: readonly Case[];
}

export interface PlanIndex {
  /** The dates of Möten. */
  readonly meetingDates: ReadonlySet<number>;
  /** Every case with a valid meeting date, per date, in table order. */
  readonly all: ReadonlyMap<number, readonly Case[]>;
  /** The cases that may be raised (Samtycke not "Nej"), per date, in table order. */
  readonly raised: ReadonlyMap<number, readonly Case[]>;
  /** The raised cases of a date grouped by unit (R5 order), made once per date. */
  groups(date: number): readonly UnitGroup[];
  /** The Ärendefrist of a meeting date (undefined outside the calendar), made once per date. */
  caseDeadline(date: number): number | undefined;
}

interface Entry {
  readonly cases: readonly Case[];
  readonly count: number;
  readonly meetings: Plan["meetings"];
  readonly units: Plan["units"];
  readonly settings: Plan["settings"];
  readonly closedDays: Plan["closedDays"];
  readonly index: PlanIndex;
}

const INDEXES = new WeakMap<Plan, Entry>();

/** The shared index of `plan` (made now if the plan has none yet, or its parts changed). */
export function planIndex(plan: Plan): PlanIndex {
  const entry = INDEXES.get(plan);
  if (
    entry &&
    entry.cases === plan.cases &&
    entry.count === plan.cases.length &&
    entry.meetings === plan.meetings &&
    entry.units === plan.units &&
    entry.settings === plan.settings &&
    entry.closedDays === plan.closedDays
  )
    return entry.index;
  const index = makeIndex(plan);
  INDEXES.set(plan, {
    cases: plan.cases,
    count: plan.cases.length,
    meetings: plan.meetings,
    units: plan.units,
    settings: plan.settings,
    closedDays: plan.closedDays,
    index,
  });
  return index;
}

/**
 * The cases grouped by unit (R5): units of Enheter in table order, then units not in
 * Enheter (and blank units) in order of first appearance.
 */
export function unitGroups(plan: Plan, cases: readonly Case[]): UnitGroup[] {
  const grouping: Grouping = { known: [], unknown: new Map() };
  for (let i = 0; i < cases.length; i++) fileInGrouping(grouping, cases[i]);
  return groupsOf(plan, grouping);
}

/** The case's Ärendefrist (R7) when it was notified after it, else undefined. */
export function missedDeadline(index: PlanIndex, c: Case): number | undefined {
  if (c.meetingDate === undefined || c.notified === undefined) return undefined;
  const deadline = index.caseDeadline(c.meetingDate);
  return deadline !== undefined && c.notified > deadline ? deadline : undefined;
}

/**
 * A date's raised cases grouped by unit as they are met in table order: Enheter's units by
 * their index, the others (and blank units) by key in order of first appearance.
 */
interface Grouping {
  readonly known: (Case[] | undefined)[];
  readonly unknown: Map<string, { readonly name: string; readonly cases: Case[] }>;
}

/** What the table-order pass files under one date. */
interface DateFile {
  readonly all: Case[];
  /** The cases that may be raised, and their grouping by unit; undefined until there is one. */
  raised: Case[] | undefined;
  grouping: Grouping | undefined;
}

/** The groups of a grouping in R5 order: Enheter's units in table order, then the others. */
function groupsOf(plan: Plan, grouping: Grouping | undefined): UnitGroup[] {
  const groups: UnitGroup[] = [];
  if (!grouping) return groups;
  for (let i = 0; i < plan.units.length; i++) {
    const u = plan.units[i];
    const list = grouping.known[u.index];
    if (list) groups.push({ name: u.name, unitIndex: u.index, cases: list });
  }
  grouping.unknown.forEach((g) => groups.push({ name: g.name, unitIndex: -1, cases: g.cases }));
  return groups;
}

/**
 * Files one case under its date (and, when it may be raised, its date's unit). A function
 * called per case, not the body of one loop over all of them: see read.ts, `CaseRows`.
 */
function fileCase(files: Map<number, DateFile>, raisedOrder: number[], c: Case): void {
  const date = c.meetingDate;
  if (date === undefined) return;
  let file = files.get(date);
  if (!file) files.set(date, (file = { all: [], raised: undefined, grouping: undefined }));
  file.all.push(c);
  // R6: a case with Samtycke "Nej" may not be raised (schedule.ts, `mayBeRaised`).
  if (c.consent === "no") return;
  let raised = file.raised;
  let grouping = file.grouping;
  if (!raised || !grouping) {
    file.raised = raised = [];
    file.grouping = grouping = { known: [], unknown: new Map() };
    raisedOrder.push(date);
  }
  raised.push(c);
  fileInGrouping(grouping, c);
}

/** Files a case under its unit: an Enheter unit by index, any other by key. */
function fileInGrouping(grouping: Grouping, c: Case): void {
  if (c.unitIndex >= 0) {
    const known = grouping.known[c.unitIndex];
    if (known) known.push(c);
    else grouping.known[c.unitIndex] = [c];
  } else {
    const g = grouping.unknown.get(c.unitKey);
    if (g) g.cases.push(c);
    else grouping.unknown.set(c.unitKey, { name: c.unit, cases: [c] });
  }
}

/**
 * One pass over the cases in table order (the order they lie in memory): each case is
 * filed under its date, and, when it may be raised, under its date's unit; the groups are
 * put in R5 order when first asked for, without visiting a case again.
 */
function makeIndex(plan: Plan): PlanIndex {
  const meetingDates = new Set<number>();
  for (let i = 0; i < plan.meetings.length; i++) meetingDates.add(plan.meetings[i].date);
  // One lookup per case: everything filed under a date sits in one record.
  const files = new Map<number, DateFile>();
  /** The dates in the order of their first case that may be raised. */
  const raisedOrder: number[] = [];
  const cases = plan.cases;
  for (let i = 0; i < cases.length; i++) fileCase(files, raisedOrder, cases[i]);
  const all = new Map<number, Case[]>();
  files.forEach((file, date) => all.set(date, file.all));
  const raised = new Map<number, Case[]>();
  const groupings = new Map<number, Grouping>();
  for (let i = 0; i < raisedOrder.length; i++) {
    const file = files.get(raisedOrder[i]) as DateFile;
    raised.set(raisedOrder[i], file.raised as Case[]);
    groupings.set(raisedOrder[i], file.grouping as Grouping);
  }
  return new SharedIndex(plan, meetingDates, all, raised, groupings);
}

/** `PlanIndex` (a class: see `KEPT_INDEX`). */
class SharedIndex implements PlanIndex {
  private readonly groupsByDate = new Map<number, readonly UnitGroup[]>();
  private readonly deadlines = new Map<number, number | undefined>();
  constructor(
    private readonly plan: Plan,
    readonly meetingDates: ReadonlySet<number>,
    readonly all: ReadonlyMap<number, readonly Case[]>,
    readonly raised: ReadonlyMap<number, readonly Case[]>,
    private readonly groupings: ReadonlyMap<number, Grouping>
  ) {}
  groups(date: number): readonly UnitGroup[] {
    let groups = this.groupsByDate.get(date);
    if (!groups)
      this.groupsByDate.set(date, (groups = groupsOf(this.plan, this.groupings.get(date))));
    return groups;
  }
  caseDeadline(date: number): number | undefined {
    if (this.deadlines.has(date)) return this.deadlines.get(date);
    const deadline = caseDeadline(date, this.plan.settings, this.plan.closedDays);
    this.deadlines.set(date, deadline);
    return deadline;
  }
}

/**
 * One index kept for the module's life: V8 throws away optimised code that depends on an
 * object layout once no object of it is left, and an index lives only as long as its plan
 * (see read.ts, `KEPT_SHAPES`).
 */
export const KEPT_INDEX: object = new SharedIndex(
  {} as Plan,
  new Set(),
  new Map(),
  new Map(),
  new Map()
);
