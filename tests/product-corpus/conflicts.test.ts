import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCaseSet } from "../support/labelled-corpus.ts";
import { measureCalibration, measureCascade, measureOpposite, precision, recall, report } from "./measure.ts";

// M7 and K4 on labelled cases. The tuning set (conflicts.json) was used to shape the rules, so it
// must score high. The blind set (conflicts-blind.json) was written by someone who had not read the
// rules and is never tuned on: its floors were fixed before its failures were looked at.

const tuning = loadCaseSet(new URL("./conflicts.json", import.meta.url));

describe("cross-unit conflicts and calibration on the tuning set (M7, K4)", () => {
  it("has cases in both languages", () => {
    for (const cases of [tuning.oppositeCases, tuning.cascadeCases, tuning.calibrationCases]) {
      expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(["en", "zh"]));
    }
  });

  it("finds opposite pulls and unlinked cascades with high precision and recall", () => {
    console.log(report("tuning", tuning, true));
    const opposite = measureOpposite(tuning.oppositeCases);
    const cascade = measureCascade(tuning.cascadeCases);
    expect(precision(opposite)).toBeGreaterThanOrEqual(0.95);
    expect(recall(opposite)).toBeGreaterThanOrEqual(0.95);
    expect(precision(cascade)).toBeGreaterThanOrEqual(0.95);
    expect(recall(cascade)).toBeGreaterThanOrEqual(0.95);
    expect(measureCalibration(tuning.calibrationCases).misses).toEqual([]);
  });
});

const blindPath = new URL("./conflicts-blind.json", import.meta.url);

describe.runIf(existsSync(blindPath))("on the blind set, never tuned on (M7, K4)", () => {
  it("reaches the floors fixed before its failures were read", () => {
    const blind = loadCaseSet(blindPath);
    console.log(report("blind", blind));
    const opposite = measureOpposite(blind.oppositeCases);
    const cascade = measureCascade(blind.cascadeCases);
    const calibration = measureCalibration(blind.calibrationCases);
    expect(precision(opposite)).toBeGreaterThanOrEqual(BLIND_FLOOR.opposite.precision);
    expect(recall(opposite)).toBeGreaterThanOrEqual(BLIND_FLOOR.opposite.recall);
    expect(precision(cascade)).toBeGreaterThanOrEqual(BLIND_FLOOR.cascade.precision);
    expect(recall(cascade)).toBeGreaterThanOrEqual(BLIND_FLOOR.cascade.recall);
    expect(calibration.correct / Math.max(1, calibration.total)).toBeGreaterThanOrEqual(BLIND_FLOOR.calibration);
  });
});

/**
 * The figures the rules reached on the blind set, rounded down, fixed without reading which cases
 * failed (docs/dependencies-and-calibration.md gives both runs). Opposite pulls generalise poorly:
 * the floor says so honestly rather than hiding it, and guards against getting worse.
 */
const BLIND_FLOOR = {
  // Issue 17 (noun-phrase metric identity, measured once): 0.56 and 0.31; before, 0.5 and 0.19.
  opposite: { precision: 0.55, recall: 0.3 },
  cascade: { precision: 0.95, recall: 0.6 },
  calibration: 1,
};
