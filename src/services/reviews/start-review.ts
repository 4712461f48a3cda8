import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { startRefusal } from "../../domain/reviews.ts";
import type { ServiceContext } from "../context.ts";
import { requireReference } from "../references.ts";
import { type Scope, writeChange } from "../write.ts";
import { reviewOfSession } from "./read-review.ts";
import { schedulesOf, today } from "./review-schedule.ts";

const refusals = {
  not_scheduled: ["not_found", "No review is scheduled for this unit on that date"],
  not_yet_due: ["conflict", "This review is not due yet; it starts on its date (S4)"],
  period_not_in_review: [
    "conflict",
    "The end-of-period review starts once an admin puts the period in review (S2: it records the final scores)",
  ],
} as const;

/** The team starts one of its scheduled sessions (S4); the stored session then takes answers. */
export async function startReview(
  ctx: ServiceContext,
  scope: Scope,
  input: { unitId: string; periodId: string; on: string },
) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const unit = await requireReference(tx, orgId, "units", input.unitId, "unitId");
    authorize(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private });
    authorize(scope.actor, { do: "writeReview", unitId: unit.id });
    const period = await requireReference(tx, orgId, "periods", input.periodId, "periodId");
    const schedule = (await schedulesOf(ctx, tx, orgId, period, [unit.id])).get(unit.id) ?? [];
    const review = schedule.find((r) => r.on === input.on);
    if (review?.id) throw alreadyStarted();
    const refusal = startRefusal(review, period.status, today(ctx));
    if (refusal) {
      const [code, message] = refusals[refusal];
      throw new AppError(code, message, [{ field: "on", rule: "S4", message }]);
    }
    const session = await tx
      .insertInto("reviewSessions")
      .values({
        orgId,
        id: ctx.newId(),
        unitId: unit.id,
        periodId: period.id,
        dueOn: input.on,
        kind: review?.kind ?? "checkpoint",
        state: "in_progress",
        startedAt: ctx.now(),
      })
      // Two people starting the same session at once: the second one is told, not given a 500.
      .onConflict((oc) => oc.columns(["orgId", "unitId", "periodId", "dueOn"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!session) throw alreadyStarted();
    return { result: await reviewOfSession(ctx, tx, scope, session), history: [] };
  });
}

function alreadyStarted(): AppError {
  return new AppError("conflict", "This review was already started; open it to continue", [
    { field: "on", rule: "unique", message: "already started" },
  ]);
}
