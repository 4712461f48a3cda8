import {
  type ForecastKeyResult,
  type ForecastScope,
  listForecastKeyResults,
  listRecentReadings,
  type RecentReading,
  type StoredForecast,
  writeForecasts,
} from "../../db/repositories/forecasts.ts";
import { FORECAST_READINGS, forecastKeyResult } from "../../domain/forecast.ts";
import { groupBy } from "../../domain/group-by.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

/**
 * Recomputes and stores the forecast (src/domain/forecast.ts) of the KRs among `keyResultIds`,
 * in the caller's transaction. Call it from every write that changes a KR's readings (a
 * check-in, a batch, a correction or withdrawal) or its baseline, target, range or deadline:
 * the dashboard's SQL reads the stored forecast for the pace rule (docs/pace-and-forecast.md).
 * Three statements whatever the number of KRs.
 */
export async function refreshForecasts(tx: Executor, orgId: string, keyResultIds: string[]): Promise<void> {
  await refreshForecastsOf(tx, orgId, { keyResultIds: [...new Set(keyResultIds)] });
}

/** The same for every KR of the objectives: when the editor saves them or an objective changes period. */
export async function refreshObjectiveForecasts(tx: Executor, orgId: string, objectiveIds: string[]): Promise<void> {
  await refreshForecastsOf(tx, orgId, { objectiveIds });
}

/** The same for every KR of a period: after migrations (rebuild) and when a period's dates move. */
export async function refreshPeriodForecasts(tx: Executor, orgId: string, periodId: string): Promise<void> {
  await refreshForecastsOf(tx, orgId, { periodId });
}

async function refreshForecastsOf(tx: Executor, orgId: string, scope: ForecastScope): Promise<void> {
  await storeForecasts(tx, orgId, await listForecastKeyResults(tx, orgId, scope));
}

async function storeForecasts(tx: Executor, orgId: string, keyResults: ForecastKeyResult[]): Promise<void> {
  if (keyResults.length === 0) return;
  await writeForecasts(tx, orgId, await forecastsOf(tx, orgId, keyResults));
}

/**
 * The forecasts of KRs the caller already holds (with their period's dates), computed from
 * their recent readings in one statement and not stored: a check-in hands its KR's to the
 * rescore, which writes it with the KR's reading and score (src/services/write.ts).
 */
export async function forecastsOf(
  tx: Executor,
  orgId: string,
  keyResults: ForecastKeyResult[],
): Promise<StoredForecast[]> {
  const ids = keyResults.map((kr) => kr.id);
  return forecastsFromReadings(keyResults, await listRecentReadings(tx, orgId, ids, FORECAST_READINGS));
}

/**
 * The forecasts of KRs from their latest FORECAST_READINGS readings, already read (a single
 * check-in reads them with its insert, src/db/repositories/check-ins.ts).
 */
export function forecastsFromReadings(keyResults: ForecastKeyResult[], recent: RecentReading[]): StoredForecast[] {
  const readings = groupBy(recent, (reading) => reading.keyResultId);
  return keyResults.map((kr) => {
    const forecast = forecastKeyResult({
      spec: specOf(kr),
      readings: (readings.get(kr.id) ?? []).map((r) => ({ at: r.checkedInAt, value: r.value })),
      periodStartsOn: kr.periodStartsOn,
      endsOn: kr.deadline ?? kr.periodEndsOn,
    });
    return {
      id: kr.id,
      value: forecast?.value ?? null,
      low: forecast?.low ?? null,
      high: forecast?.high ?? null,
      progress: forecast?.progress ?? null,
    };
  });
}
