/** The SVG renderer's value axis: a step of 1, 2 or 5 × 10^k, at most about five ticks, whole numbers. */
import { strict as assert } from "assert";
import { niceScale } from "../../../src/taskpane/charts/svg-chart";

describe("charts/svg-chart value axis", () => {
  it("covers the largest value with at most six ticks of whole steps", () => {
    assert.deepEqual(niceScale(0), { top: 1, step: 1 });
    assert.deepEqual(niceScale(3), { top: 3, step: 1 });
    assert.deepEqual(niceScale(8), { top: 8, step: 2 });
    assert.deepEqual(niceScale(15), { top: 15, step: 5 });
    assert.deepEqual(niceScale(21), { top: 25, step: 5 });
    assert.deepEqual(niceScale(230), { top: 250, step: 50 });
    for (let max = 1; max <= 5000; max += 7) {
      const { top, step } = niceScale(max);
      assert.ok(top >= max && Number.isInteger(step) && step >= 1, `${max}`);
      assert.ok(top / step <= 6, `${max}: ${top / step} ticks`);
    }
  });
});
