import { enforcedRulesOf } from "../../db/repositories/coach-settings.ts";
import { listKeyResults, objectiveIdOfKeyResult, otherActiveObjective } from "../../db/repositories/okrs.ts";
import { listObjectivesUpFrom } from "../../db/repositories/scores.ts";
import { rowAgain, tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ObjectiveRow } from "../../db/schema.ts";
import { assertCanActivate, assertOneActiveObjective } from "../../domain/activation.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { UpdateObjective } from "../../schemas/objectives.ts";
import { refreshObjectiveForecasts } from "../check-ins/refresh-forecasts.ts";
import type { Tx } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { requireReadableKeyResult, requireReference } from "../references.ts";
import { assertFreshVersion, lockRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import { objectiveActivated } from "../webhooks/events.ts";
import type { Scope } from "../write.ts";

/**
 * An objective's changed fields as the API validates them, with the version the writer last saw
 * (a stale one is refused instead of overwriting) and why it changed (S7, kept in the history).
 */
export type UpdateObjectiveInput = UpdateObjective;

export const updateObjective = defineUseCase(
  "scoring",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateObjectiveInput) => {
    const before = await lockRow(tx, orgId, "objectives", id, "Objective");
    authorize(scope.actor, { do: "editObjective", unitId: before.unitId });
    if (input.unitId) authorize(scope.actor, { do: "editObjective", unitId: input.unitId });
    assertFreshVersion(before, input.version);
    await checkReferences(tx, scope, before, input);
    // Out of a closed period and into one are both refused: either would change a frozen period.
    await assertPeriodOpen(tx, orgId, [before.periodId, input.periodId]);
    const after = { ...before, ...withoutMeta(input) };
    if (after.status === "active") {
      const keyResults = await listKeyResults(tx, orgId, [id]);
      assertCanActivate(keyResults.map(specOf), await enforcedRulesOf(tx, orgId));
      assertOneActiveObjective(await otherActiveObjective(tx, orgId, after.unitId, after.periodId, id));
    }
    const updated = await tenantRows("objectives").update(tx, orgId, id, {
      ...withoutMeta(input),
      version: before.version + 1,
      updatedAt: ctx.now(),
    });
    if (before.status !== "active" && after.status === "active") await objectiveActivated(ctx, tx, orgId, id);
    // Forecasts run from the period's start to its end: another period moves them.
    if (input.periodId && input.periodId !== before.periodId) await refreshObjectiveForecasts(tx, orgId, [id]);
    return {
      result: updated as ObjectiveRow,
      history: [{ entity: "objective", entityId: id, action: "update", before, after: updated, reason: input.reason }],
      rescore: movesScores(before, input)
        ? [id, await objectiveIdOfKeyResult(tx, orgId, before.parentKeyResultId)]
        : [],
      reread: (tx) => rowAgain(tx, "objectives", orgId, id),
    };
  },
);

/**
 * Whether a change moves scores: its status (a cancelled objective stops counting), its period
 * or its cascade link (M5). The objective it hung under is rescored too.
 */
export function movesScores(before: ObjectiveRow, input: Partial<ObjectiveRow>): boolean {
  return (["status", "periodId", "parentKeyResultId"] as const).some(
    (field) => input[field] !== undefined && input[field] !== before[field],
  );
}

function withoutMeta(input: UpdateObjectiveInput) {
  const { version: _version, reason: _reason, ...changes } = input;
  return changes;
}

export async function checkReferences(
  tx: Tx,
  scope: Scope,
  before: ObjectiveRow,
  input: Pick<UpdateObjectiveInput, "unitId" | "periodId" | "strategyId" | "parentKeyResultId">,
): Promise<void> {
  const { orgId } = scope;
  const id = before.id;
  if (input.unitId) await requireReference(tx, orgId, "units", input.unitId, "unitId");
  if (input.periodId) await requireReference(tx, orgId, "periods", input.periodId, "periodId");
  if (input.strategyId) await requireReference(tx, orgId, "strategies", input.strategyId, "strategyId");
  // A new link needs a key result the caller may read; one already there (set by someone who
  // could) stays when an edit sends it back unchanged.
  if (input.parentKeyResultId && input.parentKeyResultId !== before.parentKeyResultId) {
    const parent = await requireReadableKeyResult(tx, scope, input.parentKeyResultId, "parentKeyResultId");
    if (parent.objectiveId === id) {
      throw new AppError("validation_failed", "An objective cannot be cascaded from one of its own key results", [
        { field: "parentKeyResultId", rule: "M5", message: "choose a key result of another unit's objective" },
      ]);
    }
    // Linking under a KR of an objective that is this one or below it would make a cycle.
    const above = await listObjectivesUpFrom(tx, orgId, [parent.objectiveId]);
    if (above.some((objective) => objective.id === id)) {
      throw new AppError("validation_failed", "That key result is already cascaded from this objective", [
        {
          field: "parentKeyResultId",
          rule: "M5",
          message: "a cascade runs one way: choose a key result above this objective, not below it",
        },
      ]);
    }
  }
}
