import { calibrate } from "../../src/domain/calibration.ts";
import type { CrossUnitKeyResult } from "../../src/domain/coach/cross-unit/metrics.ts";
import { oppositePull } from "../../src/domain/coach/cross-unit/opposite-pulls.ts";
import { cascadeLink } from "../../src/domain/coach/cross-unit/unlinked-cascade.ts";
import type {
  BlindKeyResult,
  CalibrationCase,
  CascadeCase,
  CaseSet,
  OppositeCase,
} from "../support/labelled-corpus.ts";

// Precision and recall of the cross-unit rules (M7) and accuracy of calibration (K4) on a set
// of labelled cases in the blind set's format. A "positive" is a conflict (opposite pulls) or an
// unlinked cascade: what the coach reports.

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  misses: string[];
}

export const toKeyResult = (kr: BlindKeyResult): CrossUnitKeyResult => ({
  unit: kr.unit,
  title: kr.title,
  metric: kr.metric,
  unitOfMeasure: kr.unit_of_measure,
  kind: "metric",
  baseline: kr.baseline,
  target: kr.target,
});

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precision = (s: Score) => ratio(s.truePositives, s.truePositives + s.falsePositives);
export const recall = (s: Score) => ratio(s.truePositives, s.truePositives + s.falseNegatives);

function score(cases: { id: string; expected: boolean; actual: boolean }[]): Score {
  const s: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0, misses: [] };
  for (const { id, expected, actual } of cases) {
    if (expected && actual) s.truePositives += 1;
    else if (!expected && !actual) s.trueNegatives += 1;
    else {
      s[actual ? "falsePositives" : "falseNegatives"] += 1;
      s.misses.push(`${id} (${actual ? "false positive" : "false negative"})`);
    }
  }
  return s;
}

export function measureOpposite(cases: OppositeCase[]): Score {
  return score(
    cases.map((c) => ({
      id: c.id,
      expected: c.conflict,
      actual: oppositePull(toKeyResult(c.a), toKeyResult(c.b)) !== null,
    })),
  );
}

export function measureCascade(cases: CascadeCase[]): Score {
  return score(
    cases.map((c) => ({
      id: c.id,
      expected: !c.linked,
      actual:
        cascadeLink({
          parentKeyResult: toKeyResult(c.parentKeyResult),
          childObjective: c.childObjective,
          childKeyResults: c.childKeyResults.map(toKeyResult),
        }) === null,
    })),
  );
}

export function measureCalibration(cases: CalibrationCase[]): { correct: number; total: number; misses: string[] } {
  const misses = cases.filter((c) => calibrate(c.finalScores).verdict !== c.expected).map((c) => c.id);
  return { correct: cases.length - misses.length, total: cases.length, misses };
}

/**
 * The figures of one set. `showMisses` names the cases it got wrong: for the tuning set only, so
 * the blind set's failures are never read to change a rule.
 */
export function report(name: string, set: CaseSet, showMisses = false): string {
  const opposite = measureOpposite(set.oppositeCases);
  const cascade = measureCascade(set.cascadeCases);
  const calibration = measureCalibration(set.calibrationCases);
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const line = (rule: string, s: Score, n: number) =>
    `${name.padEnd(8)} ${rule.padEnd(17)} cases ${String(n).padStart(3)}  precision ${pct(precision(s)).padStart(5)}  recall ${pct(recall(s)).padStart(5)}${showMisses && s.misses.length ? `  misses: ${s.misses.join(", ")}` : ""}`;
  return [
    line("opposite pulls", opposite, set.oppositeCases.length),
    line("unlinked cascade", cascade, set.cascadeCases.length),
    `${name.padEnd(8)} ${"calibration".padEnd(17)} cases ${String(calibration.total).padStart(3)}  correct ${calibration.correct}/${calibration.total}${showMisses && calibration.misses.length ? `  misses: ${calibration.misses.join(", ")}` : ""}`,
  ].join("\n");
}
