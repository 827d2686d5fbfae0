/**
 * Kopiera kallelser and Kopiera dagordning follow the workbook as it is now: each first reads
 * it (one read, as Kontrollera; the pane's whole answer is updated with it), then shows the
 * text, selected, with a Kopiera button. Where the Clipboard API may write (Excel on Windows,
 * the desktop browsers) the text is copied at once as well; where only a copy inside the click
 * works (Excel on the web's frame forbids clipboard-write), the Kopiera button copies the text
 * shown, synchronously inside its own click.
 */
import type { PlanningResult } from "../../../core/planning";
import { runAction } from "../../actions";
import { clipboardApiAllowed, copyText, showForManualCopy } from "../../clipboard";
import { agendaClipboard, kallelseClipboard } from "../../clipboard-texts";
import { h } from "../../dom";
import type { Meddela } from "./shared";

type Made = { text: string; count: number } | undefined;

export function renderKallelse(m: Meddela) {
  const { t, lang, workbook, today } = m.context;
  const status = m.context.statusLine("kallelse-status");
  const hint = h("p", { id: "kallelse-hint", className: "hint" }, t.kallelseHint);
  const kallelseButton = h(
    "button",
    { type: "button", id: "copy-kallelse", "aria-describedby": "kallelse-hint" },
    t.kallelseButton
  );
  const agendaButton = h(
    "button",
    { type: "button", id: "copy-agenda", className: "secondary" },
    t.agendaButton
  );
  const area = h("textarea", {
    id: "shown-text",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.shownTextLabel,
  });
  const copy = h(
    "button",
    { type: "button", id: "copy-shown-text", className: "secondary", hidden: true },
    t.shownCopyButton
  );

  const say = (text: string, kind: "ok" | "warning"): void => {
    status.textContent = text;
    status.className = text === "" ? "status" : `status ${kind}`;
  };
  const hide = (): void => {
    area.hidden = true;
    area.value = "";
    copy.hidden = true;
    area.removeAttribute("data-kind");
  };
  const copied = (kind: string | null, count: number): string =>
    kind === "kallelse" ? t.kallelseCopied(count) : t.agendaCopied;

  /** Shows (and where allowed copies) the text made from the read just done. */
  const show = (
    fresh: PlanningResult,
    kind: "kallelse" | "agenda",
    make: (r: PlanningResult, i: number) => Made
  ): void => {
    m.result = fresh;
    const index = m.chosen();
    if (index === undefined) return;
    const made = make(fresh, index);
    if (!made) {
      hide();
      say(t.kallelseNone, "warning");
      return;
    }
    area.setAttribute("data-kind", kind);
    area.setAttribute("data-count", String(made.count));
    copy.hidden = false;
    showForManualCopy(area, made.text);
    if (!clipboardApiAllowed()) {
      say(t.shownPressCopy, "ok");
      return;
    }
    void copyText(made.text).then((method) =>
      say(method === "manual" ? t.shownPressCopy : copied(kind, made.count), "ok")
    );
  };

  /** One read of the workbook as it is now, as Kontrollera; then the text from it. */
  const readAndShow = (
    button: HTMLButtonElement,
    kind: "kallelse" | "agenda",
    make: (r: PlanningResult, i: number) => Made
  ): void =>
    m.context.run(button, status, () => runAction(workbook, "check", { today: today(), lang }), {
      wrap: t.kallelseRead,
      after: (outcome) => {
        if (outcome.ok && outcome.result && !outcome.noBook) show(outcome.result, kind, make);
      },
    });

  kallelseButton.setAttribute("data-status", status.id);
  agendaButton.setAttribute("data-status", status.id);
  kallelseButton.addEventListener("click", () =>
    readAndShow(kallelseButton, "kallelse", (fresh, index) => {
      const made = kallelseClipboard(fresh, index, lang);
      return made && { text: made.text, count: made.units.length };
    })
  );
  agendaButton.addEventListener("click", () =>
    readAndShow(agendaButton, "agenda", (fresh, index) => ({
      text: agendaClipboard(fresh, index, lang),
      count: 1,
    }))
  );
  copy.addEventListener("click", () => {
    const text = area.value;
    if (text === "") return;
    const kind = area.getAttribute("data-kind");
    const count = Number(area.getAttribute("data-count") ?? "0");
    // Synchronously inside this click: the text is the one shown, made from the read just done.
    void copyText(text).then((method) => {
      if (method === "manual") {
        say(t.copyManual, "warning");
        area.focus();
        area.select();
      } else say(copied(kind, count), "ok");
    });
  });
  return {
    elements: [
      h("h3", {}, t.kallelseHeading),
      hint,
      kallelseButton,
      agendaButton,
      status,
      area,
      copy,
    ],
    /** Hides the text shown (a new meeting, or the pane's reset). */
    hide,
  };
}
