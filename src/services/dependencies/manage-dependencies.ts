import { changeOf } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultDependencyRow } from "../../db/schema.ts";
import { dependencyRefusal } from "../../domain/dependencies.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateDependency, UpdateDependency } from "../../schemas/dependencies.ts";
import { unitOfObjective } from "../access.ts";
import { newRow, type Tx } from "../context.ts";
import { requireReadableKeyResult } from "../references.ts";
import { lockRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";

// M7: a unit declares, edits and withdraws the dependencies of its own KRs on other units' KRs.
// Its lead and members do it without approval from above (M6); viewers and tokens only read.

export const createDependency = defineUseCase("write", async ({ tx, ctx, scope, orgId }, input: CreateDependency) => {
  const keyResult = await requireReadableKeyResult(tx, scope, input.keyResultId, "keyResultId");
  const dependsOn = await requireReadableKeyResult(tx, scope, input.dependsOnKeyResultId, "dependsOnKeyResultId");
  const unitId = (await unitOfObjective(tx, orgId, keyResult.objectiveId)) as string;
  authorize(scope.actor, { do: "editKeyResults", unitId });
  const otherUnitId = (await unitOfObjective(tx, orgId, dependsOn.objectiveId)) as string;
  const refusal = dependencyRefusal({ id: keyResult.id, unitId }, { id: dependsOn.id, unitId: otherUnitId });
  if (refusal) throw refusal;
  await assertNotDeclared(tx, orgId, input);
  const row = await tenantRows("keyResultDependencies").insert(tx, {
    ...newRow(ctx, orgId),
    keyResultId: keyResult.id,
    dependsOnKeyResultId: dependsOn.id,
    note: input.note ?? "",
    createdBy: scope.actor.kind === "person" ? scope.actor.personId : null,
  });
  return { result: row, history: [changeOf("key_result_dependency", row.id, null, row)] };
});

/** A second declaration of the same dependency is a conflict (409), not a second row. */
async function assertNotDeclared(tx: Tx, orgId: string, input: CreateDependency): Promise<void> {
  const existing = await tx
    .selectFrom("keyResultDependencies")
    .select("id")
    .where("orgId", "=", orgId)
    .where("keyResultId", "=", input.keyResultId)
    .where("dependsOnKeyResultId", "=", input.dependsOnKeyResultId)
    .executeTakeFirst();
  if (existing) {
    throw new AppError("conflict", "This key result already depends on that one (M7): edit its note instead.", [
      { field: "dependsOnKeyResultId", rule: "unique", message: "this key result already depends on that one" },
    ]);
  }
}

export const updateDependency = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateDependency) => {
    const before = await lockOwnDependency(tx, scope, id);
    const updated = await tenantRows("keyResultDependencies").updateHeld(tx, orgId, id, {
      note: input.note,
      updatedAt: ctx.now(),
    });
    return { result: updated, history: [changeOf("key_result_dependency", id, before, updated)] };
  },
);

export const deleteDependency = defineUseCase("write", async ({ tx, scope, orgId }, id: string) => {
  const before = await lockOwnDependency(tx, scope, id);
  await tx.deleteFrom("keyResultDependencies").where("orgId", "=", orgId).where("id", "=", id).execute();
  return { result: undefined, history: [changeOf("key_result_dependency", id, before, null)] };
});

/**
 * The dependency, locked, once the caller may change it: the declaring unit's lead or members
 * (or an admin). One in a unit the caller cannot read answers as one that does not exist.
 */
async function lockOwnDependency(tx: Tx, scope: Scope, id: string): Promise<KeyResultDependencyRow> {
  const row = await lockRow(tx, scope.orgId, "keyResultDependencies", id, "Dependency");
  const keyResult = await requireReadableKeyResult(tx, scope, row.keyResultId, "id").catch(() => {
    throw notFound("Dependency");
  });
  const unitId = (await unitOfObjective(tx, scope.orgId, keyResult.objectiveId)) as string;
  authorize(scope.actor, { do: "editKeyResults", unitId });
  return row;
}
