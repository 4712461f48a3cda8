import { listKeyResults } from "../../db/repositories/okrs.ts";
import {
  listAnswers,
  listDecisions,
  objectivesUnderReview,
  readingsUntil,
  searchLearnings,
} from "../../db/repositories/reviews.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { Period, ReviewSessionRow, Unit } from "../../db/schema.ts";
import { reviewSchedule } from "../../domain/dashboard.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { idsOf } from "../../domain/ids.ts";
import {
  isDue,
  objectiveReviewBandOf,
  previousReviewDate,
  progressAt,
  progressBefore,
  questionsForBand,
  type Reading,
  type ReflectionQuestion,
  reviewBandOf,
  type ScheduledReview,
  startRefusal,
} from "../../domain/reviews.ts";
import { assertCanReadUnit } from "../access.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";
import { cadenceOf, schedulesOf, today } from "./review-schedule.ts";
import { learningView } from "./search-learnings.ts";

/** One unit's review session with what it shows per key result (S2, S4) and its learnings (S7). */
export async function readUnitReview(
  ctx: ServiceContext,
  scope: Scope,
  input: { unitId: string; period: string; on?: string },
) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    await assertCanReadUnit(tx, scope, input.unitId);
    const period = await findPeriod(tx, orgId, input.period);
    return reviewDetail(ctx, tx, scope, input.unitId, period, input.on);
  });
}

/** The review a stored session stands for, after a write to it. */
export async function reviewOfSession(ctx: ServiceContext, tx: Tx, scope: Scope, session: ReviewSessionRow) {
  const period = await tenantRows("periods").find(tx, scope.orgId, session.periodId);
  if (!period) throw notFound("Review");
  return reviewDetail(ctx, tx, scope, session.unitId, period, session.dueOn);
}

/** Without a date: the first session still owed, else the last one held, else the next one. */
function pick(schedule: ScheduledReview[], on: string | undefined): ScheduledReview {
  if (on) {
    const chosen = schedule.find((review) => review.on === on);
    if (!chosen) {
      throw new AppError("not_found", "No review is scheduled for this unit on that date", [
        { field: "on", rule: "S4", message: `reviews of this period fall on ${schedule.map((r) => r.on).join(", ")}` },
      ]);
    }
    return chosen;
  }
  const held = schedule.filter((review) => review.state === "held");
  return (schedule.find(isDue) ?? held.at(-1) ?? schedule[0]) as ScheduledReview;
}

async function reviewDetail(
  ctx: ServiceContext,
  tx: Tx,
  scope: Scope,
  unitId: string,
  period: Period,
  on: string | undefined,
) {
  const { orgId } = scope;
  const unit = (await tenantRows("units").find(tx, orgId, unitId)) as Unit;
  const schedule = (await schedulesOf(ctx, tx, orgId, period, [unitId])).get(unitId) ?? [];
  const review = pick(schedule, on);
  const session = review.id
    ? await tx
        .selectFrom("reviewSessions")
        .selectAll()
        .where("orgId", "=", orgId)
        .where("id", "=", review.id)
        .executeTakeFirst()
    : undefined;
  const previousOn = previousReviewDate(reviewSchedule(period, await cadenceOf(tx, orgId)), review.on, period);
  const objectives = await objectivesUnderReview(tx, orgId, unitId, period.id);
  const keyResults = await listKeyResults(tx, orgId, idsOf(objectives));
  const readings = await readingsUntil(tx, orgId, idsOf(keyResults), review.on);
  const readingsOf = (id: string): Reading[] =>
    readings
      .filter((r) => r.keyResultId === id)
      .map((r) => ({ value: r.value, at: new Date(r.checkedInAt).toISOString() }));
  const answers = review.id ? await listAnswers(tx, orgId, review.id) : [];
  const decisions = review.id ? await listDecisions(tx, orgId, review.id) : [];
  const learnings = review.id ? await searchLearnings(tx, orgId, { reviewId: review.id }, { limit: 500 }) : [];
  const krIds = new Set(keyResults.map((kr) => kr.id));
  return {
    review: {
      id: review.id,
      unitId,
      unitName: unit.name,
      periodId: period.id,
      periodName: period.name,
      periodStatus: period.status,
      on: review.on,
      kind: review.kind,
      state: review.state,
      previousOn,
      heldAt: session?.heldAt ?? null,
      nextObjectiveId: session?.nextObjectiveId ?? null,
      startRefusal: review.id ? null : startRefusal(review, period.status, today(ctx)),
    },
    schedule: schedule.map(({ on: date, kind, state }) => ({ on: date, kind, state })),
    objectives: objectives.map((objective) => ({
      id: objective.id,
      title: objective.title,
      status: objective.status,
      progress: objective.progress,
      finalProgress: objective.finalProgress,
      ...objectiveReviewBandOf(
        objective,
        keyResults.filter((kr) => kr.objectiveId === objective.id),
      ),
      keyResults: keyResults
        .filter((kr) => kr.objectiveId === objective.id)
        .map((kr) => {
          const spec = specOf(kr);
          // A rolled-up KR's progress comes from the objectives below it (M5), not its readings.
          const at = (date: string) => (kr.rolledUp ? kr.progress : progressAt(spec, readingsOf(kr.id), date));
          const band = reviewBandOf(kr);
          const decision = decisions.find((d) => d.keyResultId === kr.id);
          return {
            id: kr.id,
            title: kr.title,
            kind: kr.kind,
            metric: kr.metric,
            unit: kr.unit,
            baseline: kr.baseline,
            target: kr.target,
            rangeLow: kr.rangeLow,
            rangeHigh: kr.rangeHigh,
            version: kr.version,
            progress: kr.progress,
            finalProgress: kr.finalProgress,
            progressAtReview: at(review.on),
            progressBefore: kr.rolledUp
              ? kr.progress
              : progressBefore(spec, readingsOf(kr.id), previousOn, period.startsOn),
            ...band,
            // Answers given under another band (before a revision moved it) stay in view.
            questions: [...new Set([...answeredQuestions(answers, kr.id), ...questionsForBand(band.band)])],
            answers: Object.fromEntries(
              answers.filter((a) => a.keyResultId === kr.id).map((a) => [a.question, a.answer]),
            ),
            decision: decision ? decisionView(decision) : null,
          };
        }),
    })),
    dropped: decisions.filter((d) => d.decision === "drop" && !krIds.has(d.keyResultId)).map(decisionView),
    learnings: learnings.map(learningView),
  };
}

function answeredQuestions(answers: Awaited<ReturnType<typeof listAnswers>>, keyResultId: string) {
  return answers
    .filter((a) => a.keyResultId === keyResultId && a.answer !== "")
    .map((a) => a.question as ReflectionQuestion);
}

function decisionView(d: Awaited<ReturnType<typeof listDecisions>>[number]) {
  return {
    keyResultId: d.keyResultId,
    keyResultTitle: d.keyResultTitle,
    decision: d.decision,
    reason: d.reason,
    targetBefore: d.targetBefore,
    targetAfter: d.targetAfter,
    decidedAt: d.decidedAt,
  };
}

export type ReviewDetail = Awaited<ReturnType<typeof reviewDetail>>;
