import type { Period } from "../db/schema.ts";
import { reviewSchedule } from "../domain/dashboard.ts";
import { daysBetween } from "../domain/period.ts";
import type { BatchCheckInInput } from "../services/check-ins/record-check-ins.ts";
import { recordCheckIns } from "../services/check-ins/record-check-ins.ts";
import type { ServiceContext } from "../services/context.ts";
import { createObjective } from "../services/objectives/create-objective.ts";
import { transitionPeriod } from "../services/period-lifecycle/transition-period.ts";
import { decideKeyResult } from "../services/reviews/decide-key-result.ts";
import { cadenceOf } from "../services/reviews/review-schedule.ts";
import { startReview } from "../services/reviews/start-review.ts";
import { addLearning, holdReview, saveAnswers } from "../services/reviews/write-review.ts";
import type { Scope } from "../services/write.ts";
import type { DemoPastKeyResult, DemoPastQuarter, DemoReview } from "./demo-types.ts";

// Last quarter, told in the order it happened (docs/reviews-and-learnings.md, "In the demo"):
// the objectives on its first day, the check-ins up to the checkpoint, the checkpoint review on
// its date (S4), the rest of the quarter's check-ins, the period in review, the end-of-period
// reviews recording the final scores (S2), then the close. Every step goes through the services
// with the system actor and a clock set to the day it happened, so the services' own rules (a
// checkpoint starts once its date has come, a check-in is not dated in the future) hold as they
// would for a real team. Nothing is written with a clock later than the real one.

const DAY = 86_400_000;

export interface PastUnit {
  unitId: string;
  ownerId: string | null;
  quarter: DemoPastQuarter;
}

interface Loaded extends PastUnit {
  keyResultIds: string[];
  /** Each KR's readings, dated; those after the checkpoint are recorded after it. */
  readings: BatchCheckInInput[];
}

/** The context with its clock at `at`, never later than the real clock (the demo is loaded today). */
function at(ctx: ServiceContext, when: Date, slackMinutes: number): ServiceContext {
  const latest = ctx.now().getTime() - slackMinutes * 60_000;
  const time = new Date(Math.min(when.getTime(), latest));
  return { ...ctx, now: () => time };
}

/** The target in force at the end: a review's revision moves it (S7). */
function finalTarget(kr: DemoPastKeyResult, index: number, quarter: DemoPastQuarter): number {
  const revision = quarter.checkpoint.decisions.find((d) => d.kr === index && d.decision === "revise");
  return revision?.target ?? kr.target;
}

/**
 * One reading a week on a straight line from the baseline to where the KR ended, the last one
 * on the period's last day. A straight line keeps the forecast at every review equal to the end.
 */
function quarterReadings(
  period: Period,
  quarter: DemoPastQuarter,
  keyResultIds: string[],
  authorId: string | null,
  latestComment: string,
): BatchCheckInInput[] {
  const start = new Date(`${period.startsOn}T09:00:00Z`);
  const lastDay = new Date(`${period.endsOn}T09:00:00Z`);
  const weeks = Math.max(1, Math.floor(daysBetween(start, lastDay) / 7));
  const readings: BatchCheckInInput[] = [];
  for (const [index, kr] of quarter.objective.keyResults.entries()) {
    const target = finalTarget(kr, index, quarter);
    for (let week = 1; week <= weeks; week++) {
      const share = (kr.progress * week) / weeks;
      readings.push({
        keyResultId: keyResultIds[index] as string,
        value: Math.round((kr.baseline + (target - kr.baseline) * share) * 100) / 100,
        confidence: kr.confidence,
        comment: week === weeks ? latestComment : "",
        authorId,
        checkedInAt: (week === weeks ? lastDay : new Date(start.getTime() + week * 7 * DAY)).toISOString(),
      });
    }
  }
  return readings;
}

