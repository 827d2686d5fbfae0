import { strict as assert } from "assert";
import {
  lastLikelyMeeting,
  proposeFirstMeeting,
  proposeTerm,
  usualFirstMeeting,
} from "../../../src/taskpane/defaults";
import { d, iso } from "../../helpers/dates";

describe("taskpane/defaults: what Skapa planeringsbok proposes", () => {
  it("a term's usual first meeting is the first working day from 15 January or 20 August", () => {
    assert.equal(iso(usualFirstMeeting({ half: "VT", year: 2026 })), "2026-01-15");
    // 20 August 2022 is a Saturday.
    assert.equal(iso(usualFirstMeeting({ half: "HT", year: 2022 })), "2022-08-22");
  });

  it("the last likely meeting comes before the Christmas or summer break", () => {
    assert.equal(iso(lastLikelyMeeting({ half: "HT", year: 2025 })), "2025-11-12");
    assert.equal(iso(lastLikelyMeeting({ half: "VT", year: 2026 })), "2026-05-21");
  });

  it("in November it proposes the spring term of next year, from its usual first meeting", () => {
    for (const today of ["2025-11-01", "2025-11-20", "2025-11-30", "2025-12-31"]) {
      const term = proposeTerm(d(today));
      assert.deepEqual(term, { half: "VT", year: 2026 }, today);
      assert.equal(iso(proposeFirstMeeting(term, d(today))), "2026-01-15", today);
    }
  });

  it("in a term under way, a first meeting two weeks ahead, never in the past", () => {
    const today = d("2025-09-15");
    const term = proposeTerm(today);
    assert.deepEqual(term, { half: "HT", year: 2025 });
    const first = proposeFirstMeeting(term, today);
    assert.equal(iso(first), "2025-09-29");
    assert.ok(first > today);
    // Before a term starts: its usual first meeting.
    assert.equal(
      iso(proposeFirstMeeting({ half: "HT", year: 2026 }, d("2026-06-20"))),
      "2026-08-20"
    );
    assert.deepEqual(proposeTerm(d("2026-06-20")), { half: "HT", year: 2026 });
  });

  it("a term that is over keeps its usual date (the pane then says it has passed)", () => {
    assert.equal(
      iso(proposeFirstMeeting({ half: "VT", year: 2025 }, d("2025-11-20"))),
      "2025-01-15"
    );
  });
});
