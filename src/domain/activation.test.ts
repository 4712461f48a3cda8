import { describe, expect, it } from "vitest";
import { refusal } from "../../tests/support/refusal.ts";
import { assertCanActivate, assertOneActiveObjective } from "./activation.ts";

const good = { kind: "metric", metric: "refund rate", baseline: 0.5, target: 0.2, deadline: "2027-03-31" } as const;

describe("activation rules", () => {
  it("accepts KRs with metric, baseline, target and deadline (K1)", () => {
    expect(() =>
      assertCanActivate([good, { ...good, metric: "repeat purchase rate", baseline: 5, target: 15 }]),
    ).not.toThrow();
  });

  it("refuses an objective without key results (M4)", () => {
    const error = refusal(() => assertCanActivate([]));
    expect(error.code).toBe("M4");
    expect(error.status).toBe(422);
  });

  it("names every missing part of every KR (K1)", () => {
    const error = refusal(() =>
      assertCanActivate([good, { kind: "metric", metric: "", baseline: null, target: 3, deadline: null }]),
    );
    expect(error.code).toBe("K1");
    expect(error.details.map((d) => d.field)).toEqual([
      "keyResults.1.metric",
      "keyResults.1.baseline",
      "keyResults.1.deadline",
    ]);
    expect(error.details.every((d) => d.rule === "K1")).toBe(true);
  });

  it("lets KRs without values through when the organisation turned K1 off, but never an objective without KRs (M4)", () => {
    const bare = { kind: "metric", metric: "", baseline: null, target: null, deadline: null } as const;
    expect(() => assertCanActivate([bare], { K1: false })).not.toThrow();
    expect(refusal(() => assertCanActivate([], { K1: false })).code).toBe("M4");
  });

  it("refuses a target equal to the baseline (K1)", () => {
    const error = refusal(() => assertCanActivate([{ ...good, target: 0.5 }]));
    expect(error.details).toEqual([expect.objectContaining({ field: "keyResults.0.target", rule: "K1" })]);
  });

  it("checks a guardrail's bounds (K1)", () => {
    const error = refusal(() =>
      assertCanActivate([{ kind: "range", metric: "latency", rangeLow: 500, rangeHigh: 300, deadline: "2027-03-31" }]),
    );
    expect(error.details.map((d) => d.field)).toEqual(["keyResults.0.rangeHigh"]);
  });

  it("refuses a second active objective for a unit in one period (M1)", () => {
    expect(() => assertOneActiveObjective(null)).not.toThrow();
    const error = refusal(() => assertOneActiveObjective("Become home cooks' trusted cookware supplier"));
    expect(error.code).toBe("M1");
    expect(error.status).toBe(409);
    expect(error.message).toContain("Become home cooks' trusted cookware supplier");
  });
});
