import { listMetricsOf } from "../../db/repositories/experiments.ts";
import { changeOf } from "../../db/repositories/history.ts";
import { insertLearning } from "../../db/repositories/reviews.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { assertCanEnd } from "../../domain/experiments.ts";
import type { EndExperiment } from "../../schemas/experiments.ts";
import { defineUseCase } from "../use-case.ts";
import { experimentDetail } from "./read-experiment.ts";
import { lockExperiment, snapshotOf } from "./write-experiment.ts";

/**
 * Ends a running experiment supported, refuted or inconclusive, with the observed value of every
 * metric not dropped (the full set, S6) and a learning that lands in the learnings library
 * (source experiment, S7). An interview round records who the team talked to and the pain it
 * heard (K6).
 */
export const endExperiment = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: EndExperiment) => {
    const before = await lockExperiment(tx, scope, id);
    const metrics = await listMetricsOf(tx, orgId, id);
    assertCanEnd(before, metrics, input);
    const snapshot = await snapshotOf(tx, before);
    for (const { metricId, value } of input.observed) {
      await tenantRows("experimentMetrics").update(tx, orgId, metricId, { observed: value });
    }
    const now = ctx.now();
    const after = await tenantRows("experiments").updateHeld(tx, orgId, id, {
      status: "ended",
      endedAt: now,
      outcome: input.outcome,
      participants: input.participants?.trim() ?? before.participants,
      painHeard: input.painHeard?.trim() ?? before.painHeard,
      version: before.version + 1,
      updatedAt: now,
    });
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
  },
);
