/**
 * The pane's one runner of actions (src/taskpane/runner.ts): one at a time, busy on the
 * pressed button only, "Arbetar …" then the answer in the button's own status line, the
 * outcome shown before the button stops being busy, and what an action throws as an answer.
 */
import { strict as assert } from "assert";
import type { ActionOutcome } from "../../../src/taskpane/actions";
import { answerOf, createRunner, type StatusKind } from "../../../src/taskpane/runner";

class FakeButton {
  readonly attrs = new Map<string, string>();
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
}

const TEXTS = {
  busy: "Arbetar …",
  busyCellEdit: "Väntar på Excel …",
  cellEdit: "Excel redigerar en cell.",
  unexpected: "Något oväntat gick fel",
};

function setUp(cellEditHint = false) {
  const log: string[] = [];
  const statuses = new Map<string, [string, StatusKind]>();
  const timers: (() => void)[] = [];
  const keeper = {
    changes: 0,
    writes: [] as boolean[],
    done: 0,
    stale: 0,
    writing(on: boolean) {
      this.writes.push(on);
    },
    readDone() {
      this.done++;
    },
    markStale() {
      this.stale++;
    },
  };
  const runner = createRunner<string>({
    texts: TEXTS,
    setStatus: (id, text, kind) => {
      statuses.set(id, [text, kind]);
      log.push(`${id}: ${text}`);
    },
    clearStatuses: () => log.push("clear"),
    show: (o) => log.push(`show ${o.message}`),
    keeper,
    cellEditHint,
    setTimer: (run) => timers.push(run),
    clearTimer: () => undefined,
  });
  return { log, statuses, keeper, runner, timers };
}

const ok = (message: string): ActionOutcome => ({
  ok: true,
  message,
  findings: [],
  copyChoices: [],
});

describe("taskpane/runner", () => {
  it("busy on the pressed button, Arbetar … first, then the answer and the views, then not busy", async () => {
    const { log, statuses, runner } = setUp();
    const button = new FakeButton();
    let busyWhenShown: string | null = null;
    runner.run(button, "s1", async () => ok("5 möten"), {
      after: () => (busyWhenShown = button.getAttribute("aria-busy")),
    });
    assert.equal(button.getAttribute("aria-busy"), "true");
    assert.equal(button.getAttribute("aria-disabled"), "true");
    assert.deepEqual(statuses.get("s1"), ["Arbetar …", "busy"]);
    await runner.idle();
    assert.deepEqual(log, ["clear", "s1: Arbetar …", "s1: 5 möten", "show 5 möten"]);
    assert.equal(busyWhenShown, "true", "shown in one update before the button stops being busy");
    assert.equal(button.getAttribute("aria-busy"), null);
    assert.equal(button.getAttribute("aria-disabled"), null);
  });

  it("runs actions one at a time, and ignores a second press of a busy button", async () => {
    const { log, runner } = setUp();
    const a = new FakeButton();
    const b = new FakeButton();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let runs = 0;
    runner.run(a, "a", async () => {
      runs++;
      await gate;
      return ok("A");
    });
    runner.run(a, "a", async () => {
      runs++;
      return ok("A again");
    });
    runner.run(b, "b", async () => ok("B"));
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(runs, 1);
    assert.ok(!log.includes("b: B"), "B waits for A");
    release();
    await runner.idle();
    assert.equal(runs, 1, "the busy button's second press did nothing");
    assert.ok(log.indexOf("a: A") < log.indexOf("b: B"));
  });

  it("an action that throws answers 'unexpected' with the reason, or the cell-edit message", async () => {
    const { statuses, runner } = setUp();
    runner.run(new FakeButton(), "s", async () => {
      throw new Error("boom");
    });
    await runner.idle();
    assert.deepEqual(statuses.get("s"), ["Något oväntat gick fel (boom)", "error"]);
    const cellEdit = Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" });
    runner.run(new FakeButton(), "t", async () => {
      throw cellEdit;
    });
    await runner.idle();
    assert.deepEqual(statuses.get("t"), [TEXTS.cellEdit, "error"]);
  });

  it("says why it waits when Excel holds the batch (cell-edit mode), only in Excel", async () => {
    const excel = setUp(true);
    excel.runner.run(new FakeButton(), "s", async () => {
      excel.timers.forEach((t) => t());
      return ok("klart");
    });
    await excel.runner.idle();
    assert.ok(excel.log.includes(`s: ${TEXTS.busyCellEdit}`));
    const preview = setUp(false);
    preview.runner.run(new FakeButton(), "s", async () => ok("klart"));
    await preview.runner.idle();
    assert.equal(preview.timers.length, 0);
  });

  it("tells the ReadKeeper: writing while a write runs, the read done, and 'read soon' when asked", async () => {
    const { keeper, runner } = setUp();
    const withResult = {
      ...ok("x"),
      result: { findings: [], repairs: [] } as never,
      watched: true,
    };
    runner.run(new FakeButton(), "s", async () => withResult, { writes: true, readSoon: true });
    await runner.idle();
    assert.deepEqual(keeper.writes.slice(0, 1), [true]);
    assert.equal(keeper.writes[keeper.writes.length - 1], false);
    assert.equal(keeper.done, 1);
    assert.equal(keeper.stale, 1);
    runner.run(new FakeButton(), "s", async () => ({ ...ok("nej"), ok: false }), {
      readSoon: true,
    });
    await runner.idle();
    assert.equal(keeper.stale, 1, "a failed create reads nothing");
  });

  it("colours the answer: an error when not ok, else by the worst finding", () => {
    assert.deepEqual(answerOf({ ...ok("fel"), ok: false }), ["fel", "error"]);
    assert.deepEqual(answerOf(ok("ok")), ["ok", "ok"]);
    const result = { findings: [{ severity: "warning" }], repairs: [] } as never;
    assert.deepEqual(
      answerOf({ ...ok("3 möten"), result }, (s) => `Klart: ${s}`),
      ["Klart: 3 möten", "warning"]
    );
  });
});
