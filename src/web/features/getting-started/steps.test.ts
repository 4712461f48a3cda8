import { describe, expect, it } from "vitest";
import { keepsPeriod, stepPath } from "./steps.ts";

describe("stepPath", () => {
  it.each([
    ["period", null, "/people#periods"],
    ["units", null, "/people#units-title"],
    ["people", null, "/people#invite-title"],
    ["objective", null, "/map"],
    ["checkIn", null, "/map"],
    ["checkIn", "u-1", "/units/u-1"],
  ] as const)("%s (objective in %s) is done at %s", (step, unitId, path) => {
    expect(stepPath(step, unitId)).toBe(path);
  });

  it("keeps the period only on pages that show one", () => {
    expect(keepsPeriod("/people#periods")).toBe(false);
    expect(keepsPeriod("/units/u-1")).toBe(true);
  });
});
