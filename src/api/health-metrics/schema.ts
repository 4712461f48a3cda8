import { z } from "@hono/zod-openapi";
import { HistoryEntry } from "../objectives/schema.ts";
import { readingAmendmentFields } from "../shared/history.ts";
import { IdQuery } from "../shared/query.ts";
import { orgRowFields, Timestamp, Uuid } from "../shared/schemas.ts";

// The health metrics' response shapes (docs/health-metrics.md); requests in src/schemas.

export const HealthState = z.enum(["no_reading", "in_range", "below", "above"]).openapi({
  description: "By the latest reading that counts: none yet, inside the healthy range, under or over it",
});

export const HealthMetricRow = z
  .object({
    ...orgRowFields,
    unitId: Uuid,
    name: z.string(),
    unit: z.string().openapi({ description: "The unit of measure" }),
    rangeLow: z.number().nullable(),
    rangeHigh: z.number().nullable(),
    ownerId: Uuid.nullable(),
    description: z.string(),
    currentValue: z.number().nullable().openapi({ description: "The latest reading that counts" }),
    lastReadingAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi("HealthMetricRow");

export const HealthMetric = HealthMetricRow.extend({
  state: HealthState,
  ownerName: z.string().nullable(),
  recent: z
    .array(z.object({ value: z.number(), readAt: Timestamp }))
    .openapi({ description: "The latest readings that count, oldest first (the sparkline)" }),
}).openapi("HealthMetric");

const readingFields = {
  ...orgRowFields,
  healthMetricId: Uuid,
  value: z.number(),
  note: z.string(),
  readAt: Timestamp,
  recordedBy: Uuid.nullable(),
  createdAt: Timestamp,
  ...readingAmendmentFields,
};

/** A KR and one health metric it must not push out of range, as a unit's list gives them. */
export const KeyResultGuardrail = z
  .object({ keyResultId: Uuid, healthMetric: HealthMetric })
  .openapi("KeyResultGuardrail");

export const GuardrailsQuery = z.object({
  keyResultUnit: IdQuery(
    "Only the guardrails of a key result of this unit's objectives (a team page's cards in one request)",
  ),
});

export const HealthReading = z.object(readingFields).openapi("HealthReading");
export const HealthReadingListed = HealthReading.extend({
  recordedByName: z.string().nullable(),
  correctedByName: z.string().nullable(),
  withdrawnByName: z.string().nullable(),
}).openapi("HealthReadingListed");

export const HealthHistoryEntry = HistoryEntry.extend({
  entity: z.enum(["health_metric", "health_reading"]),
}).openapi("HealthHistoryEntry");

/** A metric whose latest reading is out of its range: the metric's words and range, and the reading. */
export const HealthAlert = HealthMetricRow.pick({
  name: true,
  unit: true,
  unitId: true,
  rangeLow: true,
  rangeHigh: true,
})
  .extend({
    healthMetricId: Uuid,
    unitName: z.string(),
    currentValue: z.number(),
    lastReadingAt: Timestamp,
    side: z.enum(["below", "above"]),
  })
  .openapi("HealthAlert");
