/**
 * The parts every copy of the pane is made of, written once: the copy button (described by its
 * hint), the answer line (a live region of its own, hidden until there is an answer) and the
 * text area that shows the text selected where the clipboard refuses (Excel on the web's frame,
 * Safari's web view), so that a person can copy it by hand.
 */
import { showForManualCopy } from "../clipboard";
import { h } from "../dom";

export interface CopyPartIds {
  /** The answer line. */
  readonly status: string;
  /** The text area for copying by hand. */
  readonly fallback: string;
}

/** A copy button, disabled until there is something to copy. */
export function copyButton(id: string, describedBy: string, label: string): HTMLButtonElement {
  return h(
    "button",
    { type: "button", id, className: "secondary", disabled: true, "aria-describedby": describedBy },
    label
  );
}

/** The answer line and the copy-by-hand area of one copy, and the two ways they change. */
export interface CopyAnswer {
  readonly status: HTMLParagraphElement;
  readonly manualArea: HTMLTextAreaElement;
  /**
   * The answer in one update: text, colour and visibility together; with `manualText`, the
   * text shown selected for copying by hand, else the copy area hidden.
   */
  show(text: string, kind: "ok" | "warning", manualText?: string): void;
  /** Hides the answer and the copy area. */
  reset(): void;
}

/** The answer line and the copy-by-hand area of one copy. */
export function copyAnswer(ids: CopyPartIds, fallbackLabel: string): CopyAnswer {
  const status = h("p", { id: ids.status, role: "status", className: "status", hidden: true });
  const manualArea = h("textarea", {
    id: ids.fallback,
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": fallbackLabel,
  });
  return {
    status,
    manualArea,
    show(text, kind, manualText) {
      status.textContent = text;
      status.className = `status ${kind}`;
      status.hidden = false;
      if (manualText === undefined) manualArea.hidden = true;
      else showForManualCopy(manualArea, manualText);
    },
    reset() {
      status.hidden = true;
      status.textContent = "";
      manualArea.hidden = true;
    },
  };
}
