import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import { dependencyAtRisk, dependencyRefusal } from "./dependencies.ts";

describe("dependencies between units' key results (M7)", () => {
  const sales = { id: "kr-sales", unitId: "sales" };
  it("allows a dependency on another unit's key result", () => {
    expect(dependencyRefusal(sales, { id: "kr-cs", unitId: "cs" })).toBeNull();
  });
  it("refuses a key result depending on itself, naming the field and M7", () => {
    const refusal = dependencyRefusal(sales, sales);
    expect(refusal?.status).toBe(422);
    expect(refusal?.details).toEqual([expect.objectContaining({ field: "dependsOnKeyResultId", rule: "M7" })]);
  });
  it("refuses a key result of the same unit's own objectives", () => {
    expect(dependencyRefusal(sales, { id: "kr-2", unitId: "sales" })?.code).toBe("M7");
  });
  itMaps("the other side %s is a risk: %s", dependencyAtRisk, [
    ["behind", true],
    ["at_risk", true],
    ["on_track", false],
    [null, false],
  ]);
});
