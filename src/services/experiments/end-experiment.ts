import { listMetricsOf } from "../../db/repositories/experiments.ts";
import { changeOf } from "../../db/repositories/history.ts";
import { insertLearning } from "../../db/repositories/reviews.ts";
import { assertCanEnd } from "../../domain/experiments.ts";
import type { EndExperiment } from "../../schemas/experiments.ts";
import type { ServiceContext } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { experimentDetail } from "./read-experiment.ts";
import { lockExperiment, snapshotOf } from "./write-experiment.ts";

/**
 * Ends a running experiment supported, refuted or inconclusive, with the observed value of every
 * metric not dropped (the full set, S6) and a learning that lands in the learnings library
 * (source experiment, S7). An interview round records who the team talked to and the pain it
 * heard (K6).
 */
export async function endExperiment(ctx: ServiceContext, scope: Scope, id: string, input: EndExperiment) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const before = await lockExperiment(tx, scope, id);
    const metrics = await listMetricsOf(tx, orgId, id);
    assertCanEnd(before, metrics, input);
    const snapshot = await snapshotOf(tx, before);
    for (const { metricId, value } of input.observed) {
      await tx
        .updateTable("experimentMetrics")
        .set({ observed: value })
        .where("orgId", "=", orgId)
        .where("id", "=", metricId)
        .execute();
    }
    const now = ctx.now();
    const after = await tx
      .updateTable("experiments")
      .set({
        status: "ended",
        endedAt: now,
        outcome: input.outcome,
        participants: input.participants?.trim() ?? before.participants,
        painHeard: input.painHeard?.trim() ?? before.painHeard,
        version: before.version + 1,
        updatedAt: now,
      })
      .where("orgId", "=", orgId)
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await insertLearning(tx, {
      orgId,
      id: ctx.newId(),
      source: "experiment",
      reviewId: null,
      experimentId: id,
      unitId: before.unitId,
      periodId: before.periodId,
      keyResultId: before.keyResultId,
      band: null,
      body: input.learning.trim(),
      createdAt: now,
    });
    const history = [changeOf("experiment", id, snapshot, await snapshotOf(tx, after), `Ended: ${input.outcome}`)];
    return { result: await experimentDetail(tx, scope, id), history };
  });
}
