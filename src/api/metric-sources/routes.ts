import { z } from "@hono/zod-openapi";
import { CreateMetricSource, SetMetricSourceHosts, UpdateMetricSource } from "../../schemas/metric-sources.ts";
import {
  createMetricSource,
  deleteMetricSource,
  getMetricSource,
  listAllMetricSources,
  listMetricSourceHosts,
  listMetricSources,
  setMetricSourceHosts,
  syncMetricSourceNow,
  updateMetricSource,
} from "../../services/metric-sources/manage-metric-sources.ts";
import { testMetricSource } from "../../services/metric-sources/test-metric-source.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { MetricSource, MetricSourceHosts, MetricSourcesQuery, SourceTestResult, SyncQueued } from "./schema.ts";

// Metric sources (docs/metric-sources.md): a KR measured, not remembered (K1, K2). Its readings
// are check-ins recorded by the source and roll up like any other (M5). Whoever may edit the KR
// (M3) manages its source; everyone who reads the unit reads it (S5), never a secret header.

export const registerMetricSourceRoutes = orgRouteFamily(["Metric sources"], (routes) => {
  routes.get("/orgs/{org}/key-results/{id}/sources", {
    operationId: "listMetricSources",
    summary: "A key result's metric source",
    description:
      "None or one: where the KR's readings come from, its schedule, the last reading and the last error (K1, K2).",
    responds: [200, z.object({ sources: z.array(MetricSource) }), "The KR's sources"],
    serve: listMetricSources,
    field: "sources",
  });
  routes.get("/orgs/{org}/metric-sources", {
    operationId: "listAllMetricSources",
    summary: "The metric sources of key results, or of a unit's",
    description:
      "The sources of the key results the caller may read (a private unit's left out, S5), oldest first, never a secret header value. `keyResultUnit` keeps those of the key results of that unit's objectives (every period): a team page's KR cards read this one list instead of one per KR.",
    query: MetricSourcesQuery,
    responds: [200, z.object({ sources: z.array(MetricSource) }), "The sources"],
    serve: listAllMetricSources,
    field: "sources",
    pick: "keyResultUnit",
  });
  routes.post("/orgs/{org}/key-results/{id}/sources", {
    operationId: "createMetricSource",
    summary: "Feed a key result from a metric source",
    description:
      "An HTTP JSON answer (url and jsonPath), a CSV file (url, column and row) or a PostgreSQL query run read-only with a statement timeout (url as a postgresql:// connection string, and query), synced hourly, daily or weekly at a UTC time. Each reading is a check-in recorded by the source, once per source and time; it rolls up like any other (M5) and keeps the KR's confidence as its owner set it. Only hosts an admin allowed are fetched. Whoever may edit the KR (M3) adds it; one source per KR.",
    body: CreateMetricSource,
    responds: [201, MetricSource, "Created"],
    created: "/orgs/{org}/metric-sources/{id}",
    serve: createMetricSource,
  });
  routes.get("/orgs/{org}/metric-sources/{id}", {
    operationId: "getMetricSource",
    summary: "One metric source, with its last error",
    description:
      "Where its readings come from (K1: a KR measured, not remembered), its schedule, when it last synced and the last failure, which wrote no reading. Secret header values and passwords are never returned.",
    responds: [200, MetricSource, "Found"],
    serve: getMetricSource,
  });
  routes.patch("/orgs/{org}/metric-sources/{id}", {
    operationId: "updateMetricSource",
    summary: "Change a metric source",
    description:
      "Any of its fields; headers, when given, replace the list (a secret header given without a value keeps its stored one). The history keeps what it was, never a secret (S7).",
    body: UpdateMetricSource,
    responds: [200, MetricSource, "Updated"],
    serve: updateMetricSource,
  });
  routes.delete("/orgs/{org}/metric-sources/{id}", {
    operationId: "deleteMetricSource",
    summary: "Remove a metric source",
    description: "The readings it recorded stay, as check-ins (S7).",
    responds: [204, "Deleted"],
    serve: deleteMetricSource,
  });
  routes.post("/orgs/{org}/metric-sources/{id}/sync", {
    operationId: "syncMetricSourceNow",
    summary: "Sync a metric source now",
    description:
      "Queues a sync dated at the start of these ten seconds for the delivery worker; a second request within them queues nothing more and its reading is written once.",
    responds: [202, SyncQueued, "Queued"],
    serve: syncMetricSourceNow,
  });
  routes.post("/orgs/{org}/metric-sources/{id}/test", {
    operationId: "testMetricSource",
    summary: "Test a metric source, writing nothing",
    description:
      "Reads the source now as a sync would (allowed hosts, timeout, read-only query) and answers the number it found or why there is none. Records no reading, stores no error and counts no failure. Whoever may edit the KR (M3) tests it.",
    responds: [200, SourceTestResult, "What a sync now would find"],
    run: async ({ services, scope, param }) => {
      const tested = await testMetricSource(services, scope, param.id);
      return tested.ok
        ? { ok: true, value: tested.value, error: "", at: tested.at }
        : { ok: false, value: null, error: tested.error, at: tested.at };
    },
  });
  routes.get("/orgs/{org}/metric-source-hosts", {
    operationId: "listMetricSourceHosts",
    summary: "The hosts metric sources may fetch from",
    description:
      "The organisation's allow-list: a source fetches from nothing else, so a key result's readings cannot be used to reach the server's own network.",
    responds: [200, MetricSourceHosts, "The organisation's allowed hosts"],
    serve: listMetricSourceHosts,
    field: "hosts",
  });
  routes.put("/orgs/{org}/metric-source-hosts", {
    operationId: "setMetricSourceHosts",
    summary: "Set the hosts metric sources may fetch from",
    description:
      "Admins only. Nothing else is fetched; link-local (169.254.0.0/16, fe80::/10) and cloud metadata addresses are refused even when listed, checked on the addresses a name resolves to.",
    body: SetMetricSourceHosts,
    responds: [200, MetricSourceHosts, "Saved"],
    run: async ({ services, scope, json }) => ({ hosts: await setMetricSourceHosts(services, scope, json) }),
  });
});
