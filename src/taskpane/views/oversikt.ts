/**
 * Översikt: Att göra (what is due now, each item linking to the view where it is done) and
 * the deadline calculator (Frister för ett möte).
 */
import { buildTodo } from "../../core/planning";
import { clear, h } from "../dom";
import { renderDeadlineCalculator } from "../ui/deadlines";
import { renderTodo } from "../ui/todo-view";
import type { PaneState, ViewContext, ViewDefinition } from "./view";

function render(context: ViewContext) {
  const { t, lang, today } = context;
  const calculator = renderDeadlineCalculator(lang, today);
  const todoContent = h("div", { id: "todo-content" }, h("p", {}, t.todoReading));
  const todo = h(
    "section",
    { className: "card todo", id: "todo", "aria-labelledby": "todo-title" },
    h("h2", { id: "todo-title" }, t.todoTitle),
    todoContent
  );
  /** Opens a view; a link to Meddela lands on its copy button. */
  const open = (view: string, focus?: string): void => {
    context.open(view);
    if (focus) document.getElementById(focus)?.focus();
  };
  const show = (state: PaneState): void => {
    const result = state.result;
    if (!result) return;
    const s = result.model.settings;
    const made = buildTodo(result, today());
    clear(todoContent);
    todoContent.append(...renderTodo(made, lang, context.selectCell, open));
    calculator.useSettings(
      {
        caseDeadlineWorkdays: s.caseDeadlineDays,
        releaseDeadlineWorkdays: s.releaseDeadlineDays,
        closedDays: result.model.closedDays,
      },
      made.nextMeeting?.date
    );
  };
  return { element: h("div", { className: "view-body" }, todo, calculator.element), show };
}

export const oversiktView: ViewDefinition = {
  id: "oversikt",
  label: (t) => t.viewOversikt,
  when: "book",
  render,
};
