import { createRoute, z } from "@hono/zod-openapi";
import type { ReflectionQuestion } from "../../domain/reviews.ts";
import { decideKeyResult } from "../../services/reviews/decide-key-result.ts";
import { listReviews } from "../../services/reviews/list-reviews.ts";
import { queueNextObjective } from "../../services/reviews/queue-next-objective.ts";
import { readUnitReview } from "../../services/reviews/read-review.ts";
import { searchLearningsOf } from "../../services/reviews/search-learnings.ts";
import { startReview } from "../../services/reviews/start-review.ts";
import { addLearning, holdReview, saveAnswers } from "../../services/reviews/write-review.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, OrgParams, Uuid } from "../shared/schemas.ts";
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
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/reviews",
      tags,
      summary: "Review sessions of a period (S4): every unit with an objective, or one unit; due ones first by date",
      request: { params: OrgParams, query: ReviewsQuery },
      responses: { 200: jsonResponse(ReviewList, "Sessions by date, then unit name"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, unit, due, limit } = c.req.valid("query");
      return reply(
        c,
        await listReviews(c.get("services"), scope, { period, unit, due: due === "true", limit: limit ?? 200 }),
      );
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/units/{id}/review",
      tags,
      summary: "A unit's review: per KR progress at the review date, trend, band and its questions (S2, S4)",
      request: { params: OrgIdParams, query: UnitReviewQuery },
      responses: { 200: jsonResponse(ReviewDetail, "The review"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, on } = c.req.valid("query");
      return reply(c, await readUnitReview(c.get("services"), scope, { unitId: c.req.valid("param").id, period, on }));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/reviews",
      tags,
      summary: "Start a scheduled review session (the unit's lead and members, admins)",
      request: { params: OrgParams, body: jsonBody(StartReview) },
      responses: { 201: jsonResponse(ReviewDetail, "The started review"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await startReview(c.get("services"), scope, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/reviews/{id}",
      tags,
      summary: "Hold the review; the end-of-period review records final scores and bands (S2)",
      request: { params: OrgIdParams, body: jsonBody(UpdateReview) },
      responses: { 200: jsonResponse(ReviewDetail, "The held review"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await holdReview(c.get("services"), scope, c.req.valid("param").id));
    },
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/orgs/{org}/reviews/{id}/answers",
      tags,
      summary: "Save answers to the reflection questions of each KR's band (S2)",
      request: { params: OrgIdParams, body: jsonBody(SaveAnswers) },
      responses: { 200: jsonResponse(ReviewDetail, "The review with its answers"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const answers = c.req.valid("json").answers.map((a) => ({ ...a, question: a.question as ReflectionQuestion }));
      return reply(c, await saveAnswers(c.get("services"), scope, c.req.valid("param").id, answers));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/reviews/{id}/decisions",
      tags,
      summary: "Keep, revise (new target, reason required) or drop (reason required) a key result (S7)",
      request: { params: OrgIdParams, body: jsonBody(DecideKeyResult) },
      responses: { 201: jsonResponse(DecisionResult, "The decision"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(
        c,
        await decideKeyResult(c.get("services"), scope, c.req.valid("param").id, c.req.valid("json")),
        201,
      );
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/reviews/{id}/learnings",
      tags,
      summary: "Write a learning (S7); the library finds it by unit, period, band and text",
      request: { params: OrgIdParams, body: jsonBody(AddLearning) },
      responses: { 201: jsonResponse(Learning, "The learning"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await addLearning(c.get("services"), scope, c.req.valid("param").id, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/reviews/{id}/next-objective",
      tags,
      summary: "Queue the unit's next objective as a draft in a later period (M1 sequencing; the unit's lead)",
      request: { params: OrgIdParams, body: jsonBody(QueueNextObjective) },
      responses: {
        201: jsonResponse(
          z.object({ objectiveId: Uuid, periodId: Uuid, title: z.string() }).openapi("QueuedObjective"),
          "The draft objective",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { objective } = await queueNextObjective(
        c.get("services"),
        scope,
        c.req.valid("param").id,
        c.req.valid("json"),
      );
      return reply(c, { objectiveId: objective.id, periodId: objective.periodId, title: objective.title }, 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/learnings",
      tags: ["Learnings"],
      summary: "The learnings library (S7): by text in any language, unit, period and band; newest first",
      request: { params: OrgParams, query: LearningsQuery },
      responses: { 200: jsonResponse(LearningPage, "Learnings with links back to their reviews"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { offset, limit, ...filters } = c.req.valid("query");
      return reply(
        c,
        await searchLearningsOf(c.get("services"), scope, { ...filters, offset: offset ?? 0, limit: limit ?? 50 }),
      );
    },
  );
}
