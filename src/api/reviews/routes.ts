import { z } from "@hono/zod-openapi";
import { decideKeyResult } from "../../services/reviews/decide-key-result.ts";
import { listReviews } from "../../services/reviews/list-reviews.ts";
import { queueNextObjective } from "../../services/reviews/queue-next-objective.ts";
import { readUnitReview } from "../../services/reviews/read-review.ts";
import { searchLearningsOf } from "../../services/reviews/search-learnings.ts";
import { startReview } from "../../services/reviews/start-review.ts";
import { addLearning, holdReview, saveAnswers } from "../../services/reviews/write-review.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { Uuid } from "../shared/schemas.ts";
import {
  AddLearning,
  DecideKeyResult,
  Learning,
  LearningPage,
  LearningsQuery,
  QueueNextObjective,
  ReviewDetail,
  ReviewList,
  ReviewsQuery,
  SaveAnswers,
  StartReview,
  UnitReviewQuery,
  UpdateReview,
} from "./schema.ts";

const tags = ["Reviews"];
const DecisionResult = z
  .object({ keyResultId: Uuid, decision: z.enum(["keep", "revise", "drop"]), reason: z.string() })
  .openapi("ReviewDecisionResult");

export function registerReviewRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.get("/orgs/{org}/reviews", {
    operationId: "listReviews",
    summary: "Review sessions of a period (S4): every unit with an objective, or one unit; due ones first by date",
    query: ReviewsQuery,
    responds: [200, ReviewList, "Sessions by date, then unit name"],
    run: ({ services, scope, query: { period, unit, due, limit } }) =>
      listReviews(services, scope, { period, unit, due: due === "true", limit: limit ?? 200 }),
  });
  routes.get("/orgs/{org}/units/{id}/review", {
    operationId: "getUnitReview",
    summary: "A unit's review: per KR progress at the review date, trend, band and its questions (S2, S4)",
    query: UnitReviewQuery,
    responds: [200, ReviewDetail, "The review"],
    run: ({ services, scope, param, query: { period, on } }) =>
      readUnitReview(services, scope, { unitId: param.id, period, on }),
  });
  routes.post("/orgs/{org}/reviews", {
    operationId: "startReview",
    summary: "Start a scheduled review session (the unit's lead and members, admins)",
    body: StartReview,
    responds: [201, ReviewDetail, "The started review"],
    run: ({ services, scope, json }) => startReview(services, scope, json),
  });
  routes.patch("/orgs/{org}/reviews/{id}", {
    operationId: "holdReview",
    summary: "Hold the review; the end-of-period review records final scores and bands (S2)",
    body: UpdateReview,
    responds: [200, ReviewDetail, "The held review"],
    run: ({ services, scope, param }) => holdReview(services, scope, param.id),
  });
  routes.put("/orgs/{org}/reviews/{id}/answers", {
    operationId: "saveReviewAnswers",
    summary: "Save answers to the reflection questions of each KR's band (S2)",
    body: SaveAnswers,
    responds: [200, ReviewDetail, "The review with its answers"],
    run: ({ services, scope, param, json }) => saveAnswers(services, scope, param.id, json.answers),
  });
  routes.post("/orgs/{org}/reviews/{id}/decisions", {
    operationId: "recordReviewDecision",
    summary: "Keep, revise (new target, reason required) or drop (reason required) a key result (S7)",
    body: DecideKeyResult,
    responds: [201, DecisionResult, "The decision"],
    run: ({ services, scope, param, json }) => decideKeyResult(services, scope, param.id, json),
  });
  routes.post("/orgs/{org}/reviews/{id}/learnings", {
    operationId: "recordLearning",
    summary: "Write a learning (S7); the library finds it by unit, period, band and text",
    body: AddLearning,
    responds: [201, Learning, "The learning"],
    run: ({ services, scope, param, json }) => addLearning(services, scope, param.id, json),
  });
  routes.post("/orgs/{org}/reviews/{id}/next-objective", {
    operationId: "queueNextObjective",
    summary: "Queue the unit's next objective as a draft in a later period (M1 sequencing; the unit's lead)",
    body: QueueNextObjective,
    responds: [
      201,
      z.object({ objectiveId: Uuid, periodId: Uuid, title: z.string() }).openapi("QueuedObjective"),
      "The draft objective",
    ],
    run: async ({ services, scope, param, json }) => {
      const { objective } = await queueNextObjective(services, scope, param.id, json);
      return { objectiveId: objective.id, periodId: objective.periodId, title: objective.title };
    },
  });
  routes.get("/orgs/{org}/learnings", {
    operationId: "listLearnings",
    tags: ["Learnings"],
    summary: "The learnings library (S7): by text in any language, unit, period and band; newest first",
    query: LearningsQuery,
    responds: [200, LearningPage, "Learnings with links back to their reviews"],
    run: async ({ services, scope, query: { offset, limit, ...filters } }) =>
      searchLearningsOf(services, scope, { ...filters, offset: offset ?? 0, limit: limit ?? 50 }),
  });
}
