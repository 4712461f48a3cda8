import {
  type KeyResultToScore,
  listCascadedScores,
  listKeyResultsToScore,
  listObjectivesUpFrom,
  type ObjectiveToScore,
  writeKeyResultScores,
  writeObjectiveScores,
} from "../../db/repositories/scores.ts";
import { groupBy } from "../../domain/group-by.ts";
import { idsOf } from "../../domain/ids.ts";
import { type KeyResultScore, type ObjectiveScore, scoreObjectiveFromBelow } from "../../domain/okr-tree.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

/**
 * Recomputes the stored scores of the given objectives and of every objective above them in the
 * cascade (M5), in the caller's transaction. Call it after a write that changed an objective's
 * KRs, their values or the set of objectives cascaded from them (for a removed or re-linked
 * objective, pass the objective it hung under). The caller holds the organisation's score lock
 * (`scoringChange` takes it first), so two writes never rescore from each other's stale rows.
 *
 * It reads the chains up from those objectives (depth x 3-5 KRs, plus each KR's cascaded
 * objectives' stored scores) in three statements, scores them bottom-up with the domain's
 * `scoreObjectiveFromBelow`, and writes the rows that moved in two: the cost grows with the
 * depth of the tree, never with its size.
 */
export async function rescoreUpFrom(tx: Executor, orgId: string, objectiveIds: Iterable<string>): Promise<void> {
  const starts = [...new Set(objectiveIds)];
  if (starts.length === 0) return;
  const chain = await listObjectivesUpFrom(tx, orgId, starts);
  const keyResults = await listKeyResultsToScore(tx, orgId, idsOf(chain));
  const cascaded = await listCascadedScores(tx, orgId, idsOf(keyResults));
  const scores = scoreChain(chain, keyResults, cascaded);
  // Only the rows whose score moved are sent back (a check-in moves a handful of them).
  const storedKr = new Map(keyResults.map((kr) => [kr.id, kr]));
  await writeKeyResultScores(
    tx,
    orgId,
    [...scores.keyResults]
      .filter(([id, s]) => storedKr.get(id)?.progress !== s.progress || storedKr.get(id)?.rolledUp !== s.rolledUp)
      .map(([id, s]) => ({ id, progress: s.progress, rolledUp: s.rolledUp })),
  );
  const storedObjective = new Map(chain.map((o) => [o.id, o.progress]));
  await writeObjectiveScores(
    tx,
    orgId,
    [...scores.objectives]
      .filter(([id, s]) => storedObjective.get(id) !== s.progress)
      .map(([id, s]) => ({ id, progress: s.progress })),
  );
}

/**
 * Scores the chain's objectives bottom-up: a KR's cascaded objective that is in the chain gets
 * its fresh score first; any other keeps its stored one (nothing below it changed).
 */
function scoreChain(
  chain: ObjectiveToScore[],
  keyResults: KeyResultToScore[],
  cascaded: { id: string; parentKeyResultId: string; periodId: string; progress: number | null }[],
) {
  const inChain = new Map(chain.map((o) => [o.id, o]));
  const krsByObjective = groupBy(keyResults, (kr) => kr.objectiveId);
  const cascadedByKr = groupBy(cascaded, (c) => c.parentKeyResultId);
  const scores = { objectives: new Map<string, ObjectiveScore>(), keyResults: new Map<string, KeyResultScore>() };
  const inProgress = new Set<string>(); // bad data must not loop

  function score(objective: ObjectiveToScore): ObjectiveScore {
    const known = scores.objectives.get(objective.id);
    if (known) return known;
    inProgress.add(objective.id);
    const krs = krsByObjective.get(objective.id) ?? [];
    // Only objectives of the same period roll up (as in scorePeriod).
    const below = new Map(
      krs.map((kr) => [
        kr.id,
        (cascadedByKr.get(kr.id) ?? [])
          .filter((c) => c.periodId === objective.periodId && !inProgress.has(c.id))
          .map((c) => {
            const child = inChain.get(c.id);
            return child ? score(child).progress : c.progress;
          }),
      ]),
    );
    const result = scoreObjectiveFromBelow(
      objective,
      krs.map((kr) => ({ ...kr, spec: specOf(kr) })),
      below,
    );
    inProgress.delete(objective.id);
    scores.objectives.set(objective.id, result.objective);
    for (const [id, krScore] of result.keyResults) scores.keyResults.set(id, krScore);
    return result.objective;
  }

  for (const objective of chain) score(objective);
  return scores;
}
