import { listMetricsOf } from "../../db/repositories/experiments.ts";
import { changeOf, type HistoryEntry } from "../../db/repositories/history.ts";
import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ExperimentRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { assertFixedWhileRunning } from "../../domain/experiments.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateExperiment, MetricInput, UpdateExperiment } from "../../schemas/experiments.ts";
import { assertCanReadUnit } from "../access.ts";
import { newRow, type ServiceContext, type Tx } from "../context.ts";
import { requireReference } from "../references.ts";
import { assertFreshVersion, lockRow } from "../tenant-reads.ts";
import { type Scope, writeChange } from "../write.ts";
import { experimentDetail } from "./read-experiment.ts";

// P2, M6: a team writes its experiments without approval from above; in draft anything changes.

/** The key result an experiment aims at, with its objective's unit and period. */
async function keyResultTarget(tx: Tx, scope: Scope, keyResultId: string) {
  const kr = await tx
    .selectFrom("keyResults as k")
    .innerJoin("objectives as o", (join) => sameTenant(join, "o.id", "k.objectiveId"))
    .select(["k.id", "k.title", "o.unitId", "o.periodId"])
    .where("k.orgId", "=", scope.orgId)
    .where("k.id", "=", keyResultId)
    .executeTakeFirst();
  if (!kr)
    throw new AppError("not_found", "Key result not found", [
      { field: "keyResultId", rule: "exists", message: "no key result with this id in the organisation" },
    ]);
  await assertCanReadUnit(tx, scope, kr.unitId);
  return kr;
}

/** Locks the experiment row for a write and checks the writer is of its unit (M6). */
export async function lockExperiment(tx: Tx, scope: Scope, id: string): Promise<ExperimentRow> {
  const row = await lockRow(tx, scope.orgId, "experiments", id, "Experiment");
  await assertCanReadUnit(tx, scope, row.unitId);
  authorize(scope.actor, { do: "runExperiment", unitId: row.unitId });
  return row;
}

/**
 * A new metric row at this position. Its original definition is filled when the experiment
 * starts (S6); one added after the start has none, and the page says so.
 */
export function newMetricRow(
  ctx: ServiceContext,
  orgId: string,
  experimentId: string,
  position: number,
  metric: Pick<MetricInput, "name" | "direction" | "threshold" | "unit">,
) {
  return {
    orgId,
    id: ctx.newId(),
    experimentId,
    position,
    name: metric.name,
    direction: metric.direction,
    threshold: metric.threshold,
    unit: metric.unit ?? "",
    originalName: null,
    originalDirection: null,
    originalThreshold: null,
    originalUnit: null,
    droppedReason: null,
    observed: null,
  };
}

/** Replaces a draft's metric set. */
async function replaceMetrics(
  ctx: ServiceContext,
  tx: Tx,
  orgId: string,
  experimentId: string,
  metrics: MetricInput[],
) {
  await tx
    .deleteFrom("experimentMetrics")
    .where("orgId", "=", orgId)
    .where("experimentId", "=", experimentId)
    .execute();
  if (metrics.length === 0) return;
  await tx
    .insertInto("experimentMetrics")
    .values(metrics.map((m, position) => newMetricRow(ctx, orgId, experimentId, position, m)))
    .execute();
}

/** The experiment with its metrics, as its history rows record it. */
export async function snapshotOf(tx: Tx, row: ExperimentRow) {
  const metrics = await listMetricsOf(tx, row.orgId, row.id);
  return { ...row, metrics };
}

export async function createExperiment(ctx: ServiceContext, scope: Scope, input: CreateExperiment) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const kr = await keyResultTarget(tx, scope, input.keyResultId);
    const unitId = input.unitId ?? kr.unitId;
    if (input.unitId) await assertCanReadUnit(tx, scope, unitId);
    authorize(scope.actor, { do: "runExperiment", unitId });
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    const row = await tenantRows("experiments").insert(tx, {
      ...newRow(ctx, orgId),
      unitId,
      periodId: kr.periodId,
      keyResultId: kr.id,
      keyResultTitle: kr.title,
      kind: input.kind,
      title: input.title,
      hypothesis: input.hypothesis,
      ownerId: input.ownerId ?? null,
      startedAt: null,
      endedAt: null,
      outcome: null,
    });
    await replaceMetrics(ctx, tx, orgId, row.id, input.metrics ?? []);
    const history: HistoryEntry[] = [changeOf("experiment", row.id, null, await snapshotOf(tx, row))];
    return { result: await experimentDetail(tx, scope, row.id), history };
  });
}

/**
 * In draft anything may change. Once running, only the title and owner do: the hypothesis, key
 * result, kind and metrics were fixed at the start (S6; a metric changes with a reason through
 * changeMetric). An ended experiment is its record.
 */
export async function updateExperiment(ctx: ServiceContext, scope: Scope, id: string, input: UpdateExperiment) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const before = await lockExperiment(tx, scope, id);
    assertFreshVersion(before, input.version);
    const fixed = (["hypothesis", "kind", "keyResultId", "metrics"] as const).filter((f) => input[f] !== undefined);
    assertFixedWhileRunning(before.status, fixed);
    const snapshot = await snapshotOf(tx, before);
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    const kr = input.keyResultId ? await keyResultTarget(tx, scope, input.keyResultId) : null;
    const after = await tx
      .updateTable("experiments")
      .set({
        title: input.title,
        hypothesis: input.hypothesis,
        kind: input.kind,
        ownerId: input.ownerId,
        ...(kr ? { keyResultId: kr.id, keyResultTitle: kr.title, periodId: kr.periodId } : {}),
        version: before.version + 1,
        updatedAt: ctx.now(),
      })
      .where("orgId", "=", orgId)
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.metrics) await replaceMetrics(ctx, tx, orgId, id, input.metrics);
    const history = [changeOf("experiment", id, snapshot, await snapshotOf(tx, after))];
    return { result: await experimentDetail(tx, scope, id), history };
  });
}
