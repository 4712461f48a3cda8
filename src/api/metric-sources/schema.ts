import { z } from "@hono/zod-openapi";
import { SCHEDULES, SOURCE_KINDS } from "../../domain/metric-sources.ts";
import { IdQuery } from "../shared/query.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

// A metric source as the API shows it (docs/metric-sources.md); requests in src/schemas.

export const MetricSource = z
  .object({
    id: Uuid,
    keyResultId: Uuid,
    kind: z.enum(SOURCE_KINDS),
    url: z.string().openapi({ description: "For sql, the connection string without its password" }),
    jsonPath: z.string().openapi({ description: "http_json: where the number is; empty for csv" }),
    column: z.string().openapi({ description: "csv: the column holding the number" }),
    row: z.enum(["last", "date"]).openapi({ description: "csv: the last row, or the row of the reading's date" }),
    dateColumn: z.string(),
    query: z.string().openapi({ description: "sql: the query answering the number" }),
    headers: z
      .array(z.object({ name: z.string(), value: z.string().nullable(), secret: z.boolean() }))
      .openapi({ description: "A secret header's value is never returned (null)" }),
    schedule: z.object({ every: z.enum(SCHEDULES), at: z.string(), weekday: z.number().int() }),
    nextSyncAt: Timestamp,
    lastSyncedAt: Timestamp.nullable().openapi({ description: "The time of the last reading it recorded" }),
    lastValue: z.number().nullable(),
    lastError: z.string().openapi({ description: "Why the last failed sync wrote no reading; empty after a good one" }),
    lastErrorAt: Timestamp.nullable(),
    failures: z.number().int().openapi({ description: "Failed syncs since the last good one" }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi("MetricSource");

export const SyncQueued = z
  .object({
    sourceId: Uuid,
    at: Timestamp.openapi({ description: "The reading's time: the minute the sync was asked in" }),
    queued: z.boolean().openapi({ description: "False when a sync of these ten seconds was queued already" }),
  })
  .openapi("SyncQueued");

export const MetricSourceHosts = z
  .object({ hosts: z.array(z.string()).openapi({ description: "Hosts sources may fetch from, sorted" }) })
  .openapi("MetricSourceHosts");

export const SourceTestResult = z
  .object({
    ok: z.boolean().openapi({ description: "True when the source answered a number" }),
    value: z.number().nullable().openapi({ description: "The number a sync now would record" }),
    error: z.string().openapi({ description: "Why a sync now would record nothing; empty when ok" }),
    at: Timestamp.openapi({ description: "The time the test read for (the start of these ten seconds)" }),
  })
  .openapi("SourceTestResult");

export const MetricSourcesQuery = z.object({
  keyResultUnit: IdQuery(
    "Only the sources of a key result of this unit's objectives (a team page's cards in one request)",
  ),
});
