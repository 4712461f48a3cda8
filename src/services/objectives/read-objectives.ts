import { listObjectiveHistory } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ObjectiveRow } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { loadScoredObjectives, type ObjectiveView } from "../views/period-scores.ts";

export interface ObjectiveFilter {
  periodId?: string;
  unitId?: string;
  status?: ObjectiveRow["status"];
}

export async function listObjectives(
  ctx: ServiceContext,
  orgId: string,
  filter: ObjectiveFilter,
): Promise<ObjectiveRow[]> {
  return readTenant(ctx, orgId, (tx) => {
    let q = tx.selectFrom("objectives").selectAll().where("orgId", "=", orgId);
    if (filter.periodId) q = q.where("periodId", "=", filter.periodId);
    if (filter.unitId) q = q.where("unitId", "=", filter.unitId);
    if (filter.status) q = q.where("status", "=", filter.status);
    return q.orderBy("createdAt").limit(5000).execute();
  });
}

/** One objective with its KRs scored the way the period tree scores them (roll-up included). */
export async function getObjective(ctx: ServiceContext, orgId: string, id: string): Promise<ObjectiveView> {
  return readTenant(ctx, orgId, async (tx) => {
    const objective = await tenantRows("objectives").find(tx, orgId, id);
    if (!objective) throw notFound("Objective");
    const scored = await loadScoredObjectives(tx, orgId, objective.periodId);
    return scored.find((o) => o.id === id) as ObjectiveView;
  });
}

/** S7: the objective's and its KRs' recorded changes, newest first. */
export async function getObjectiveHistory(ctx: ServiceContext, orgId: string, id: string) {
  return readTenant(ctx, orgId, async (tx) => {
    const objective = await tenantRows("objectives").find(tx, orgId, id);
    if (!objective) throw notFound("Objective");
    return listObjectiveHistory(tx, orgId, id);
  });
}
