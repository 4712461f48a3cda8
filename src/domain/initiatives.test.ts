import { describe, expect, it } from "vitest";
import { byStatus, datesIssue, outcomeIssues } from "./initiatives.ts";

describe("an initiative's dates", () => {
  it.each([
    [null, null, null],
    ["2027-01-01", null, null],
    [null, "2027-01-01", null],
    ["2027-01-01", "2027-01-01", null],
    ["2027-01-01", "2027-03-31", null],
    ["2027-03-31", "2027-01-01", "after_start"],
  ])("from %s to %s: %s", (startsOn, endsOn, rule) => {
    expect(datesIssue(startsOn, endsOn)?.rule ?? null).toBe(rule);
  });
});

describe("K7: the outcome KR that replaces an output", () => {
  it.each([
    [{ metric: "trial-to-paid conversion", baseline: 4, target: 6 }, []],
    [{ metric: "", baseline: 4, target: 6 }, ["o.metric"]],
    [{ metric: "转化率", baseline: null, target: 6 }, ["o.baseline"]],
    [{ metric: "转化率", baseline: 4 }, ["o.target"]],
    [{ metric: "churn", baseline: 3, target: 3 }, ["o.target"]],
    [{}, ["o.metric", "o.baseline", "o.target"]],
  ])("%j misses %j", (kr, fields) => {
    const issues = outcomeIssues(kr, "o");
    expect(issues.map((i) => i.field)).toEqual(fields);
    for (const issue of issues) expect(issue.rule).toBe("K7");
  });
});

describe("initiatives by status", () => {
  it("lists work in progress first, then planned, done and dropped, leaving out empty groups", () => {
    const items = [
      { id: "a", status: "done" as const },
      { id: "b", status: "planned" as const },
      { id: "c", status: "in_progress" as const },
      { id: "d", status: "planned" as const },
    ];
    expect(byStatus(items).map(([status, group]) => [status, group.map((i) => i.id)])).toEqual([
      ["in_progress", ["c"]],
      ["planned", ["b", "d"]],
      ["done", ["a"]],
    ]);
  });
});
