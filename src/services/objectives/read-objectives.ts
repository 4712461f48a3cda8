import { listObjectiveHistory } from "../../db/repositories/history.ts";
import { objectivesPage } from "../../db/repositories/sync-lists.ts";
import { assertCanReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { syncList } from "../paging.ts";
import { findRow } from "../tenant-reads.ts";
import { type ObjectiveView, withKeyResults } from "../views/period-scores.ts";
import type { Scope } from "../write.ts";

/**
 * One page of the organisation's objectives in the order they were created, without those of
 * private units the caller may not read (S5); `updatedSince` keeps those whose own fields
 * changed since (docs/api.md, "Paging and sync").
 */
export const listObjectives = syncList(objectivesPage);

/** One objective with its KRs and their stored scores, as the period tree shows them (roll-up included). */
export async function getObjective(ctx: ServiceContext, scope: Scope, id: string): Promise<ObjectiveView> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const objective = await findRow(tx, orgId, "objectives", id, "Objective");
    await assertCanReadUnit(tx, scope, objective.unitId);
    const [scored] = await withKeyResults(tx, orgId, [objective], ctx.now());
    return scored as ObjectiveView;
  });
}

/** S7: the objective's and its KRs' recorded changes, newest first. */
export async function getObjectiveHistory(ctx: ServiceContext, scope: Scope, id: string) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const objective = await findRow(tx, orgId, "objectives", id, "Objective");
    await assertCanReadUnit(tx, scope, objective.unitId);
    return listObjectiveHistory(tx, orgId, id);
  });
}
