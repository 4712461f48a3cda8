import { changeOf } from "../../db/repositories/history.ts";
import { nextPosition, tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ExperimentMetricRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { changedFields, type MetricDefinition, metricChangeReason } from "../../domain/experiments.ts";
import type { ChangeMetric } from "../../schemas/experiments.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { experimentDetail } from "./read-experiment.ts";
import { lockExperiment, newMetricRow } from "./write-experiment.ts";

function definitionOf(metric: ExperimentMetricRow): MetricDefinition {
  return { name: metric.name, direction: metric.direction, threshold: metric.threshold, unit: metric.unit };
}

function missing(field: string, message: string): AppError {
  return new AppError("validation_failed", "The metric change is not complete", [{ field, rule: "required", message }]);
}

async function findMetric(tx: Tx, orgId: string, experimentId: string, metricId: string | undefined) {
  if (!metricId) throw missing("metricId", "name the metric to change or drop");
  const metric = await tenantRows("experimentMetrics").findBy(tx, orgId, { experimentId, id: metricId });
  if (!metric)
    throw new AppError("not_found", "Metric not found in this experiment", [
      { field: "metricId", rule: "exists", message: "not a metric of this experiment" },
    ]);
  return metric;
}

/**
 * S6: a metric changes, is dropped or is added. In draft that is free; once the experiment runs
 * it needs a reason, recorded with the before and after, who and when, and a dropped metric
 * stays in the set with its reason (never deleted after the start). An ended experiment's
 * metrics do not change.
 */
export async function changeMetric(ctx: ServiceContext, scope: Scope, experimentId: string, input: ChangeMetric) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const experiment = await lockExperiment(tx, scope, experimentId);
    const reason = metricChangeReason(experiment.status, input.reason);
    const running = experiment.status === "running";
    let before: ExperimentMetricRow | null = null;
    let after: ExperimentMetricRow | null;
    if (input.action === "add") {
      if (!input.name) throw missing("name", "name the metric");
      if (!input.direction) throw missing("direction", "at least or at most");
      if (input.threshold === undefined) throw missing("threshold", "the threshold it must reach");
      const position = await nextPosition(tx, "experimentMetrics", orgId, { experimentId });
      after = await tx
        .insertInto("experimentMetrics")
        // Added after the start: it has no original, and the page says so (S6).
        .values(
          newMetricRow(ctx, orgId, experimentId, position, {
            name: input.name,
            direction: input.direction,
            threshold: input.threshold,
            unit: input.unit,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
    } else if (input.action === "drop") {
      before = await findMetric(tx, orgId, experimentId, input.metricId);
      if (!running) {
        // In draft a metric is simply removed: nothing was fixed yet.
        await tx.deleteFrom("experimentMetrics").where("orgId", "=", orgId).where("id", "=", before.id).execute();
        after = null;
      } else {
        if (before.droppedReason !== null)
          throw new AppError("conflict", "This metric is already dropped", [
            { field: "metricId", rule: "dropped", message: "dropped before" },
          ]);
        after = await tenantRows("experimentMetrics").updateHeld(tx, orgId, before.id, { droppedReason: reason });
      }
    } else {
      before = await findMetric(tx, orgId, experimentId, input.metricId);
      if (before.droppedReason !== null)
        throw new AppError("conflict", "A dropped metric stays as it was when it was dropped", [
          { field: "metricId", rule: "dropped", message: "dropped with a reason; add a new metric instead" },
        ]);
      const next: MetricDefinition = {
        name: input.name ?? before.name,
        direction: input.direction ?? before.direction,
        threshold: input.threshold ?? before.threshold,
        unit: input.unit ?? before.unit,
      };
      if (changedFields(definitionOf(before), next).length === 0)
        throw new AppError("validation_failed", "The change changes nothing", [
          { field: "threshold", rule: "changed", message: "give a new name, direction, threshold or unit" },
        ]);
      after = await tenantRows("experimentMetrics").updateHeld(tx, orgId, before.id, next);
    }
    const metricId = (after ?? before)?.id as string;
    if (running)
      await tx
        .insertInto("experimentMetricChanges")
        .values({
          orgId,
          id: ctx.newId(),
          experimentId,
          metricId,
          action: input.action,
          before: before ? JSON.stringify(definitionOf(before)) : null,
          after: after ? JSON.stringify({ ...definitionOf(after), dropped: after.droppedReason !== null }) : null,
          reason,
          changedBy: scope.actor.kind === "person" ? scope.actor.personId : null,
          changedAt: ctx.now(),
        })
        .execute();
    await tx
      .updateTable("experiments")
      .set({ version: experiment.version + 1, updatedAt: ctx.now() })
      .where("orgId", "=", orgId)
      .where("id", "=", experimentId)
      .execute();
    const history = [changeOf("experiment_metric", metricId, before, after, reason || undefined)];
    return { result: await experimentDetail(tx, scope, experimentId), history };
  });
}
