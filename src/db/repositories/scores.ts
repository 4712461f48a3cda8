import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { KeyResultRow } from "../schema.ts";

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
  const result = await sql<ObjectiveToScore>`${objectivesUpFrom(orgId, ids)} select * from up`.execute(db);
  return result.rows;
}

/**
 * `with recursive ... up`: the rows of `listObjectivesUpFrom` as a CTE named `up`.
 *
 * Every step reaches objectives through their primary key, so the cost is the chain's length and
 * never the organisation's size: the recursive step looks up each chain row's objective in a
 * `lateral ... offset 0` subquery (a parameterised index lookup per row, which the planner cannot
 * turn into a join), and `up` reads the chain's objectives by `id = any(array(...))`. Written as
 * plain joins, a batch's chain (about 200 starts, estimated at 5,640 rows) was planned at 10,000
 * units as hash joins that read and hashed all 40,000 objectives twice (docs/performance.md,
 * "The check-in path at large").
 */
function objectivesUpFrom(orgId: string, ids: string[]) {
  return sql`
    with recursive chain (id, depth) as (
      select id, 0 from objectives where org_id = ${orgId} and id = any(${ids}::uuid[])
      union
      select parent.objective_id, chain.depth + 1
      from chain
      cross join lateral (
        select parent.objective_id
        from objectives o
        join key_results parent on parent.org_id = o.org_id and parent.id = o.parent_key_result_id
        where o.org_id = ${orgId} and o.id = chain.id
        offset 0) parent
      where chain.depth < 64),
    up as (
      select o.id, o.status, o.period_id, o.progress, parent.objective_id as parent_objective_id
      from objectives o
      left join key_results parent on parent.org_id = o.org_id and parent.id = o.parent_key_result_id
      where o.org_id = ${orgId} and o.id = any(array(select id from chain))
      order by o.id)`;
}

/** What scoring a KR needs (S1): its definition, weight and latest reading, and its stored score. */
export type KeyResultToScore = Pick<
  KeyResultRow,
  | "id"
  | "objectiveId"
  | "kind"
  | "metric"
  | "baseline"
  | "target"
  | "rangeLow"
  | "rangeHigh"
  | "deadline"
  | "weight"
  | "currentValue"
  | "progress"
  | "rolledUp"
>;

export interface CascadedScore {
  id: string;
  parentKeyResultId: string;
  periodId: string;
  progress: number | null;
}

/** Everything the incremental roll-up reads (src/services/scores/rescore.ts). */
export interface ChainToScore {
  /** The given objectives and every objective above them in the cascade (M5). */
  chain: ObjectiveToScore[];
  /** Their KRs, in each objective's order, with only what scoring reads. */
  keyResults: KeyResultToScore[];
  /** The stored progress of the live objectives cascaded from those KRs (M5). */
  cascaded: CascadedScore[];
}

/**
 * The chains up from the given objectives, their KRs and the stored scores of the objectives
 * cascaded from those KRs, in one statement (one round trip however deep the tree): the three
 * sets come back as JSON arrays of one row. Bounded, so bad data cannot loop.
 */
export async function readChainToScore(db: Executor, orgId: string, ids: string[]): Promise<ChainToScore> {
  if (ids.length === 0) return { chain: [], keyResults: [], cascaded: [] };
  const result = await sql<ChainToScore>`${chainToScoreCtes(orgId, ids)} select ${chainToScoreColumns}`.execute(db);
  return result.rows[0] as ChainToScore;
}

/**
 * `readChainToScore`'s CTEs (`up`, `krs`, `cascaded`), for a statement that reads the chain with
 * other work (a check-in's insert, src/db/repositories/check-ins.ts) and selects
 * `chainToScoreColumns`.
 */
export function chainToScoreCtes(orgId: string, ids: string[]) {
  return sql`${objectivesUpFrom(orgId, ids)},
    krs as (
      select kr.id, kr.objective_id, kr.kind, kr.metric, kr.baseline, kr.target, kr.range_low, kr.range_high,
        kr.deadline, kr.weight, kr.current_value, kr.progress, kr.rolled_up, kr.position, kr.created_at
      from key_results kr
      where kr.org_id = ${orgId} and kr.objective_id in (select id from up)),
    cascaded as (
      select c.id, c.parent_key_result_id, c.period_id, c.progress from objectives c
      where c.org_id = ${orgId} and c.parent_key_result_id in (select id from krs) and c.status <> 'cancelled')`;
}

/** The three JSON columns `chain`, `key_results` and `cascaded` of `ChainToScore`, from `chainToScoreCtes`. */
export const chainToScoreColumns = sql`
      (select coalesce(json_agg(up), '[]') from up) as chain,
      (select coalesce(jsonb_agg(to_jsonb(k) - 'position' - 'created_at'
        order by k.objective_id, k.position, k.created_at), '[]') from krs k) as key_results,
      (select coalesce(json_agg(cascaded), '[]') from cascaded) as cascaded`;

