import { objectiveIdOfKeyResult } from "../../db/repositories/okrs.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { ServiceContext } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { assertFreshVersion } from "../tenant-reads.ts";
import { type Scope, scoringChange } from "../write.ts";

/**
 * Deletes an objective and its KRs; objectives cascaded from its KRs lose that link, and the
 * objective it was cascaded from is rescored without it (M5).
 */
export async function deleteObjective(ctx: ServiceContext, scope: Scope, id: string, version?: number): Promise<void> {
  await scoringChange(ctx, scope, async (tx) => {
    const before = await tenantRows("objectives").lock(tx, scope.orgId, id);
    if (!before) throw notFound("Objective");
    authorize(scope.actor, { do: "editObjective", unitId: before.unitId });
    await assertPeriodOpen(tx, scope.orgId, before.periodId);
    assertFreshVersion(before, version);
    const parentObjectiveId = await objectiveIdOfKeyResult(tx, scope.orgId, before.parentKeyResultId);
    await tenantRows("objectives").remove(tx, scope.orgId, id);
    return {
      rescore: [parentObjectiveId],
      result: undefined,
      history: [{ entity: "objective", entityId: id, action: "delete", before, after: null }],
    };
  });
}
