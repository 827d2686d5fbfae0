/**
 * The one runner of the pane's actions: one at a time (a queue), busy state on the pressed
 * button only, "Arbetar …" in the button's own status line, and the whole outcome (status,
 * every view) shown in one synchronous update before the button stops being busy. An action
 * that throws becomes an outcome ("Något oväntat hände …", or the cell-edit message).
 * No DOM beyond attributes: unit-tested with plain objects (tests/unit/taskpane/runner.test.ts).
 */
import type { FormulaRepair } from "../core/planning";
import { redactPersonnummer } from "../core/privacy/personnummer";
import { type ActionOutcome, isCellEditError, reasonOf } from "./actions";
import type { RunOptions } from "./views/view";

/** How a status line looks: by the worst severity it reports. */
export type StatusKind = "error" | "warning" | "ok" | "neutral" | "busy";

/** The worst severity among findings and formula repairs (repairs are warnings). */
export function worstSeverity(
  findings: readonly { readonly severity: "error" | "warning" }[],
  repairs: readonly FormulaRepair[] = []
): "error" | "warning" | "neutral" {
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.length > 0 || repairs.some((r) => r.rows.length > 0)) return "warning";
  return "neutral";
}

/** The line an action's status shows, coloured by the worst it reports. */
export function answerOf(
  outcome: ActionOutcome,
  wrap?: (summary: string) => string
): [string, StatusKind] {
  const text = redactPersonnummer(outcome.message);
  if (!outcome.ok) return [text, "error"];
  const result = outcome.result;
  if (!result) return [text, "ok"];
  const worst = worstSeverity(result.findings, outcome.repairs ?? result.repairs);
  return [wrap ? wrap(text) : text, worst === "neutral" ? "ok" : worst];
}

/** What the runner touches of a button. */
export type Busyable = Pick<Element, "getAttribute" | "setAttribute" | "removeAttribute">;

export interface RunnerTexts {
  readonly busy: string;
  readonly busyCellEdit: string;
  readonly cellEdit: string;
  readonly unexpected: string;
}

export interface RunnerDeps<S> {
  readonly texts: RunnerTexts;
  /** Writes a status line (text, look). */
  readonly setStatus: (status: S, text: string, kind: StatusKind) => void;
  /** Every status line empty, before an action answers. */
  readonly clearStatuses: () => void;
  /** Shows what the action read (every view). */
  readonly show: (outcome: ActionOutcome) => void;
  /** The pane's ReadKeeper (freshness.ts): the action's read counts as a read. */
  readonly keeper: {
    readonly changes: number;
    writing(on: boolean): void;
    readDone(seen: number, watched: boolean): void;
    markStale(): void;
  };
  /** True in Excel: a batch that waits long may wait for a cell being edited; say so. */
  readonly cellEditHint?: boolean;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface Runner<S> {
  run(button: Busyable, status: S, work: () => Promise<ActionOutcome>, options?: RunOptions): void;
  /** Puts work of the pane's own (a read) in the same queue. */
  enqueue(task: () => Promise<void>): void;
  /** An outcome for what an action threw. */
  failure(e: unknown): ActionOutcome;
  /** Settles when the queue is empty as it stands now. */
  idle(): Promise<void>;
}

export function createRunner<S>(deps: RunnerDeps<S>): Runner<S> {
  const { texts } = deps;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let queue: Promise<void> = Promise.resolve();
  const failure = (e: unknown): ActionOutcome => ({
    ok: false,
    message: isCellEditError(e) ? texts.cellEdit : `${texts.unexpected} (${reasonOf(e)})`,
    findings: [],
    copyChoices: [],
  });
  const enqueue = (task: () => Promise<void>): void => {
    queue = queue.then(task).catch(() => undefined);
  };
  return {
    failure,
    enqueue,
    idle: () => queue,
    run(button, status, work, options = {}) {
      if (button.getAttribute("aria-busy") === "true") return;
      button.setAttribute("aria-busy", "true");
      button.setAttribute("aria-disabled", "true");
      deps.clearStatuses();
      deps.setStatus(status, texts.busy, "busy");
      const { keeper } = deps;
      enqueue(async () => {
        // Excel holds a batch while a cell is edited (delayForCellEdit): say why it waits.
        const slow = deps.cellEditHint
          ? setTimer(() => deps.setStatus(status, texts.busyCellEdit, "busy"), 2500)
          : undefined;
        const seen = keeper.changes;
        keeper.writing(options.writes === true);
        try {
          const outcome = await work().catch(failure);
          if (slow !== undefined) clearTimer(slow);
          const [text, kind] = answerOf(outcome, options.wrap);
          deps.setStatus(status, text, kind);
          keeper.writing(false);
          deps.show(outcome);
          // A change told while the action read is not in what it read.
          if (outcome.result) keeper.readDone(seen, outcome.watched === true);
          if (options.readSoon && outcome.ok) keeper.markStale();
          options.after?.(outcome);
        } finally {
          if (slow !== undefined) clearTimer(slow);
          keeper.writing(false);
          button.removeAttribute("aria-busy");
          button.removeAttribute("aria-disabled");
        }
      });
    },
  };
}
