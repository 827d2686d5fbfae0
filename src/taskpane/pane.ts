/**
 * The pane's composition root: the views of the registry (views/registry.ts) behind one tab
 * bar, the state they share (the last read, the chosen view), the one runner of actions
 * (runner.ts), and keeping the last read current (freshness.ts).
 *
 * Every action answers in the status line under its own button (one live region each), with
 * the busy state on the pressed button only; actions run one at a time, each with one read
 * of the workbook, and every view is shown what that read found. The chosen view survives
 * every re-read; without a planning book only the start view is there.
 */
import type { PlanningResult } from "../core/planning";
import { redactPersonnummer } from "../core/privacy/personnummer";
import type { Workbook } from "../workbook/workbook";
import { type ActionOutcome, runAction, splitCellReference } from "./actions";
import { h } from "./dom";
import { ReadKeeper } from "./freshness";
import { Lang, strings } from "./i18n";
import { createRunner, type StatusKind } from "./runner";
import { renderTabBar } from "./ui/tabs";
import { reachableViews, VIEWS, viewToShow } from "./views/registry";
import type { PaneState, View, ViewContext, ViewDefinition, ViewId } from "./views/view";

export interface Pane {
  readonly element: HTMLElement;
  /** Settles once the workbook has been read and the pane shows what it holds. */
  readonly ready: Promise<void>;
  /**
   * The pane was shown (true) or hidden (false): Office.addin.onVisibilityModeChanged. Shown,
   * it reads the workbook (the first read, if none was made while it was hidden).
   */
  setVisible(visible: boolean): void;
}

export interface PaneOptions {
  /** False where the host cannot download a file from the pane (Excel on the Mac): default true. */
  readonly downloads?: boolean;
  /** False when the page starts hidden: nothing is read until `setVisible(true)`. Default true. */
  readonly visible?: boolean;
  /** Milliseconds from a change in the workbook to the read it causes (default 400). */
  readonly refreshDelayMs?: number;
  /** True in Excel: a batch that waits long may wait for a cell being edited; the pane says so. */
  readonly cellEditHint?: boolean;
  /** The views, in the tab bar's order (default: the registry's). */
  readonly views?: readonly ViewDefinition[];
}

