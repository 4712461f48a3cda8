import { z } from "@hono/zod-openapi";
import { Decision, ReflectionQuestionSchema } from "../../schemas/reviews.ts";
import { PageQuery, pageOf } from "../shared/paging.ts";
import { IdQuery, PeriodFilterQuery, SearchTextQuery } from "../shared/query.ts";
import { DateOnly, PeriodQuery, Timestamp, Uuid } from "../shared/schemas.ts";

// Reviews (S4) that end in learnings (S7). No shape here names a person: a review is the team's,
// and nothing ranks people (S3; tests/api/no-ranking.test.ts).

const Band = z.enum(["not_achieved", "met", "exceeded"]).openapi("Band");
const Basis = z
  .enum(["forecast", "final"])
  .openapi({ description: "forecast while the period runs; final once its review recorded the score (S2)" });
const ReviewKind = z.enum(["checkpoint", "period_end"]);
const ReviewState = z.enum(["upcoming", "due", "in_progress", "held", "missed"]).openapi({
  description:
    "due from its date until held (S4); in_progress once started; missed: never started and the next one is due",
});
const OneUnit = IdQuery("Only this unit");

export { DecideKeyResult, ReviewsQuery, SaveAnswers } from "../../schemas/reviews.ts";

export const ReviewSummary = z
  .object({
    id: Uuid.nullable().openapi({ description: "Null until the team starts the session" }),
    unitId: Uuid,
    unitName: z.string(),
    periodId: Uuid,
    on: DateOnly,
    kind: ReviewKind,
    state: ReviewState,
  })
  .openapi("ReviewSummary");
export const ReviewList = pageOf("reviews", ReviewSummary)
  .extend({ total: z.number().int().openapi({ description: "How many sessions match, on every page" }) })
  .openapi("ReviewList");

export const UnitReviewQuery = PeriodQuery.extend({
  on: DateOnly.optional().openapi({
    description: "The session's date; without it, the first one still owed (else the last one held)",
  }),
});

const DecisionView = z
  .object({
    keyResultId: Uuid,
    keyResultTitle: z.string(),
    decision: Decision,
    reason: z.string(),
    targetBefore: z.number().nullable(),
    targetAfter: z.number().nullable(),
    decidedAt: Timestamp,
  })
  .openapi("ReviewDecision");

export const Learning = z
  .object({
    id: Uuid,
    source: z
      .enum(["review", "experiment"])
      .openapi({ description: "Where it was written: a review (S7) or an ended experiment (P2)" }),
    reviewId: Uuid.nullable(),
    experimentId: Uuid.nullable().openapi({ description: "With source experiment: the link back to it" }),
    experimentTitle: z.string().nullable(),
    unitId: Uuid,
    unitName: z.string(),
    periodId: Uuid,
    periodName: z.string(),
    reviewOn: DateOnly.nullable().openapi({
      description: "The review's date: with unitId and periodId, the link back to it (null for an experiment's)",
    }),
    reviewKind: ReviewKind.nullable(),
    keyResultId: Uuid.nullable(),
    keyResultTitle: z.string().nullable(),
    band: Band.nullable(),
    body: z.string(),
    createdAt: Timestamp,
  })
  .openapi("Learning");

const ReviewKeyResult = z.object({
  id: Uuid,
  title: z.string(),
  kind: z.enum(["metric", "range"]),
  metric: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  rangeLow: z.number().nullable(),
  rangeHigh: z.number().nullable(),
  version: z.number().int(),
  progress: z.number().nullable().openapi({ description: "S1 progress now, unclamped" }),
  finalProgress: z.number().nullable(),
  progressAtReview: z.number().nullable().openapi({ description: "Progress at the end of the review's date" }),
  progressBefore: z.number().nullable().openapi({ description: "Progress at the previous review (or period start)" }),
  band: Band.nullable(),
  basis: Basis,
  questions: z.array(ReflectionQuestionSchema).openapi({ description: "The reflection questions of the band (S2)" }),
  answers: z.record(z.string(), z.string()),
  decision: z.union([DecisionView, z.null()]),
});

export const ReviewDetail = z
  .object({
    review: z.object({
      id: Uuid.nullable(),
      unitId: Uuid,
      unitName: z.string(),
      periodId: Uuid,
      periodName: z.string(),
      periodStatus: z.enum(["planning", "active", "in_review", "closed"]),
      on: DateOnly,
      kind: ReviewKind,
      state: ReviewState,
      previousOn: DateOnly,
      heldAt: Timestamp.nullable(),
      nextObjectiveId: Uuid.nullable(),
      startRefusal: z
        .enum(["not_scheduled", "not_yet_due", "period_not_in_review"])
        .nullable()
        .openapi({ description: "Why the session cannot start now (null: it can, or it has)" }),
    }),
    schedule: z.array(z.object({ on: DateOnly, kind: ReviewKind, state: ReviewState })),
    objectives: z.array(
      z.object({
        id: Uuid,
        title: z.string(),
        status: z.enum(["draft", "active", "closed", "cancelled"]),
        progress: z.number().nullable(),
        finalProgress: z.number().nullable(),
        band: Band.nullable(),
        basis: Basis,
        keyResults: z.array(ReviewKeyResult),
      }),
    ),
    dropped: z.array(DecisionView).openapi({ description: "KRs this review dropped (deleted), by title" }),
    learnings: z.array(Learning),
  })
  .openapi("ReviewDetail");

export const StartReview = z
  .strictObject({ unitId: Uuid, periodId: Uuid, on: DateOnly.openapi({ description: "The scheduled date" }) })
  .openapi("StartReview");

export const AddLearning = z
  .strictObject({
    body: z.string().trim().min(1).max(4000),
    keyResultId: Uuid.nullish().openapi({ description: "The key result it is about, if one" }),
  })
  .openapi("AddLearning");

export const UpdateReview = z
  .strictObject({
    state: z.literal("held").openapi({ description: "Hold the session (S2: the end review records final scores)" }),
  })
  .openapi("UpdateReview");

export const QueueNextObjective = z
  .strictObject({
    periodId: Uuid.openapi({ description: "A later period" }),
    title: z.string().trim().max(300).optional().openapi({ description: "Default: this period's objective's title" }),
  })
  .openapi("QueueNextObjective");

export const LearningsQuery = z
  .object({
    q: SearchTextQuery("Text the learning contains (any language)").optional(),
    unit: OneUnit,
    period: PeriodFilterQuery("A period id or name"),
    band: Band.optional(),
  })
  .extend(PageQuery.shape);
export const LearningPage = pageOf("learnings", Learning)
  .extend({ total: z.number().int().openapi({ description: "How many learnings match, on every page" }) })
  .openapi("LearningPage");
