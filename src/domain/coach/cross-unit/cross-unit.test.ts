import { describe, expect, it } from "vitest";
import { findCrossUnitConflicts, type PeriodKeyResult, type PeriodObjective } from "./index.ts";

const kr = (
  id: string,
  unit: string,
  objectiveId: string,
  title: string,
  baseline: number,
  target: number,
  metric = "",
) => ({ id, unit, unitName: unit, objectiveId, title, metric, kind: "metric", baseline, target }) as PeriodKeyResult;
const objective = (
  id: string,
  unit: string,
  title: string,
  parentKeyResultId: string | null = null,
): PeriodObjective => ({
  id,
  unit,
  unitName: unit,
  title,
  parentKeyResultId,
});

describe("the coach's cross-unit findings for a period (M7)", () => {
  const keyResults = [
    kr("s1", "Sales", "os", "Reach 120 new logos", 80, 120, "new logos"),
    kr("c1", "Customer Success", "oc", "Reduce churn of current customers from 6% to 4%", 6, 4, "churn"),
    kr("p1", "Product", "op", "Raise completed workflows per user from 4 to 6", 4, 6, "completed workflows"),
    kr("m1", "Social", "om", "Grow Instagram followers from 1k to 5k", 1000, 5000, "followers"),
  ];
  const objectives = [
    objective("os", "Sales", "Win the customers we serve best"),
    objective("oc", "Customer Success", "Keep customers"),
    objective("op", "Product", "Be customers' trusted partner"),
    objective("om", "Social", "Grow our social presence", "p1"),
  ];

  it("finds the guide's sales and customer-success conflict and the unlinked cascade, in English", () => {
    const findings = findCrossUnitConflicts({ keyResults, objectives }, "en");
    expect(findings.map((f) => [f.rule, f.kind, f.keyResultIds.slice(0, 2)])).toEqual([
      ["opposite_pulls", "acquisition_vs_churn", ["s1", "c1"]],
      ["unlinked_cascade", "unlinked_cascade", ["p1", "m1"]],
    ]);
    expect(findings[0]?.message).toMatch(/Sales's "Reach 120 new logos"/);
    expect(findings[0]?.suggestion).toMatch(/qualified customers/);
    expect(findings.every((f) => f.ruleId === "M7")).toBe(true);
  });

  it("speaks Chinese when asked", () => {
    const findings = findCrossUnitConflicts({ keyResults, objectives }, "zh");
    expect(findings[0]?.suggestion).toMatch(/合格客户的流失/);
    expect(findings[1]?.message).toMatch(/分解而来/);
  });

  it("takes a declared dependency between the child's KR and the parent KR as a link", () => {
    const findings = findCrossUnitConflicts({ keyResults, objectives, dependencies: [["m1", "p1"]] }, "en");
    expect(findings.map((f) => f.rule)).toEqual(["opposite_pulls"]);
  });

  it("never compares two KRs of one unit", () => {
    const same = [
      kr("a", "Growth", "o", "Raise price from 9 to 12", 9, 12, "price"),
      kr("b", "Growth", "o", "Lower price from 99 to 89", 99, 89, "price"),
    ];
    expect(findCrossUnitConflicts({ keyResults: same, objectives: [] }, "en")).toEqual([]);
  });
});
