/**
 * Möten: Skapa mötesschema (Mötesschema and Dagordning) and Lägg till nästa termin
 * (proposed from the last read; confirm, then add the rows to Möten).
 */
import { runAction, addNextTerm, proposeNextTerm } from "../actions";
import { renderConfirm } from "../confirm";
import { clear, h } from "../dom";
import { isoDate, longDate } from "../format";
import type { ViewContext, ViewDefinition } from "./view";

function render(context: ViewContext) {
  const { t, lang, workbook, today } = context;
  // ---- Mötesschema ----
  const scheduleButton = h("button", { type: "button", id: "make-schedule" }, t.scheduleButton);
  const scheduleStatus = context.statusLine("schedule-status");
  scheduleButton.setAttribute("data-status", scheduleStatus.id);
  scheduleButton.addEventListener("click", () =>
    context.run(
      scheduleButton,
      scheduleStatus,
      () => runAction(workbook, "schedule", { today: today(), lang }),
      { wrap: t.scheduleDone }
    )
  );
  const schedule = h(
    "section",
    { className: "card step", id: "step-schedule", "aria-labelledby": "step-schedule-title" },
    h("h2", { id: "step-schedule-title" }, t.scheduleTitle),
    h("p", { className: "hint" }, t.scheduleIntro),
    scheduleButton,
    scheduleStatus
  );

  // ---- Nästa termin ----
  const nextTermButton = h("button", { type: "button", id: "next-term" }, t.nextTermButton);
  const nextTermStatus = context.statusLine("next-term-status");
  const nextTermTitle = h("h3", { id: "next-term-confirm-title" });
  const nextTermList = h("ul", { id: "next-term-dates" });
  const confirm = renderConfirm<readonly number[]>({
    id: "next-term-confirm",
    trigger: nextTermButton,
    title: nextTermTitle,
    content: [
      nextTermList,
      h("p", { className: "confirm-undo" }, t.nextTermUndo(workbook.undo ?? "none")),
    ],
    yes: { id: "next-term-yes", label: t.nextTermYes },
    no: { id: "next-term-no", label: t.nextTermNo },
    focus: "title",
    act: (expected, yes) =>
      context.run(
        yes,
        nextTermStatus,
        () => addNextTerm(workbook, { today: today(), lang, expected }),
        {
          writes: true,
          after: () => {
            confirm.close();
            nextTermStatus.focus();
          },
        }
      ),
  });
  confirm.yes.setAttribute("data-status", nextTermStatus.id);
  /** Shows the dates Lägg till nästa termin would add, proposed from the (current) last read. */
  const propose = (): void => {
    context.clearStatuses();
    const last = context.lastResult();
    if (!last) return;
    // Proposed from the last read; the action reads once more and writes only these dates.
    const proposal = proposeNextTerm(last.model, today(), lang);
    if (!proposal.ok) {
      context.setStatus(nextTermStatus, proposal.message, "warning");
      return;
    }
    nextTermTitle.textContent = t.nextTermConfirmTitle(proposal.label, proposal.dates.length);
    clear(nextTermList);
    nextTermList.append(
      ...proposal.dates.map((d) => h("li", { "data-date": isoDate(d) }, longDate(d, lang)))
    );
    confirm.ask(proposal.dates);
  };
  nextTermButton.addEventListener("click", () => {
    if (!context.lastResult()) {
      context.clearStatuses();
      context.setStatus(nextTermStatus, t.nextTermNothingRead, "error");
      return;
    }
    context.whenCurrent(nextTermButton, nextTermStatus, propose);
  });
  const nextTerm = h(
    "section",
    { className: "card step", id: "step-next-term", "aria-labelledby": "step-next-term-title" },
    h("h2", { id: "step-next-term-title" }, t.nextTermTitle),
    h("p", { className: "hint" }, t.nextTermIntro),
    nextTermButton,
    confirm.element,
    nextTermStatus
  );
  return { element: h("div", { className: "view-body" }, schedule, nextTerm) };
}

export const motenView: ViewDefinition = {
  id: "moten",
  label: (t) => t.viewMoten,
  when: "book",
  render,
};
