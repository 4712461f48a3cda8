import { groupBy } from "./group-by.ts";
import { type KeyResultSpec, keyResultDirection, keyResultProgress } from "./key-result-kinds.ts";
import type { Band } from "./progress.ts";
import { bandOf, weightedProgress } from "./progress.ts";

export interface KeyResultInput {
  id: string;
  objectiveId: string;
  spec: KeyResultSpec;
  weight: number;
  currentValue: number | null;
}

export interface ObjectiveInput {
  id: string;
  unitId: string;
  status: string;
  parentKeyResultId: string | null;
}

export interface KeyResultScore {
  progress: number | null;
  band: Band | null;
  direction: ReturnType<typeof keyResultDirection>;
  /** True when the progress comes from the objectives cascaded from this KR (M5). */
  rolledUp: boolean;
}

export interface ObjectiveScore {
  progress: number | null;
  band: Band | null;
}

export interface Scores {
  keyResults: Map<string, KeyResultScore>;
  objectives: Map<string, ObjectiveScore>;
}

/**
 * One KR's score (S1, S2). A KR that objectives were cascaded from takes its progress from the
 * plain mean of those objectives (M5); otherwise from its own latest reading.
 */
export function scoreKeyResult(
  kr: Pick<KeyResultInput, "spec" | "currentValue">,
  cascadedProgress: (number | null)[],
): KeyResultScore {
  const rolledUp = cascadedProgress.length > 0;
  const progress = rolledUp
    ? weightedProgress(cascadedProgress.map((p) => ({ progress: p, weight: 1 })))
    : keyResultProgress(kr.spec, kr.currentValue);
  return { progress, band: bandOfProgress(progress), direction: keyResultDirection(kr.spec), rolledUp };
}

/** An objective's score: the weighted mean of its KRs' progress (S1). */
export function scoreObjective(keyResults: { progress: number | null; weight: number }[]): ObjectiveScore {
  const progress = weightedProgress(keyResults);
  return { progress, band: bandOfProgress(progress) };
}

/**
 * One objective and its KRs scored from what lies directly below them: the scores of the
 * objectives cascaded from each KR (`cascadedByKr`). This is the step of the incremental roll-up
 * (src/services/scores); applied bottom-up it gives exactly what `scorePeriod` gives. A cancelled
 * objective has no score, and neither do its KRs.
 */
export function scoreObjectiveFromBelow(
  objective: Pick<ObjectiveInput, "status">,
  keyResults: KeyResultInput[],
  cascadedByKr: ReadonlyMap<string, (number | null)[]>,
): { objective: ObjectiveScore; keyResults: Map<string, KeyResultScore> } {
  const scores = new Map<string, KeyResultScore>();
  if (objective.status === "cancelled") {
    for (const kr of keyResults) scores.set(kr.id, unscored(kr));
    return { objective: { progress: null, band: null }, keyResults: scores };
  }
  for (const kr of keyResults) scores.set(kr.id, scoreKeyResult(kr, cascadedByKr.get(kr.id) ?? []));
  const score = scoreObjective(
    keyResults.map((kr) => ({ progress: scores.get(kr.id)?.progress ?? null, weight: kr.weight })),
  );
  return { objective: score, keyResults: scores };
}

function unscored(kr: KeyResultInput): KeyResultScore {
  return { progress: null, band: null, direction: keyResultDirection(kr.spec), rolledUp: false };
}

function bandOfProgress(progress: number | null): Band | null {
  return progress === null ? null : bandOf(progress);
}

/**
 * Scores every KR and objective of a period (S1, S2) with roll-up (M5): a KR that objectives
 * were cascaded from takes its progress from the mean of those objectives, which in turn take
 * theirs from their own KRs, down to the front line. Cancelled objectives do not count. This is
 * the reference the stored, incremental scores are rebuilt from and tested against.
 */
export function scorePeriod(objectives: ObjectiveInput[], keyResults: KeyResultInput[]): Scores {
  const live = objectives.filter((o) => o.status !== "cancelled");
  const krsByObjective = groupBy(keyResults, (kr) => kr.objectiveId);
  const childrenByKr = groupBy(
    live.filter((o) => o.parentKeyResultId !== null),
    (o) => o.parentKeyResultId as string,
  );
  const scores: Scores = { keyResults: new Map(), objectives: new Map() };
  const inProgress = new Set<string>(); // guards against cycles in bad data

  function scoreLiveObjective(objective: ObjectiveInput): ObjectiveScore {
    const known = scores.objectives.get(objective.id);
    if (known) return known;
    inProgress.add(objective.id);
    const krs = (krsByObjective.get(objective.id) ?? []).map((kr) => ({ kr, score: scoreLiveKeyResult(kr) }));
    inProgress.delete(objective.id);
    const score = scoreObjective(krs.map(({ kr, score }) => ({ progress: score.progress, weight: kr.weight })));
    scores.objectives.set(objective.id, score);
    return score;
  }

  function scoreLiveKeyResult(kr: KeyResultInput): KeyResultScore {
    const known = scores.keyResults.get(kr.id);
    if (known) return known;
    const children = (childrenByKr.get(kr.id) ?? []).filter((o) => !inProgress.has(o.id));
    const score = scoreKeyResult(
      kr,
      children.map((o) => scoreLiveObjective(o).progress),
    );
    scores.keyResults.set(kr.id, score);
    return score;
  }

  for (const objective of live) scoreLiveObjective(objective);
  return scores;
}
