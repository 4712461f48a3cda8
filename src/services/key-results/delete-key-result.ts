import { listKeyResults } from "../../db/repositories/okrs.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { ServiceContext } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { lockAtVersion } from "../tenant-reads.ts";
import { type Scope, scoringChange } from "../write.ts";

/** Removes a KR, but never the last one of an active objective (M4). `reason` goes into the history (S7). */
export async function deleteKeyResult(
  ctx: ServiceContext,
  scope: Scope,
  id: string,
  version?: number,
  reason?: string,
): Promise<void> {
  await scoringChange(ctx, scope, async (tx) => {
    const before = await lockAtVersion(tx, scope.orgId, "keyResults", id, "Key result", version);
    const objective = await tenantRows("objectives").find(tx, scope.orgId, before.objectiveId);
    if (objective) authorize(scope.actor, { do: "editKeyResults", unitId: objective.unitId });
    await assertPeriodOpen(tx, scope.orgId, [objective?.periodId]);
    const siblings = await listKeyResults(tx, scope.orgId, [before.objectiveId]);
    if (objective?.status === "active" && siblings.length <= 1) {
      throw new AppError(
        "M4",
        "M4: an active objective keeps at least one key result; add another before removing this one",
      );
    }
    await tenantRows("keyResults").remove(tx, scope.orgId, id);
    return {
      result: undefined,
      history: [{ entity: "key_result", entityId: id, action: "delete", before, after: null, reason }],
      rescore: [before.objectiveId],
    };
  });
}
