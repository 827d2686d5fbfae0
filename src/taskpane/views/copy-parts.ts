/**
 * The parts every copy of the pane is made of, written once: the copy button (described by its
 * hint), the answer line (a live region of its own, hidden until there is an answer) and the
 * text area that shows the text selected where the clipboard refuses (Excel on the web's frame,
 * Safari's web view), so that a person can copy it by hand.
 */
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

/** The answer line and the copy-by-hand area of one copy. */
export function copyAnswer(
  ids: CopyPartIds,
  fallbackLabel: string
): { readonly status: HTMLParagraphElement; readonly manualArea: HTMLTextAreaElement } {
  return {
    status: h("p", { id: ids.status, role: "status", className: "status", hidden: true }),
    manualArea: h("textarea", {
      id: ids.fallback,
      className: "copy-fallback",
      readonly: true,
      hidden: true,
      "aria-label": fallbackLabel,
    }),
  };
}
