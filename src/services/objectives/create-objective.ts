import { enforcedRulesOf } from "../../db/repositories/coach-settings.ts";
import type { HistoryEntry } from "../../db/repositories/history.ts";
import { listKeyResults, otherActiveObjective } from "../../db/repositories/okrs.ts";
import { rowAgain, tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import { assertCanActivate, assertOneActiveObjective } from "../../domain/activation.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateObjective } from "../../schemas/objectives.ts";
import type { ServiceContext } from "../context.ts";
import { keyResultColumns, specOf } from "../key-results/key-result-input.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { requireReadableKeyResult, requireReference } from "../references.ts";
import { objectiveActivated } from "../webhooks/events.ts";
import { type Scope, scoringChange } from "../write.ts";

/** An objective with its first key results, as the API validates it. */
export type CreateObjectiveInput = CreateObjective;

/**
 * Creates an objective with its key results in one transaction, as the edit form submits them.
 * Activating at once checks M4 and K1 on the KRs, and M1 against the unit's other objectives.
 */
export async function createObjective(
  ctx: ServiceContext,
  scope: Scope,
  input: CreateObjectiveInput,
): Promise<{ objective: ObjectiveRow; keyResults: KeyResultRow[] }> {
  return scoringChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    await requireReference(tx, orgId, "units", input.unitId, "unitId");
    authorize(scope.actor, { do: "editObjective", unitId: input.unitId });
    await requireReference(tx, orgId, "periods", input.periodId, "periodId");
    await assertPeriodOpen(tx, orgId, input.periodId);
    if (input.parentKeyResultId) {
      await requireReadableKeyResult(tx, scope, input.parentKeyResultId, "parentKeyResultId");
    }
    if (input.strategyId) await requireReference(tx, orgId, "strategies", input.strategyId, "strategyId");
    const krInputs = input.keyResults ?? [];
    for (const [index, kr] of krInputs.entries()) {
      if (kr.ownerId) await requireReference(tx, orgId, "people", kr.ownerId, `keyResults.${index}.ownerId`);
    }
    const status = input.status ?? "draft";
    if (status === "active") {
      assertCanActivate(
        krInputs.map((kr) => specOf(keyResultColumns(kr))),
        await enforcedRulesOf(tx, orgId),
      );
      assertOneActiveObjective(await otherActiveObjective(tx, orgId, input.unitId, input.periodId, null));
    }
    const now = ctx.now();
    const objective = await tenantRows("objectives").insert(tx, {
      orgId,
      id: ctx.newId(),
      unitId: input.unitId,
      periodId: input.periodId,
      title: input.title,
      description: input.description ?? "",
      status,
      parentKeyResultId: input.parentKeyResultId ?? null,
      strategyId: input.strategyId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const keyResults: KeyResultRow[] = [];
    for (const [position, kr] of krInputs.entries()) {
      keyResults.push(
        await tenantRows("keyResults").insert(tx, {
          orgId,
          id: ctx.newId(),
          objectiveId: objective.id,
          position,
          ...keyResultColumns(kr),
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    const history: HistoryEntry[] = [
      { entity: "objective", entityId: objective.id, action: "create", before: null, after: objective },
      ...keyResults.map(
        (kr): HistoryEntry => ({ entity: "key_result", entityId: kr.id, action: "create", before: null, after: kr }),
      ),
    ];
    if (status === "active") await objectiveActivated(ctx, tx, orgId, objective.id);
    return {
      result: { objective, keyResults },
      history,
      rescore: [objective.id],
      reread: async (tx) => ({
        objective: await rowAgain(tx, "objectives", orgId, objective.id),
        keyResults: await listKeyResults(tx, orgId, [objective.id]),
      }),
    };
  });
}
