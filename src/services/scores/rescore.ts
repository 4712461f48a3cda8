import { listKeyResults } from "../../db/repositories/okrs.ts";
import {
  type CascadedScore,
  listCascadedScores,
  listObjectivesToScore,
  lockScores,
  writeKeyResultScores,
  writeObjectiveScores,
} from "../../db/repositories/scores.ts";
import { groupBy } from "../../domain/group-by.ts";
import { scoreObjectiveFromBelow } from "../../domain/okr-tree.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

// Cascades are acyclic (the services refuse a cycle, M5); this bound only keeps bad data from
// looping. Real trees are 5-7 levels deep.
const MAX_STEPS = 64;

/**
 * Recomputes the stored scores of the given objectives and of every objective above them in the
 * cascade (M5), one level per step: the cost grows with the depth of the tree, not its size.
 * Call it, in the same transaction, after a write that changed an objective's KRs, their values
 * or the set of objectives cascaded from them (for a removed or re-linked objective, pass the
 * objective it hung under). It always walks to the top: an objective seen twice is recomputed
 * at its last visit, which comes after every changed objective below it.
 */
export async function rescoreUpFrom(tx: Executor, orgId: string, objectiveIds: Iterable<string>): Promise<void> {
  let frontier = [...new Set(objectiveIds)];
  if (frontier.length === 0) return;
  await lockScores(tx, orgId);
  for (let step = 0; frontier.length > 0 && step < MAX_STEPS; step++) {
    frontier = await rescoreStep(tx, orgId, frontier);
  }
}

/** Scores one set of objectives from their KRs and the stored scores below; returns their parents. */
async function rescoreStep(tx: Executor, orgId: string, ids: string[]): Promise<string[]> {
  const objectives = await listObjectivesToScore(tx, orgId, ids);
  const keyResults = await listKeyResults(tx, orgId, ids);
  const cascaded = groupBy(
    await listCascadedScores(
      tx,
      orgId,
      keyResults.map((kr) => kr.id),
    ),
    (child: CascadedScore) => child.parentKeyResultId,
  );
  const krsByObjective = groupBy(keyResults, (kr) => kr.objectiveId);
  const objectiveScores: { id: string; progress: number | null }[] = [];
  const keyResultScores: { id: string; progress: number | null; rolledUp: boolean }[] = [];
  for (const objective of objectives) {
    const krs = krsByObjective.get(objective.id) ?? [];
    // Only objectives of the same period roll up (as in scorePeriod).
    const below = new Map(
      krs.map((kr) => [
        kr.id,
        (cascaded.get(kr.id) ?? []).filter((c) => c.periodId === objective.periodId).map((c) => c.progress),
      ]),
    );
    const score = scoreObjectiveFromBelow(
      objective,
      krs.map((kr) => ({ ...kr, spec: specOf(kr) })),
      below,
    );
    objectiveScores.push({ id: objective.id, progress: score.objective.progress });
    for (const [id, krScore] of score.keyResults) {
      keyResultScores.push({ id, progress: krScore.progress, rolledUp: krScore.rolledUp });
    }
  }
  await writeKeyResultScores(tx, orgId, keyResultScores);
  await writeObjectiveScores(tx, orgId, objectiveScores);
  return [...new Set(objectives.flatMap((o) => (o.parentObjectiveId ? [o.parentObjectiveId] : [])))];
}
