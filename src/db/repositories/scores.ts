import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { KeyResultRow } from "../schema.ts";
import { keyResultsOfObjectives } from "./okrs.ts";

// The stored scores of objectives and KRs (migration 0005): what the incremental roll-up reads
// and writes. Writes skip rows whose value did not change, so a check-in rewrites only the
// rows whose progress moved.

export interface ObjectiveToScore {
  id: string;
  status: string;
  periodId: string;
  progress: number | null;
  /** The objective owning the KR this one is cascaded from (M5): the next step up. */
  parentObjectiveId: string | null;
}

/**
 * The given objectives and every objective above them in the cascade (M5), in one statement:
 * a chain per start, as long as the tree is deep. Bounded, so bad data cannot loop.
 */
export async function listObjectivesUpFrom(db: Executor, orgId: string, ids: string[]): Promise<ObjectiveToScore[]> {
  if (ids.length === 0) return [];
  const result = await sql<ObjectiveToScore>`
    with recursive chain (id, depth) as (
      select id, 0 from objectives where org_id = ${orgId} and id = any(${ids}::uuid[])
      union
      select parent.objective_id, chain.depth + 1
      from chain
      join objectives o on o.org_id = ${orgId} and o.id = chain.id
      join key_results parent on parent.org_id = o.org_id and parent.id = o.parent_key_result_id
      where chain.depth < 64)
    select distinct on (o.id) o.id, o.status, o.period_id, o.progress, parent.objective_id as parent_objective_id
    from chain
    join objectives o on o.org_id = ${orgId} and o.id = chain.id
    left join key_results parent on parent.org_id = o.org_id and parent.id = o.parent_key_result_id`.execute(db);
  return result.rows;
}

/** What scoring a KR needs (S1): its definition, weight and latest reading, and its stored score. */
const scoringColumns = [
  "id",
  "objectiveId",
  "kind",
  "metric",
  "baseline",
  "target",
  "rangeLow",
  "rangeHigh",
  "deadline",
  "weight",
  "currentValue",
  "progress",
  "rolledUp",
] as const;

export type KeyResultToScore = Pick<KeyResultRow, (typeof scoringColumns)[number]>;

/** The KRs of the given objectives, in each objective's order, with only what scoring reads. */
export async function listKeyResultsToScore(
  db: Executor,
  orgId: string,
  objectiveIds: string[],
): Promise<KeyResultToScore[]> {
  if (objectiveIds.length === 0) return [];
  return keyResultsOfObjectives(db, orgId, objectiveIds).select(scoringColumns).execute();
}

export interface CascadedScore {
  id: string;
  parentKeyResultId: string;
  periodId: string;
  progress: number | null;
}

/** The stored progress of the live objectives cascaded from the given KRs (M5). */
export async function listCascadedScores(
  db: Executor,
  orgId: string,
  keyResultIds: string[],
): Promise<CascadedScore[]> {
  if (keyResultIds.length === 0) return [];
  const result = await sql<CascadedScore>`
    select id, parent_key_result_id, period_id, progress from objectives
    where org_id = ${orgId} and parent_key_result_id = any(${keyResultIds}::uuid[]) and status <> 'cancelled'`.execute(
    db,
  );
  return result.rows;
}

export async function writeObjectiveScores(
  db: Executor,
  orgId: string,
  scores: { id: string; progress: number | null }[],
): Promise<void> {
  if (scores.length === 0) return;
  await sql`
    update objectives o set progress = v.progress
    from unnest(${scores.map((s) => s.id)}::uuid[], ${scores.map((s) => s.progress)}::float8[]) as v(id, progress)
    where o.org_id = ${orgId} and o.id = v.id and o.progress is distinct from v.progress`.execute(db);
}

export async function writeKeyResultScores(
  db: Executor,
  orgId: string,
  scores: { id: string; progress: number | null; rolledUp: boolean }[],
): Promise<void> {
  if (scores.length === 0) return;
  await sql`
    update key_results kr set progress = v.progress, rolled_up = v.rolled_up
    from unnest(
      ${scores.map((s) => s.id)}::uuid[],
      ${scores.map((s) => s.progress)}::float8[],
      ${scores.map((s) => s.rolledUp)}::boolean[]
    ) as v(id, progress, rolled_up)
    where kr.org_id = ${orgId} and kr.id = v.id
      and (kr.progress is distinct from v.progress or kr.rolled_up <> v.rolled_up)`.execute(db);
}

/**
 * Serialises the writes that change an organisation's scores, for the rest of the transaction.
 * Two check-ins under one parent each recompute that parent from its children: without this,
 * each could read the other's child before it commits and store a stale mean. Taken first in
 * such a transaction (before any row lock), so it cannot deadlock with row locks.
 */
export async function lockScores(db: Executor, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended('grove.scores:' || ${orgId}, 0))`.execute(db);
}

/** Takes one queued period rebuild, skipping those another instance is working on. */
export async function takeQueuedRebuild(db: Executor): Promise<{ orgId: string; periodId: string } | undefined> {
  const result = await sql<{ orgId: string; periodId: string }>`
    select org_id, period_id from score_rebuilds order by queued_at limit 1 for update skip locked`.execute(db);
  return result.rows[0];
}

export async function finishQueuedRebuild(db: Executor, orgId: string, periodId: string): Promise<void> {
  await db.deleteFrom("scoreRebuilds").where("orgId", "=", orgId).where("periodId", "=", periodId).execute();
}

/** Queues every period for a rebuild from scratch; returns how many periods there are. */
export async function queueAllPeriods(db: Executor): Promise<number> {
  await sql`
    insert into score_rebuilds (org_id, period_id) select org_id, id from periods
    on conflict (org_id, period_id) do nothing`.execute(db);
  const count = await db
    .selectFrom("periods")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirst();
  return Number(count?.n ?? 0);
}
