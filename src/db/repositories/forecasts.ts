import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { KeyResultRow } from "../schema.ts";
import { anyId, keyResultsInPeriods } from "./okrs.ts";

// What a forecast is drawn from, and where it is kept (migration 0007, src/domain/forecast.ts).
// Set-based: one read of the KRs, one of their recent readings, one write, whatever the count.

export type ForecastKeyResult = Pick<
  KeyResultRow,
  "id" | "kind" | "metric" | "baseline" | "target" | "rangeLow" | "rangeHigh" | "deadline"
> & { periodStartsOn: string; periodEndsOn: string };

/** Which KRs: some by id, those of some objectives, or every KR of a period. */
export type ForecastScope = { keyResultIds: string[] } | { objectiveIds: string[] } | { periodId: string };

/** The KRs of `scope` with their period's dates. */
export async function listForecastKeyResults(
  db: Executor,
  orgId: string,
  scope: ForecastScope,
): Promise<ForecastKeyResult[]> {
  const query = keyResultsInPeriods(db)
    .select([
      "k.id",
      "k.kind",
      "k.metric",
      "k.baseline",
      "k.target",
      "k.rangeLow",
      "k.rangeHigh",
      "k.deadline",
      "p.startsOn as periodStartsOn",
      "p.endsOn as periodEndsOn",
    ])
    .where("k.orgId", "=", orgId);
  if ("periodId" in scope) return query.where("o.periodId", "=", scope.periodId).execute();
  if ("objectiveIds" in scope) return query.where("k.objectiveId", "=", anyId(scope.objectiveIds)).execute();
  return query.where("k.id", "=", anyId(scope.keyResultIds)).execute();
}

export interface RecentReading {
  keyResultId: string;
  value: number;
  checkedInAt: Date;
}

/** The latest `perKeyResult` readings of each KR among `ids` (withdrawn ones left out, S7), by the (org, KR, time) index. */
export async function listRecentReadings(
  db: Executor,
  orgId: string,
  ids: string[],
  perKeyResult: number,
): Promise<RecentReading[]> {
  if (ids.length === 0) return [];
  const result = await sql<RecentReading>`
    select r.key_result_id, r.value, r.checked_in_at
    from unnest(${ids}::uuid[]) as k(id)
    cross join lateral (
      select c.key_result_id, c.value, c.checked_in_at from check_ins c
      where c.org_id = ${orgId} and c.key_result_id = k.id and c.withdrawn_at is null
      order by c.checked_in_at desc, c.created_at desc
      limit ${perKeyResult}) r`.execute(db);
  return result.rows;
}

export interface StoredForecast {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  progress: number | null;
}

/** Stores the forecasts in one statement, touching only the rows whose forecast moved. */
export async function writeForecasts(db: Executor, orgId: string, forecasts: StoredForecast[]): Promise<void> {
  if (forecasts.length === 0) return;
  await sql`
    update key_results kr set forecast_value = v.value, forecast_low = v.low, forecast_high = v.high,
      forecast_progress = v.progress
    from unnest(
      ${forecasts.map((f) => f.id)}::uuid[],
      ${forecasts.map((f) => f.value)}::float8[],
      ${forecasts.map((f) => f.low)}::float8[],
      ${forecasts.map((f) => f.high)}::float8[],
      ${forecasts.map((f) => f.progress)}::float8[]
    ) as v(id, value, low, high, progress)
    where kr.org_id = ${orgId} and kr.id = v.id
      and (kr.forecast_value, kr.forecast_low, kr.forecast_high, kr.forecast_progress)
        is distinct from (v.value, v.low, v.high, v.progress)`.execute(db);
}
