/**
 * The pure parts of the pane's views: the tab bar's keyboard model (ui/tabs.ts), the view
 * registry (views/registry.ts) and confirm-then-act's pending proposal (confirm.ts).
 */
import { strict as assert } from "assert";
import { Pending } from "../../../src/taskpane/confirm";
import { strings } from "../../../src/taskpane/i18n";
import { tabKeyTarget } from "../../../src/taskpane/ui/tabs";
import { reachableViews, VIEWS, viewToShow } from "../../../src/taskpane/views/registry";

describe("taskpane/ui/tabs: the tab bar's keys", () => {
  it("Right and Left move to the next and previous tab, wrapping; Home and End to the ends", () => {
    assert.equal(tabKeyTarget("ArrowRight", 0, 5), 1);
    assert.equal(tabKeyTarget("ArrowRight", 4, 5), 0);
    assert.equal(tabKeyTarget("ArrowLeft", 0, 5), 4);
    assert.equal(tabKeyTarget("ArrowLeft", 3, 5), 2);
    assert.equal(tabKeyTarget("Home", 3, 5), 0);
    assert.equal(tabKeyTarget("End", 1, 5), 4);
  });
  it("other keys are left to the browser (Tab, Enter, Space, Up, Down)", () => {
    for (const key of ["Tab", "Enter", " ", "ArrowUp", "ArrowDown", "a"])
      assert.equal(tabKeyTarget(key, 2, 5), undefined, key);
    assert.equal(tabKeyTarget("ArrowRight", 0, 0), undefined, "no tabs");
  });
});

describe("taskpane/views/registry", () => {
  it("lists the start view, then Översikt, Ärenden, Möten, Meddela, Statistik, each id once", () => {
    const ids = VIEWS.map((v) => v.id);
    assert.deepEqual(ids.slice(0, 6), [
      "start",
      "oversikt",
      "arenden",
      "moten",
      "meddela",
      "statistik",
    ]);
    assert.equal(new Set(ids).size, ids.length);
    for (const v of VIEWS) assert.match(v.id, /^[a-z]+$/, "a plain id: tab-<id>, view-<id>");
  });
  it("labels every tab in both languages", () => {
    for (const lang of ["sv", "en"] as const)
      for (const v of VIEWS) assert.ok(v.label(strings(lang)).length > 0, `${v.id} ${lang}`);
    assert.deepEqual(
      VIEWS.slice(1, 6).map((v) => v.label(strings("sv"))),
      ["Översikt", "Ärenden", "Möten", "Meddela", "Statistik"]
    );
  });
  it("offers the book's views only with a book, the start view only without, 'always' views both ways", () => {
    const views = [
      { id: "start", when: "no-book" as const },
      { id: "oversikt", when: "book" as const },
      { id: "arenden", when: "book" as const },
      { id: "forbund", when: "always" as const },
    ];
    assert.deepEqual(reachableViews(views, false), ["start", "forbund"]);
    assert.deepEqual(reachableViews(views, true), ["oversikt", "arenden", "forbund"]);
  });
  it("keeps the chosen view while it is reachable, else shows the first", () => {
    assert.equal(viewToShow(["oversikt", "arenden"], "arenden"), "arenden");
    assert.equal(viewToShow(["oversikt", "arenden"], undefined), "oversikt");
    // Chosen before the book existed (start), or a view of a book that is gone.
    assert.equal(viewToShow(["oversikt", "arenden"], "start"), "oversikt");
    assert.equal(viewToShow(["start", "forbund"], "moten"), "start");
    assert.equal(viewToShow([], "moten"), "");
  });
});

describe("taskpane/confirm: the pending proposal", () => {
  it("holds what was asked, gives it once, and forgets it when cancelled", () => {
    const p = new Pending<readonly number[]>();
    assert.equal(p.current, undefined);
    p.ask([1, 2]);
    assert.deepEqual(p.current, [1, 2]);
    assert.deepEqual(p.take(), [1, 2]);
    assert.equal(p.take(), undefined, "a second Ja does nothing");
    p.ask([3]);
    p.cancel();
    assert.equal(p.current, undefined);
  });
});
