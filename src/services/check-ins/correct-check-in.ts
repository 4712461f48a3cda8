import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { CheckInRow, KeyResultRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { CorrectCheckIn } from "../../schemas/check-ins.ts";
import type { Executor, ServiceContext, Tx } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { correctedBy, readingChange, readingTime, refuseWithdrawn, withdrawnBy } from "../readings.ts";
import { type Scope, scoringChange } from "../write.ts";
import { refreshForecasts } from "./refresh-forecasts.ts";

// S7: a reading is never silently rewritten. Its author, the unit's lead or an admin corrects
// or withdraws it with a reason; the history keeps the reading as it was, the KR's current value
// and the stored roll-up (M5) follow in the same transaction.

/** A correction as the API validates it: why (S7), and the fields that change. */
export type CorrectionInput = CorrectCheckIn;

export async function correctCheckIn(
  ctx: ServiceContext,
  scope: Scope,
  checkInId: string,
  input: CorrectionInput,
): Promise<{ checkIn: CheckInRow; keyResult: KeyResultRow }> {
  return changeReading(ctx, scope, checkInId, async (tx, before) => {
    refuseWithdrawn(before, "A withdrawn reading cannot be corrected; record a new one instead");
    const changes = {
      value: input.value,
      confidence: input.confidence,
      comment: input.comment,
      checkedInAt: input.checkedInAt === undefined ? undefined : readingTime(ctx.now(), input.checkedInAt),
    };
    if (Object.values(changes).every((v) => v === undefined)) {
      throw new AppError("validation_failed", "A correction changes the value, confidence, comment or date", [
        { field: "value", rule: "required", message: "give at least one of value, confidence, comment, checkedInAt" },
      ]);
    }
    return tenantRows("checkIns").update(tx, scope.orgId, checkInId, {
      ...changes,
      ...correctedBy(ctx, scope, input.reason),
    });
  });
}

/** Hides a reading from progress; it stays in the list, marked, with who withdrew it and why. */
export async function withdrawCheckIn(
  ctx: ServiceContext,
  scope: Scope,
  checkInId: string,
  reason: string,
): Promise<{ checkIn: CheckInRow; keyResult: KeyResultRow }> {
  return changeReading(ctx, scope, checkInId, async (tx, before) => {
    refuseWithdrawn(before, "This reading was already withdrawn");
    return tenantRows("checkIns").update(tx, scope.orgId, checkInId, withdrawnBy(ctx, scope, reason));
  });
}

/** Locks the reading and its KR, checks who may change it, applies `change`, then follows it. */
async function changeReading(
  ctx: ServiceContext,
  scope: Scope,
  checkInId: string,
  change: (tx: Tx, before: CheckInRow) => Promise<CheckInRow | undefined>,
): Promise<{ checkIn: CheckInRow; keyResult: KeyResultRow }> {
  const { orgId } = scope;
  return scoringChange(ctx, scope, async (tx) => {
    const found = await tenantRows("checkIns").find(tx, orgId, checkInId);
    if (!found) throw new AppError("not_found", "Check-in not found");
    // The KR first, as a check-in does: writes to one KR's readings apply one after another.
    const keyResult = await tenantRows("keyResults").lock(tx, orgId, found.keyResultId);
    const objective = keyResult && (await tenantRows("objectives").find(tx, orgId, keyResult.objectiveId));
    if (!keyResult || !objective) throw new AppError("not_found", "Check-in not found");
    const before = (await tenantRows("checkIns").lock(tx, orgId, checkInId)) as CheckInRow;
    authorize(scope.actor, { do: "correctCheckIn", unitId: objective.unitId, authorId: before.authorId });
    await assertPeriodOpen(tx, orgId, [objective.periodId]);
    const after = (await change(tx, before)) as CheckInRow;
    await refreshLatestReading(tx, orgId, keyResult.id);
    return {
      // `reread` answers with the KR as it stands after the new latest reading and the rescore.
      result: { checkIn: after, keyResult },
      history: [readingChange("check_in", checkInId, before, after)],
      rescore: [keyResult.objectiveId],
      reread: async (tx) => ({
        checkIn: after,
        keyResult: (await tenantRows("keyResults").find(tx, orgId, keyResult.id)) as KeyResultRow,
      }),
    };
  });
}

/**
 * THE place where a KR's current reading is worked out again from its readings, after any
 * change to a past reading: the latest reading that is not withdrawn (of two with the same time,
 * the one recorded last), or none. Everything derived from the readings (the forecast,
 * docs/pace-and-forecast.md) is refreshed here too, in the same transaction, before the rescore.
 */
export async function refreshLatestReading(tx: Executor, orgId: string, keyResultId: string): Promise<void> {
  const latest = await tx
    .selectFrom("checkIns")
    .select(["value", "confidence", "checkedInAt"])
    .where("orgId", "=", orgId)
    .where("keyResultId", "=", keyResultId)
    .where("withdrawnAt", "is", null)
    .orderBy("checkedInAt", "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  await tenantRows("keyResults").update(tx, orgId, keyResultId, {
    currentValue: latest?.value ?? null,
    currentConfidence: latest?.confidence ?? null,
    lastCheckInAt: latest?.checkedInAt ?? null,
  });
  await refreshForecasts(tx, orgId, [keyResultId]);
}
