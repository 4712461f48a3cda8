import { links } from "../../db/repositories/links.ts";
import { keyResultIdsOfUnits } from "../../db/repositories/okrs.ts";
import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { assertCanReadUnit, canReadUnit, hiddenUnitIds, readableKeyResult } from "../access.ts";
import type { Executor } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";
import { type HealthMetricView, present } from "./read-health-metrics.ts";

// A KR's guardrails: the health metrics it must not push out of range ("cut refunds, but keep
// the margin"). The team that writes the KR names them (M3: its members write its KRs); the KR
// shows each with its state, so a stretch target's cost is visible beside its progress.

const guardrails = links("keyResultGuardrails");

export const listGuardrails = defineUseCase("read", async ({ tx, scope }, keyResultId: string) => {
  await readableKeyResult(tx, scope, keyResultId);
  return guardrailsOf(tx, scope, keyResultId);
});

/** Replaces the KR's guardrails with these metrics (none clears them); the history keeps both lists (S7). */
export const setGuardrails = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, keyResultId: string, healthMetricIds: string[]) => {
    const keyResult = await tenantRows("keyResults").lock(tx, orgId, keyResultId);
    const objective = keyResult && (await tenantRows("objectives").find(tx, orgId, keyResult.objectiveId));
    if (!keyResult || !objective) throw new AppError("not_found", "Key result not found");
    await readableKeyResult(tx, scope, keyResultId);
    authorize(scope.actor, { do: "editKeyResults", unitId: objective.unitId });
    await assertPeriodOpen(tx, orgId, [objective.periodId]);
    const wanted = [...new Set(healthMetricIds)];
    for (const [i, id] of wanted.entries()) await requireReadableMetric(tx, scope, id, `healthMetricIds.${i}`);
    const before = await guardrails.of(tx, orgId, keyResultId);
    await guardrails.clear(tx, orgId, keyResultId);
    await guardrails.add(tx, orgId, keyResultId, wanted, { createdAt: ctx.now() });
    return {
      result: await guardrailsOf(tx, scope, keyResultId),
      history: [
        {
          entity: "key_result_guardrails",
          entityId: keyResultId,
          action: "update",
          before: { keyResultId, healthMetricIds: before },
          after: { keyResultId, healthMetricIds: wanted },
        },
      ],
    };
  },
);

/**
 * The guardrails of the KRs the caller may read, by KR then metric name; with `keyResultUnit`, of
 * every KR of that unit's objectives only, whichever unit watches the metric: a team page's
 * cards share that one read instead of asking once per KR. A private unit's KR or metric stays
 * out for those who may not read it (S5), as on one KR.
 */
export const listAllGuardrails = defineUseCase("read", async ({ tx, scope }, keyResultUnitId: string | undefined) => {
  if (keyResultUnitId) await assertCanReadUnit(tx, scope, keyResultUnitId);
  const hidden = keyResultUnitId ? [] : await hiddenUnitIds(tx, scope);
  return guardrailRows(tx, scope, { keyResultUnitId, hidden });
});

/** One guardrail: a KR and a health metric it must not push out of range. */
export interface KeyResultGuardrail {
  keyResultId: string;
  healthMetric: HealthMetricView;
}

/** The KR's guardrails the caller may read (a private unit's metric stays out for others), by name. */
async function guardrailsOf(tx: Executor, scope: Scope, keyResultId: string): Promise<HealthMetricView[]> {
  return (await guardrailRows(tx, scope, { keyResultId })).map((guardrail) => guardrail.healthMetric);
}

/**
 * The guardrails of one KR, or of every KR of a unit's objectives (or of the organisation's, but
 * those of the `hidden` units), by KR then metric name; a metric the caller may not read is left out.
 */
async function guardrailRows(
  tx: Executor,
  scope: Scope,
  of: { keyResultId: string } | { keyResultUnitId: string | undefined; hidden: string[] },
): Promise<KeyResultGuardrail[]> {
  const { orgId } = scope;
  let query = tx
    .selectFrom("keyResultGuardrails as g")
    .innerJoin("healthMetrics as m", (j) => sameTenant(j, "m.id", "g.healthMetricId"))
    .innerJoin("units as u", (j) => sameTenant(j, "u.id", "m.unitId"))
    .selectAll("m")
    .select(["g.keyResultId as guardedKeyResultId", "u.private as unitPrivate"])
    .where("g.orgId", "=", orgId);
  if ("keyResultId" in of) query = query.where("g.keyResultId", "=", of.keyResultId);
  else if (of.keyResultUnitId) {
    query = query.where("g.keyResultId", "in", keyResultIdsOfUnits(tx, orgId, [of.keyResultUnitId]));
  } else if (of.hidden.length > 0) {
    query = query.where("g.keyResultId", "not in", keyResultIdsOfUnits(tx, orgId, of.hidden));
  }
  const rows = await query.orderBy("g.keyResultId").orderBy("m.name").orderBy("m.id").execute();
  const readable = rows.filter((row) => canReadUnit(scope, { id: row.unitId, private: row.unitPrivate }));
  // A metric guarding several KRs is presented once.
  const metrics = new Map(
    readable.map(({ unitPrivate: _private, guardedKeyResultId: _kr, ...metric }) => [metric.id, metric]),
  );
  const presented = new Map((await present(tx, orgId, [...metrics.values()])).map((view) => [view.id, view]));
  return readable.map((row) => ({
    keyResultId: row.guardedKeyResultId,
    healthMetric: presented.get(row.id) as HealthMetricView,
  }));
}

/** A metric the caller may read, or a 404 naming the field, as for any reference in a body. */
async function requireReadableMetric(tx: Executor, scope: Scope, id: string, field: string): Promise<void> {
  const metric = await tenantRows("healthMetrics").find(tx, scope.orgId, id);
  const unit = metric && (await tenantRows("units").find(tx, scope.orgId, metric.unitId));
  if (!metric || !unit || !canReadUnit(scope, unit)) {
    throw new AppError("not_found", "Health metric not found", [
      { field, rule: "exists", message: "no health metric with this id in the organisation" },
    ]);
  }
}
