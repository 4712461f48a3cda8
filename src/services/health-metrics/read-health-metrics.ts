import { healthReadingsPage } from "../../db/repositories/health-readings.ts";
import { historyWithParts } from "../../db/repositories/history.ts";
import { namesById, tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { HealthMetricRow, HealthReadingRow } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { type HealthState, healthStateOf, SPARKLINE_READINGS } from "../../domain/health-metrics.ts";
import type { Page, PageRequest } from "../../domain/paging.ts";
import { assertCanReadUnit } from "../access.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { afterCursor, keyedPage } from "../paging.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";

// Everyone in the organisation reads a unit's health metrics (S5), as they read its OKRs; a
// private unit's only its members and admins.

/** A metric as the team page shows it: its state by the latest reading and a sparkline's readings. */
export interface HealthMetricView extends HealthMetricRow {
  state: HealthState;
  ownerName: string | null;
  /** The latest readings that count, oldest first, for the sparkline. */
  recent: { value: number; readAt: Date }[];
}

export interface HealthReadingView extends HealthReadingRow {
  recordedByName: string | null;
  correctedByName: string | null;
  withdrawnByName: string | null;
}

export const listHealthMetrics = defineUseCase("read", async ({ tx, scope, orgId }, unitId: string) => {
  await assertCanReadUnit(tx, scope, unitId);
  const rows = await tenantRows("healthMetrics").listBy(tx, orgId, { unitId }, "name");
  return present(tx, orgId, rows);
});

export const getHealthMetric = defineUseCase("read", async ({ tx, scope, orgId }, id: string) => {
  const [view] = await present(tx, orgId, [await requireReadable(tx, scope, id)]);
  return view as HealthMetricView;
});

/**
 * A metric's readings newest first (by when each was read, then id), withdrawn ones listed and
 * marked, one page at a time by a keyset on that order (a script may feed a metric every minute).
 */
export async function listHealthReadings(
  ctx: ServiceContext,
  scope: Scope,
  id: string,
  request: PageRequest,
): Promise<Page<HealthReadingView>> {
  const { orgId } = scope;
  const after = afterCursor(request.cursor);
  return readTenant(ctx, orgId, async (tx) => {
    await requireReadable(tx, scope, id);
    const page = keyedPage(await healthReadingsPage(tx, orgId, id, { limit: request.limit, after }), request.limit);
    const rows = page.rows;
    const people = rows.flatMap((r) => [r.recordedBy, r.correctedBy, r.withdrawnBy]);
    const names = await namesById(tx, "people", orgId, [...new Set(people.filter((p): p is string => p !== null))]);
    const nameOf = (personId: string | null) => (personId ? (names.get(personId) ?? null) : null);
    return {
      rows: rows.map((row) => ({
        ...row,
        recordedByName: nameOf(row.recordedBy),
        correctedByName: nameOf(row.correctedBy),
        withdrawnByName: nameOf(row.withdrawnBy),
      })),
      nextCursor: page.nextCursor,
    };
  });
}

/** S7: the metric's changes and its readings' corrections and withdrawals, newest first. */
export const getHealthMetricHistory = defineUseCase("read", async ({ tx, scope, orgId }, id: string) => {
  await requireReadable(tx, scope, id);
  return historyWithParts(tx, orgId, "health_metric", id);
});

async function requireReadable(tx: Executor, scope: Scope, id: string): Promise<HealthMetricRow> {
  const metric = await tenantRows("healthMetrics").find(tx, scope.orgId, id);
  if (!metric) throw notFound("Health metric");
  await assertCanReadUnit(tx, scope, metric.unitId);
  return metric;
}

/** Metrics as the pages show them: each with its state, owner's name and recent readings. */
export async function present(tx: Executor, orgId: string, rows: HealthMetricRow[]): Promise<HealthMetricView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const ranked = tx
    .selectFrom("healthReadings")
    .select((eb) => [
      "healthMetricId",
      "value",
      "readAt",
      eb.fn
        .agg<number>("row_number")
        .over((over) => over.partitionBy("healthMetricId").orderBy("readAt", "desc").orderBy("createdAt", "desc"))
        .as("n"),
    ])
    .where("orgId", "=", orgId)
    .where("healthMetricId", "in", ids)
    .where("withdrawnAt", "is", null);
  const recent = await tx
    .selectFrom(ranked.as("r"))
    .select(["healthMetricId", "value", "readAt"])
    .where("n", "<=", SPARKLINE_READINGS)
    .orderBy("readAt")
    .execute();
  const owners = rows.map((row) => row.ownerId).filter((id): id is string => id !== null);
  const names = await namesById(tx, "people", orgId, [...new Set(owners)]);
  return rows.map((row) => ({
    ...row,
    state: healthStateOf(row),
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    recent: recent.filter((r) => r.healthMetricId === row.id).map(({ value, readAt }) => ({ value, readAt })),
  }));
}
