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
 * Scores every KR and objective of a period (S1, S2) with roll-up (M5): a KR that objectives
 * were cascaded from takes its progress from the mean of those objectives, which in turn take
 * theirs from their own KRs, down to the front line. Cancelled objectives do not count.
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

  function scoreObjective(objective: ObjectiveInput): ObjectiveScore {
    const known = scores.objectives.get(objective.id);
    if (known) return known;
    inProgress.add(objective.id);
    const krs = krsByObjective.get(objective.id) ?? [];
    const progress = weightedProgress(krs.map((kr) => ({ progress: scoreKeyResult(kr).progress, weight: kr.weight })));
    inProgress.delete(objective.id);
    const score = { progress, band: progress === null ? null : bandOf(progress) };
    scores.objectives.set(objective.id, score);
    return score;
  }

  function scoreKeyResult(kr: KeyResultInput): KeyResultScore {
    const known = scores.keyResults.get(kr.id);
    if (known) return known;
    const children = (childrenByKr.get(kr.id) ?? []).filter((o) => !inProgress.has(o.id));
    const rolledUp = children.length > 0;
    const progress = rolledUp
      ? weightedProgress(children.map((o) => ({ progress: scoreObjective(o).progress, weight: 1 })))
      : keyResultProgress(kr.spec, kr.currentValue);
    const score: KeyResultScore = {
      progress,
      band: progress === null ? null : bandOf(progress),
      direction: keyResultDirection(kr.spec),
      rolledUp,
    };
    scores.keyResults.set(kr.id, score);
    return score;
  }

  for (const objective of live) scoreObjective(objective);
  return scores;
}
