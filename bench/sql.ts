import { type Kysely, sql } from "kysely";
import type { Database } from "../src/db/schema.ts";
import type { Executor } from "../src/services/context.ts";

// The hand-written queries that stand for "the database's own limit": each computes the same
// numbers as an API view (S1 progress with M5 roll-up, S2 bands, the dashboard's risk inputs) in one
// statement, so API time / query time is what the application layer adds.

/** S1 for one KR row `k`, as src/domain/key-result-kinds.ts computes it. */
const OWN_PROGRESS = sql.raw(`case
  when k.kind = 'range' then case
    when k.current_value is null then null
    when (k.range_low is null or k.current_value >= k.range_low)
     and (k.range_high is null or k.current_value <= k.range_high) then 1.0 else 0.0 end
  when k.baseline is null or k.target is null or k.baseline = k.target then null
  else (coalesce(k.current_value, k.baseline) - k.baseline) / (k.target - k.baseline) end`);

const BAND = (column: string) =>
  sql.raw(`case when ${column} is null then null when ${column} < 0.6 then 'not_achieved'
    when ${column} <= 0.8 then 'met' else 'exceeded' end`);

/** Result rows come back camelCased (Kysely's CamelCasePlugin in createDb). */
export interface ScoredRow {
  node: "objective" | "key_result";
  id: string;
  progress: number | null;
  band: string | null;
  confidence: number | null;
  quietDays: number | null;
  expected: number | null;
}

/**
 * Every objective and KR of a period with rolled-up progress, band, and the dashboard's inputs
 * (confidence, days without a check-in, straight-line expected progress). Each objective's own
 * leaf KRs give it a partial sum; the sums climb the cascade along a materialised edge list
 * (child objective -> parent objective, with the parent KR's weight share / number of children),
 * so the recursion touches objectives x depth rows and joins by hash, not by nested loops.
 */
export async function scorePeriodSql(db: Executor, orgId: string, periodId: string, now: Date) {
  const result = await sql<ScoredRow>`
    with recursive
    period as (select starts_on, ends_on from periods where org_id = ${orgId} and id = ${periodId}),
    live as materialized (
      select id, parent_key_result_id from objectives
      where org_id = ${orgId} and period_id = ${periodId} and status <> 'cancelled'),
    kr as materialized (
      select k.id, k.objective_id, k.kind, k.current_confidence, k.last_check_in_at, k.deadline,
        k.weight / sum(k.weight) over (partition by k.objective_id) as share, ${OWN_PROGRESS} as own
      from key_results k join live o on o.id = k.objective_id
      where k.org_id = ${orgId}),
    fan as materialized (
      select parent_key_result_id as kr_id, count(*)::float8 as n from live
      where parent_key_result_id is not null group by 1),
    own_part as (
      select o.id as objective_id, count(kr.id) as krs,
        coalesce(sum(kr.share * coalesce(kr.own, 0)) filter (where fan.kr_id is null), 0) as value
      from live o left join kr on kr.objective_id = o.id left join fan on fan.kr_id = kr.id
      group by o.id),
    edge as materialized (
      select o.id as child, p.objective_id as parent, p.share / f.n as factor
      from live o join kr p on p.id = o.parent_key_result_id join fan f on f.kr_id = p.id),
    climb (objective_id, value) as (
      select objective_id, value from own_part
      union all
      select e.parent, c.value * e.factor from climb c join edge e on e.child = c.objective_id),
    objective_progress as (
      select c.objective_id, case when max(p.krs) = 0 then null else sum(c.value) end as progress
      from climb c join own_part p on p.objective_id = c.objective_id group by c.objective_id),
    rolled as (
      select o.parent_key_result_id as kr_id, sum(coalesce(op.progress, 0)) / count(*) as progress
      from live o left join objective_progress op on op.objective_id = o.id
      where o.parent_key_result_id is not null group by 1),
    kr_scored as (
      select kr.*, case when r.kr_id is null then kr.own else r.progress end as progress
      from kr left join rolled r on r.kr_id = kr.id)
    select 'objective' as node, o.id, op.progress, ${BAND("op.progress")} as band,
      null::float8 as confidence, null::int as quiet_days, null::float8 as expected
    from live o left join objective_progress op on op.objective_id = o.id
    union all
    select 'key_result', k.id, k.progress, ${BAND("k.progress")}, k.current_confidence,
      floor(extract(epoch from (${now}::timestamptz - coalesce(k.last_check_in_at, p.starts_on::timestamptz))) / 86400)::int,
      least(1, greatest(0, extract(epoch from (${now}::timestamptz - p.starts_on::timestamptz))
        / nullif(extract(epoch from ((coalesce(k.deadline, p.ends_on) + 1)::timestamptz - p.starts_on::timestamptz)), 0)))
    from kr_scored k cross join period p`.execute(db);
  return result.rows;
}

/**
 * The floor of the tree and dashboard now that scores are stored (migration 0005): every
 * objective and KR of a period with its stored progress and band, and the dashboard's inputs,
 * in one statement. `scorePeriodSql` above computes the same numbers from scratch. With
 * `unitId`, only the objectives of that unit and the units below it (a dashboard focused on it).
 */