/**
 * Stores the moved scores of KRs and objectives in one statement (the KRs' update as a
 * data-modifying CTE, which always runs), touching only rows whose value changed. A KR row may
 * carry its new reading and forecast too (`KeyResultScoreWrite`), so a check-in writes its KR once.
 */
export async function writeScores(
  db: Executor,
  orgId: string,
  keyResults: KeyResultScoreWrite[],
  objectives: { id: string; progress: number | null }[],
): Promise<void> {
  if (keyResults.length === 0 && objectives.length === 0) return;
  await sql`
    with written_key_results as (${keyResultScoresUpdate(orgId, keyResults)} returning 1)
    ${objectiveScoresUpdate(orgId, objectives)}`.execute(db);
}

/** A KR's new score, and when a check-in moved it, its new reading and forecast, written together. */
export interface KeyResultScoreWrite {
  id: string;
  progress: number | null;
  rolledUp: boolean;
  reading?: { currentValue: number | null; currentConfidence: number | null; lastCheckInAt: Date } | undefined;
  forecast?: { value: number | null; low: number | null; high: number | null; progress: number | null } | undefined;
}

// Both updates name their rows by `id = any(ids)` as well as by the join with `v`: an index scan
// by the ids, whatever the table's size. Joined only with `v`, the objectives' update was planned at
// 10,000 units as a hash join over all 40,000 objectives for a batch's 400 rows.
function keyResultScoresUpdate(orgId: string, rows: KeyResultScoreWrite[]) {
  const keep = (column: string, flag: string) => sql.raw(`case when v.${flag} then v.${column} else kr.${column} end`);
  return sql`
    update key_results kr set progress = v.progress, rolled_up = v.rolled_up,
      current_value = ${keep("current_value", "reading")},
      current_confidence = ${keep("current_confidence", "reading")},
      last_check_in_at = ${keep("last_check_in_at", "reading")},
      forecast_value = ${keep("forecast_value", "forecast")},
      forecast_low = ${keep("forecast_low", "forecast")},
      forecast_high = ${keep("forecast_high", "forecast")},
      forecast_progress = ${keep("forecast_progress", "forecast")}
    from unnest(
      ${rows.map((r) => r.id)}::uuid[],
      ${rows.map((r) => r.progress)}::float8[],
      ${rows.map((r) => r.rolledUp)}::boolean[],
      ${rows.map((r) => Boolean(r.reading))}::boolean[],
      ${rows.map((r) => r.reading?.currentValue ?? null)}::float8[],
      ${rows.map((r) => r.reading?.currentConfidence ?? null)}::float8[],
      ${rows.map((r) => r.reading?.lastCheckInAt ?? null)}::timestamptz[],
      ${rows.map((r) => Boolean(r.forecast))}::boolean[],
      ${rows.map((r) => r.forecast?.value ?? null)}::float8[],
      ${rows.map((r) => r.forecast?.low ?? null)}::float8[],
      ${rows.map((r) => r.forecast?.high ?? null)}::float8[],
      ${rows.map((r) => r.forecast?.progress ?? null)}::float8[]
    ) as v(id, progress, rolled_up, reading, current_value, current_confidence, last_check_in_at,
      forecast, forecast_value, forecast_low, forecast_high, forecast_progress)
    where kr.org_id = ${orgId} and kr.id = any(${rows.map((r) => r.id)}::uuid[]) and kr.id = v.id
      and (kr.progress is distinct from v.progress or kr.rolled_up <> v.rolled_up or v.reading
        or (v.forecast and (kr.forecast_value, kr.forecast_low, kr.forecast_high, kr.forecast_progress)
          is distinct from (v.forecast_value, v.forecast_low, v.forecast_high, v.forecast_progress)))`;
}

function objectiveScoresUpdate(orgId: string, scores: { id: string; progress: number | null }[]) {
  return sql`
    update objectives o set progress = v.progress
    from unnest(${scores.map((s) => s.id)}::uuid[], ${scores.map((s) => s.progress)}::float8[]) as v(id, progress)
    where o.org_id = ${orgId} and o.id = any(${scores.map((s) => s.id)}::uuid[]) and o.id = v.id
      and o.progress is distinct from v.progress`;
}

export async function writeObjectiveScores(
  db: Executor,
  orgId: string,
  scores: { id: string; progress: number | null }[],
): Promise<void> {
  if (scores.length === 0) return;
  await objectiveScoresUpdate(orgId, scores).execute(db);
}

export async function writeKeyResultScores(
  db: Executor,
  orgId: string,
  scores: { id: string; progress: number | null; rolledUp: boolean }[],
): Promise<void> {
  if (scores.length === 0) return;
  await keyResultScoresUpdate(orgId, scores).execute(db);
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

/**
 * The same lock as SQL text, for the simple query that begins a scoring write (src/db/tenant.ts):
 * `orgId` has been checked to be a UUID there, and the key hashes the same text as above.
 */
export function scoreLockSql(orgId: string): string {
  return `select pg_advisory_xact_lock(hashtextextended('grove.scores:${orgId}', 0))`;
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
