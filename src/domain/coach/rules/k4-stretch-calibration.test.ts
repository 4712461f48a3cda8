import { describe, expect, it } from "vitest";
import type { DraftKeyResult, DraftObjective } from "../types.ts";
import {
  checkStretchHistory,
  checkStretchTarget,
  forecastFromHistory,
  type PastKeyResult,
  type UnitHistory,
} from "./k4-stretch-calibration.ts";

const past = (
  title: string,
  baseline: number,
  target: number,
  finalProgress: number,
  metric?: string,
): PastKeyResult => ({
  title,
  metric,
  baseline,
  target,
  finalProgress,
  periodName: "2026-Q4",
});
const history = (...keyResults: PastKeyResult[]): UnitHistory => ({ keyResults });
const kr = (title: string, baseline: number, target: number, metric?: string): DraftKeyResult => ({
  title,
  metric,
  baseline,
  target,
});

// Last quarter this unit raised NPS from 30 to 42 (asked 30 -> 40, final score 1.2: +12 points).
const npsPast = history(past("Raise NPS from 30 to 40", 30, 40, 1.2));

describe("stretch targets from the team's own pace (K4)", () => {
  it.each([
    // target, where it lands at +12 a quarter, the finding
    ["far too easy: +3", 45, 4, "above 80 %"],
    ["too easy: +12, what the team already does", 54, 1, "above 80 %"],
    ["too hard: +40", 82, 0.3, "below 60 %"],
    ["too hard: +24, twice the pace", 66, 0.5, "below 60 %"],
  ])("flags a target that is %s (K4)", (_label, target, landing, words) => {
    const next = kr("Raise NPS from 42", 42, target);
    expect(forecastFromHistory(next, npsPast)?.landing).toBeCloseTo(landing, 5);
    expect(checkStretchTarget(next, npsPast)?.message.en).toContain(words);
  });

  it.each([
    ["+15: lands at 80 %", 57],
    ["+17: lands at 71 %", 59],
    ["+20: lands at 60 %", 62],
  ])("accepts a target in the sweet spot, %s (K4)", (_label, target) => {
    expect(checkStretchTarget(kr("Raise NPS from 42", 42, target), npsPast)).toBeNull();
  });

  it.each([
    // Traps: a past that says nothing about this target's pace.
    ["another metric", kr("Cut refund rate from 2% to 1.5%", 2, 1.5), npsPast],
    ["the same metric pushed the other way", kr("Lower NPS survey noise", 42, 40, "NPS"), npsPast],
    ["no history at all", kr("Raise NPS from 42 to 45", 42, 45), history()],
    [
      "a past KR that asked for no change",
      kr("Raise NPS from 42 to 45", 42, 45),
      history(past("Keep NPS at 40", 40, 40, 1)),
    ],
    ["a KR without a target", { title: "Raise NPS from 42", baseline: 42 }, npsPast],
  ])("says nothing about %s (K4)", (_label, next, unitHistory) => {
    expect(checkStretchTarget(next, unitHistory)).toBeNull();
  });

  it("is silent without history, as in grove lint (K4)", () => {
    expect(checkStretchTarget(kr("Raise NPS from 42 to 45", 42, 45), null)).toBeNull();
  });

  it("matches a metric in other words and in Chinese (K4)", () => {
    const zh = history(past("将退款率从 2% 降低到 1.6%", 2, 1.6, 1, "退款率"));
    // Last time -0.4 points; asking -0.1 lands at 400 %.
    expect(checkStretchTarget(kr("将退款率从 1.6% 降低到 1.5%", 1.6, 1.5, "退款率"), zh)?.message.zh).toContain(
      "高于 80%",
    );
  });

  it("suggests the target its past pace reaches at 70 % (K4)", () => {
    // +12 at 70 % is about +17.1: from 42 to about 59.1.
    expect(checkStretchTarget(kr("Raise NPS from 42 to 45", 42, 45), npsPast)?.suggestion.en).toContain("59.1");
  });
});

describe("stretch targets from the unit's final scores (K4)", () => {
  const objective = (...keyResults: DraftKeyResult[]): DraftObjective => ({
    title: "Delight returning buyers",
    keyResults,
  });
  const scores = (...finalProgress: number[]) =>
    history(...finalProgress.map((p, i) => past(`Past KR ${i}`, 0, 10, p, `past metric ${i}`)));
  const fresh = objective(kr("Raise repeat purchase rate from 5% to 15%", 5, 15));

  it.each([
    ["mostly above 80 %", scores(1, 1.1, 0.95, 0.7), "above 80 %"],
    ["mostly below 60 %", scores(0.2, 0.4, 0.5, 0.9), "below 60 %"],
  ])("flags the objective when the scores are %s (K4)", (_label, unitHistory, words) => {
    expect(checkStretchHistory(fresh, unitHistory)?.message.en).toContain(words);
  });

  it.each([
    ["in the sweet spot", scores(0.6, 0.7, 0.8, 0.75)],
    ["mixed, centring in the sweet spot", scores(0.2, 1, 0.65, 0.9, 0.4)],
    ["too few to read", scores(1, 1)],
  ])("accepts scores %s (K4)", (_label, unitHistory) => {
    expect(checkStretchHistory(fresh, unitHistory)).toBeNull();
  });

  it("leaves the objective alone when a KR has its own K4 finding (K4)", () => {
    const unitHistory = history(...scores(1, 1.1, 0.95).keyResults, past("Raise NPS from 30 to 40", 30, 40, 1.2));
    const withNps = objective(kr("Raise NPS from 42 to 45", 42, 45));
    expect(checkStretchTarget(withNps.keyResults[0] as DraftKeyResult, unitHistory)).not.toBeNull();
    expect(checkStretchHistory(withNps, unitHistory)).toBeNull();
  });
});
