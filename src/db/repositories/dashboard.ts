import { type RawBuilder, sql } from "kysely";
import type { ASSESSMENT_RULES } from "../../domain/dashboard.ts";
import { PACE_OF_REASON, PACE_REASONS, type Pace, type PaceReason, paceInstant } from "../../domain/pace.ts";
import type { Executor } from "../executor.ts";
import type { Unit } from "../schema.ts";
import { unitTree } from "./units.ts";

// The leader dashboard's assessment (S5) as SQL, so a whole organisation's 40,000 KRs are
// counted and paged where they are stored instead of being read into Node. The rules are the
// domain's (`assessKeyResult`, src/domain/dashboard.ts, with the pace rule of src/domain/pace.ts)
// and arrive as parameters: the constants (`ASSESSMENT_RULES`), and the reasons' order and the
// pace each makes (`PACE_OF_REASON`), from which the flags' columns, the pace and the "at risk"
// filter are built. A test holds the two to the same pace, reasons, expected progress and days on
// every KR (src/api/dashboard/assessment-sql.api.test.ts). Times are whole milliseconds since the epoch
// as float8, the numbers JavaScript's Date works in, so the arithmetic is the same IEEE
// arithmetic and its results are equal, not merely close.

/** The rule's constants, named as in `ASSESSMENT_RULES` (src/domain/dashboard.ts). */
type AssessmentRules = { [Rule in keyof typeof ASSESSMENT_RULES]: number };

export interface AssessmentInput extends AssessmentRules {
  orgId: string;
  periodId: string;
  /** The period's window, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  now: Date;
  /** The unit whose subtree is assessed; the whole organisation when null. */
  rootUnitId: string | null;
  /** Units whose OKRs the caller may not read (private): they count as units, their KRs stay out. */
  hiddenUnitIds: string[];
}

/** One active KR as the SQL assesses it. */
export interface KeyResultAssessmentRow {
  keyResultId: string;
  objectiveId: string;
  unitId: string;
  kind: "metric" | "range";
  unit: string;
  deadline: string | null;
  rolledUp: boolean;
  progress: number | null;
  confidence: number | null;
  lastCheckInAt: Date | null;
  forecastValue: number | null;
  forecastLow: number | null;
  forecastHigh: number | null;
  forecastProgress: number | null;
  finalProgress: number | null;
  expectedProgress: number | null;
  daysWithoutCheckIn: number | null;
  pace: Pace | null;
  /** In the order `paceOf` gives them. */
  reasons: PaceReason[];
  stale: boolean;
}

export interface AttentionRow extends KeyResultAssessmentRow {
  title: string;
  objectiveTitle: string;
  /** Its place in its list, from 1, for the next page's cursor. */
  listPosition: number;
}

/**
 * A page of a list: `limit` rows after the KR `after.id` wherever it now is in the list, or,
 * once it has left the list, after the place `after.position` it had (docs/api.md, "Paging and
 * sync", as `pageInOrder` pages the lists read whole); the first page when `after` is null.
 */
export interface Window {
  after: { id: string; position: number } | null;
  limit: number;
}

/** The rows of `list` (a CTE with `id` and `list_position`) on the page `page`. */
function onPage(list: string, page: Window) {
  const rows = sql.table(list);
  const start = page.after
    ? sql`coalesce((select list_position from ${rows} where id = ${page.after.id}::uuid), ${page.after.position})`
    : sql`0`;
  return sql`select * from ${rows} where list_position > ${start} order by list_position limit ${page.limit}`;
}

export interface AttentionSummary {
  /** The units of the scope, hidden ones included. */
  units: number;
  atRiskTotal: number;
  staleTotal: number;
  unitsWithActiveObjective: number;
  atRisk: AttentionRow[];
  stale: AttentionRow[];
}

const DAY_MS = 86_400_000;

