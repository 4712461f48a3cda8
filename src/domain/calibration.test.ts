import { describe, expect, it } from "vitest";
import { ADVICE, type CalibrationVerdict, calibrate } from "./calibration.ts";

describe("calibration of a unit's past targets (K4)", () => {
  const cases: [string, number[], CalibrationVerdict][] = [
    ["mostly above 80 % is too easy", [0.9, 1, 0.85, 0.7], "too_easy"],
    ["mostly below 60 % is too hard", [0.2, 0.5, 0.4, 0.9], "too_hard"],
    ["mostly 60-80 % is the sweet spot", [0.6, 0.7, 0.8, 0.75], "sweet_spot"],
    ["a mixed record centres in the sweet spot", [0.1, 0.7, 0.72, 1], "sweet_spot"],
    ["60 % and 80 % themselves are in the sweet spot", [0.6, 0.6, 0.8], "sweet_spot"],
    ["fewer than three scores is not enough history", [0.95, 0.9], "not_enough_history"],
    ["no closed period is not enough history", [], "not_enough_history"],
    ["overachievement above 100 % counts as above 80 %", [1.3, 1.2, 0.5], "too_easy"],
  ];
  it.each(cases)("%s", (_name, scores, verdict) => {
    expect(calibrate(scores).verdict).toBe(verdict);
  });

  it("counts the scores around the sweet spot, for the unit only (S3)", () => {
    expect(calibrate([0.9, 0.7, 0.3, 0.65])).toMatchObject({ scores: 4, above: 1, within: 2, below: 1, median: 0.675 });
  });

  it("gives its advice in plain words in both languages", () => {
    expect(calibrate([0.9, 0.95, 1]).advice).toEqual(ADVICE.too_easy);
    expect(ADVICE.too_easy.en).toMatch(/aim higher/i);
    expect(ADVICE.too_hard.en).toMatch(/too many key results/i);
    expect(ADVICE.not_enough_history.zh).toMatch(/历史还不够/);
    for (const advice of Object.values(ADVICE)) expect(advice.zh).toMatch(/K4/);
  });
});
