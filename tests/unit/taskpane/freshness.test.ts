/**
 * ReadKeeper: when the long-lived pane's last read is current, and when it reads again.
 * With a fake clock and timers, and once with OfficeWorkbook's watch over the strict double.
 */
import { strict as assert } from "assert";
import { serialFromDate } from "../../../src/core/dates/serial";
import { GROUP_PRESETS } from "../../../src/core/planning";
import { buildTodo } from "../../../src/core/planning";
import { createPlanningWorkbook, runAction } from "../../../src/taskpane/actions";
import { ReadKeeper } from "../../../src/taskpane/freshness";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { ExcelDouble } from "../../helpers/excel-double";

function keeper(visible = true) {
  let day = serialFromDate(2025, 11, 20);
  let refreshes = 0;
  const timers: (() => void)[] = [];
  const k = new ReadKeeper({
    today: () => day,
    refresh: () => refreshes++,
    visible,
    setTimer: (run) => {
      timers.push(run);
      return timers.length - 1;
    },
    clearTimer: (i) => (timers[i as number] = () => undefined),
  });
  return {
    k,
    refreshes: () => refreshes,
    /** Runs the timers due (the debounce pause has passed). */
    tick: () => timers.splice(0).forEach((t) => t()),
    nextDay: () => day++,
  };
}

describe("taskpane/freshness: ReadKeeper", () => {
  it("stale before any read; current after a watched one; unwatched after one that is not", () => {
    const { k } = keeper();
    assert.equal(k.freshness(), "stale");
    k.readDone(k.changes, true);
    assert.equal(k.freshness(), "current");
    k.readDone(k.changes, false);
    assert.equal(k.freshness(), "unwatched");
  });

  it("a change makes the read stale; a shown pane reads again after the pause, once for a burst", () => {
    const { k, refreshes, tick } = keeper();
    k.readDone(k.changes, true);
    k.changed();
    k.changed();
    k.changed();
    assert.equal(k.freshness(), "stale");
    assert.equal(refreshes(), 0, "not at once");
    tick();
    assert.equal(refreshes(), 1, "one read for the burst");
    assert.equal(k.wantsRead(false), true);
    k.readDone(k.changes, true);
    assert.equal(k.freshness(), "current");
    assert.equal(k.wantsRead(false), false);
  });

  it("a change told while a read ran leaves it stale, and another read follows", () => {
    const { k, refreshes, tick } = keeper();
    const seen = k.changes;
    k.changed();
    tick();
    k.readDone(seen, true);
    assert.equal(k.freshness(), "stale");
    tick();
    assert.equal(refreshes(), 2);
  });

  it("hidden, a change reads nothing; shown again, the pane reads (even with nothing changed)", () => {
    const { k, refreshes, tick } = keeper();
    k.readDone(k.changes, true);
    assert.equal(k.setVisible(false), false);
    k.changed();
    tick();
    assert.equal(refreshes(), 0);
    assert.equal(k.wantsRead(true), false, "nothing is read while hidden");
    assert.equal(k.setVisible(true), true, "read when shown");
    k.readDone(k.changes, true);
    assert.equal(k.setVisible(true), false, "already shown and current");
    k.setVisible(false);
    assert.equal(k.setVisible(true), true, "shown again: read");
  });

  it("a read of yesterday is stale today: the pane left open overnight reads again", () => {
    const { k, nextDay } = keeper();
    k.readDone(k.changes, true);
    assert.equal(k.dayChanged(), false);
    nextDay();
    assert.equal(k.freshness(), "stale");
    assert.equal(k.dayChanged(), true);
    assert.equal(k.wantsRead(false), true);
  });

  it("a writing action's own changes do not make its outcome stale", () => {
    const { k, refreshes, tick } = keeper();
    k.writing(true);
    const seen = k.changes;
    k.changed();
    k.writing(false);
    k.readDone(seen, true);
    tick();
    assert.equal(k.freshness(), "current");
    assert.equal(refreshes(), 0);
    k.markStale();
    tick();
    assert.equal(refreshes(), 1, "a new book: read it soon");
  });

  it("with OfficeWorkbook's watch: a person's edit makes the pane's read stale; shown the next morning, Att göra counts from the new day", async () => {
    const excel = new ExcelDouble();
    excel.model.addSheet("Blad1");
    const workbook = new OfficeWorkbook(excel.run);
    const group = GROUP_PRESETS.find((g) => g.id === "jonkoping-2")!;
    await createPlanningWorkbook(workbook, {
      group,
      term: { half: "HT", year: 2025 },
      firstMeeting: serialFromDate(2025, 8, 26),
      lang: "sv",
    });
    let day = serialFromDate(2025, 11, 17);
    let asked = 0;
    const k = new ReadKeeper({ today: () => day, refresh: () => asked++, delayMs: 1 });
    workbook.watch(() => k.changed());
    const read = async () => {
      const seen = k.changes;
      const outcome = await runAction(workbook, "check", { today: day, lang: "sv" });
      k.readDone(seen, outcome.watched === true);
      return outcome;
    };
    const first = await read();
    assert.equal(k.freshness(), "current");
    assert.equal(buildTodo(first.result!, day).nextMeeting?.date, serialFromDate(2025, 11, 18));
    excel.type("Ärenden", "B2", "J2-1");
    await excel.settle();
    assert.equal(k.freshness(), "stale");
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(asked, 1, "the shown pane asked for a read");
    await read();
    assert.equal(k.freshness(), "current");
    // Hidden overnight; shown on Wednesday 19 November: read again, Att göra from that day.
    k.setVisible(false);
    day = serialFromDate(2025, 11, 19);
    assert.equal(k.setVisible(true), true);
    const morning = await read();
    assert.equal(buildTodo(morning.result!, day).nextMeeting?.date, serialFromDate(2025, 12, 30));
  });
});
