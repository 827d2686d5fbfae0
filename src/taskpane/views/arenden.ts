/**
 * Ärenden: Kontrollera (the checks of the planning sheet against the routine), the findings
 * (each selecting its cell), and the offer to put back the Möten formulas (confirm, then write).
 */
import { FormulaRepair, oneLineResult, PlanningResult } from "../../core/planning";
import { redactPersonnummer } from "../../core/privacy/personnummer";
import { refillMeetingFormulas, ShownFinding, splitCellReference } from "../actions";
import { renderConfirm } from "../confirm";
import { clear, h } from "../dom";
import { worstSeverity } from "../runner";
import type { PaneState, ViewContext, ViewDefinition } from "./view";

function render(context: ViewContext) {
  const { t, lang, workbook, today } = context;
  const undo = workbook.undo ?? "none";
  const checkButton = h(
    "button",
    { type: "button", id: "run-checks", className: "secondary" },
    t.checkButton
  );
  const checkStatus = context.statusLine("check-status");
  checkButton.setAttribute("data-status", checkStatus.id);
  checkButton.addEventListener("click", () => context.read(checkButton, checkStatus));
  const findingsSummary = h("p", { id: "findings-summary", className: "findings-summary" });
  const findingsList = h("ul", { id: "findings", className: "findings" });

  // Kontroller's offer to put back the Möten formulas (empty, typed over, or outdated).
  const refillButton = h("button", {
    type: "button",
    id: "refill-formulas",
    className: "secondary",
  });
  const refillQuestion = h("p", { id: "refill-question", className: "message warning" });
  const refill = renderConfirm<true>({
    id: "refill-confirm",
    trigger: refillButton,
    title: refillQuestion,
    content: [],
    yes: { id: "refill-yes", label: t.refillYes },
    no: { id: "refill-no", label: t.refillNo },
    focus: "yes",
    act: (_, yes) =>
      context.run(yes, checkStatus, () => refillMeetingFormulas(workbook, lang, today()), {
        writes: true,
      }),
  });
  refill.yes.setAttribute("data-status", checkStatus.id);
  refillButton.addEventListener("click", () => refill.ask(true));
  const refillBox = h("div", { id: "refill", hidden: true }, refillButton, refill.element);

  /** The Möten formula cells to refill, as warnings that select their cell. */
  const repairFindings = (repairs: readonly FormulaRepair[]): ShownFinding[] =>
    repairs.flatMap((r) =>
      r.rows.map((x) => ({
        severity: "warning" as const,
        text: t.formulaProblem(x.cell, r.column, x.problem),
        target: splitCellReference(x.cell),
      }))
    );

  const showRepairs = (repairs: readonly FormulaRepair[]): void => {
    const cells = repairs.flatMap((r) => r.rows.map((x) => x.cell));
    refillBox.hidden = cells.length === 0;
    refill.close();
    refillButton.textContent = t.refillButton(cells.length);
    refillQuestion.textContent = t.refillConfirm(cells.join(", "), undo);
  };

  const showFindings = (findings: readonly ShownFinding[], result: PlanningResult): void => {
    clear(findingsList);
    const worst = worstSeverity(findings);
    findingsSummary.className = `findings-summary ${worst}`;
    findingsSummary.textContent =
      findings.length === 0
        ? t.noFindings
        : oneLineResult(
            {
              ...result.summary,
              errors: findings.filter((f) => f.severity === "error").length,
              warnings: findings.filter((f) => f.severity === "warning").length,
            },
            lang
          );
    for (const f of findings) {
      const item = h(
        "li",
        { className: f.severity },
        h(
          "strong",
          { className: "severity" },
          f.severity === "error" ? t.errorLabel : t.warningLabel
        ),
        " "
      );
      const target = f.target;
      if (target) {
        const cell = `${target.sheet}!${target.address}`;
        const link = h(
          "button",
          { type: "button", className: "link", title: t.showCell(cell) },
          redactPersonnummer(f.text)
        );
        link.addEventListener("click", () => context.selectCell(cell));
        item.append(link);
      } else {
        item.append(redactPersonnummer(f.text));
      }
      findingsList.append(item);
    }
  };

  const show = (state: PaneState): void => {
    const result = state.result;
    if (!result) return;
    const repairs = state.outcome.repairs ?? result.repairs;
    showFindings([...state.outcome.findings, ...repairFindings(repairs)], result);
    showRepairs(repairs);
  };

  const element = h(
    "section",
    { className: "card step", id: "step-cases", "aria-labelledby": "step-cases-title" },
    h("h2", { id: "step-cases-title" }, t.casesTitle),
    h("p", { className: "hint" }, t.casesIntro),
    checkButton,
    checkStatus,
    h(
      "div",
      { className: "checks", role: "group", "aria-labelledby": "checks-title" },
      h("h3", { id: "checks-title" }, t.checksTitle),
      findingsSummary,
      findingsList,
      refillBox
    )
  );
  return { element, show };
}

export const arendenView: ViewDefinition = {
  id: "arenden",
  label: (t) => t.viewArenden,
  when: "book",
  render,
};
