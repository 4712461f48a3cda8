import { createRoute, z } from "@hono/zod-openapi";
import {
  CorrectHealthReading,
  CreateHealthMetric,
  RecordHealthReadings,
  SetGuardrails,
  UpdateHealthMetric,
  WithdrawHealthReading,
} from "../../schemas/health-metrics.ts";
import { listGuardrails, setGuardrails } from "../../services/health-metrics/key-result-guardrails.ts";
import {
  createHealthMetric,
  deleteHealthMetric,
  updateHealthMetric,
} from "../../services/health-metrics/manage-health-metrics.ts";
import {
  getHealthMetric,
  getHealthMetricHistory,
  listHealthMetrics,
  listHealthReadings,
  MAX_HEALTH_READINGS_PER_PAGE,
} from "../../services/health-metrics/read-health-metrics.ts";
import {
  correctHealthReading,
  recordHealthReadings,
  withdrawHealthReading,
} from "../../services/health-metrics/record-health-readings.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams } from "../shared/schemas.ts";
import { HealthHistoryEntry, HealthMetric, HealthMetricRow, HealthReading, HealthReadingListed } from "./schema.ts";

// Health metrics (docs/health-metrics.md): the numbers a unit watches outside its OKRs, with a
// healthy range. Everyone reads them (S5); the unit's members manage them (M6).

const tags = ["Health metrics"];
const ChangedReading = z.object({ reading: HealthReading, healthMetric: HealthMetricRow });
const ReadingsQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_HEALTH_READINGS_PER_PAGE)
    .default(100)
    .openapi({ description: `The newest readings, 1 to ${MAX_HEALTH_READINGS_PER_PAGE} (default 100)` }),
});

export function registerHealthMetricRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/units/{id}/health-metrics",
      tags,
      summary: "A unit's health metrics",
      description: "Each with its state by the latest reading and its recent readings. Everyone reads them (S5).",
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ healthMetrics: z.array(HealthMetric) }), "By name"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, { healthMetrics: await listHealthMetrics(c.get("services"), scope, id) });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/units/{id}/health-metrics",
      tags,
      summary: "Add a health metric to a unit",
      description:
        "A name, a unit of measure and a healthy range (a low bound, a high bound or both). The unit's lead and members add them without approval from above (M6).",
      request: { params: OrgIdParams, body: jsonBody(CreateHealthMetric) },
      responses: { 201: jsonResponse(HealthMetricRow, "Created"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await createHealthMetric(c.get("services"), scope, id, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/health-metrics/{id}",
      tags,
      summary: "One health metric",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(HealthMetric, "Found"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await getHealthMetric(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/health-metrics/{id}",
      tags,
      summary: "Change a health metric",
      description: "Its name, unit, range, owner or description (M6); the history keeps what it was (S7).",
      request: { params: OrgIdParams, body: jsonBody(UpdateHealthMetric) },
      responses: { 200: jsonResponse(HealthMetricRow, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await updateHealthMetric(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/health-metrics/{id}",
      tags,
      summary: "Remove a health metric",
      description: "With its readings; the history keeps the metric as it was (S7).",
      request: { params: OrgIdParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteHealthMetric(c.get("services"), await scopeOf(c, org), id);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/health-metrics/{id}/readings",
      tags,
      summary: "A health metric's readings",
      description: "Newest first; withdrawn readings are listed and marked.",
      request: { params: OrgIdParams, query: ReadingsQuery },
      responses: {
        200: jsonResponse(z.object({ readings: z.array(HealthReadingListed) }), "Newest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      const readings = await listHealthReadings(c.get("services"), scope, id, c.req.valid("query").limit);
      return reply(c, { readings });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/health-metrics/{id}/readings",
      tags,
      summary: "Record readings of a health metric",
      description:
        "One or more dated readings, all or none. The unit's members, or a check-ins API token of one (a script feeding uptime).",
      request: { params: OrgIdParams, body: jsonBody(RecordHealthReadings) },
      responses: {
        201: jsonResponse(
          z.object({ readings: z.array(HealthReading), healthMetric: HealthMetricRow }),
          "Recorded; the metric's latest reading follows",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await recordHealthReadings(c.get("services"), scope, id, c.req.valid("json").readings), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/health-readings/{id}",
      tags,
      summary: "Correct a health reading",
      description: "With a reason (S7); the history keeps the reading as it was.",
      request: { params: OrgIdParams, body: jsonBody(CorrectHealthReading) },
      responses: {
        200: jsonResponse(ChangedReading, "Corrected; the metric's latest reading follows"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await correctHealthReading(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/health-readings/{id}/withdrawal",
      tags,
      summary: "Withdraw a health reading",
      description: "With a reason (S7): it stays listed but no longer counts as the metric's latest reading.",
      request: { params: OrgIdParams, body: jsonBody(WithdrawHealthReading) },
      responses: {
        200: jsonResponse(ChangedReading, "Withdrawn; the metric's latest reading follows"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      return reply(c, await withdrawHealthReading(c.get("services"), await scopeOf(c, org), id, reason));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/health-metrics/{id}/history",
      tags,
      summary: "A health metric's history (S7)",
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ history: z.array(HealthHistoryEntry) }), "S7: recorded changes, newest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, { history: await getHealthMetricHistory(c.get("services"), await scopeOf(c, org), id) });
    },
  );
  const Guardrails = jsonResponse(
    z.object({ guardrails: z.array(HealthMetric) }),
    "The health metrics this KR must not push out of range, each with its state",
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/key-results/{id}/guardrails",
      tags,
      summary: "A key result's guardrails",
      description: "The health metrics the KR must not push out of range, each with its state (S5: everyone reads).",
      request: { params: OrgIdParams },
      responses: { 200: Guardrails, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, { guardrails: await listGuardrails(c.get("services"), await scopeOf(c, org), id) });
    },
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/orgs/{org}/key-results/{id}/guardrails",
      tags,
      summary: "Set a key result's guardrails",
      description:
        "Replaces the KR's guardrails (none clears them). The unit's members, who write its KRs (M3); the history keeps both lists (S7).",
      request: { params: OrgIdParams, body: jsonBody(SetGuardrails) },
      responses: { 200: Guardrails, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      const guardrails = await setGuardrails(c.get("services"), scope, id, c.req.valid("json").healthMetricIds);
      return reply(c, { guardrails });
    },
  );
}
