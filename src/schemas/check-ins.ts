import { z } from "@hono/zod-openapi";
import { FiniteNumber, ReasonGiven, Uuid } from "./scalars.ts";

// A reading as it is recorded, corrected or withdrawn (S7): the API validates it, the services
// take its type.

export const CreateCheckIn = z
  .strictObject({
    value: FiniteNumber.openapi({ description: "The metric's reading" }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .optional()
      .openapi({ description: "How likely the target is reached, 0 to 1" }),
    comment: z.string().max(5000).optional(),
    authorId: Uuid.nullable().optional().openapi({
      description:
        "Whom the reading is for (default: the caller). A member records only their own; the unit's lead or an admin may name someone else, and the caller is kept as recordedBy",
    }),
    checkedInAt: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: "When the value was read; defaults to now" }),
  })
  .openapi("CreateCheckIn");

const Reason = ReasonGiven("Why (S7): kept in the history and shown in the timeline");

export const CorrectCheckIn = z
  .strictObject({
    reason: Reason,
    value: CreateCheckIn.shape.value.optional(),
    confidence: CreateCheckIn.shape.confidence,
    comment: CreateCheckIn.shape.comment,
    checkedInAt: CreateCheckIn.shape.checkedInAt,
  })
  .openapi("CorrectCheckIn");

export const WithdrawCheckIn = z.strictObject({ reason: Reason }).openapi("WithdrawCheckIn");

export type CreateCheckIn = z.infer<typeof CreateCheckIn>;
export type CorrectCheckIn = z.infer<typeof CorrectCheckIn>;
