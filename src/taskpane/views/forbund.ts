/**
 * Förbund: the förbund's overview of all groups (issue 16 §3), reachable with or without a
 * planning book. The person chooses the groups' planning workbooks; the pane reads them
 * locally (forbund/xlsx.ts, a chunk of its own), writes Förbundsstatistik with its chart,
 * names every file it left out or found a personnummer in, and copies the rows as
 * tab-separated text (made in the click, from what was counted).
 */
import { copyAnswer, copyButton as makeCopyButton } from "./copy-parts";
import { redactPersonnummer } from "../../core/privacy/personnummer";
import { reasonOf } from "../actions";
import { copyText } from "../clipboard";
import { clear, h } from "../dom";
import type { ForbundOutcome } from "../forbund/action";
import type { ViewContext, ViewDefinition } from "./view";

function render(context: ViewContext) {
  const { lang, workbook, today } = context;
  const text = context.t.forbund;
  const input = h("input", {
    type: "file",
    id: "forbund-files",
    multiple: true,
    accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "aria-describedby": "forbund-chosen",
  });
  const chosen = h("p", { id: "forbund-chosen", className: "hint" }, text.chosen(0));
  input.addEventListener("change", () => {
    chosen.textContent = text.chosen(input.files?.length ?? 0);
  });
  const button = h(
    "button",
    { type: "button", id: "make-forbund", "aria-describedby": "forbund-rewritten" },
    text.button
  );
  const status = context.statusLine("forbund-status");
  button.setAttribute("data-status", status.id);
  const problemsTitle = h("h3", { id: "forbund-problems-title", hidden: true }, text.problemsTitle);
  const problems = h("ul", {
    id: "forbund-problems",
    className: "findings",
    "aria-labelledby": "forbund-problems-title",
    hidden: true,
  });
  /** The copy of the last counting (made with it), or undefined before one. */
  let counted: string | undefined;
  const copyButton = makeCopyButton("copy-forbund", "copy-forbund-hint", text.copyButton);
  const copyHint = h("p", { id: "copy-forbund-hint", className: "hint" }, text.copyNothing);
  const reply = copyAnswer(
    { status: "copy-forbund-status", fallback: "copy-forbund-fallback" },
    text.copyText
  );

  const showProblems = (outcome: ForbundOutcome | undefined): void => {
    clear(problems);
    const list = outcome?.statistics?.problems ?? [];
    for (const p of list)
      problems.append(
        h(
          "li",
          { className: p.leftOut ? "finding error" : "finding warning" },
          redactPersonnummer(p.message)
        )
      );
    problems.hidden = list.length === 0;
    problemsTitle.hidden = list.length === 0;
    if (outcome?.ok && list.length > 0) status.className = "status warning";
  };

  let last: ForbundOutcome | undefined;
  button.addEventListener("click", () => {
    const files = Array.from(input.files ?? []);
    context.run(
      button,
      status,
      async (): Promise<ForbundOutcome> => {
        last = undefined;
        // The action and the xlsx reader are one chunk, loaded on the first use.
        let action: typeof import("../forbund/action");
        try {
          action = await import(/* webpackChunkName: "xlsx-reader" */ "../forbund/action");
        } catch (e) {
          const message = text.readerFailed(reasonOf(e));
          return (last = { ok: false, message, findings: [], copyChoices: [] });
        }
        last = await action.makeForbundStatistics(workbook, files, { today: today(), lang });
        return last;
      },
      {
        writes: true,
        after: () => {
          showProblems(last);
          counted = last?.ok ? last.tsv : undefined;
          copyButton.disabled = counted === undefined;
          copyHint.hidden = counted !== undefined;
        },
      }
    );
  });

  copyButton.addEventListener("click", () => {
    if (counted === undefined) return;
    // Copied inside the click (clipboard.ts), from the counting in memory: no read is needed.
    const tsv = redactPersonnummer(counted);
    context.clearStatuses();
    void copyText(tsv).then((method) =>
      method === "manual"
        ? reply.show(text.copyManual, "warning", tsv)
        : reply.show(text.copied, "ok")
    );
  });

  const element = h(
    "section",
    { className: "card step", id: "step-forbund", "aria-labelledby": "step-forbund-title" },
    h("h2", { id: "step-forbund-title" }, text.title),
    h("p", { className: "hint" }, text.intro),
    h("p", { className: "hint" }, text.privacy),
    h("label", { for: "forbund-files" }, text.filesLabel),
    input,
    chosen,
    button,
    h("p", { id: "forbund-rewritten", className: "hint" }, text.rewritten),
    status,
    problemsTitle,
    problems,
    copyButton,
    copyHint,
    reply.status,
    reply.manualArea
  );
  return {
    element,
    reset: reply.reset,
  };
}

export const forbundView: ViewDefinition = {
  id: "forbund",
  label: (t) => t.viewForbund,
  when: "always",
  render,
};
