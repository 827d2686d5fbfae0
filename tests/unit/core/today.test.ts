import { strict as assert } from "assert";
import { serialOfInstant } from "../../../src/core/dates/today";
import { d } from "../../helpers/dates";

describe("core/dates/today", () => {
  it("reads the calendar day in Sweden, whatever the machine's zone", () => {
    // 2025-03-14 23:30 UTC is already 2025-03-15 in Stockholm (UTC+1 in March).
    assert.equal(serialOfInstant(Date.UTC(2025, 2, 14, 23, 30)), d("2025-03-15"));
    assert.equal(serialOfInstant(Date.UTC(2025, 2, 14, 22, 30)), d("2025-03-14"));
    // Summer time: UTC+2
    assert.equal(serialOfInstant(Date.UTC(2025, 6, 1, 22, 30)), d("2025-07-02"));
    assert.equal(serialOfInstant(Date.UTC(2025, 2, 14, 23, 30), "UTC"), d("2025-03-14"));
  });
});
