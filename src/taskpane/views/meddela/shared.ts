/**
 * What the blocks of the Meddela view share: the last read, the chosen meeting, the view's
 * answer line (a live region) with its copy area, and `current` (the click's work runs only
 * from a current read; see ViewContext.whenCurrent).
 */
import { copyAnswer } from "../copy-parts";
import type { PlanningResult } from "../../../core/planning";
import type { ViewContext } from "../view";

export interface Meddela {
  readonly context: ViewContext;
  /** The read the texts are made from (the last read, or the one Kopiera kallelser just did). */
  result: PlanningResult | undefined;
  /** The chosen meeting's index in `result.schedule`, if any. */
  chosen(): number | undefined;
  /** The view's answer in one update: text, colour and visibility, and the copy area with it. */
  answer(text: string, kind: "ok" | "warning", manualText?: string): void;
  /** Runs `go` inside the click when the last read is current; else reads first. */
  current(button: HTMLButtonElement, go: (unwatched: boolean) => void): void;
  /** The answer line and the copy area, placed at the end of the view. */
  readonly answerElements: HTMLElement[];
  /** Hides the answer and the copy area. */
  resetAnswer(): void;
}

export function createMeddela(context: ViewContext, meetingSelect: HTMLSelectElement): Meddela {
  const parts = copyAnswer(
    { status: "messages-status", fallback: "messages-fallback" },
    context.t.copyText
  );
  const m: Meddela = {
    context,
    result: undefined,
    chosen() {
      const i = Number(meetingSelect.value);
      return m.result && meetingSelect.value !== "" && m.result.schedule[i] ? i : undefined;
    },
    answer: parts.show,
    current(button, go) {
      context.whenCurrent(button, parts.status, go);
    },
    answerElements: [parts.status, parts.manualArea],
    resetAnswer: parts.reset,
  };
  return m;
}