/**
 * The SQL terms of `assessKeyResult` for the KR `kr`. Expected progress is the share of the time
 * from the period's start to the end of the deadline day (the period's end without one) that has
 * passed at `now` to the minute (`paceInstant`): both spans are whole milliseconds, so the division
 * is the one JavaScript does. The pace rule (`paceOf`, src/domain/pace.ts): a KR is measured when it has progress and a reading or a
 * roll-up (M5); a measured KR is at risk on low confidence, a guardrail outside its range or a
 * stored forecast (not a rolled-up KR's) under `forecastAtRiskBelow`, and behind when a metric
 * KR's progress is under the line less the tolerance (the same float8 subtraction as JavaScript's).
 * Days without a check-in count from the last one, else from the period's start, in whole
 * milliseconds as JavaScript's Date holds them (the database keeps microseconds: `date_trunc`
 * drops them, and `round` only removes the float error of `date_part`). Gone quiet
 * (`days >= staleAfterDays`) is the same as that moment being at most `now - staleAfterDays`
 * days, rounded down to the millisecond: a comparison of timestamps, so the 40,000 rows of a
 * whole organisation are flagged without arithmetic.
 */
function terms(input: AssessmentInput) {
  const startMs = Date.parse(`${input.startsOn}T00:00:00Z`);
  // The line moves once a minute, as in the domain (`paceInstant`); days without a check-in do not.
  const elapsed = sql`${paceInstant(input.now) - startMs}::float8`;
  const spanDays = sql`(coalesce(kr.deadline, ${input.endsOn}::date) - ${input.startsOn}::date + 1)`;
  const line = sql`(case when ${spanDays} <= 0 then 1::float8
    else least(1::float8, greatest(0::float8, ${elapsed} / (${spanDays}::float8 * ${DAY_MS}::float8))) end)`;
  const measured = sql`(kr.progress is not null and (kr.rolled_up or kr.last_check_in_at is not null))`;
  const since = sql`coalesce(kr.last_check_in_at, ${new Date(startMs).toISOString()}::timestamptz)`;
  const sinceMs = sql`round(date_part('epoch', date_trunc('milliseconds', ${since})) * 1000)`;
  const days = sql`floor((${input.now.getTime()}::float8 - ${sinceMs}) / ${DAY_MS}::float8)`;
  const quietBefore = new Date(input.now.getTime() - input.staleAfterDays * DAY_MS + 1).toISOString();
  const reasons: Record<PaceReason, RawBuilder<unknown>> = {
    low_confidence: sql`(${measured} and coalesce(kr.current_confidence < ${input.lowConfidence}::float8, false))`,
    outside_range: sql`(${measured} and kr.kind = 'range' and kr.progress < 1)`,
    forecast_short: sql`(${measured} and kr.kind = 'metric' and not kr.rolled_up
      and coalesce(kr.forecast_progress < ${input.forecastAtRiskBelow}::float8, false))`,
    behind_pace: sql`(${measured} and kr.kind = 'metric' and kr.progress < ${line} - ${input.paceTolerance}::float8)`,
  };
  return {
    reasons,
    measured,
    stale: sql`(${input.staleAfterDays}::int >= 0 and ${since} < ${quietBefore}::timestamptz)`,
    expectedProgress: sql`case when kr.kind = 'metric' then ${line} end`,
    daysWithoutCheckIn: sql`(case when ${days} >= 0 then ${days}::int end)`,
  };
}

/**
 * The units of the scope in tree order (`ordered`), their active objectives (`active`) and
 * those objectives' KRs flagged (`flagged`), as `with recursive` clauses. M1 keeps one active
 * objective per unit and period (a unique index), so the unit's place and the KR's position
 * order the lists.
 */
