import type { HistoryEntry } from "../../db/repositories/history.ts";
import { listKeyResults } from "../../db/repositories/okrs.ts";
import {
  insertLearning,
  objectivesUnderReview,
  searchLearnings,
  upsertAnswers,
} from "../../db/repositories/reviews.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ReviewSessionRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { idsOf } from "../../domain/ids.ts";
import { objectiveReviewBandOf, reviewBandOf } from "../../domain/reviews.ts";
import type { SaveAnswers } from "../../schemas/reviews.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { reviewDone } from "../webhooks/events.ts";
import { type Scope, writeChange } from "../write.ts";
import { openSession } from "./open-session.ts";
import { reviewOfSession } from "./read-review.ts";
import { learningView } from "./search-learnings.ts";

/** The key results a review looks at: those of the unit's objectives in the period. */
async function keyResultsUnderReview(tx: Tx, orgId: string, session: ReviewSessionRow) {
  const objectives = await objectivesUnderReview(tx, orgId, session.unitId, session.periodId);
  const keyResults = await listKeyResults(tx, orgId, idsOf(objectives));
  return { objectives, keyResults };
}

function notUnderReview(field: string): AppError {
  return new AppError("not_found", "Key result not found in this review", [
    { field, rule: "exists", message: "not a key result of this unit's objectives in the review's period" },
  ]);
}

/** One answer as the API validates it. */
export type AnswerInput = SaveAnswers["answers"][number];

/** S2: the team's answers to the reflection questions, per key result (an empty answer clears one). */
export async function saveAnswers(ctx: ServiceContext, scope: Scope, reviewId: string, answers: AnswerInput[]) {
  return writeChange(ctx, scope, async (tx) => {
    const session = await openSession(tx, scope, reviewId);
    const { keyResults } = await keyResultsUnderReview(tx, scope.orgId, session);
    const known = new Set(keyResults.map((kr) => kr.id));
    for (const [index, answer] of answers.entries()) {
      if (!known.has(answer.keyResultId)) throw notUnderReview(`answers.${index}.keyResultId`);
    }
    await upsertAnswers(
      tx,
      scope.orgId,
      session.id,
      answers.map((a) => ({ keyResultId: a.keyResultId, question: a.question, answer: a.answer.trim() })),
      ctx.now(),
    );
    return { result: await reviewOfSession(ctx, tx, scope, session), history: [] };
  });
}

/**
 * S7: a learning, written in the review of a unit. It keeps the band its key result (or, without
 * one, the unit's objective) stood in, so the library can be read by band.
 */
export async function addLearning(
  ctx: ServiceContext,
  scope: Scope,
  reviewId: string,
  input: { body: string; keyResultId?: string | null },
) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const session = await openSession(tx, scope, reviewId);
    const { objectives, keyResults } = await keyResultsUnderReview(tx, orgId, session);
    const objective = objectives[0];
    let band = objective
      ? objectiveReviewBandOf(
          objective,
          keyResults.filter((kr) => kr.objectiveId === objective.id),
        ).band
      : null;
    if (input.keyResultId) {
      const kr = keyResults.find((k) => k.id === input.keyResultId);
      if (!kr) throw notUnderReview("keyResultId");
      band = reviewBandOf(kr).band;
    }
    const row = await insertLearning(tx, {
      orgId,
      id: ctx.newId(),
      reviewId: session.id,
      unitId: session.unitId,
      periodId: session.periodId,
      keyResultId: input.keyResultId ?? null,
      band,
      body: input.body.trim(),
      createdAt: ctx.now(),
    });
    const [view] = await searchLearnings(tx, orgId, { reviewId: session.id }, { limit: 500 }).then((rows) =>
      rows.filter((r) => r.id === row.id),
    );
    return { result: learningView(view as NonNullable<typeof view>), history: [] };
  });
}

/**
 * The team marks the session held. The end-of-period review records each objective's and key
 * result's final score (S2) where the period's close has not already; the final band follows
 * from it and later edits cannot move it.
 */
export async function holdReview(ctx: ServiceContext, scope: Scope, reviewId: string) {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const session = await openSession(tx, scope, reviewId);
    const history: HistoryEntry[] = [];
    if (session.kind === "period_end") {
      const period = await tenantRows("periods").find(tx, orgId, session.periodId);
      if (period?.status !== "in_review" && period?.status !== "closed") {
        throw new AppError("conflict", "The end-of-period review is held once the period is in review (S2)", [
          { field: "state", rule: "S2", message: "the period is not in review" },
        ]);
      }
      const { objectives, keyResults } = await keyResultsUnderReview(tx, orgId, session);
      const reason = "End-of-period review: final score recorded (S2)";
      for (const kr of keyResults.filter((k) => k.finalProgress === null && k.progress !== null)) {
        const after = await tenantRows("keyResults").update(tx, orgId, kr.id, { finalProgress: kr.progress });
        history.push({ entity: "key_result", entityId: kr.id, action: "update", before: kr, after, reason });
      }
      for (const objective of objectives.filter((o) => o.finalProgress === null && o.progress !== null)) {
        const after = await tenantRows("objectives").update(tx, orgId, objective.id, {
          finalProgress: objective.progress,
        });
        history.push({
          entity: "objective",
          entityId: objective.id,
          action: "update",
          before: objective,
          after,
          reason,
        });
      }
    }
    const held = await tx
      .updateTable("reviewSessions")
      .set({ state: "held", heldAt: ctx.now() })
      .where("orgId", "=", orgId)
      .where("id", "=", session.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await reviewDone(ctx, tx, orgId, session.id);
    return { result: await reviewOfSession(ctx, tx, scope, held), history };
  });
}
