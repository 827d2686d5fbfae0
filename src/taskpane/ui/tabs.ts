/**
 * The tab bar (Fluent's Pivot for task panes; WAI-ARIA's tabs pattern with automatic
 * activation): a `role="tablist"` of `<button role="tab">`, one tab in the Tab order (the
 * selected one, a roving tabindex), Left/Right moving to the previous/next tab (wrapping),
 * Home/End to the first/last. Moving selects: the view is shown at once.
 */
import { h } from "../dom";

/** The index a key moves to from `index` among `count` tabs; undefined for any other key. */
export function tabKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

export interface TabBar {
  readonly element: HTMLElement;
  /** Shows exactly the tabs `ids` (in the bar's order), and marks `selected` as selected. */
  update(ids: readonly string[], selected: string): void;
}

/**
 * A tab bar of `tabs` (id and label); `select(id, focus)` is called when the person picks a
 * tab (a click, or a key: then `focus` is true and the new tab has the focus).
 */
export function renderTabBar(
  label: string,
  tabs: readonly { readonly id: string; readonly label: string }[],
  select: (id: string) => void
): TabBar {
  const buttons = tabs.map((tab) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        "aria-controls": `view-${tab.id}`,
        "aria-selected": "false",
        tabindex: "-1",
        "data-view": tab.id,
      },
      tab.label
    )
  );
  const element = h("div", { className: "tabs", role: "tablist", "aria-label": label }, ...buttons);
  const shown = (): HTMLButtonElement[] => buttons.filter((b) => !b.hidden);
  for (const button of buttons) {
    button.addEventListener("click", () => select(button.getAttribute("data-view") ?? ""));
    button.addEventListener("keydown", (event) => {
      const visible = shown();
      const target = tabKeyTarget(event.key, visible.indexOf(button), visible.length);
      if (target === undefined) return;
      event.preventDefault();
      const next = visible[target];
      select(next.getAttribute("data-view") ?? "");
      next.focus();
    });
  }
  return {
    element,
    update(ids, selected) {
      for (const button of buttons) {
        const id = button.getAttribute("data-view") ?? "";
        button.hidden = !ids.includes(id);
        const on = id === selected;
        button.setAttribute("aria-selected", on ? "true" : "false");
        button.tabIndex = on ? 0 : -1;
      }
      element.hidden = ids.length <= 1;
    },
  };
}
