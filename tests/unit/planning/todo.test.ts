/**
 * Att göra (src/core/planning/todo.ts): the next meeting, its deadlines with the working days
 * left on the book's own calendar, what to release, the cases to follow up, the next
 * statistics follow-up and the held meetings lacking outcomes. Dates are pinned.
 */
import { strict as assert } from "assert";
import { isWorkday } from "../../../src/core/calendar/workdays";
import {
  buildTodo,
  deadlineStatus,
  plan,
  SAMPLE_TODAY,
  sampleWorkbook,
  type CellValue,
  type PlanningInput,
} from "../../../src/core/planning";
import {
  CASES_HEADER,
  d,
  grid,
  hm,
  MEETINGS_HEADER,
  SETTINGS_HEADER,
  UNITS_HEADER,
} from "./helpers";
import { iso } from "../../helpers/dates";

const UNITS: CellValue[][] = [
  ["Habo kommun", "Kommun", null, null, null],
  ["Habo VC", "Region", null, null, null],
  ["Jönköpings VC", "Region", null, null, null],
  ["Arbetsförmedlingen", "AF", null, null, null],
];

/** A book with `settings`, closed days, meetings and cases as given. */
function book(options: {
  settings?: CellValue[];
  closed?: number[];
  meetings: CellValue[][];
  cases?: CellValue[][];
}): PlanningInput {
  return {
    settings: grid("Inställningar", SETTINGS_HEADER, [
      options.settings ?? ["VerkSam Habo", hm(9), 6, 6, 5, 20],
    ]),
    closedDays: grid(
      "Stängda dagar",
      ["Datum", "Beskrivning"],
      (options.closed ?? []).map((c) => [c, "Planeringsdag"])
    ),
    units: grid("Enheter", UNITS_HEADER, UNITS),
    meetings: grid(
      "Möten",
      MEETINGS_HEADER,
      options.meetings.map((m) => [...m, ...Array(7 - m.length).fill(null)])
    ),
    cases: grid("Ärenden", CASES_HEADER, options.cases ?? []),
  };
}

function todoOf(input: PlanningInput, today: number) {
  return buildTodo(plan(input, { today, lang: "sv" }), today);
}

