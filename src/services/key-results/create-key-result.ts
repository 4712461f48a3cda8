import { enforcedRulesOf } from "../../db/repositories/coach-settings.ts";
import { nextKeyResultPosition } from "../../db/repositories/okrs.ts";
import { rowAgain, tenantRows } from "../../db/repositories/tenant-rows.ts";
import { assertCanActivate } from "../../domain/activation.ts";
import { authorize } from "../../domain/policies.ts";
import { newRow } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { requireReference } from "../references.ts";
import { defineUseCase } from "../use-case.ts";
import { type KeyResultInput, keyResultColumns, specOf } from "./key-result-input.ts";

/** Adds a KR to an objective; on an active objective it must already satisfy K1. */
export const createKeyResult = defineUseCase(
  "scoring",
  async ({ tx, ctx, scope, orgId }, objectiveId: string, input: KeyResultInput) => {
    const objective = await requireReference(tx, orgId, "objectives", objectiveId, "objectiveId");
    authorize(scope.actor, { do: "editKeyResults", unitId: objective.unitId });
    await assertPeriodOpen(tx, orgId, objective.periodId);
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    const columns = keyResultColumns(input);
    if (objective.status === "active" && (await enforcedRulesOf(tx, orgId)).K1) assertKeyResultReady(columns);
    const keyResult = await tenantRows("keyResults").insert(tx, {
      ...newRow(ctx, orgId),
      objectiveId,
      position: await nextKeyResultPosition(tx, orgId, objectiveId),
      ...columns,
    });
    return {
      result: keyResult,
      history: [{ entity: "key_result", entityId: keyResult.id, action: "create", before: null, after: keyResult }],
      rescore: [objectiveId],
      reread: (tx) => rowAgain(tx, "keyResults", orgId, keyResult.id),
    };
  },
);

/** K1 for a single KR, with field names as the KR's own (not nested under keyResults.n). */
export function assertKeyResultReady(columns: Parameters<typeof specOf>[0]): void {
  try {
    assertCanActivate([specOf(columns)]);
  } catch (error) {
    if (error instanceof Error && "details" in error) {
      for (const issue of (error as { details: { field: string }[] }).details) {
        issue.field = issue.field.replace(/^keyResults\.0\./, "");
      }
    }
    throw error;
  }
}
