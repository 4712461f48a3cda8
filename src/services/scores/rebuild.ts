import type { Kysely } from "kysely";
import { listKeyResultsOfPeriod, listObjectivesOfPeriod } from "../../db/repositories/okrs.ts";
import {
  finishQueuedRebuild,
  lockScores,
  queueAllPeriods,
  takeQueuedRebuild,
  writeKeyResultScores,
  writeObjectiveScores,
} from "../../db/repositories/scores.ts";
import type { Database } from "../../db/schema.ts";
import { scorePeriod } from "../../domain/okr-tree.ts";
import { refreshPeriodForecasts } from "../check-ins/refresh-forecasts.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

/**
 * Scores a whole period from scratch with the domain's reference (`scorePeriod`) and stores the
 * result: the repair for stored scores, used after migrations, bulk loads and by `grove rescore`.
 * Returns how many objectives it scored.
 */
export async function rebuildPeriodScores(tx: Executor, orgId: string, periodId: string): Promise<number> {
  await lockScores(tx, orgId);
  const objectives = await listObjectivesOfPeriod(tx, orgId, periodId);
  const keyResults = await listKeyResultsOfPeriod(tx, orgId, periodId);
  const scores = scorePeriod(
    objectives,
    keyResults.map((kr) => ({ ...kr, spec: specOf(kr) })),
  );
  await writeKeyResultScores(
    tx,
    orgId,
    keyResults.map((kr) => {
      const score = scores.keyResults.get(kr.id);
      return { id: kr.id, progress: score?.progress ?? null, rolledUp: score?.rolledUp ?? false };
    }),
  );
  await writeObjectiveScores(
    tx,
    orgId,
    objectives.map((o) => ({ id: o.id, progress: scores.objectives.get(o.id)?.progress ?? null })),
  );
  await refreshPeriodForecasts(tx, orgId, periodId);
  return objectives.length;
}

/** Queues every period of every organisation for a rebuild (`grove rescore`); returns how many. */
export function queueAllScoreRebuilds(db: Kysely<Database>): Promise<number> {
  return queueAllPeriods(db);
}

/**
 * Rebuilds every period queued in `score_rebuilds` (by migration 0005 for existing data, or by
 * `grove rescore`), one period per transaction. Runs as the database owner after migrations;
 * several instances starting at once share the queue (skip locked). Returns the periods rebuilt.
 */
export async function drainScoreRebuilds(db: Kysely<Database>): Promise<number> {
  let rebuilt = 0;
  for (;;) {
    const done = await db.transaction().execute(async (tx) => {
      const next = await takeQueuedRebuild(tx);
      if (!next) return false;
      await rebuildPeriodScores(tx, next.orgId, next.periodId);
      await finishQueuedRebuild(tx, next.orgId, next.periodId);
      return true;
    });
    if (!done) return rebuilt;
    rebuilt++;
  }
}
