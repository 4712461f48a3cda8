import { z } from "@hono/zod-openapi";
import { FiniteNumber, LongText, ReasonGiven, Uuid } from "./scalars.ts";

// A health metric and its readings as a team writes them (docs/health-metrics.md): the API
// validates them, the services take their types.

const Name = z.string().trim().min(1).max(200).openapi({ example: "Checkout uptime" });
const Bound = FiniteNumber.nullable().optional();

const fields = {
  name: Name,
  unit: z.string().trim().max(40).optional().openapi({ description: "The unit of measure", example: "%" }),
  rangeLow: Bound.openapi({ description: "The healthy range's low bound; null for none (one bound is required)" }),
  rangeHigh: Bound.openapi({ description: "The healthy range's high bound; null for none" }),
  ownerId: Uuid.nullable().optional().openapi({ description: "Who watches it" }),
  description: LongText.max(5000).optional().openapi({ description: "Why it matters" }),
};

export const CreateHealthMetric = z.strictObject(fields).openapi("CreateHealthMetric");
export const UpdateHealthMetric = z.strictObject({ ...fields, name: Name.optional() }).openapi("UpdateHealthMetric");

const Note = z.string().max(5000).optional();
const ReadAt = z.iso
  .datetime({ offset: true })
  .optional()
  .openapi({ description: "When the value was read; defaults to now, never in the future" });

export const HealthReadingInput = z
  .strictObject({ value: FiniteNumber.openapi({ description: "The metric's reading" }), note: Note, readAt: ReadAt })
  .openapi("HealthReadingInput");

export const MAX_HEALTH_READINGS_PER_REQUEST = 500;

export const RecordHealthReadings = z
  .strictObject({
    readings: z
      .array(HealthReadingInput)
      .min(1)
      .max(MAX_HEALTH_READINGS_PER_REQUEST)
      .openapi({ description: `1 to ${MAX_HEALTH_READINGS_PER_REQUEST} readings, recorded together or not at all` }),
  })
  .openapi("RecordHealthReadings");

const Reason = ReasonGiven("Why (S7): kept in the history and shown with the reading");

export const CorrectHealthReading = z
  .strictObject({ reason: Reason, value: FiniteNumber.optional(), note: Note, readAt: ReadAt })
  .openapi("CorrectHealthReading");
export const WithdrawHealthReading = z.strictObject({ reason: Reason }).openapi("WithdrawHealthReading");

export const MAX_GUARDRAILS = 10;

export const SetGuardrails = z
  .strictObject({
    healthMetricIds: z
      .array(Uuid)
      .max(MAX_GUARDRAILS)
      .openapi({ description: `The health metrics this KR must not push out of range, 0 to ${MAX_GUARDRAILS}` }),
  })
  .openapi("SetGuardrails");

export type CreateHealthMetric = z.infer<typeof CreateHealthMetric>;
export type UpdateHealthMetric = z.infer<typeof UpdateHealthMetric>;
export type HealthReadingInput = z.infer<typeof HealthReadingInput>;
export type CorrectHealthReading = z.infer<typeof CorrectHealthReading>;
