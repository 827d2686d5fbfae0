import { strict as assert } from "assert";
import { parseUnitLines } from "../../../src/taskpane/views/start";

describe("taskpane/views/start: the units of an own group (Egen grupp)", () => {
  it("reads 'name; type' lines, a missing type being Region, blank lines skipped", () => {
    assert.deepEqual(
      parseUnitLines("Habo kommun; Kommun\n\nHabo VC\r\nArbetsförmedlingen\tAF\nFK-kontakt; fk"),
      {
        units: [
          { name: "Habo kommun", type: "Kommun" },
          { name: "Habo VC", type: "Region" },
          { name: "Arbetsförmedlingen", type: "AF" },
          { name: "FK-kontakt", type: "FK" },
        ],
      }
    );
  });

  it("names the first bad line: an unknown type or a type without a name", () => {
    assert.deepEqual(parseUnitLines("Habo kommun; Kommun\nHabo VC; Vårdcentral"), { badLine: 2 });
    assert.deepEqual(parseUnitLines("\n; Region"), { badLine: 2 });
  });
});
