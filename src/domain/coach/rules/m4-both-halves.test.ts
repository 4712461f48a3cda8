import { describe, expect, it } from "vitest";
import { checkBothHalves } from "./m4-both-halves.ts";

const kr = {
  title: "Reduce refund rate from 0.5% to 0.2%",
  baseline: 0.5,
  target: 0.2,
};

describe("both halves are required (M4)", () => {
  it.each([
    ["an objective without key results", "Become home cooks' trusted supplier", [], 1],
    ["key results without an objective", "  ", [kr], 1],
    ["an objective with key results", "Become home cooks' trusted supplier", [kr], 0],
  ])("%s", (_label, title, keyResults, expected) => {
    expect(checkBothHalves({ title, keyResults })).toHaveLength(expected);
  });
});