function flaggedKeyResults(input: AssessmentInput) {
  const t = terms(input);
  const reasonFlags = PACE_REASONS.map((reason) => sql`${t.reasons[reason]} as ${sql.ref(reason)}`);
  const flags = sql`kr.id, kr.position, kr.created_at, ${t.measured} as measured,
    ${sql.join(reasonFlags)}, ${t.stale} as stale`;
  // A unit's subtree: from its units down to their KRs by index.
  const fromTheTree = sql`flagged as (
      select a.unit_id, a.ord, ${flags}
      from active a
      join key_results kr on kr.org_id = ${input.orgId} and kr.objective_id = a.id)`;
  // The whole organisation: the period's KRs in one pass, then placed in the tree. (The planner
  // cannot estimate the recursive walk's size, and would otherwise look up 10,000 units' KRs
  // one by one.) The KRs are reached by their own period (migration 0048), so only the period's
  // pages are read, not every period's KRs to keep those of the period's objectives.
  const wholePeriod = sql`period_flagged as materialized (
      select o.unit_id, ${flags}
      from key_results kr
      join objectives o on o.org_id = kr.org_id and o.id = kr.objective_id
      where kr.org_id = ${input.orgId} and kr.period_id = ${input.periodId}
        and o.org_id = ${input.orgId} and o.period_id = ${input.periodId} and o.status = 'active'),
    flagged as (select s.ord, p.* from period_flagged p join readable s on s.id = p.unit_id),
    active_units as materialized (
      select distinct unit_id from objectives
      where org_id = ${input.orgId} and period_id = ${input.periodId} and status = 'active')`;
  return sql`${unitTree(input.orgId, input.rootUnitId)},
    ordered as (select id, row_number() over (order by path) as ord from tree),
    readable as not materialized (select id, ord from ordered where id <> all(${input.hiddenUnitIds}::uuid[])),
    active as not materialized (
      select o.id, o.unit_id, s.ord
      from readable s
      join objectives o on o.org_id = ${input.orgId} and o.unit_id = s.id and o.period_id = ${input.periodId}
        and o.status = 'active'),
    ${input.rootUnitId === null ? wholePeriod : fromTheTree}`;
}

/** Counted from `active`, or for the whole organisation from the period's objectives. */
function unitsWithActiveObjective(input: AssessmentInput) {
  return input.rootUnitId === null
    ? sql`select count(*) from active_units a join readable s on s.id = a.unit_id`
    : sql`select count(distinct unit_id) from active`;
}

/** What a listed KR shows, for the rows `f` of `flagged` joined to their KR `kr` and objective `o`. */
function shown(input: AssessmentInput) {
  const t = terms(input);
  return sql`kr.id as key_result_id, kr.objective_id, f.unit_id, kr.kind, kr.unit, kr.deadline, kr.rolled_up,
    kr.progress, kr.current_confidence as confidence, kr.last_check_in_at, kr.forecast_value, kr.forecast_low,
    kr.forecast_high, kr.forecast_progress, kr.final_progress, ${t.expectedProgress} as expected_progress,
    ${t.daysWithoutCheckIn} as days_without_check_in,
    case when not f.measured then null
      when ${anyOf(reasonsMaking("at_risk"), "f")} then 'at_risk'
      when ${anyOf(reasonsMaking("behind"), "f")} then 'behind' else 'on_track' end as pace,
    array_remove(array[${sql.join(PACE_REASONS.map((reason) => sql`case when ${sql.ref(`f.${reason}`)} then ${reason} end`))}]::text[], null)
      as reasons,
    f.stale`;
}

const reasonsMaking = (pace: Pace) => PACE_REASONS.filter((reason) => PACE_OF_REASON[reason] === pace);
/** True when any of the reasons' flag columns (of the table `from`, if given) is. */
function anyOf(reasons: PaceReason[], from?: string) {
  const columns = reasons.map((reason) => sql.ref(from ? `${from}.${reason}` : reason));
  return columns.length === 0 ? sql`false` : sql`(${sql.join(columns, sql` or `)})`;
}

const treeOrder = sql`ord, position, created_at, id`;
/** Behind or at risk (`needsAttention`): every flag of the pace rule needs a measured KR. */
const offPace = anyOf(PACE_REASONS);

/** Every active KR of the units assessed, in tree order: what the test compares with the domain. */
export async function listKeyResultAssessments(
  db: Executor,
  input: AssessmentInput,
): Promise<KeyResultAssessmentRow[]> {
  const result = await sql<KeyResultAssessmentRow>`
    with recursive ${flaggedKeyResults(input)}
    select ${shown(input)}
    from flagged f
    join key_results kr on kr.org_id = ${input.orgId} and kr.id = f.id
    order by f.ord, f.position, f.created_at, f.id`.execute(db);
  return result.rows;
}

type SummaryRow = Partial<AttentionRow> & { list: "at_risk" | "stale" | null } & Omit<
    AttentionSummary,
    "atRisk" | "stale"
  >;

