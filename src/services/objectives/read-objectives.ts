import { listObjectiveHistory } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ObjectiveRow } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { assertCanReadUnit, hiddenUnitIds } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { type ObjectiveView, withKeyResults } from "../views/period-scores.ts";
import type { Scope } from "../write.ts";

export interface ObjectiveFilter {
  periodId?: string;
  unitId?: string;
  status?: ObjectiveRow["status"];
  /** The objectives cascaded from this KR (M5): where its rolled-up progress comes from. */
  parentKeyResultId?: string;
}

export async function listObjectives(
  ctx: ServiceContext,
  scope: Scope,
  filter: ObjectiveFilter,
): Promise<ObjectiveRow[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    let q = tx.selectFrom("objectives").selectAll().where("orgId", "=", orgId);
    if (filter.periodId) q = q.where("periodId", "=", filter.periodId);
    if (filter.unitId) q = q.where("unitId", "=", filter.unitId);
    if (filter.status) q = q.where("status", "=", filter.status);
    if (filter.parentKeyResultId) q = q.where("parentKeyResultId", "=", filter.parentKeyResultId);
    const rows = await q.orderBy("createdAt").limit(5000).execute();
    const hidden = new Set(await hiddenUnitIds(tx, scope));
    return rows.filter((row) => !hidden.has(row.unitId));
  });
}

/** One objective with its KRs and their stored scores, as the period tree shows them (roll-up included). */
export async function getObjective(ctx: ServiceContext, scope: Scope, id: string): Promise<ObjectiveView> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const objective = await tenantRows("objectives").find(tx, orgId, id);
    if (!objective) throw notFound("Objective");
    await assertCanReadUnit(tx, scope, objective.unitId);
    const [scored] = await withKeyResults(tx, orgId, [objective], ctx.now());
    return scored as ObjectiveView;
  });
}

/** S7: the objective's and its KRs' recorded changes, newest first. */
export async function getObjectiveHistory(ctx: ServiceContext, scope: Scope, id: string) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const objective = await tenantRows("objectives").find(tx, orgId, id);
    if (!objective) throw notFound("Objective");
    await assertCanReadUnit(tx, scope, objective.unitId);
    return listObjectiveHistory(tx, orgId, id);
  });
}
