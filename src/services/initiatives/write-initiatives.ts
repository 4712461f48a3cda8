import { changeOf } from "../../db/repositories/history.ts";
import { links } from "../../db/repositories/links.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { assertInitiativeDates } from "../../domain/initiatives.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateInitiative, UpdateInitiative } from "../../schemas/initiatives.ts";
import { newRow, type Tx } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { requireReadableKeyResult, requireReference } from "../references.ts";
import { assertFreshVersion } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";
import { readInitiative } from "./read-initiatives.ts";

// M6: a team's lead and members write its initiatives without approval from above; viewers and
// other teams read them (S5). Each write keeps its history row (S7) with the linked KRs.

const initiatives = tenantRows("initiatives");
const keyResultLinks = links("initiativeKeyResults");

export type CreateInitiativeInput = CreateInitiative;
export type UpdateInitiativeInput = UpdateInitiative;

export const createInitiative = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, input: CreateInitiativeInput) => {
    const unit = await requireReference(tx, orgId, "units", input.unitId, "unitId");
    authorize(scope.actor, { do: "editInitiatives", unitId: unit.id });
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    assertInitiativeDates(input.startsOn, input.endsOn);
    const keyResultIds = await linkable(tx, scope, input.keyResultIds);
    const { keyResultIds: _ids, ...fields } = input;
    const row = await initiatives.insert(tx, { ...newRow(ctx, orgId), ...fields });
    await keyResultLinks.add(tx, orgId, row.id, keyResultIds);
    const created = await readInitiative(tx, scope, row.id);
    return { result: created, history: [changeOf("initiative", row.id, null, snapshot(row, keyResultIds))] };
  },
);

export const updateInitiative = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateInitiativeInput) => {
    const before = await initiatives.lock(tx, orgId, id);
    if (!before) throw notFound("Initiative");
    authorize(scope.actor, { do: "editInitiatives", unitId: before.unitId });
    assertFreshVersion(before, input.version);
    const { version: _v, keyResultIds: wanted, ...changes } = input;
    if (changes.ownerId) await requireReference(tx, orgId, "people", changes.ownerId, "ownerId");
    assertInitiativeDates(
      changes.startsOn !== undefined ? changes.startsOn : before.startsOn,
      changes.endsOn !== undefined ? changes.endsOn : before.endsOn,
    );
    const linked = await keyResultLinks.of(tx, orgId, id);
    let keyResultIds = linked;
    if (wanted) {
      // Only a KR newly linked must be readable and in an open period; existing links stay.
      await linkable(
        tx,
        scope,
        wanted.filter((kr) => !linked.includes(kr)),
        wanted,
      );
      keyResultIds = [...new Set(wanted)];
      await keyResultLinks.clear(tx, orgId, id);
      await keyResultLinks.add(tx, orgId, id, keyResultIds);
    }
    const after = await initiatives.update(tx, orgId, id, {
      ...changes,
      version: before.version + 1,
      updatedAt: ctx.now(),
    });
    if (!after) throw notFound("Initiative");
    return {
      result: await readInitiative(tx, scope, id),
      history: [changeOf("initiative", id, snapshot(before, linked), snapshot(after, keyResultIds))],
    };
  },
);

export const deleteInitiative = defineUseCase("write", async ({ tx, scope, orgId }, id: string, version?: number) => {
  const before = await initiatives.lock(tx, orgId, id);
  if (!before) throw notFound("Initiative");
  authorize(scope.actor, { do: "editInitiatives", unitId: before.unitId });
  assertFreshVersion(before, version);
  const linked = await keyResultLinks.of(tx, orgId, id);
  await initiatives.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("initiative", id, snapshot(before, linked), null)] };
});

/**
 * The KRs an initiative may be linked to: any the caller can read in the organisation, in a
 * period that is not closed (docs/initiatives.md: kept simple, not only the team's own or the
 * KRs cascaded to it). Field names point at the position in `all` (the request's list).
 */
async function linkable(tx: Tx, scope: Scope, ids: readonly string[], all: readonly string[] = ids): Promise<string[]> {
  const unique = [...new Set(ids)];
  const periodIds: string[] = [];
  for (const id of unique) {
    const keyResult = await requireReadableKeyResult(tx, scope, id, `keyResultIds.${all.indexOf(id)}`);
    const objective = await tenantRows("objectives").find(tx, scope.orgId, keyResult.objectiveId);
    if (objective) periodIds.push(objective.periodId);
  }
  try {
    await assertPeriodOpen(tx, scope.orgId, periodIds);
  } catch (error) {
    if (error instanceof AppError && error.code === "period_closed") {
      throw new AppError("period_closed", error.message, [
        { field: "keyResultIds", rule: "period_closed", message: "link key results of a period that is not closed" },
      ]);
    }
    throw error;
  }
  return unique;
}

/** What the history keeps of an initiative: its row and the KRs it was linked to (S7). */
function snapshot(row: object, keyResultIds: readonly string[]): object {
  return { ...row, keyResultIds: [...keyResultIds].sort() };
}
