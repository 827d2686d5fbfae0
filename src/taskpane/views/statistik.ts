/**
 * Statistik: Skapa statistik (the Statistik sheet) and Kopiera statistik (one half-year or
 * meeting as text, made from the last read inside the click). `#statistics-chart` is the
 * slot for the chart of the chosen half-year (src/taskpane/charts/).
 */
import { copyAnswer, copyButton as makeCopyButton } from "./copy-parts";
import { redactPersonnummer } from "../../core/privacy/personnummer";
import { CopyChoice, runAction, statisticsClipboardText } from "../actions";
import { copyText } from "../clipboard";
import { chosenHalfYear, renderStatisticsChart } from "../charts/statistics-chart";
import { clear, h } from "../dom";
import type { PaneState, ViewContext, ViewDefinition } from "./view";

function render(context: ViewContext) {
  const { t, lang, workbook, today } = context;
  const statisticsButton = h(
    "button",
    { type: "button", id: "make-statistics" },
    t.statisticsButton
  );
  const statisticsStatus = context.statusLine("statistics-status");
  statisticsButton.setAttribute("data-status", statisticsStatus.id);
  statisticsButton.addEventListener("click", () =>
    context.run(
      statisticsButton,
      statisticsStatus,
      () => runAction(workbook, "statistics", { today: today(), lang, halfYear: chosen() }),
      { wrap: t.statisticsDone }
    )
  );
  let choices: readonly CopyChoice[] = [];
  /** The half-year of the charts: the copy choice's once the person picks one, else today's. */
  let picked = false;
  const chosen = () => {
    const row = picked ? choices.find((c) => c.id === copySelect.value)?.row : undefined;
    return chosenHalfYear(row, today());
  };
  const chartSlot = h("div", { id: "statistics-chart" });
  let shown: PaneState["result"];
  const showChart = (): void => {
    if (shown) renderStatisticsChart(chartSlot, shown.statistics, chosen(), lang);
  };
  const copySelect = h("select", { id: "copy-choice", disabled: true });
  const copyButton = makeCopyButton("copy-statistics", "copy-hint", t.copyButton);
  const copyHint = h("p", { id: "copy-hint", className: "hint" }, t.copyNothing);
  const reply = copyAnswer({ status: "copy-status", fallback: "copy-fallback" }, t.copyText);
  let previousLabel: string | undefined;
  const setChoices = (next: readonly CopyChoice[]): void => {
    const previous = copySelect.value;
    choices = next;
    clear(copySelect);
    for (const c of choices) copySelect.append(h("option", { value: c.id }, c.label));
    const something = choices.some((c) => c.row.cases > 0 || c.row.held > 0);
    copySelect.disabled = !something;
    copyButton.disabled = !something;
    copyHint.hidden = something;
    if (!something) return;
    // Default: the last meeting held, else the first meeting with cases.
    const held = choices.filter((c) => c.row.kind === "meeting" && c.row.held > 0);
    const withCases = choices.find((c) => c.row.kind === "meeting" && c.row.cases > 0);
    copySelect.value = choices.some((c) => c.id === previous && c.label === previousLabel)
      ? previous
      : (held[held.length - 1] ?? withCases ?? choices[0]).id;
    previousLabel = choices.find((c) => c.id === copySelect.value)?.label;
  };
  copySelect.addEventListener("change", () => {
    previousLabel = choices.find((c) => c.id === copySelect.value)?.label;
    picked = true;
    showChart();
  });
  copyButton.addEventListener("click", () =>
    context.whenCurrent(copyButton, reply.status, (unwatched) => {
      const choice = choices.find((c) => c.id === copySelect.value);
      if (!choice) return;
      // Made now, from the statistics in memory: the copy must start in the click, before any
      // await (clipboard.ts), and a status of an earlier copy must not stand meanwhile.
      const text = redactPersonnummer(statisticsClipboardText(choice.row, lang));
      const note = unwatched ? t.unwatchedNote : "";
      context.clearStatuses();
      void copyText(text).then((method) =>
        method === "manual"
          ? reply.show(t.copyManual + note, "warning", text)
          : reply.show(t.copied(choice.label) + note, unwatched ? "warning" : "ok")
      );
    })
  );
  const element = h(
    "section",
    { className: "card step", id: "step-statistics", "aria-labelledby": "step-statistics-title" },
    h("h2", { id: "step-statistics-title" }, t.statisticsTitle),
    h("p", { className: "hint" }, t.statisticsIntro),
    statisticsButton,
    statisticsStatus,
    chartSlot,
    h("label", { for: "copy-choice" }, t.copyChoice),
    copySelect,
    copyButton,
    copyHint,
    reply.status,
    reply.manualArea
  );
  return {
    element,
    show: (state: PaneState) => {
      if (state.result) setChoices(state.outcome.copyChoices);
      shown = state.result;
      showChart();
    },
    reset: reply.reset,
  };
}

export const statistikView: ViewDefinition = {
  id: "statistik",
  label: (t) => t.viewStatistik,
  when: "book",
  render,
};
