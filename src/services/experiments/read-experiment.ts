import {
  listExperimentHistory,
  listExperimentRows,
  listMetricChangesOf,
  listMetricsOf,
} from "../../db/repositories/experiments.ts";
import type { ExperimentMetricRow, ExperimentStatus } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { metricMet } from "../../domain/experiments.ts";
import type { PageRequest } from "../../domain/paging.ts";
import { assertCanReadUnit, hiddenUnitIds, readableKeyResult } from "../access.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { afterCursor, keyedPage } from "../paging.ts";
import type { Scope } from "../write.ts";

type ExperimentListRow = Awaited<ReturnType<typeof listExperimentRows>>[number];

/** An experiment as lists show it. */
function summaryOf({
  unitPrivate: _private,
  metricCount,
  pageKey: _key,
  ...row
}: Omit<ExperimentListRow, "pageKey"> & { pageKey?: string }) {
  return { ...row, metricCount: Number(metricCount ?? 0) };
}

/**
 * S6: a metric with its definition at the start beside the current one (null while in draft, or
 * for a metric added after the start) and, once observed, whether it met its threshold.
 */
export function metricView(metric: ExperimentMetricRow) {
  const original =
    metric.originalName === null
      ? null
      : {
          name: metric.originalName,
          direction: metric.originalDirection ?? metric.direction,
          threshold: metric.originalThreshold ?? metric.threshold,
          unit: metric.originalUnit ?? "",
        };
  return {
    id: metric.id,
    position: metric.position,
    name: metric.name,
    direction: metric.direction,
    threshold: metric.threshold,
    unit: metric.unit,
    original,
    dropped: metric.droppedReason !== null,
    droppedReason: metric.droppedReason,
    observed: metric.observed,
    met: metric.observed === null ? null : metricMet(metric, metric.observed),
  };
}

/** The experiment row, or 404 (also for a private unit the reader may not see). */
export async function findExperiment(tx: Executor, scope: Scope, id: string) {
  const [row] = await listExperimentRows(tx, scope.orgId, { id, limit: 1 });
  if (!row) throw notFound("Experiment");
  await assertCanReadUnit(tx, scope, row.unitId);
  return row;
}

/** One experiment: hypothesis, key result, every metric with its original, the changes, the result. */
export async function experimentDetail(tx: Executor, scope: Scope, id: string) {
  const row = await findExperiment(tx, scope, id);
  const metrics = await listMetricsOf(tx, scope.orgId, id);
  const changes = await listMetricChangesOf(tx, scope.orgId, id);
  const learning = await tx
    .selectFrom("learnings")
    .select(["id", "body", "createdAt"])
    .where("orgId", "=", scope.orgId)
    .where("experimentId", "=", id)
    .executeTakeFirst();
  return {
    ...summaryOf(row),
    metrics: metrics.map(metricView),
    changes: changes.map((c) => ({
      id: c.id,
      metricId: c.metricId,
      action: c.action,
      before: c.before as object | null,
      after: c.after as object | null,
      reason: c.reason,
      changedBy: c.changedBy,
      changedByName: c.changedByName,
      changedAt: c.changedAt,
    })),
    learning: learning ?? null,
  };
}

export async function getExperiment(ctx: ServiceContext, scope: Scope, id: string) {
  return readTenant(ctx, scope.orgId, (tx) => experimentDetail(tx, scope, id));
}

export interface ExperimentQuery extends PageRequest {
  unit?: string | undefined;
  keyResult?: string | undefined;
  /** Aimed at a KR of this unit's objectives, whichever unit runs them. */
  keyResultUnit?: string | undefined;
  status?: ExperimentStatus | undefined;
}

/**
 * A unit's experiments or a key result's, newest first, one page at a time by a keyset on that
 * order; private units' stay with their members (S5).
 */
export async function listExperiments(ctx: ServiceContext, scope: Scope, query: ExperimentQuery) {
  const { orgId } = scope;
  const after = afterCursor(query.cursor);
  return readTenant(ctx, orgId, async (tx) => {
    if (query.unit) await assertCanReadUnit(tx, scope, query.unit);
    if (query.keyResultUnit) await assertCanReadUnit(tx, scope, query.keyResultUnit);
    if (query.keyResult) await readableKeyResult(tx, scope, query.keyResult);
    const rows = await listExperimentRows(tx, orgId, {
      unitId: query.unit,
      keyResultId: query.keyResult,
      keyResultUnitId: query.keyResultUnit,
      status: query.status,
      hiddenUnitIds: await hiddenUnitIds(tx, scope),
      after,
      limit: query.limit + 1,
    });
    const page = keyedPage(rows, query.limit);
    return { experiments: page.rows.map(summaryOf), nextCursor: page.nextCursor };
  });
}

/** S7: the experiment's recorded changes and its metrics', newest first. */
export async function getExperimentHistory(ctx: ServiceContext, scope: Scope, id: string) {
  return readTenant(ctx, scope.orgId, async (tx) => {
    await findExperiment(tx, scope, id);
    return listExperimentHistory(tx, scope.orgId, id);
  });
}
