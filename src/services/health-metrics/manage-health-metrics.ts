import { changeOf } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { HealthMetricRow } from "../../db/schema.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { rangeIssues } from "../../domain/range.ts";
import type { CreateHealthMetric, UpdateHealthMetric } from "../../schemas/health-metrics.ts";
import { assertCanReadUnit } from "../access.ts";
import { type Executor, newRow } from "../context.ts";
import { requireReference } from "../references.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";

// M6: a unit's members add, change and remove the health metrics it watches, without approval
// from above; every change leaves its history row (S7).

const metrics = tenantRows("healthMetrics");

export const createHealthMetric = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, unitId: string, input: CreateHealthMetric) => {
    await assertCanReadUnit(tx, scope, unitId);
    authorize(scope.actor, { do: "manageHealthMetrics", unitId });
    const range = { rangeLow: input.rangeLow ?? null, rangeHigh: input.rangeHigh ?? null };
    refuseBadRange(range);
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    await requireFreeName(tx, orgId, unitId, input.name, null);
    const metric = await metrics.insert(tx, {
      ...newRow(ctx, orgId),
      unitId,
      name: input.name,
      unit: input.unit ?? "",
      ...range,
      ownerId: input.ownerId ?? null,
      description: input.description ?? "",
    });
    return { result: metric, history: [changeOf("health_metric", metric.id, null, metric)] };
  },
);

export const updateHealthMetric = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateHealthMetric) => {
    const before = await lockWritable(tx, scope, id);
    const range = {
      rangeLow: input.rangeLow === undefined ? before.rangeLow : input.rangeLow,
      rangeHigh: input.rangeHigh === undefined ? before.rangeHigh : input.rangeHigh,
    };
    refuseBadRange(range);
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    if (input.name !== undefined) await requireFreeName(tx, orgId, before.unitId, input.name, id);
    const after = (await metrics.update(tx, orgId, id, {
      name: input.name,
      unit: input.unit,
      rangeLow: input.rangeLow,
      rangeHigh: input.rangeHigh,
      ownerId: input.ownerId,
      description: input.description,
      updatedAt: ctx.now(),
    })) as HealthMetricRow;
    return { result: after, history: [changeOf("health_metric", id, before, after)] };
  },
);

/** Removes the metric with its readings; the history keeps the metric as it was. */
export const deleteHealthMetric = defineUseCase("write", async ({ tx, scope, orgId }, id: string) => {
  const before = await lockWritable(tx, scope, id);
  await metrics.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("health_metric", id, before, null)] };
});

/** The metric locked for a change by someone who may manage its unit's health metrics (M6). */
export async function lockWritable(
  tx: Executor,
  scope: Scope,
  id: string,
  action: "manageHealthMetrics" | "recordHealthReading" = "manageHealthMetrics",
): Promise<HealthMetricRow> {
  const metric = await metrics.lock(tx, scope.orgId, id);
  if (!metric) throw notFound("Health metric");
  await assertCanReadUnit(tx, scope, metric.unitId);
  authorize(scope.actor, { do: action, unitId: metric.unitId });
  return metric;
}

function refuseBadRange(range: { rangeLow: number | null; rangeHigh: number | null }): void {
  const issues = rangeIssues(range, "range");
  if (issues.length > 0) throw new AppError("validation_failed", "A health metric needs a healthy range", issues);
}

async function requireFreeName(
  tx: Executor,
  orgId: string,
  unitId: string,
  name: string,
  exceptId: string | null,
): Promise<void> {
  let query = tx
    .selectFrom("healthMetrics")
    .select("id")
    .where("orgId", "=", orgId)
    .where("unitId", "=", unitId)
    .where("name", "=", name);
  if (exceptId) query = query.where("id", "<>", exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError("conflict", "This unit already watches a health metric of this name", [
      { field: "name", rule: "unique", message: "this unit already watches a health metric of this name" },
    ]);
  }
}