describe("planning/todo: Att göra", () => {
  describe("deadlineStatus", () => {
    it("counts the working days after today up to the deadline, skipping weekends", () => {
      // Thursday 2025-11-20 → Tuesday 2025-11-25: Fri, Mon, Tue.
      assert.deepEqual(deadlineStatus(d("2025-11-25"), d("2025-11-20"), new Set()), {
        date: d("2025-11-25"),
        state: "upcoming",
        workdaysLeft: 3,
      });
      // Friday → Monday is one working day.
      assert.equal(deadlineStatus(d("2025-11-24"), d("2025-11-21"), new Set()).workdaysLeft, 1);
      // From a Saturday to the Monday after: one.
      assert.equal(deadlineStatus(d("2025-11-24"), d("2025-11-22"), new Set()).workdaysLeft, 1);
    });

    it("says today and passed", () => {
      assert.deepEqual(deadlineStatus(d("2025-11-20"), d("2025-11-20"), new Set()), {
        date: d("2025-11-20"),
        state: "today",
        workdaysLeft: 0,
      });
      assert.deepEqual(deadlineStatus(d("2025-11-19"), d("2025-11-20"), new Set()), {
        date: d("2025-11-19"),
        state: "passed",
        workdaysLeft: 0,
      });
    });

    it("skips holidays, closed eves and the book's own closed days", () => {
      // Over Easter 2025: Thursday 17 April → Wednesday 23 April. Långfredagen (18) and
      // annandag påsk (21) are holidays: Tue 22, Wed 23.
      assert.equal(deadlineStatus(d("2025-04-23"), d("2025-04-17"), new Set()).workdaysLeft, 2);
      // Over Christmas 2025: Monday 22 December → Monday 29 December: 23 (24–26 closed), 29.
      assert.equal(deadlineStatus(d("2025-12-29"), d("2025-12-22"), new Set()).workdaysLeft, 2);
      // A closed day (klämdag) is not counted either.
      assert.equal(
        deadlineStatus(d("2025-05-05"), d("2025-04-30"), new Set([d("2025-05-02")])).workdaysLeft,
        1
      );
    });
  });

  it("the next meeting: date, weekday, time, form, place, both deadlines from Inställningar and Stängda dagar", () => {
    const input = book({
      // Ärendefrist 8 and Frigörandefrist 3 working days, start 13:30.
      settings: ["VerkSam Habo", hm(13, 30), 6, 8, 3, 20],
      // A planning day in the week before the meeting.
      closed: [d("2026-01-12")],
      meetings: [
        [d("2025-12-02"), null, "Fysiskt", "Habo kommunhus"],
        [d("2026-01-15"), hm(10), "Digitalt", null],
      ],
    });
    const todo = todoOf(input, d("2025-12-10"));
    const next = todo.nextMeeting!;
    assert.equal(iso(next.date), "2026-01-15");
    assert.equal(next.nr, 2);
    assert.equal(next.of, 2);
    assert.equal(next.weekday, 4); // Thursday
    assert.equal(next.startMinutes, 600);
    assert.equal(next.form, "Digitalt");
    assert.equal(next.location, "");
    // 8 working days before Thursday 15 January 2026: 14, 13 (12 is closed), 9, 8, 7 (6 is
    // trettondedag jul), 5, 2 (1 January and nyårsafton are closed), 30 December.
    assert.equal(iso(next.caseDeadline!.date), "2025-12-30");
    assert.equal(next.caseDeadline!.state, "upcoming");
    // From Wednesday 10 December: 11, 12, 15–19, 22, 23, 29, 30 (24–26 closed) = 11.
    assert.equal(next.caseDeadline!.workdaysLeft, 11);
    // 3 working days before: 14, 13, 9 January.
    assert.equal(iso(next.releaseDeadline!.date), "2026-01-09");
    assert.equal(next.releaseDeadline!.workdaysLeft, 16);
  });

  it("a meeting today is the next meeting, with both deadlines passed", () => {
    const todo = todoOf(book({ meetings: [[d("2025-11-18")]] }), d("2025-11-18"));
    assert.equal(iso(todo.nextMeeting!.date), "2025-11-18");
    assert.equal(todo.nextMeeting!.caseDeadline!.state, "passed");
    assert.equal(todo.nextMeeting!.releaseDeadline!.state, "passed");
  });

  it("on the deadline day itself: i dag", () => {
    // 6 working days before Tuesday 2025-11-18 is Monday 2025-11-10.
    const todo = todoOf(book({ meetings: [[d("2025-11-18")]] }), d("2025-11-10"));
    assert.deepEqual(todo.nextMeeting!.caseDeadline, {
      date: d("2025-11-10"),
      state: "today",
      workdaysLeft: 0,
    });
    assert.equal(todo.nextMeeting!.releaseDeadline!.state, "upcoming");
    assert.equal(todo.nextMeeting!.releaseDeadline!.workdaysLeft, 1);
  });

  it("no next meeting when every meeting is past, none when Möten is empty", () => {
    const past = todoOf(book({ meetings: [[d("2025-08-26")]] }), d("2025-11-20"));
    assert.equal(past.nextMeeting, undefined);
    assert.equal(past.meetings, 1);
    const none = todoOf(book({ meetings: [] }), d("2025-11-20"));
    assert.equal(none.nextMeeting, undefined);
    assert.equal(none.meetings, 0);
  });

  it("the units to release, the cases without consent and the cases notified late at that meeting", () => {
    const meeting = d("2025-12-09"); // Tuesday; Ärendefrist Monday 2025-12-01
    const input = book({
      meetings: [[meeting, null, "Fysiskt", "Rum 1"]],
      cases: [
        [meeting, "H-1", "Kommun", "Habo VC", "Ja", d("2025-11-28"), null, null, null],
        [meeting, "H-2", "Region", "Habo VC", "", d("2025-12-01"), null, null, null],
        [meeting, "H-3", "Kommun", "Habo VC", "Ja", d("2025-12-02"), null, null, null],
        [meeting, "H-4", "Kommun", "Habo VC", "Nej", d("2025-11-20"), null, null, null],
        // Another meeting's case is not listed.
        [d("2026-01-13"), "H-5", "Kommun", "Habo VC", "", null, null, null, null],
      ],
    });
    const next = todoOf(input, d("2025-11-24")).nextMeeting!;
    assert.deepEqual(next.released, ["Jönköpings VC"]);
    assert.deepEqual(next.withoutConsent, [
      { code: "H-2", cell: "Ärenden!E3", consent: "blank" },
      { code: "H-4", cell: "Ärenden!E5", consent: "no" },
    ]);
    assert.deepEqual(next.notifiedLate, [
      { code: "H-3", cell: "Ärenden!F4", notified: d("2025-12-02") },
    ]);
  });

  it("the next follow-up is June in the spring and December in the autumn", () => {
    const input = book({
      meetings: [[d("2026-01-15")], [d("2026-02-26")], [d("2026-08-20")]],
      cases: [
        [d("2026-01-15"), "A", "Kommun", "Habo VC", "Ja", d("2026-01-02"), null, "SIP", null],
      ],
    });
    const spring = todoOf(input, d("2026-02-01")).followUp;
    assert.deepEqual(
      { ...spring },
      { year: 2026, half: 1, month: 6, meetings: 2, held: 1, cases: spring.cases }
    );
    const autumn = todoOf(input, d("2026-09-01")).followUp;
    assert.deepEqual(
      { year: autumn.year, month: autumn.month, meetings: autumn.meetings, held: autumn.held },
      { year: 2026, month: 12, meetings: 1, held: 1 }
    );
  });

  it("the held meetings whose cases lack an outcome, not the planned ones nor a case without consent", () => {
    const input = book({
      meetings: [[d("2025-10-07")], [d("2025-11-18")], [d("2025-12-30")]],
      cases: [
        [d("2025-10-07"), "A", "Kommun", "Habo VC", "Ja", d("2025-09-20"), null, "SIP", null],
        [d("2025-10-07"), "B", "Kommun", "Habo VC", "Ja", d("2025-09-20"), null, null, null],
        [d("2025-11-18"), "C", "Kommun", "Habo VC", "Nej", d("2025-11-01"), null, null, null],
        [d("2025-12-30"), "D", "Kommun", "Habo VC", "Ja", d("2025-12-01"), null, null, null],
      ],
    });
    const todo = todoOf(input, d("2025-11-20"));
    assert.deepEqual(todo.missingOutcomes, [
      { nr: 1, date: d("2025-10-07"), cases: [{ code: "B", cell: "Ärenden!H3" }] },
    ]);
  });

  it("the sample on its fixed today: meeting 4 on 2025-12-30, deadlines over Christmas", () => {
    const result = plan(sampleWorkbook("sv"), { today: SAMPLE_TODAY, lang: "sv" });
    const todo = buildTodo(result, SAMPLE_TODAY);
    const next = todo.nextMeeting!;
    assert.equal(iso(next.date), "2025-12-30");
    assert.equal(next.nr, 4);
    assert.equal(next.form, "Digitalt");
    // Six working days before Tuesday 30 December 2025, 24–26 December being closed.
    assert.equal(iso(next.caseDeadline!.date), "2025-12-17");
    assert.equal(iso(next.releaseDeadline!.date), "2025-12-18");
    // The working days from Thursday 20 November, counted independently.
    let left = 0;
    for (let s = SAMPLE_TODAY + 1; s <= d("2025-12-17"); s++) if (isWorkday(s)) left++;
    assert.equal(next.caseDeadline!.workdaysLeft, left);
    assert.equal(left, 19);
    assert.deepEqual(next.released, result.schedule[3].released);
    assert.equal(todo.followUp.month, 12);
    assert.equal(todo.followUp.year, 2025);
    assert.equal(todo.followUp.held, 3);
    // Meeting 2's case J2-25-016 has no outcome.
    assert.deepEqual(
      todo.missingOutcomes.map((m) => [m.nr, m.cases.map((c) => c.code)]),
      [[2, ["J2-25-016"]]]
    );
  });
});
