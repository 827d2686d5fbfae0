/**
 * The pane's views: one shown at a time, chosen from the tab bar (tabs.ts). Each view is a
 * module of its own under src/taskpane/views/ that exports a `ViewDefinition`; the registry
 * (registry.ts) lists them in the order of the tab bar, so adding a view is one line there.
 *
 * A view builds its DOM once (`render`), gets every read of the workbook (`show`), and runs
 * its actions through the context's runner (one action at a time, busy state on the pressed
 * button, the answer in the button's own status line). State shared by views (the last read,
 * the chosen view) lives in the pane (pane.ts), never in a view.
 */
import type { PlanningResult } from "../../core/planning";
import type { Workbook } from "../../workbook/workbook";
import type { ActionOutcome } from "../actions";
import type { Lang, Strings } from "../i18n";
import type { StatusKind } from "../runner";

/** A view's id: its tab is `tab-<id>`, its panel `view-<id>`. */
export type ViewId = string;

/** What a read of the workbook found, as every view gets it. */
export interface PaneState {
  /** True when the workbook has a planning book (Enheter, Möten or Ärenden). */
  readonly book: boolean;
  /** The outcome of the read (or of the action that read). */
  readonly outcome: ActionOutcome;
  /** The planner's run on the read; undefined without a book or when the read failed. */
  readonly result?: PlanningResult;
  /** True right after Skapa planeringsbok made the book in this session. */
  readonly justCreated: boolean;
}

/** How an action is run (see runner.ts). */
export interface RunOptions {
  /** After the outcome is shown (status, views), before the button stops being busy. */
  readonly after?: (outcome: ActionOutcome) => void;
  /** Words the status line's summary ("5 möten …" → "Mötesschemat är skapat: 5 möten …"). */
  readonly wrap?: (summary: string) => string;
  /** The action writes to the workbook (its own change events are then not a reason to read). */
  readonly writes?: boolean;
  /**
   * The outcome was not read from the workbook (Skapa planeringsbok's is made from the
   * template): when it succeeds, the workbook is read again soon.
   */
  readonly readSoon?: boolean;
}

/** Runs actions one at a time: busy on `button`, the answer in `status` (runner.ts). */
export type Run = (
  button: HTMLButtonElement,
  status: HTMLElement,
  work: () => Promise<ActionOutcome>,
  options?: RunOptions
) => void;

/** What the pane gives each view. */
export interface ViewContext {
  readonly lang: Lang;
  readonly t: Strings;
  readonly workbook: Workbook;
  /** Today, asked anew for every action and rendering (the page may live for days). */
  readonly today: () => number;
  /** Runs an action through the pane's one queue. */
  readonly run: Run;
  /** Reads the workbook as Kontrollera does (busy on `button`, the answer in `status`). */
  readonly read: (button: HTMLButtonElement, status: HTMLElement, options?: RunOptions) => void;
  /**
   * Runs `go` at once (inside the click, for a copy) when the last read is current; else
   * reads first and asks for the button once more. `go` gets true when no change would be
   * noticed (it then says so).
   */
  readonly whenCurrent: (
    button: HTMLButtonElement,
    status: HTMLElement,
    go: (unwatched: boolean) => void
  ) => void;
  /** A status line (a live region of its own) that the pane clears before every answer. */
  readonly statusLine: (id: string) => HTMLParagraphElement;
  /** Writes a status line: text and look together (shown once it has a text). */
  readonly setStatus: (status: HTMLElement, text: string, kind: StatusKind) => void;
  /** Every status line empty (an answer stands only until the next action). */
  readonly clearStatuses: () => void;
  /** A place above the views, for an answer that outlives its view (Skapa planeringsbok's). */
  readonly notice: HTMLElement;
  /** Selects a cell ("Ärenden!E7") in the workbook. */
  readonly selectCell: (cell: string) => void;
  /** Opens another view (its tab selected, its panel shown). */
  readonly open: (id: ViewId) => void;
  /** The last read's planner run, if any. */
  readonly lastResult: () => PlanningResult | undefined;
  /** Options of the host. */
  readonly host: {
    /** False where the host cannot download a file from the pane (Excel on the Mac). */
    readonly downloads: boolean;
  };
}

/** A rendered view. */
export interface View {
  /** The view's content; the pane puts it in the view's tabpanel. */
  readonly element: HTMLElement;
  /** Shows what a read found (called after every read, shown or not). */
  show?(state: PaneState): void;
  /** Clears the view's own answers (called with clearStatuses). */
  reset?(): void;
}

/** One entry of the registry. */
export interface ViewDefinition {
  readonly id: ViewId;
  /** The tab's label. */
  readonly label: (t: Strings) => string;
  /**
   * "book": shown only once the workbook has a planning book; "no-book": only without one
   * (the start view); "always": reachable either way (the förbund's view).
   */
  readonly when: "book" | "no-book" | "always";
  readonly render: (context: ViewContext) => View;
}
