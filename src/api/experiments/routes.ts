import { createRoute, z } from "@hono/zod-openapi";
import { changeMetric } from "../../services/experiments/change-metric.ts";
import { endExperiment } from "../../services/experiments/end-experiment.ts";
import { getExperiment, getExperimentHistory, listExperiments } from "../../services/experiments/read-experiment.ts";
import { startExperiment } from "../../services/experiments/start-experiment.ts";
import { createExperiment, updateExperiment } from "../../services/experiments/write-experiment.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, OrgParams } from "../shared/schemas.ts";
import {
  ChangeMetric,
  CreateExperiment,
  EndExperiment,
  Experiment,
  ExperimentHistoryEntry,
  ExperimentList,
  ExperimentsQuery,
  UpdateExperiment,
} from "./schema.ts";

const tags = ["Experiments"];

// P2: discovery experiments and customer interview rounds (K6) under key results, with success
// metrics fixed when they start (S6). A unit's lead and members run them without approval (M6).

export function registerExperimentRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/experiments",
      tags,
      summary: "Experiments of a unit or aimed at a key result (P2), newest first",
      description: "Everyone in the organisation reads them (S5), except a private unit's.",
      request: { params: OrgParams, query: ExperimentsQuery },
      responses: { 200: jsonResponse(ExperimentList, "The experiments"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { limit, ...filters } = c.req.valid("query");
      return reply(c, await listExperiments(c.get("services"), scope, { ...filters, limit: limit ?? 200 }));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/experiments",
      tags,
      summary: "Write an experiment in draft: hypothesis, the KR it should move, success metrics (P2, M6)",
      description: "The unit's lead and members create it without approval from above (M6).",
      request: { params: OrgParams, body: jsonBody(CreateExperiment) },
      responses: { 201: jsonResponse(Experiment, "The draft experiment"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await createExperiment(c.get("services"), scope, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/experiments/{id}",
      tags,
      summary:
        "An experiment: every metric with its original beside its current definition, the changes, the result (S6)",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Experiment, "The experiment"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await getExperiment(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/experiments/{id}",
      tags,
      summary: "Edit an experiment: anything in draft; once running only its title and owner (S6)",
      description: "A running experiment's hypothesis, KR, kind or metrics are refused with 422 S6.",
      request: { params: OrgIdParams, body: jsonBody(UpdateExperiment) },
      responses: { 200: jsonResponse(Experiment, "The experiment"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await updateExperiment(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/experiments/{id}/start",
      tags,
      summary: "Start: the success metrics are fixed from now on (S6)",
      description: "An experiment needs at least one success metric; an interview round may have none (K6).",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Experiment, "The running experiment"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await startExperiment(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/experiments/{id}/metric-changes",
      tags,
      summary: "Change, drop or add a success metric; after the start only with a reason (S6)",
      description:
        "Without a reason once running: 422, field reason, rule S6. The change is recorded (before, after, " +
        "reason, who, when) and a dropped metric stays in the set.",
      request: { params: OrgIdParams, body: jsonBody(ChangeMetric) },
      responses: { 201: jsonResponse(Experiment, "The experiment with the change"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await changeMetric(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/experiments/{id}/end",
      tags,
      summary: "End: supported, refuted or inconclusive, every metric observed, a learning for the library (S6, S7)",
      request: { params: OrgIdParams, body: jsonBody(EndExperiment) },
      responses: { 200: jsonResponse(Experiment, "The ended experiment"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await endExperiment(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/experiments/{id}/history",
      tags,
      summary: "The experiment's and its metrics' recorded changes, newest first (S7)",
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ history: z.array(ExperimentHistoryEntry) }), "Recorded changes"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, { history: await getExperimentHistory(c.get("services"), await scopeOf(c, org), id) });
    },
  );
}
