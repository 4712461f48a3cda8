import { describe, expect, it } from "vitest";
import { type KeyResultInput, type ObjectiveInput, scorePeriod } from "./okr-tree.ts";

const objective = (id: string, parentKeyResultId: string | null = null, status = "active"): ObjectiveInput => ({
  id,
  unitId: `unit-${id}`,
  status,
  parentKeyResultId,
});
const kr = (
  id: string,
  objectiveId: string,
  baseline: number,
  target: number,
  current: number | null,
  weight = 1,
): KeyResultInput => ({
  id,
  objectiveId,
  spec: { kind: "metric", metric: id, baseline, target, deadline: "2027-03-31" },
  weight,
  currentValue: current,
});

describe("roll-up through the cascade (M5)", () => {
  // Head of product -> director -> PM, as in the guide's product leadership example.
  const objectives = [objective("head"), objective("director", "head-kr1"), objective("pm", "director-kr3")];
  const keyResults = [
    kr("head-kr1", "head", 4, 6, 4), // its own reading is ignored once objectives cascade from it
    kr("head-kr2", "head", 0, 10, 5),
    kr("director-kr1", "director", 0, 10, 10),
    kr("director-kr2", "director", 0, 10, 0),
    kr("director-kr3", "director", 10, 7, 10),
    kr("pm-kr1", "pm", 0, 100, 60),
    kr("pm-kr2", "pm", 0, 100, 90),
  ];
  const scores = scorePeriod(objectives, keyResults);

  it("scores the front line from its check-ins", () => {
    expect(scores.objectives.get("pm")?.progress).toBeCloseTo(0.75);
    expect(scores.objectives.get("pm")?.band).toBe("met");
  });

  it("takes a cascaded KR's progress from the child objective", () => {
    expect(scores.keyResults.get("director-kr3")?.progress).toBeCloseTo(0.75);
    expect(scores.keyResults.get("director-kr3")?.rolledUp).toBe(true);
    expect(scores.objectives.get("director")?.progress).toBeCloseTo((1 + 0 + 0.75) / 3);
  });

  it("carries progress up two levels to the head of product", () => {
    const director = (1 + 0 + 0.75) / 3;
    expect(scores.keyResults.get("head-kr1")?.progress).toBeCloseTo(director);
    expect(scores.objectives.get("head")?.progress).toBeCloseTo((director + 0.5) / 2);
    expect(scores.keyResults.get("head-kr2")?.rolledUp).toBe(false);
  });

  it("averages several child objectives and ignores cancelled ones", () => {
    const result = scorePeriod(
      [objective("parent"), objective("a", "p1"), objective("b", "p1"), objective("c", "p1", "cancelled")],
      [kr("p1", "parent", 0, 1, 0), kr("a1", "a", 0, 10, 10), kr("b1", "b", 0, 10, 5), kr("c1", "c", 0, 10, 0)],
    );
    expect(result.keyResults.get("p1")?.progress).toBeCloseTo(0.75);
    expect(result.objectives.has("c")).toBe(false);
  });

  it("survives a cycle in bad data instead of recursing forever", () => {
    const result = scorePeriod(
      [objective("x", "y1"), objective("y", "x1")],
      [kr("x1", "x", 0, 10, 5), kr("y1", "y", 0, 10, 2)],
    );
    expect(result.objectives.get("x")?.progress).not.toBeUndefined();
    expect(result.objectives.get("y")?.progress).not.toBeUndefined();
  });

  it("weights KRs (S1)", () => {
    const result = scorePeriod([objective("o")], [kr("k1", "o", 0, 10, 10, 3), kr("k2", "o", 0, 10, 0, 1)]);
    expect(result.objectives.get("o")?.progress).toBeCloseTo(0.75);
  });
});