/** The statement of `summariseAttention`, apart so that a measurement can explain it. */
export function attentionQuery(input: AssessmentInput, pages: { atRisk: Window; stale: Window }) {
  return sql<SummaryRow>`
    with recursive ${flaggedKeyResults(input)},
    totals as (
      select count(*) filter (where ${offPace})::int as at_risk_total,
        count(*) filter (where stale)::int as stale_total,
        (${unitsWithActiveObjective(input)})::int as units_with_active_objective,
        (select count(*) from ordered)::int as units
      from flagged),
    at_risk as (select *, (row_number() over (order by ${treeOrder}))::int as list_position
      from flagged where ${offPace}),
    stale_list as (select *, (row_number() over (order by ${treeOrder}))::int as list_position
      from flagged where stale),
    pages as (
      (select 'at_risk' as list, p.* from (${onPage("at_risk", pages.atRisk)}) p)
      union all
      (select 'stale' as list, p.* from (${onPage("stale_list", pages.stale)}) p))
    select t.at_risk_total, t.stale_total, t.units_with_active_objective, t.units, f.list, ${shown(input)}, kr.title,
      o.title as objective_title, f.list_position
    from totals t
    left join pages f on true
    left join key_results kr on kr.org_id = ${input.orgId} and kr.id = f.id
    left join objectives o on o.org_id = ${input.orgId} and o.id = kr.objective_id
    order by f.list, f.list_position`;
}

/**
 * The counts of the KRs at risk and gone quiet, the units with an active objective, and one
 * page of each list in tree order with the titles it shows, in one statement: only the page's
 * rows leave the database, and only they are read beyond the columns that flag them.
 */
export async function summariseAttention(
  db: Executor,
  input: AssessmentInput,
  pages: { atRisk: Window; stale: Window },
): Promise<AttentionSummary> {
  const result = await attentionQuery(input, pages).execute(db);
  const first = result.rows[0];
  const summary: AttentionSummary = {
    atRiskTotal: first?.atRiskTotal ?? 0,
    staleTotal: first?.staleTotal ?? 0,
    unitsWithActiveObjective: first?.unitsWithActiveObjective ?? 0,
    units: first?.units ?? 0,
    atRisk: [],
    stale: [],
  };
  for (const { list, atRiskTotal, staleTotal, unitsWithActiveObjective, units, ...row } of result.rows) {
    if (list === "at_risk") summary.atRisk.push(row as AttentionRow);
    else if (list === "stale") summary.stale.push(row as AttentionRow);
  }
  return summary;
}

/** The organisation's private units: the only ones a caller may be refused (`canReadUnit`). */
export async function listPrivateUnits(db: Executor, orgId: string): Promise<Pick<Unit, "id" | "private">[]> {
  const result = await sql<Pick<Unit, "id" | "private">>`
    select id, private from units where org_id = ${orgId} and private`.execute(db);
  return result.rows;
}

export interface ObjectiveSummaryRow {
  id: string;
  unitId: string;
  title: string;
  status: string;
  progress: number | null;
  finalProgress: number | null;
  keyResultCount: number;
  /** The weights and forecasts (S1) of its KRs that have a forecast of their own (not rolled up). */
  forecastWeights: number[];
  forecastProgresses: number[];
}

/** The non-cancelled objectives of the units with their stored progress (S1), KR count and KR forecasts. */
export async function listObjectiveSummaries(
  db: Executor,
  orgId: string,
  periodId: string,
  unitIds: string[],
): Promise<ObjectiveSummaryRow[]> {
  if (unitIds.length === 0) return [];
  const result = await sql<ObjectiveSummaryRow>`
    select o.id, o.unit_id, o.title, o.status, o.progress, o.final_progress, k.key_result_count,
      k.forecast_weights, k.forecast_progresses
    from objectives o
    cross join lateral (
      select count(*)::int as key_result_count,
        coalesce(array_agg(kr.weight order by kr.id) filter (where f), '{}') as forecast_weights,
        coalesce(array_agg(kr.forecast_progress order by kr.id) filter (where f), '{}') as forecast_progresses
      from key_results kr, lateral (select kr.forecast_progress is not null and not kr.rolled_up as f) has
      where kr.org_id = o.org_id and kr.objective_id = o.id) k
    where o.org_id = ${orgId} and o.period_id = ${periodId} and o.status <> 'cancelled'
      and o.unit_id = any(${unitIds}::uuid[])
    order by o.created_at, o.id`.execute(db);
  return result.rows;
}
