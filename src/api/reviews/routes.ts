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
    description:
      "S4: each unit's checkpoint reviews on the organisation's cadence and its end-of-period review, by date then unit name (never by score, S3), one page at a time with the count of all.",
    summary: "Review sessions of a period (S4): every unit with an objective, or one unit; due ones first by date",
    query: ReviewsQuery,
    responds: [200, ReviewList, "Sessions by date, then unit name"],
    run: ({ services, scope, query: { due, ...query } }) =>
      listReviews(services, scope, { ...query, due: due === "true" }),
  });
  routes.get("/orgs/{org}/units/{id}/review", {
    operationId: "getUnitReview",
    description:
      "S4: the review on its date, each key result's progress then, its trend and outcome band (S2) with the band's reflection questions and the team's answers.",
    summary: "A unit's review: per KR progress at the review date, trend, band and its questions (S2, S4)",
    query: UnitReviewQuery,
    responds: [200, ReviewDetail, "The review"],
    run: ({ services, scope, param, query: { period, on } }) =>
      readUnitReview(services, scope, { unitId: param.id, period, on }),
  });
  routes.post("/orgs/{org}/reviews", {
    operationId: "startReview",
    description: "S4: opens a scheduled review of the unit for its date. The unit's lead and members, or an admin.",
    summary: "Start a scheduled review session (the unit's lead and members, admins)",
    body: StartReview,
    responds: [201, ReviewDetail, "The started review"],
    serve: startReview,
  });
  routes.patch("/orgs/{org}/reviews/{id}", {
    operationId: "holdReview",
    description:
      "The unit's lead, members or an admin hold it (S4); the end-of-period review records each key result's final score and band (S2).",
    summary: "Hold the review; the end-of-period review records final scores and bands (S2)",
    body: UpdateReview,
    responds: [200, ReviewDetail, "The held review"],
    serve: holdReview,
  });
  routes.put("/orgs/{org}/reviews/{id}/answers", {
    operationId: "saveReviewAnswers",
    description:
      "S2: the answers to each key result's band questions (what made it, what stopped it); an empty answer clears one.",
    summary: "Save answers to the reflection questions of each KR's band (S2)",
    body: SaveAnswers,
    responds: [200, ReviewDetail, "The review with its answers"],
    serve: saveAnswers,
    pick: "answers",
  });
  routes.post("/orgs/{org}/reviews/{id}/decisions", {
    operationId: "recordReviewDecision",
    description:
      "S7: keep, revise (a new target with a reason) or drop (with a reason) a key result; the change and its reason are recorded.",
    summary: "Keep, revise (new target, reason required) or drop (reason required) a key result (S7)",
    body: DecideKeyResult,
    responds: [201, DecisionResult, "The decision"],
    serve: decideKeyResult,
  });
  routes.post("/orgs/{org}/reviews/{id}/learnings", {
    operationId: "recordLearning",
    description: "S7: a learning from the review, in the team's words, for the library; before the review is held.",
    summary: "Write a learning (S7); the library finds it by unit, period, band and text",
    body: AddLearning,
    responds: [201, Learning, "The learning"],
    serve: addLearning,
  });
  routes.post("/orgs/{org}/reviews/{id}/next-objective", {
    operationId: "queueNextObjective",
    description:
      "M1: a unit has one objective per period, so the next one waits as a draft in a later period. The unit's lead (M3).",
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
    description:
      "S7: what the organisation learned in reviews and experiments, found by text in any language, unit, period and band; newest first, paged by a keyset, with the count of all that match.",
    tags: ["Learnings"],
    summary: "The learnings library (S7): by text in any language, unit, period and band; newest first",
    query: LearningsQuery,
    responds: [200, LearningPage, "Learnings with links back to their reviews"],
    serve: searchLearningsOf,
  });
}
