import { describe, expect, it } from "vitest";
import { inOrganisationOrder } from "./order.ts";

describe("inOrganisationOrder", () => {
  it("lists units in the tree's order, not by how many findings they have (S3)", () => {
    const report = [
      { unitId: "sales", findings: 5 },
      { unitId: "company", findings: 1 },
      { unitId: "support", findings: 3 },
    ];
    expect(inOrganisationOrder(report, ["company", "support", "sales"]).map((u) => u.unitId)).toEqual([
      "company",
      "support",
      "sales",
    ]);
  });

  it("keeps units the tree does not list at the end, in the report's order", () => {
    const report = [{ unitId: "x" }, { unitId: "b" }, { unitId: "y" }, { unitId: "a" }];
    expect(inOrganisationOrder(report, ["a", "b"]).map((u) => u.unitId)).toEqual(["a", "b", "x", "y"]);
  });
});