export async function periodViewSql(db: Executor, orgId: string, periodId: string, now: Date, unitId?: string) {
  const subtree = unitId
    ? sql`, subtree (id) as (
      select id from units where org_id = ${orgId} and id = ${unitId}
      union all
      select u.id from subtree s join units u on u.org_id = ${orgId} and u.parent_id = s.id)`
    : sql``;
  const inSubtree = unitId ? sql`and o.unit_id in (select id from subtree)` : sql``;
  const result = await sql<ScoredRow>`
    with recursive period as (select starts_on, ends_on from periods where org_id = ${orgId} and id = ${periodId})
    ${subtree}
    select 'objective' as node, o.id, o.progress, ${BAND("o.progress")} as band,
      null::float8 as confidence, null::int as quiet_days, null::float8 as expected
    from objectives o where o.org_id = ${orgId} and o.period_id = ${periodId} ${inSubtree}
    union all
    select 'key_result', k.id, k.progress, ${BAND("k.progress")}, k.current_confidence,
      floor(extract(epoch from (${now}::timestamptz - coalesce(k.last_check_in_at, p.starts_on::timestamptz))) / 86400)::int,
      least(1, greatest(0, extract(epoch from (${now}::timestamptz - p.starts_on::timestamptz))
        / nullif(extract(epoch from ((coalesce(k.deadline, p.ends_on) + 1)::timestamptz - p.starts_on::timestamptz)), 0)))
    from objectives o
    join key_results k on k.org_id = o.org_id and k.objective_id = o.id
    cross join period p
    where o.org_id = ${orgId} and o.period_id = ${periodId} ${inSubtree}`.execute(db);
  return result.rows;
}

/** Levels below the top that the alignment map opens with (src/web/features/map). */
export const MAP_DEPTH = 2;

/**
 * The floor of the alignment map's first view: the units down to `depth` levels below the top,
 * with their objectives and KRs of the period and stored scores; with `rootId`, a unit opened on
 * the map: it and `depth` levels below it.
 */
export async function mapViewSql(db: Executor, orgId: string, periodId: string, depth: number, rootId?: string) {
  const top = rootId ? sql`id = ${rootId}` : sql`parent_id is null`;
  const result = await sql<{ objectiveId: string; id: string | null; progress: number | null }>`
    with recursive placed (id, depth) as (
      select id, 0 from units where org_id = ${orgId} and ${top}
      union all
      select u.id, placed.depth + 1 from placed
      join units u on u.org_id = ${orgId} and u.parent_id = placed.id
      where placed.depth < ${depth})
    select placed.id as unit_id, o.id as objective_id, o.progress as objective_progress, k.id, k.progress
    from placed
    left join objectives o on o.org_id = ${orgId} and o.unit_id = placed.id and o.period_id = ${periodId}
    left join key_results k on k.org_id = o.org_id and k.objective_id = o.id`.execute(db);
  return result.rows;
}

/** The floor of a team page: one unit's objectives of a period and their KRs with stored scores. */
export async function unitOkrsSql(db: Executor, orgId: string, periodId: string, unitId: string) {
  const result = await sql<{ objectiveId: string; id: string; progress: number | null }>`
    select o.id as objective_id, o.progress as objective_progress, k.*
    from objectives o
    left join key_results k on k.org_id = o.org_id and k.objective_id = o.id
    where o.org_id = ${orgId} and o.unit_id = ${unitId} and o.period_id = ${periodId}`.execute(db);
  return result.rows;
}

/** What an incremental roll-up would read after a check-in: the KRs of every objective up the cascade. */
export async function ancestorChainSql(db: Kysely<Database>, orgId: string, keyResultId: string) {
  const result = await sql<{ depth: number; id: string }>`
    with recursive chain (objective_id, depth) as (
      select objective_id, 0 from key_results where org_id = ${orgId} and id = ${keyResultId}
      union all
      select p.objective_id, c.depth + 1
      from chain c
      join objectives o on o.org_id = ${orgId} and o.id = c.objective_id
      join key_results p on p.org_id = ${orgId} and p.id = o.parent_key_result_id)
    select c.depth, k.id, k.weight, k.current_value, k.baseline, k.target
    from chain c
    -- Lateral with "offset 0" (which the planner does not flatten), so each objective's KRs come
    -- from the index: a plain join lets the planner, which cannot know the chain is only depth rows
    -- long, hash-join against a scan of every KR of the organisation (it grew with size).
    cross join lateral (select * from key_results k
      where k.org_id = ${orgId} and k.objective_id = c.objective_id offset 0) k`.execute(db);
  return result.rows;
}

/** The raw form of one API check-in: the row and the KR's cached latest reading, in one statement. */
export async function insertCheckInSql(
  db: Kysely<Database>,
  orgId: string,
  row: { id: string; keyResultId: string; value: number; confidence: number; checkedInAt: string },
) {
  await sql`
    with inserted as (
      insert into check_ins (org_id, id, key_result_id, value, confidence, checked_in_at)
      values (${orgId}, ${row.id}, ${row.keyResultId}, ${row.value}, ${row.confidence}, ${row.checkedInAt})
      returning key_result_id, value, confidence, checked_in_at)
    update key_results k set current_value = i.value, current_confidence = i.confidence,
      last_check_in_at = i.checked_in_at
    from inserted i where k.org_id = ${orgId} and k.id = i.key_result_id`.execute(db);
}
