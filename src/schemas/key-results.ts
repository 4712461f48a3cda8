import { z } from "@hono/zod-openapi";
import { DateOnly, FiniteNumber, Title, Uuid, versionAndReason } from "./scalars.ts";

// A key result as a team writes it: the API validates it, the services take its type.

export const Kind = z.enum(["metric", "range"]).openapi({
  description:
    "metric: move a metric from baseline to target (direction follows); range: keep a guardrail within bounds",
});
const fields = {
  title: Title,
  kind: Kind.optional(),
  metric: z.string().trim().max(200).optional().openapi({ description: "K1: the metric measured" }),
  unit: z.string().trim().max(40).optional().openapi({ example: "%" }),
  baseline: FiniteNumber.nullable().optional().openapi({ description: "K1: the current state" }),
  baselineOn: DateOnly.nullable().optional().openapi({ description: "When the baseline was read" }),
  target: FiniteNumber.nullable().optional().openapi({ description: "K1: the target end state" }),
  rangeLow: FiniteNumber.nullable().optional(),
  rangeHigh: FiniteNumber.nullable().optional(),
  deadline: DateOnly.nullable().optional().openapi({ description: "K2: time-bound" }),
  weight: z.number().positive().max(1000).optional(),
  ownerId: Uuid.nullable().optional(),
};

export const KeyResultInput = z.strictObject(fields).openapi("KeyResultInput");
export const UpdateKeyResult = z
  .strictObject({
    ...fields,
    title: Title.optional(),
    position: z.number().int().min(0).max(1000).optional(),
    ...versionAndReason,
  })
  .openapi("UpdateKeyResult");

export type KeyResultInput = z.infer<typeof KeyResultInput>;
export type UpdateKeyResult = z.infer<typeof UpdateKeyResult>;
