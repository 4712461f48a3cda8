import { latestReading } from "../../db/repositories/latest-reading.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { CheckInRow, KeyResultRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { CorrectCheckIn } from "../../schemas/check-ins.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { type ChangeReading, readingChange, readingCorrections, readingTime } from "../readings.ts";
import { scoringChange } from "../write.ts";
import { refreshForecasts } from "./refresh-forecasts.ts";

// S7: a reading is never silently rewritten. Its author, the unit's lead or an admin corrects
// or withdraws it with a reason; the history keeps the reading as it was, the KR's current value
// and the stored roll-up (M5) follow in the same transaction.

/** A correction as the API validates it: why (S7), and the fields that change. */
export type CorrectionInput = CorrectCheckIn;

const checkIns = tenantRows("checkIns");

type Changed = { checkIn: CheckInRow; keyResult: KeyResultRow };

/** Locks the reading and its KR, checks who may change it, applies `change`, then follows it. */
const changeReading: ChangeReading<CheckInRow, Changed> = async (ctx, scope, checkInId, change) => {
  const { orgId } = scope;
  return scoringChange(ctx, scope, async (tx) => {
    const found = await checkIns.find(tx, orgId, checkInId);
    if (!found) throw new AppError("not_found", "Check-in not found");
    // The KR first, as a check-in does: writes to one KR's readings apply one after another.
    const keyResult = await tenantRows("keyResults").lock(tx, orgId, found.keyResultId);
    const objective = keyResult && (await tenantRows("objectives").find(tx, orgId, keyResult.objectiveId));
    if (!keyResult || !objective) throw new AppError("not_found", "Check-in not found");
    const before = (await checkIns.lock(tx, orgId, checkInId)) as CheckInRow;
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
};

/** The fields a correction changes (S7), each undefined where it leaves them. */
const correctedFields = (ctx: ServiceContext, input: CorrectionInput) => ({
  value: input.value,
  confidence: input.confidence,
  comment: input.comment,
  checkedInAt: input.checkedInAt === undefined ? undefined : readingTime(ctx.now(), input.checkedInAt),
});
const corrections = readingCorrections(
  changeReading,
  checkIns,
  "the value, confidence, comment or date",
  correctedFields,
);

export const correctCheckIn = corrections.correct;
/** Hides a reading from progress; it stays in the list, marked, with who withdrew it and why. */
export const withdrawCheckIn = corrections.withdraw;

/**
 * THE place where a KR's current reading is worked out again from its readings, after any
 * change to a past reading: the latest reading that is not withdrawn (of two with the same time,
 * the one recorded last), or none. Everything derived from the readings (the forecast,
 * docs/pace-and-forecast.md) is refreshed here too, in the same transaction, before the rescore.
 */
export async function refreshLatestReading(tx: Executor, orgId: string, keyResultId: string): Promise<void> {
  const latest = await latestReading(tx, "checkIns", orgId, keyResultId)
    .select(["value", "confidence", "checkedInAt"])
    .executeTakeFirst();
  await tenantRows("keyResults").update(tx, orgId, keyResultId, {
    currentValue: latest?.value ?? null,
    currentConfidence: latest?.confidence ?? null,
    lastCheckInAt: latest?.checkedInAt ?? null,
  });
  await refreshForecasts(tx, orgId, [keyResultId]);
}
