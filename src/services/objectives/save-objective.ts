import { enforcedRulesOf } from "../../db/repositories/coach-settings.ts";
import type { HistoryEntry } from "../../db/repositories/history.ts";
import {
  listKeyResults,
  lockKeyResultsOf,
  objectiveIdOfKeyResult,
  otherActiveObjective,
} from "../../db/repositories/okrs.ts";
import { rowAgain, tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import { assertCanActivate, assertOneActiveObjective } from "../../domain/activation.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { SaveObjective } from "../../schemas/objectives.ts";
import { refreshObjectiveForecasts } from "../check-ins/refresh-forecasts.ts";
import { type KeyResultInput, keyResultColumns, specOf } from "../key-results/key-result-input.ts";
import { assertReasonForNewGoal } from "../key-results/update-key-result.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { requireReference } from "../references.ts";
import { assertFreshVersion, lockAtVersion } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import { objectiveActivated } from "../webhooks/events.ts";
import { checkReferences, movesScores } from "./update-objective.ts";

/**
 * An objective with the full list of its KRs, in order, as the API validates it: a KR with an id
 * is kept (and updated), one without is new; the rest go.
 */
export type SaveObjectiveInput = SaveObjective;

/**
 * Saves an objective together with its whole list of key results in one transaction, the way
 * the edit form submits them: an edit is never half saved. The objective's own fields need the
 * unit's lead (M3); its KRs need a lead or member. An active result must satisfy M1, M4 and K1,
 * and moving an active KR's goalposts needs a reason (S7).
 */
export const saveObjective = defineUseCase(
  "scoring",
  async ({ tx, ctx, scope, orgId }, id: string, input: SaveObjectiveInput) => {
    const before = await lockAtVersion(tx, orgId, "objectives", id, "Objective", input.version);
    await assertPeriodOpen(tx, orgId, before.periodId);
    const existing = new Map((await lockKeyResultsOf(tx, orgId, id)).map((kr) => [kr.id, kr]));
    const objectiveChanges = changedObjectiveFields(before, input);
    if (Object.keys(objectiveChanges).length > 0)
      authorize(scope.actor, { do: "editObjective", unitId: before.unitId });
    await checkReferences(tx, scope, before, input);

    const history: HistoryEntry[] = [];
    const now = ctx.now();
    const wasActive = before.status === "active";
    const kept = new Set<string>();
    const saved: KeyResultRow[] = [];
    for (const [position, kr] of input.keyResults.entries()) {
      const { id: krId, version, ...fields } = kr;
      if (kr.ownerId) await requireReference(tx, orgId, "people", kr.ownerId, `keyResults.${position}.ownerId`);
      if (!krId) {
        authorize(scope.actor, { do: "editKeyResults", unitId: before.unitId });
        const row = await tenantRows("keyResults").insert(tx, {
          orgId,
          id: ctx.newId(),
          objectiveId: id,
          position,
          ...keyResultColumns(fields),
          createdAt: now,
          updatedAt: now,
        });
        history.push({ entity: "key_result", entityId: row.id, action: "create", before: null, after: row });
        saved.push(row);
        continue;
      }
      const old = existing.get(krId);
      if (!old) {
        throw new AppError("not_found", "Key result not found in this objective", [
          {
            field: `keyResults.${position}.id`,
            rule: "exists",
            message: "no key result with this id in this objective",
          },
        ]);
      }
      kept.add(krId);
      assertFreshVersion(old, version);
      const changes = {
        ...changedKeyResultFields(old, fields),
        ...(old.position !== position ? { position } : {}),
      };
      if (Object.keys(changes).length === 0) {
        saved.push(old);
        continue;
      }
      authorize(scope.actor, { do: "editKeyResults", unitId: before.unitId });
      if (wasActive) assertReasonForNewGoal(old, changes, input.reason);
      const row = (await tenantRows("keyResults").update(tx, orgId, krId, {
        ...changes,
        version: old.version + 1,
        updatedAt: now,
      })) as KeyResultRow;
      history.push({
        entity: "key_result",
        entityId: krId,
        action: "update",
        before: old,
        after: row,
        reason: input.reason,
      });
      saved.push(row);
    }
    for (const old of existing.values()) {
      if (kept.has(old.id)) continue;
      authorize(scope.actor, { do: "editKeyResults", unitId: before.unitId });
      await tenantRows("keyResults").remove(tx, orgId, old.id);
      history.push({
        entity: "key_result",
        entityId: old.id,
        action: "delete",
        before: old,
        after: null,
        reason: input.reason,
      });
    }

    if (input.status === "active") {
      assertCanActivate(saved.map(specOf), await enforcedRulesOf(tx, orgId));
      assertOneActiveObjective(await otherActiveObjective(tx, orgId, before.unitId, before.periodId, id));
    }
    const objectiveChanged = Object.keys(objectiveChanges).length > 0 || history.length > 0;
    const objective = objectiveChanged
      ? ((await tenantRows("objectives").update(tx, orgId, id, {
          ...objectiveChanges,
          version: before.version + 1,
          updatedAt: now,
        })) as ObjectiveRow)
      : before;
    if (Object.keys(objectiveChanges).length > 0) {
      history.unshift({
        entity: "objective",
        entityId: id,
        action: "update",
        before,
        after: objective,
        reason: input.reason,
      });
    }
    // New baselines, targets, deadlines or a new period move the KRs' forecasts (pace, S2).
    if (history.length > 0) await refreshObjectiveForecasts(tx, orgId, [id]);
    // Rescored whatever changed: KR values and weights move the objective's own progress (S1).
    const oldParent = movesScores(before, objectiveChanges)
      ? await objectiveIdOfKeyResult(tx, orgId, before.parentKeyResultId)
      : null;
    if (!wasActive && objective.status === "active") await objectiveActivated(ctx, tx, orgId, id);
    return {
      result: { objective, keyResults: saved },
      history,
      rescore: [id, oldParent],
      // The KRs in the order the form sent them, each with its new score.
      reread: async (tx) => {
        const fresh = new Map((await listKeyResults(tx, orgId, [id])).map((kr) => [kr.id, kr]));
        return {
          objective: await rowAgain(tx, "objectives", orgId, id),
          keyResults: saved.map((kr) => fresh.get(kr.id) ?? kr),
        };
      },
    };
  },
);

function changedObjectiveFields(before: ObjectiveRow, input: SaveObjectiveInput): Partial<ObjectiveRow> {
  const next = {
    title: input.title,
    description: input.description ?? before.description,
    status: input.status,
    parentKeyResultId: input.parentKeyResultId === undefined ? before.parentKeyResultId : input.parentKeyResultId,
    strategyId: input.strategyId === undefined ? before.strategyId : input.strategyId,
  };
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => before[key as keyof ObjectiveRow] !== value));
}

/** The fields a kept KR's entry sends that differ; fields it leaves out keep their values. */
function changedKeyResultFields(before: KeyResultRow, sent: KeyResultInput): Partial<KeyResultRow> {
  return Object.fromEntries(
    Object.entries(sent).filter(([key, value]) => value !== undefined && before[key as keyof KeyResultRow] !== value),
  );
}
