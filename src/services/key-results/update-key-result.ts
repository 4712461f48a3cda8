import { enforcedRulesOf } from "../../db/repositories/coach-settings.ts";
import { rowAgain, tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultRow } from "../../db/schema.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { UpdateKeyResult } from "../../schemas/key-results.ts";
import { refreshForecasts } from "../check-ins/refresh-forecasts.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { requireReference } from "../references.ts";
import { lockAtVersion } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import { assertKeyResultReady } from "./create-key-result.ts";

/** A KR's changed fields, its new position, the version last seen and why (S7), as the API validates them. */
export type UpdateKeyResultInput = UpdateKeyResult;

/** Edits a KR; on an active objective the result must still satisfy K1, and S7 keeps the change. */
export const updateKeyResult = defineUseCase(
  "scoring",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateKeyResultInput) => {
    const before = await lockAtVersion(tx, orgId, "keyResults", id, "Key result", input.version);
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    const { version: _v, reason, ...changes } = input;
    const objective = await tenantRows("objectives").find(tx, orgId, before.objectiveId);
    if (!objective) throw notFound("Key result");
    authorize(scope.actor, { do: "editKeyResults", unitId: objective.unitId });
    await assertPeriodOpen(tx, orgId, objective.periodId);
    if (objective.status === "active") {
      if ((await enforcedRulesOf(tx, orgId)).K1) assertKeyResultReady({ ...before, ...changes });
      assertReasonForNewGoal(before, changes, reason);
    }
    const updated = await tenantRows("keyResults").update(tx, orgId, id, {
      ...changes,
      version: before.version + 1,
      updatedAt: ctx.now(),
    });
    // A new baseline, target, range or deadline moves the forecast (and its progress).
    await refreshForecasts(tx, orgId, [id]);
    return {
      result: updated as KeyResultRow,
      history: [{ entity: "key_result", entityId: id, action: "update", before, after: updated, reason }],
      rescore: [before.objectiveId],
      reread: (tx) => rowAgain(tx, "keyResults", orgId, id),
    };
  },
);

/** S7: moving the goalposts of an active objective is recorded with its reason, never silently. */
export function assertReasonForNewGoal(
  before: KeyResultRow,
  changes: Partial<KeyResultRow>,
  reason: string | undefined,
): void {
  const goalFields = ["baseline", "target", "rangeLow", "rangeHigh", "deadline"] as const;
  const moved = goalFields.filter((field) => field in changes && changes[field] !== before[field]);
  if (moved.length > 0 && !reason?.trim()) {
    throw new AppError("S7", "S7: say why the target changes; the reason is kept in the history", [
      {
        field: "reason",
        rule: "S7",
        message: `give a reason for changing ${moved.join(", ")} of an active key result`,
      },
    ]);
  }
}
