import { notFound } from "../../domain/errors.ts";
import { assertCanReadUnit, unitOfObjective } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import type { Scope } from "../write.ts";

// S7: a dependency's recorded changes (declared, note edited, withdrawn), newest first. They stay
// readable after it is withdrawn, as long as the KR that declared it exists and may be read.

export async function getDependencyHistory(ctx: ServiceContext, scope: Scope, id: string) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const history = await tx
      .selectFrom("history")
      .selectAll()
      .where("orgId", "=", orgId)
      .where("entity", "=", "key_result_dependency")
      .where("entityId", "=", id)
      .orderBy("changedAt", "desc")
      .orderBy("id")
      .limit(500)
      .$narrowType<{ entity: "key_result_dependency" }>()
      .execute();
    const recorded = history.at(-1);
    const keyResultId = (recorded?.after ?? recorded?.before) as { keyResultId?: string } | null | undefined;
    const keyResult =
      keyResultId?.keyResultId &&
      (await tx
        .selectFrom("keyResults")
        .select("objectiveId")
        .where("orgId", "=", orgId)
        .where("id", "=", keyResultId.keyResultId)
        .executeTakeFirst());
    if (!keyResult) throw notFound("Dependency");
    const unitId = await unitOfObjective(tx, orgId, keyResult.objectiveId);
    if (!unitId) throw notFound("Dependency");
    await assertCanReadUnit(tx, scope, unitId).catch(() => {
      throw notFound("Dependency");
    });
    // Changes of one instant (a fixed clock, one request) read in the order they can happen.
    const order = { delete: 0, update: 1, create: 2 } as const;
    return history.sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime() || order[a.action] - order[b.action]);
  });
}
