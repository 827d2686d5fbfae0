/**
 * Confirm-then-act, written once: the trigger button makes a proposal, the pane shows what
 * would be done with Ja / Nej in place of the trigger, and only Ja acts, on exactly the
 * proposal shown. A change that makes the proposal stale withdraws it (`close`).
 * Used by Skapa planeringsbok, Fyll i formlerna igen and Lägg till nästa termin.
 */
import { h } from "./dom";

/** The pure part: what is pending. */
export class Pending<T> {
  private value: T | undefined;
  get current(): T | undefined {
    return this.value;
  }
  ask(value: T): void {
    this.value = value;
  }
  /** The pending proposal, once: a second Ja does nothing. */
  take(): T | undefined {
    const value = this.value;
    this.value = undefined;
    return value;
  }
  cancel(): void {
    this.value = undefined;
  }
}

export interface ConfirmOptions<T> {
  /** The confirmation's id (`create-confirm`, …). */
  readonly id: string;
  /** The button that asks; hidden while the confirmation stands. */
  readonly trigger: HTMLButtonElement;
  /** The heading or question that labels the group; focused when `focus` is "title". */
  readonly title: HTMLElement;
  /** What is shown between the title and the buttons. */
  readonly content: readonly Node[];
  readonly yes: { readonly id: string; readonly label: string };
  readonly no: { readonly id: string; readonly label: string };
  /** Where the focus goes when asked: the title (a list to read) or Ja (a plain question). */
  readonly focus: "title" | "yes";
  /** Ja: acts on the proposal (through the runner, busy on `yes`). */
  readonly act: (pending: T, yes: HTMLButtonElement) => void;
}

export interface Confirmation<T> {
  readonly element: HTMLElement;
  readonly yes: HTMLButtonElement;
  /** Shows the confirmation for `pending` in place of the trigger. */
  ask(pending: T): void;
  /** Withdraws it: the trigger is back. */
  close(): void;
  readonly open: boolean;
}

export function renderConfirm<T>(options: ConfirmOptions<T>): Confirmation<T> {
  const pending = new Pending<T>();
  const yes = h("button", { type: "button", id: options.yes.id }, options.yes.label);
  const no = h(
    "button",
    { type: "button", id: options.no.id, className: "secondary" },
    options.no.label
  );
  if (!options.title.id) options.title.id = `${options.id}-title`;
  options.title.tabIndex = -1;
  const element = h(
    "div",
    {
      id: options.id,
      className: "confirm",
      role: "group",
      "aria-labelledby": options.title.id,
      hidden: true,
    },
    options.title,
    ...options.content,
    h("div", { className: "button-row" }, yes, no)
  );
  const close = (): void => {
    pending.cancel();
    element.hidden = true;
    options.trigger.hidden = false;
  };
  no.addEventListener("click", () => {
    close();
    options.trigger.focus();
  });
  yes.addEventListener("click", () => {
    const value = pending.current;
    if (value !== undefined) options.act(value, yes);
  });
  return {
    element,
    yes,
    close,
    get open() {
      return !element.hidden;
    },
    ask(value) {
      pending.ask(value);
      options.trigger.hidden = true;
      element.hidden = false;
      (options.focus === "title" ? options.title : yes).focus();
    },
  };
}
