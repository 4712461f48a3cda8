import { describe, expect, it } from "vitest";
import type { DraftObjective, DraftUnit } from "../types.ts";
import { checkOneObjectivePerUnit } from "./m1-one-objective.ts";

const objective = (title: string): DraftObjective => ({
  title,
  keyResults: [],
});
const unit = (name: string, count: number): DraftUnit => ({
  name,
  objectives: Array.from({ length: count }, (_, i) => objective(`O${i}`)),
});

describe("one objective per team per period (M1)", () => {
  it.each([
    ["no objective", [unit("Growth", 0)], []],
    ["one objective", [unit("Growth", 1)], []],
    ["two objectives in one unit", [unit("Growth", 2)], [0]],
    ["three objectives, second unit", [unit("Growth", 1), unit("CRM", 3)], [1]],
    ["one unit listed twice with one objective each", [unit("Growth", 1), unit(" growth ", 1)], [0]],
    ["two units with one objective each", [unit("Growth", 1), unit("CRM", 1)], []],
  ])("%s", (_label, units, expected) => {
    expect(checkOneObjectivePerUnit(units).map((r) => r.unitIndex)).toEqual(expected);
  });

  it("names the unit and the count in both languages", () => {
    const [result] = checkOneObjectivePerUnit([unit("CRM", 3)]);
    expect(result?.hit.message.en).toContain('"CRM" has 3 objectives');
    expect(result?.hit.message.zh).toContain("3 个目标");
  });
});
