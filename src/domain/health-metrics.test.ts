import { describe, expect, it } from "vitest";
import { type HealthReadingState, type HealthState, healthStateOf, isOutOfRange } from "./health-metrics.ts";
import { keyResultProgress } from "./key-result-kinds.ts";
import { rangeIssues } from "./range.ts";

const metric = (
  rangeLow: number | null,
  rangeHigh: number | null,
  currentValue: number | null,
): HealthReadingState => ({
  rangeLow,
  rangeHigh,
  currentValue,
});

describe("a health metric's state by its latest reading", () => {
  it.each<[string, HealthReadingState, HealthState]>([
    ["no reading yet", metric(99.5, null, null), "no_reading"],
    ["uptime at its low bound is inside", metric(99.5, null, 99.5), "in_range"],
    ["uptime under its low bound", metric(99.5, null, 99.2), "below"],
    ["churn over its high bound", metric(null, 2, 2.4), "above"],
    ["churn at its high bound is inside", metric(null, 2, 2), "in_range"],
    ["cost inside both bounds", metric(10, 20, 15), "in_range"],
    ["cost under both bounds", metric(10, 20, 9.99), "below"],
    ["cost over both bounds", metric(10, 20, 20.01), "above"],
    ["a one-point range", metric(5, 5, 5), "in_range"],
    ["negative values", metric(-3, -1, -4), "below"],
  ])("%s", (_name, input, state) => {
    expect(healthStateOf(input)).toBe(state);
    expect(isOutOfRange(input)).toBe(state === "below" || state === "above");
  });

  // The guardrail KR (K1, kind "range") and the health metric read one rule: what keeps a KR's
  // progress at 100 % is what keeps a metric in range.
  it.each([
    [99.5, null, 99.4],
    [99.5, null, 99.5],
    [null, 2, 2.1],
    [10, 20, 15],
    [10, 20, 21],
  ])("agrees with the range KR on [%s, %s] at %s", (low, high, value) => {
    const kr = { kind: "range" as const, metric: "m", rangeLow: low, rangeHigh: high, deadline: "2027-03-31" };
    expect(keyResultProgress(kr, value) === 1).toBe(!isOutOfRange(metric(low, high, value)));
  });
});

describe("a healthy range's bounds", () => {
  it.each([
    [{ rangeLow: null, rangeHigh: null }, [{ field: "rangeLow", rule: "range" }]],
    [{ rangeLow: 3, rangeHigh: 1 }, [{ field: "rangeHigh", rule: "range" }]],
    [{ rangeLow: 1, rangeHigh: null }, []],
    [{ rangeLow: null, rangeHigh: 1 }, []],
    [{ rangeLow: 1, rangeHigh: 1 }, []],
  ])("%o gives %o", (range, issues) => {
    expect(rangeIssues(range, "range").map(({ field, rule }) => ({ field, rule }))).toEqual(issues);
  });

  it("words the KR's bounds as K1 did before the rule was shared", () => {
    expect(rangeIssues({ rangeLow: 3, rangeHigh: 1 }, "K1")).toEqual([
      { field: "rangeHigh", rule: "K1", message: "K1: the high bound must not be below the low bound" },
    ]);
  });
});
