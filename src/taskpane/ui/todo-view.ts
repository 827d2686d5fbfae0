/**
 * Att göra in words: the core's `buildTodo` data (src/core/planning/todo.ts) as the pane
 * shows it. Case codes and cells are buttons that select the cell.
 */
import { formatMinutes } from "../../core/planning/values";
import { t as coreText } from "../../core/i18n";
import type { Todo, TodoCase, TodoDeadline } from "../../core/planning/todo";
import { h } from "../dom";
import { isoDate, longDate } from "../format";
import { Lang, strings } from "../i18n";

/** Selects a cell ("Ärenden!E7") in the workbook. */
export type SelectCell = (cell: string) => void;

/** Opens the view where a thing is done ("arenden", "meddela", …), focusing `focus` there. */
export type OpenView = (view: string, focus?: string) => void;

/** A link-styled button that opens the view where the thing is done. */
function viewLink(
  id: string,
  label: string,
  view: string,
  open: OpenView,
  focus?: string
): HTMLElement {
  const b = h(
    "button",
    { type: "button", id, className: "link view-link", "data-open": view },
    label
  );
  b.addEventListener("click", () => open(view, focus));
  return h("p", { className: "todo-go" }, b);
}

function deadlineText(d: TodoDeadline, lang: Lang): string {
  const t = strings(lang);
  const when =
    d.state === "passed"
      ? t.deadlinePassed
      : d.state === "today"
        ? t.deadlineToday
        : t.inWorkdays(d.workdaysLeft);
  return `${longDate(d.date, lang)} — ${when}`;
}

/** A list of cases, each a button that selects its cell. */
function caseList(
  label: string,
  cases: readonly (TodoCase & { readonly extra?: string })[],
  className: string,
  select: SelectCell,
  lang: Lang
): HTMLElement {
  const t = strings(lang);
  return h(
    "div",
    { className: `todo-cases ${className}` },
    h("p", { className: "todo-label" }, label),
    h(
      "ul",
      {},
      ...cases.map((c) => {
        const b = h(
          "button",
          { type: "button", className: "link", "data-cell": c.cell },
          `${c.code || t.noCode} (${c.cell})${c.extra ?? ""}`
        );
        b.addEventListener("click", () => select(c.cell));
        return h("li", {}, b);
      })
    )
  );
}

/** The contents of the Att göra section for `todo`. */
export function renderTodo(
  todo: Todo,
  lang: Lang,
  select: SelectCell,
  open: OpenView = () => undefined
): HTMLElement[] {
  const t = strings(lang);
  const out: HTMLElement[] = [];
  const next = todo.nextMeeting;
  if (!next) {
    out.push(
      h(
        "p",
        { id: "todo-next", className: "todo-none" },
        todo.meetings === 0 ? t.noMeetings : t.allMeetingsHeld
      )
    );
    if (todo.meetings > 0) out.push(viewLink("todo-go-next-term", t.todoGoNextTerm, "moten", open));
  } else {
    const details = [
      next.form ? coreText(`value.form.${next.form}`, lang) : "",
      next.location,
      t.meetingOf(next.nr, next.of),
      t.caseCount(next.caseCount),
    ].filter((x) => x !== "");
    out.push(
      h("h3", {}, t.nextMeeting),
      h(
        "p",
        { id: "todo-next", "data-date": isoDate(next.date) },
        h(
          "strong",
          {},
          `${longDate(next.date, lang)}${next.date === todo.today ? ` (${t.meetingToday})` : ""}, ${t.at(formatMinutes(next.startMinutes))}`
        ),
        h("br"),
        details.join(" · ")
      )
    );
    const rows: HTMLElement[] = [];
    if (next.caseDeadline)
      rows.push(
        h("dt", {}, t.todoCaseDeadline),
        h(
          "dd",
          {
            id: "todo-case-deadline",
            "data-date": isoDate(next.caseDeadline.date),
            "data-state": next.caseDeadline.state,
            className: next.caseDeadline.state,
          },
          deadlineText(next.caseDeadline, lang)
        )
      );
    if (next.releaseDeadline)
      rows.push(
        h("dt", {}, t.todoReleaseDeadline),
        h(
          "dd",
          {
            id: "todo-release-deadline",
            "data-date": isoDate(next.releaseDeadline.date),
            "data-state": next.releaseDeadline.state,
            className: next.releaseDeadline.state,
          },
          deadlineText(next.releaseDeadline, lang)
        )
      );
    if (rows.length > 0) out.push(h("dl", { className: "todo-deadlines" }, ...rows));
    out.push(
      h(
        "p",
        { id: "todo-release" },
        next.released.length > 0 && next.releaseDeadline
          ? t.release(next.released, longDate(next.releaseDeadline.date, lang))
          : next.released.length > 0
            ? t.release(next.released, "—")
            : t.releaseNone
      )
    );
    out.push(
      next.released.length > 0
        ? viewLink("todo-go-release", t.todoGoRelease, "meddela", open, "copy-release")
        : viewLink("todo-go-messages", t.todoGoMessages, "meddela", open, "copy-kallelse")
    );
    const refused = next.withoutConsent.filter((c) => c.consent === "no");
    const blank = next.withoutConsent.filter((c) => c.consent !== "no");
    if (refused.length > 0) out.push(caseList(t.consentNo, refused, "error", select, lang));
    if (blank.length > 0) out.push(caseList(t.consentMissing, blank, "warning", select, lang));
    if (next.notifiedLate.length > 0)
      out.push(
        caseList(
          t.notifiedLate,
          next.notifiedLate.map((c) => ({ ...c, extra: `, ${isoDate(c.notified)}` })),
          "warning",
          select,
          lang
        )
      );
    if (next.withoutConsent.length > 0 || next.notifiedLate.length > 0)
      out.push(viewLink("todo-go-cases", t.todoGoConsent, "arenden", open));
  }
  const f = todo.followUp;
  const month = f.month === 6 ? t.month6(f.year) : t.month12(f.year);
  out.push(
    h("h3", {}, t.followUpTitle),
    h(
      "p",
      { id: "todo-follow-up" },
      f.meetings === 0 ? t.followUpNone(month) : t.followUp(month, f.held, f.meetings, f.cases)
    ),
    viewLink("todo-go-statistics", t.todoGoStatistics, "statistik", open)
  );
  if (todo.missingOutcomes.length === 0) {
    if (todo.held > 0) out.push(h("p", { id: "todo-outcomes" }, t.outcomesComplete));
  } else {
    const box = h("div", { id: "todo-outcomes", className: "todo-cases warning" });
    box.append(h("p", { className: "todo-label" }, t.outcomesMissing));
    for (const m of todo.missingOutcomes) {
      box.append(caseList(t.outcomesMeeting(m.nr, isoDate(m.date)), m.cases, "", select, lang));
    }
    box.append(viewLink("todo-go-outcomes", t.todoGoOutcomes, "arenden", open));
    out.push(box);
  }
  return out;
}
