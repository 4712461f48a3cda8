import { objectivesUnderReview, upsertDecision } from "../../db/repositories/reviews.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { AppError } from "../../domain/errors.ts";
import type { DecideKeyResult } from "../../schemas/reviews.ts";
import type { ServiceContext } from "../context.ts";
import { deleteKeyResult } from "../key-results/delete-key-result.ts";
import { updateKeyResult } from "../key-results/update-key-result.ts";
import { type Scope, writeChange, writeChanges } from "../write.ts";
import { openSession } from "./open-session.ts";

/**
 * A decision as the API validates it: revise names the new target of a metric KR; the reason
 * (S7) says why the target changes or the KR is dropped, kept in the KR's history and the review.
 */
export type DecisionInput = DecideKeyResult;

/**
 * The team's decision on a key result (S7). Keep records it. Revise changes the target through
 * the ordinary KR update (its history keeps the reason, the roll-up follows). Drop deletes the KR
 * through the ordinary delete (its history keeps the last state and the reason), never the last
 * one of an active objective (M4); the review keeps its title. One transaction for all of it.
 */
export async function decideKeyResult(ctx: ServiceContext, scope: Scope, reviewId: string, input: DecisionInput) {
  const reason = input.reason?.trim() ?? "";
  if (input.decision === "revise" && input.target === undefined) {
    throw new AppError("validation_failed", "Give the new target", [
      { field: "target", rule: "required", message: "revise needs the new target" },
    ]);
  }
  if (input.decision !== "keep" && !reason) {
    throw new AppError("S7", "S7: say why; the reason is kept in the history", [
      { field: "reason", rule: "S7", message: `give a reason to ${input.decision} this key result` },
    ]);
  }
  return writeChanges(ctx, scope, async () => {
    const checked = await writeChange(ctx, scope, async (tx) => {
      const session = await openSession(tx, scope, reviewId);
      const kr = await tenantRows("keyResults").find(tx, scope.orgId, input.keyResultId);
      const objectives = await objectivesUnderReview(tx, scope.orgId, session.unitId, session.periodId);
      if (!kr || !objectives.some((o) => o.id === kr.objectiveId)) {
        throw new AppError("not_found", "Key result not found in this review", [
          {
            field: "keyResultId",
            rule: "exists",
            message: "not a key result of this unit's objectives in the review's period",
          },
        ]);
      }
      if (input.decision === "revise" && kr.kind !== "metric") {
        throw new AppError("validation_failed", "A guardrail's range is changed in the editor", [
          { field: "target", rule: "kind", message: "only a metric key result has a target to revise" },
        ]);
      }
      return { result: { session, kr }, history: [] };
    });
    const { session, kr } = checked;
    const decisionReason = `Review of ${session.dueOn}: ${reason}`;
    if (input.decision === "revise") {
      await updateKeyResult(ctx, scope, kr.id, { target: input.target, reason: decisionReason });
    } else if (input.decision === "drop") {
      await deleteKeyResult(ctx, scope, kr.id, undefined, decisionReason);
    }
    return writeChange(ctx, scope, async (tx) => ({
      result: await upsertDecision(tx, {
        orgId: scope.orgId,
        reviewId: session.id,
        keyResultId: kr.id,
        keyResultTitle: kr.title,
        decision: input.decision,
        reason,
        targetBefore: kr.target,
        targetAfter: input.decision === "revise" ? (input.target ?? null) : kr.target,
        decidedAt: ctx.now(),
      }),
      history: [],
    }));
  });
}
