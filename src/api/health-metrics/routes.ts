import { z } from "@hono/zod-openapi";
import {
  CorrectHealthReading,
  CreateHealthMetric,
  RecordHealthReadings,
  SetGuardrails,
  UpdateHealthMetric,
  WithdrawHealthReading,
} from "../../schemas/health-metrics.ts";
import {
  listAllGuardrails,
  listGuardrails,
  setGuardrails,
} from "../../services/health-metrics/key-result-guardrails.ts";
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
} from "../../services/health-metrics/read-health-metrics.ts";
import {
  correctHealthReading,
  recordHealthReadings,
  withdrawHealthReading,
} from "../../services/health-metrics/record-health-readings.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { asPage, PageQuery, pageOf } from "../shared/paging.ts";
import {
  GuardrailsQuery,
  HealthHistoryEntry,
  HealthMetric,
  HealthMetricRow,
  HealthReading,
  HealthReadingListed,
  KeyResultGuardrail,
} from "./schema.ts";

// Health metrics (docs/health-metrics.md): the numbers a unit watches outside its OKRs, with a
// healthy range. Everyone reads them (S5); the unit's members manage them (M6).

/** A reading as corrected or withdrawn, with its metric as the change left it. */
const ChangedReading = z
  .object({ reading: HealthReading, healthMetric: HealthMetricRow })
  .openapi("ChangedHealthReading");
export const registerHealthMetricRoutes = orgRouteFamily(["Health metrics"], (routes) => {
  routes.get("/orgs/{org}/units/{id}/health-metrics", {
    operationId: "listHealthMetrics",
    summary: "A unit's health metrics",
    description: "Each with its state by the latest reading and its recent readings. Everyone reads them (S5).",
    responds: [200, z.object({ healthMetrics: z.array(HealthMetric) }), "By name"],
    serve: listHealthMetrics,
    field: "healthMetrics",
  });
  routes.post("/orgs/{org}/units/{id}/health-metrics", {
    operationId: "createHealthMetric",
    summary: "Add a health metric to a unit",
    description:
      "A name, a unit of measure and a healthy range (a low bound, a high bound or both). The unit's lead and members add them without approval from above (M6).",
    body: CreateHealthMetric,
    responds: [201, HealthMetricRow, "Created"],
    created: "/orgs/{org}/health-metrics/{id}",
    serve: createHealthMetric,
  });
  routes.get("/orgs/{org}/health-metrics/{id}", {
    operationId: "getHealthMetric",
    description: "With its state by the latest reading and the readings of its sparkline.",
    summary: "One health metric",
    responds: [200, HealthMetric, "Found"],
    serve: getHealthMetric,
  });
  routes.patch("/orgs/{org}/health-metrics/{id}", {
    operationId: "updateHealthMetric",
    summary: "Change a health metric",
    description: "Its name, unit, range, owner or description (M6); the history keeps what it was (S7).",
    body: UpdateHealthMetric,
    responds: [200, HealthMetricRow, "Updated"],
    serve: updateHealthMetric,
  });
  routes.delete("/orgs/{org}/health-metrics/{id}", {
    operationId: "deleteHealthMetric",
    summary: "Remove a health metric",
    description: "With its readings; the history keeps the metric as it was (S7).",
    responds: [204, "Deleted"],
    serve: deleteHealthMetric,
  });
  routes.get("/orgs/{org}/health-metrics/{id}/readings", {
    operationId: "listHealthReadings",
    summary: "A health metric's readings",
    description:
      'Newest first by when each was read, withdrawn readings listed and marked (S7); paged by a keyset on that order (docs/api.md, "Paging and sync").',
    query: PageQuery,
    responds: [200, pageOf("readings", HealthReadingListed), "Newest first, one page"],
    run: async ({ services, scope, param, query }) =>
      asPage("readings", await listHealthReadings(services, scope, param.id, query)),
  });
  routes.post("/orgs/{org}/health-metrics/{id}/readings", {
    operationId: "recordHealthReadings",
    summary: "Record readings of a health metric",
    description:
      "One or more dated readings, all or none. The unit's members, or a check-ins API token of one (a script feeding uptime).",
    body: RecordHealthReadings,
    responds: [
      201,
      z.object({ readings: z.array(HealthReading), healthMetric: HealthMetricRow }),
      "Recorded; the metric's latest reading follows",
    ],
    serve: recordHealthReadings,
    pick: "readings",
  });
  routes.patch("/orgs/{org}/health-readings/{id}", {
    operationId: "correctHealthReading",
    summary: "Correct a health reading",
    description: "With a reason (S7); the history keeps the reading as it was.",
    body: CorrectHealthReading,
    responds: [200, ChangedReading, "Corrected; the metric's latest reading follows"],
    serve: correctHealthReading,
  });
  routes.post("/orgs/{org}/health-readings/{id}/withdrawal", {
    operationId: "withdrawHealthReading",
    summary: "Withdraw a health reading",
    description: "With a reason (S7): it stays listed but no longer counts as the metric's latest reading.",
    body: WithdrawHealthReading,
    responds: [200, ChangedReading, "Withdrawn; the metric's latest reading follows"],
    serve: withdrawHealthReading,
    pick: "reason",
  });
  routes.get("/orgs/{org}/health-metrics/{id}/history", {
    operationId: "getHealthMetricHistory",
    description: "S7: the metric's changes and its readings' corrections and withdrawals, newest first.",
    summary: "A health metric's history (S7)",
    responds: [200, z.object({ history: z.array(HealthHistoryEntry) }), "S7: recorded changes, newest first"],
    serve: getHealthMetricHistory,
    field: "history",
  });
  const Guardrails = z.object({ guardrails: z.array(HealthMetric) });
  const guardrailsWords = "The health metrics this KR must not push out of range, each with its state";
  routes.get("/orgs/{org}/key-results/{id}/guardrails", {
    operationId: "getGuardrails",
    summary: "A key result's guardrails",
    description: "The health metrics the KR must not push out of range, each with its state (S5: everyone reads).",
    responds: [200, Guardrails, guardrailsWords],
    serve: listGuardrails,
    field: "guardrails",
  });
  routes.get("/orgs/{org}/guardrails", {
    operationId: "listAllGuardrails",
    summary: "The guardrails of key results, or of a unit's",
    description:
      "Each guardrail of the key results the caller may read, by KR then metric name, with the metric's state; a private unit's KR or metric is left out for those who may not read it (S5). `keyResultUnit` keeps those of the key results of that unit's objectives (every period), whichever unit watches the metric: a team page's KR cards read this one list instead of one per KR.",
    query: GuardrailsQuery,
    responds: [200, z.object({ guardrails: z.array(KeyResultGuardrail) }), "The guardrails"],
    serve: listAllGuardrails,
    field: "guardrails",
    pick: "keyResultUnit",
  });
  routes.put("/orgs/{org}/key-results/{id}/guardrails", {
    operationId: "setGuardrails",
    summary: "Set a key result's guardrails",
    description:
      "Replaces the KR's guardrails (none clears them). The unit's members, who write its KRs (M3); the history keeps both lists (S7).",
    body: SetGuardrails,
    responds: [200, Guardrails, guardrailsWords],
    run: async ({ services, scope, param, json }) => ({
      guardrails: await setGuardrails(services, scope, param.id, json.healthMetricIds),
    }),
  });
});
