import {
  type CascadedScore,
  type ChainToScore,
  type KeyResultScoreWrite,
  type KeyResultToScore,
  type ObjectiveToScore,
  readChainToScore,
  writeScores,
} from "../../db/repositories/scores.ts";
import { groupBy } from "../../domain/group-by.ts";
import { type KeyResultScore, type ObjectiveScore, scoreObjectiveFromBelow } from "../../domain/okr-tree.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

/** A KR's new reading and forecast that the change has not written yet: the rescore writes them with its score. */
export type PendingKeyResult = Pick<KeyResultScoreWrite, "id" | "reading" | "forecast">;

/** The scores the rescore computed, by id (what it stored, and what did not move). */
export interface Rescored {
  keyResults: Map<string, KeyResultScore>;
  objectives: Map<string, ObjectiveScore>;
}

/**
 * Recomputes the stored scores of the given objectives and of every objective above them in the
 * cascade (M5), in the caller's transaction. Call it after a write that changed an objective's
 * KRs, their values or the set of objectives cascaded from them (for a removed or re-linked
 * objective, pass the objective it hung under). The caller holds the organisation's score lock
 * (`scoringChange` takes it first), so two writes never rescore from each other's stale rows.
 *
 * It reads the chains up from those objectives (depth x 3-5 KRs, plus each KR's cascaded
 * objectives' stored scores) in one statement, scores them bottom-up with the domain's
 * `scoreObjectiveFromBelow`, and writes the rows that moved in one more: the cost grows with
 * the depth of the tree, never with its size. `pending` KRs (of the starting objectives) are
 * scored on their new reading and written once, reading, forecast and score together.
 * `alreadyRead` is the chain up from exactly those objectives when the change has already read it with its own
 * statement (a single check-in, with its insert): then only the write is left.
 */
export async function rescoreUpFrom(
  tx: Executor,
  orgId: string,
  objectiveIds: Iterable<string>,
  pending: PendingKeyResult[] = [],
  alreadyRead?: ChainToScore,
): Promise<Rescored> {
  const starts = [...new Set(objectiveIds)];
  const { chain, keyResults: stored, cascaded } = alreadyRead ?? (await readChainToScore(tx, orgId, starts));
  const pendingById = new Map(pending.map((kr) => [kr.id, kr]));
  const keyResults = stored.map((kr) => {
    const reading = pendingById.get(kr.id)?.reading;
    return reading ? { ...kr, currentValue: reading.currentValue } : kr;
  });
  const read = new Set(keyResults.map((kr) => kr.id)); // a batch's 1,000 readings against ~2,000 KRs
  const missing = pending.filter((kr) => !read.has(kr.id));
  if (missing.length > 0) throw new Error(`A pending KR is not under the rescored objectives: ${missing[0]?.id}`);
  const scores = scoreChain(chain, keyResults, cascaded);
  // Only the rows whose score moved are sent back (a check-in moves a handful of them), and the
  // pending ones with their reading and forecast.
  const storedKr = new Map(stored.map((kr) => [kr.id, kr]));
  const storedObjective = new Map(chain.map((o) => [o.id, o.progress]));
  await writeScores(
    tx,
    orgId,
    [...scores.keyResults]
      .filter(
        ([id, s]) =>
          pendingById.has(id) || storedKr.get(id)?.progress !== s.progress || storedKr.get(id)?.rolledUp !== s.rolledUp,
      )
      .map(([id, s]) => ({ ...pendingById.get(id), id, progress: s.progress, rolledUp: s.rolledUp })),
    [...scores.objectives]
      .filter(([id, s]) => storedObjective.get(id) !== s.progress)
      .map(([id, s]) => ({ id, progress: s.progress })),
  );
  return scores;
}

/**
 * Scores the chain's objectives bottom-up: a KR's cascaded objective that is in the chain gets
 * its fresh score first; any other keeps its stored one (nothing below it changed).
 */
function scoreChain(chain: ObjectiveToScore[], keyResults: KeyResultToScore[], cascaded: CascadedScore[]): Rescored {
  const inChain = new Map(chain.map((o) => [o.id, o]));
  const krsByObjective = groupBy(keyResults, (kr) => kr.objectiveId);
  const cascadedByKr = groupBy(cascaded, (c) => c.parentKeyResultId);
  const scores: Rescored = { objectives: new Map(), keyResults: new Map() };
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
