import { listObjectiveHistory } from "../../db/repositories/history.ts";
import { objectivesPage } from "../../db/repositories/sync-lists.ts";
import type { ObjectiveRow } from "../../db/schema.ts";
import type { Page } from "../../domain/paging.ts";
import { assertCanReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { readKeysetPage, type SyncQuery } from "../paging.ts";
import { findRow } from "../tenant-reads.ts";
import { type ObjectiveView, withKeyResults } from "../views/period-scores.ts";
import type { Scope } from "../write.ts";

export interface ObjectiveFilter {
  periodId?: string;
  unitId?: string;
  status?: ObjectiveRow["status"];
  /** The objectives cascaded from this KR (M5): where its rolled-up progress comes from. */
  parentKeyResultId?: string;
}

/**
 * One page of the organisation's objectives in the order they were created, without those of
 * private units the caller may not read (S5); `updatedSince` keeps those whose own fields
 * changed since (docs/api.md, "Paging and sync").
 */
export function listObjectives(
  ctx: ServiceContext,
  scope: Scope,
  query: ObjectiveFilter & SyncQuery,
): Promise<Page<ObjectiveRow>> {
  return readKeysetPage(ctx, scope, query, (tx, page) => objectivesPage(tx, scope.orgId, query, page));
}

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