export function renderPane(
  workbook: Workbook,
  lang: Lang,
  todayOf: number | (() => number),
  options: PaneOptions = {}
): Pane {
  const t = strings(lang);
  /** Today, asked anew for every action and every rendering (the page may live for days). */
  const today = typeof todayOf === "function" ? todayOf : (): number => todayOf;
  const definitions = options.views ?? VIEWS;

  // ---- state, in one place ----
  let lastResult: PlanningResult | undefined;
  /** Undefined until the first read: the pane does not know yet whether a book exists. */
  let book: boolean | undefined;
  let justCreated = false;
  /** The view the person chose (or an action opened); kept across re-reads. */
  let chosen: ViewId | undefined;

  // ---- status lines: one live region each, answering under their own button ----
  const statuses: HTMLElement[] = [];
  const setStatus = (el: HTMLElement, text: string, kind: StatusKind): void => {
    el.textContent = text;
    el.className = text === "" ? "status" : `status ${kind}`;
    if (text !== "") el.hidden = false;
  };
  const statusLine = (id: string): HTMLParagraphElement => {
    const s = h("p", { id, className: "status", role: "status", tabindex: "-1" });
    statuses.push(s);
    return s;
  };
  const views: { def: ViewDefinition; view: View; panel: HTMLElement }[] = [];
  function clearStatuses(): void {
    for (const s of statuses) setStatus(s, "", "neutral");
    for (const v of views) v.view.reset?.();
  }
  /** Why a read made on its own (the pane shown, a table changed) failed. */
  const pageStatus = h("p", {
    id: "page-status",
    className: "status",
    role: "status",
    hidden: true,
  });
  const notice = h("div", { id: "pane-notice", className: "pane-notice" });

  // ---- keeping the last read current, and the one runner ----
  const keeper = new ReadKeeper({
    today,
    refresh: () => refresh(false),
    visible: options.visible ?? true,
    delayMs: options.refreshDelayMs,
  });
  workbook.watch?.(() => keeper.changed());
  const runner = createRunner<HTMLElement>({
    texts: t,
    setStatus,
    clearStatuses,
    show: (outcome) => showResult(outcome),
    keeper,
    cellEditHint: options.cellEditHint,
  });
  const check = (): Promise<ActionOutcome> =>
    runAction(workbook, "check", { today: today(), lang });
  const read: ViewContext["read"] = (button, status, runOptions) =>
    runner.run(button, status, check, runOptions);

  /**
   * Runs `go` with the last read when it is current (synchronously: inside the click, for a
   * copy). When it is not, reads the workbook first (busy on `button`, the answer in
   * `status`) and asks for the button once more: a copy cannot wait for a read inside the
   * click. `go` gets true when no change handler watches the workbook (it then says so).
   */
  const whenCurrent: ViewContext["whenCurrent"] = (button, status, go) => {
    const state = keeper.freshness();
    if (state !== "stale") go(state === "unwatched");
    else read(button, status, { wrap: t.readAgainFirst });
  };

  // ---- the views behind the tab bar ----
  const tabs = renderTabBar(
    t.viewsLabel,
    definitions.map((d) => ({ id: d.id, label: d.label(t) })),
    (id) => open(id)
  );
  const context: ViewContext = {
    lang,
    t,
    workbook,
    today,
    run: runner.run,
    read,
    whenCurrent,
    statusLine,
    setStatus,
    clearStatuses,
    notice,
    selectCell: (cell) => {
      const target = splitCellReference(cell);
      if (target) void workbook.select(target.sheet, target.address).catch(() => undefined);
    },
    open: (id) => open(id),
    lastResult: () => lastResult,
    host: { downloads: options.downloads ?? true },
  };
  const root = h(
    "div",
    { className: "planner", "data-book": "unknown" },
    notice,
    pageStatus,
    tabs.element
  );
  for (const def of definitions) {
    const view = def.render(context);
    const panel = h(
      "section",
      {
        role: "tabpanel",
        id: `view-${def.id}`,
        className: "view",
        "aria-labelledby": `tab-${def.id}`,
        hidden: true,
      },
      view.element
    );
    views.push({ def, view, panel });
    root.append(panel);
  }

  /** Shows the view to show now: the chosen one while it is reachable. */
  function layout(): void {
    // Until the first read: Översikt's "reading", without tabs.
    const reachable = book === undefined ? ["oversikt"] : reachableViews(definitions, book);
    const shown = viewToShow(reachable, chosen);
    tabs.update(book === undefined ? [] : reachable, shown);
    for (const v of views) v.panel.hidden = v.def.id !== shown;
    root.setAttribute("data-book", book === undefined ? "unknown" : book ? "yes" : "no");
    root.setAttribute("data-view", shown);
  }
  function open(id: ViewId): void {
    chosen = id;
    layout();
  }

  /** Shows what a read found, in every view. */
  function showResult(outcome: ActionOutcome): void {
    if (outcome.noBook) {
      book = false;
      layout();
      return;
    }
    const result = outcome.result;
    if (!result) return;
    if (book === false) justCreated = true;
    book = true;
    lastResult = result;
    pageStatus.hidden = true;
    const state: PaneState = { book: true, outcome, result, justCreated };
    for (const v of views) v.view.show?.(state);
    layout();
  }

  /** One read of the workbook for the pane itself (as Kontrollera); a failure as an outcome. */
  const readForPane = (): Promise<ActionOutcome> => check().catch(runner.failure);

  /**
   * Reads the workbook again in the background and shows what it found, without touching
   * the answers under the buttons. `force`: even when nothing is known to have changed.
   */
  function refresh(force: boolean): void {
    runner.enqueue(async () => {
      if (!keeper.wantsRead(force)) return;
      const seen = keeper.changes;
      const outcome = await readForPane();
      if (!outcome.result && !outcome.noBook) {
        setStatus(pageStatus, redactPersonnummer(outcome.message), "error");
        pageStatus.hidden = false;
        return;
      }
      showResult(outcome);
      keeper.readDone(seen, outcome.watched === true);
    });
  }

  // ---- on opening: one read, nothing written (not while the pane is hidden) ----
  layout();
  let started = false;
  let startRead: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    startRead = () => {
      if (started) return;
      started = true;
      runner.enqueue(async () => {
        const seen = keeper.changes;
        const outcome = await readForPane();
        if (!outcome.ok && !outcome.noBook && !outcome.result) {
          // The workbook could not be read: say so above the views.
          setStatus(pageStatus, redactPersonnummer(outcome.message), "error");
          pageStatus.hidden = false;
          book = false;
          layout();
        } else {
          showResult(outcome);
          keeper.readDone(seen, outcome.watched === true);
        }
        resolve();
      });
    };
  });
  if (keeper.visible) startRead();
  // A pane left open past midnight: Att göra and the meetings held follow the new day.
  setInterval(() => {
    if (keeper.dayChanged()) refresh(false);
  }, 60_000);

  const setVisible = (shown: boolean): void => {
    const wasRead = keeper.setVisible(shown);
    // Shown: the first read, or a read of the workbook as it is now.
    if (shown && !started) startRead();
    else if (wasRead) refresh(true);
  };

  const footer = h(
    "footer",
    { className: "app-footer" },
    h(
      "a",
      { id: "help-link", href: t.helpHref, target: "_blank", rel: "noopener", title: t.helpTitle },
      t.help
    )
  );
  root.append(footer);
  return { element: root, ready, setVisible };
}
