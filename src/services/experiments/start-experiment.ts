import { listMetricsOf } from "../../db/repositories/experiments.ts";
import { changeOf } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { assertCanStart } from "../../domain/experiments.ts";
import type { ServiceContext } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { experimentDetail } from "./read-experiment.ts";
import { lockExperiment, snapshotOf } from "./write-experiment.ts";

/**
 * S6: starting fixes the success metrics. Each metric's definition is copied to its original,
 * which the experiment page shows beside any later change.
 */
export async function startExperiment(ctx: ServiceContext, scope: Scope, id: string) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const before = await lockExperiment(tx, scope, id);
    const metrics = await listMetricsOf(tx, orgId, id);
    assertCanStart(before, metrics.length);
    const snapshot = await snapshotOf(tx, before);
    await tx
      .updateTable("experimentMetrics")
      .set((eb) => ({
        originalName: eb.ref("name"),
        originalDirection: eb.ref("direction"),
        originalThreshold: eb.ref("threshold"),
        originalUnit: eb.ref("unit"),
      }))
      .where("orgId", "=", orgId)
      .where("experimentId", "=", id)
      .execute();
    const after = await tenantRows("experiments").updateHeld(tx, orgId, id, {
      status: "running",
      startedAt: ctx.now(),
      version: before.version + 1,
      updatedAt: ctx.now(),
    });
    const history = [changeOf("experiment", id, snapshot, await snapshotOf(tx, after), "Started: metrics fixed (S6)")];
    return { result: await experimentDetail(tx, scope, id), history };
  });
}