/** Holds one review through the services: start, answers, decisions, learnings, held. */
async function holdDemoReview(
  ctx: ServiceContext,
  scope: Scope,
  unit: Loaded,
  periodId: string,
  on: string,
  review: DemoReview,
): Promise<void> {
  const started = await startReview(ctx, scope, { unitId: unit.unitId, periodId, on });
  const id = started.review.id as string;
  const kr = (index: number) => unit.keyResultIds[index] as string;
  await saveAnswers(
    ctx,
    scope,
    id,
    review.answers.map((a) => ({ keyResultId: kr(a.kr), question: a.question, answer: a.answer })),
  );
  for (const d of review.decisions) {
    await decideKeyResult(ctx, scope, id, {
      keyResultId: kr(d.kr),
      decision: d.decision,
      target: d.target,
      reason: d.reason,
    });
  }
  for (const learning of review.learnings) {
    await addLearning(ctx, scope, id, {
      body: learning.body,
      keyResultId: learning.kr === undefined ? null : kr(learning.kr),
    });
  }
  await holdReview(ctx, scope, id);
}

/**
 * Creates last quarter's objectives of `units` in `period` (created active, on its first day),
 * holds their reviews and closes the period.
 */
export async function loadPreviousQuarter(
  ctx: ServiceContext,
  scope: Scope,
  period: Period,
  strategyId: string,
  units: PastUnit[],
  latestComment: string,
): Promise<void> {
  const startsAt = new Date(`${period.startsOn}T08:00:00Z`);
  const endsAt = new Date(`${period.endsOn}T18:00:00Z`);
  const loaded: Loaded[] = [];
  for (const unit of units) {
    const { keyResults } = await createObjective(at(ctx, startsAt, 60), scope, {
      unitId: unit.unitId,
      periodId: period.id,
      title: unit.quarter.objective.title,
      description: unit.quarter.objective.description,
      status: "active",
      strategyId,
      keyResults: unit.quarter.objective.keyResults.map((kr) => ({
        title: kr.title,
        metric: kr.metric,
        unit: kr.unit,
        baseline: kr.baseline,
        baselineOn: period.startsOn,
        target: kr.target,
        deadline: period.endsOn,
        ownerId: unit.ownerId,
      })),
    });
    const keyResultIds = keyResults.map((kr) => kr.id);
    loaded.push({
      ...unit,
      keyResultIds,
      readings: quarterReadings(period, unit.quarter, keyResultIds, unit.ownerId, latestComment),
    });
  }

  // The checkpoint (S4): the readings up to its date, then the review on that afternoon.
  const checkpoint = reviewSchedule(period, await cadenceOf(ctx.db, scope.orgId)).find((r) => r.kind === "checkpoint");
  const checkpointEnd = checkpoint ? Date.parse(`${checkpoint.on}T23:59:59Z`) : Number.NEGATIVE_INFINITY;
  const before = (r: BatchCheckInInput) => Date.parse(r.checkedInAt as string) <= checkpointEnd;
  if (checkpoint) {
    const afternoon = at(ctx, new Date(`${checkpoint.on}T15:00:00Z`), 50);
    for (const unit of loaded) {
      await recordCheckIns(afternoon, scope, unit.readings.filter(before));
      await holdDemoReview(afternoon, scope, unit, period.id, checkpoint.on, unit.quarter.checkpoint);
    }
  }
  // The rest of the quarter; a KR dropped at the checkpoint was deleted with its readings.
  const afterEnd = at(ctx, new Date(endsAt.getTime() + DAY), 40);
  for (const unit of loaded) {
    const dropped = new Set(
      unit.quarter.checkpoint.decisions.filter((d) => d.decision === "drop").map((d) => unit.keyResultIds[d.kr]),
    );
    const rest = unit.readings.filter((r) => !before(r) && !dropped.has(r.keyResultId));
    if (rest.length > 0) await recordCheckIns(afterEnd, scope, rest);
  }
  await transitionPeriod(afterEnd, scope, period.id, { to: "in_review" });
  const reviewDay = at(ctx, new Date(endsAt.getTime() + 3 * DAY), 30);
  for (const unit of loaded) await holdDemoReview(reviewDay, scope, unit, period.id, period.endsOn, unit.quarter.end);
  await transitionPeriod(at(ctx, new Date(endsAt.getTime() + 7 * DAY), 20), scope, period.id, { to: "closed" });
}
