import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import { keyResultDirection, keyResultProgress } from "./key-result-kinds.ts";
import { bandOf, clampForDisplay, weightedProgress } from "./progress.ts";

const metric = (baseline: number | null, target: number | null) =>
  ({ kind: "metric", metric: "m", baseline, target, deadline: "2027-03-31" }) as const;

describe("key result progress (S1)", () => {
  it.each([
    { name: "increasing, half way", baseline: 5, target: 15, current: 10, expected: 0.5 },
    { name: "increasing, at baseline", baseline: 5, target: 15, current: 5, expected: 0 },
    { name: "increasing, over-achieved is kept unclamped", baseline: 5, target: 15, current: 20, expected: 1.5 },
    { name: "increasing, went backwards", baseline: 5, target: 15, current: 3, expected: -0.2 },
    { name: "decreasing, refund rate 0.5% -> 0.2% at 0.35%", baseline: 0.5, target: 0.2, current: 0.35, expected: 0.5 },
    { name: "decreasing, reached", baseline: 0.5, target: 0.2, current: 0.2, expected: 1 },
    { name: "decreasing, got worse", baseline: 10, target: 7, current: 11.5, expected: -0.5 },
    { name: "no check-in yet counts as the baseline", baseline: 30, target: 34, current: null, expected: 0 },
  ])("$name", ({ baseline, target, current, expected }) => {
    expect(keyResultProgress(metric(baseline, target), current)).toBeCloseTo(expected, 10);
  });

  it("cannot measure a KR without baseline or target, or with target equal to baseline (K1)", () => {
    expect(keyResultProgress(metric(null, 10), 5)).toBeNull();
    expect(keyResultProgress(metric(4, null), 5)).toBeNull();
    expect(keyResultProgress(metric(4, 4), 5)).toBeNull();
  });

  it("derives the direction from baseline and target (K1)", () => {
    expect(keyResultDirection(metric(5, 15))).toBe("increase");
    expect(keyResultDirection(metric(0.5, 0.2))).toBe("decrease");
    expect(keyResultDirection(metric(1, 1))).toBeNull();
  });

  it("scores a guardrail (keep within range) as met inside the range and not met outside", () => {
    const range = {
      kind: "range",
      metric: "p95 latency",
      rangeLow: null,
      rangeHigh: 300,
      deadline: "2027-03-31",
    } as const;
    expect(keyResultProgress(range, 250)).toBe(1);
    expect(keyResultProgress(range, 320)).toBe(0);
    expect(keyResultProgress(range, null)).toBeNull();
    expect(keyResultDirection(range)).toBe("keep_within");
  });

  it("clamps for display only", () => {
    expect(clampForDisplay(1.5)).toBe(1);
    expect(clampForDisplay(-0.2)).toBe(0);
    expect(clampForDisplay(0.42)).toBe(0.42);
  });
});

describe("outcome bands (S2)", () => {
  itMaps("%s is %s", bandOf, [
    [-0.1, "not_achieved"],
    [0, "not_achieved"],
    [0.599, "not_achieved"],
    [0.6, "met"],
    [0.7, "met"],
    [0.8, "met"],
    [0.801, "exceeded"],
    [1.4, "exceeded"],
  ]);
});

describe("objective progress (S1)", () => {
  it("is the weighted mean of its KRs", () => {
    expect(
      weightedProgress([
        { progress: 1, weight: 1 },
        { progress: 0.5, weight: 1 },
      ]),
    ).toBeCloseTo(0.75);
    expect(
      weightedProgress([
        { progress: 1, weight: 3 },
        { progress: 0, weight: 1 },
      ]),
    ).toBeCloseTo(0.75);
  });

  it("counts an unmeasurable KR as zero and has no progress without KRs (M4)", () => {
    expect(
      weightedProgress([
        { progress: null, weight: 1 },
        { progress: 1, weight: 1 },
      ]),
    ).toBeCloseTo(0.5);
    expect(weightedProgress([])).toBeNull();
  });
});
