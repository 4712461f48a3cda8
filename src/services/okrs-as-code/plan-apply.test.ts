import { describe, expect, it } from "vitest";
import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import { quarterPeriod } from "../../domain/period.ts";
import { type OrgSnapshot, planApply } from "./plan-apply.ts";

const period = quarterPeriod("2027-Q1");
const empty: OrgSnapshot = { periodExists: true, units: [], objectives: [], enforced: { M1: true, K1: true } };

const kr = (fields: Partial<KeyResultRow>): KeyResultRow =>
  ({
    id: "kr-1",
    title: "Keep p95 latency under 300 ms",
    kind: "metric",
    metric: "p95 latency",
    unit: "ms",
    baseline: null,
    target: null,
    rangeLow: null,
    rangeHigh: null,
    deadline: "2027-03-31",
    ...fields,
  }) as KeyResultRow;

const stored = (keyResults: KeyResultRow[]): OrgSnapshot["objectives"][number] =>
  ({
    id: "o-1",
    title: "Make checkout effortless",
    description: "",
    status: "active",
    unitName: "Payments",
    keyResults,
  }) as ObjectiveRow & { unitName: string; keyResults: KeyResultRow[] };

describe("planning an apply", () => {
  it("creates parents before their children, whatever the file's order", () => {
    const steps = planApply(empty, {
      period,
      units: [
        { name: "Onboarding", parent: "Growth", objectives: [] },
        { name: "Growth", parent: "Company", objectives: [] },
        { name: "Company", parent: null, objectives: [] },
      ],
    });
    expect(steps.map((s) => (s.kind === "createUnit" ? s.name : s.kind))).toEqual(["Company", "Growth", "Onboarding"]);
  });

  it("adds the period when the organisation does not have it yet", () => {
    const steps = planApply({ ...empty, periodExists: false }, { period, units: [{ name: "A", objectives: [] }] });
    expect(steps[0]).toEqual({ kind: "createPeriod", name: "2027-Q1" });
  });

  it("compares a guardrail's metric, unit and deadline but not the bounds the file cannot hold", () => {
    const snapshot = {
      ...empty,
      units: [{ id: "u-1", name: "Payments", parentId: null }],
      objectives: [stored([kr({ kind: "range", rangeHigh: 300 })])],
    };
    const file = (deadline: string) => ({
      period,
      units: [
        {
          name: "Payments",
          objectives: [
            {
              title: "Make checkout effortless",
              keyResults: [{ title: "Keep p95 latency under 300 ms", metric: "p95 latency", unit: "ms", deadline }],
            },
          ],
        },
      ],
    });
    expect(planApply(snapshot, file("2027-03-31"))).toEqual([]);
    expect(planApply(snapshot, file("2027-03-15"))).toEqual([
      expect.objectContaining({
        kind: "updateKeyResult",
        changes: { deadline: { before: "2027-03-31", after: "2027-03-15" } },
      }),
    ]);
  });

  it("activates key results without values when the organisation turned K1 off, but never an objective without any (M4)", () => {
    const file = {
      period,
      units: [
        {
          name: "Research",
          objectives: [
            { title: "Learn what home bakers need", keyResults: [{ title: "Customer interviews" }] },
            { title: "Learn what agencies need", keyResults: [] },
          ],
        },
      ],
    };
    const steps = planApply({ ...empty, enforced: { M1: false, K1: false } }, file);
    expect(steps.flatMap((s) => (s.kind === "createObjective" ? [[s.status, s.why]] : []))).toEqual([
      ["active", null],
      ["draft", "M4: no key results"],
    ]);
  });
});
