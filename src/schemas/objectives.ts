import { z } from "@hono/zod-openapi";
import { KeyResultInput } from "./key-results.ts";
import { LongText, Title, Uuid, versionAndReason } from "./scalars.ts";

// An objective as a team creates, edits or saves it with its key results: the API validates it,
// the services take its type.

export const Status = z.enum(["draft", "active", "closed", "cancelled"]);

export const CreateObjective = z
  .strictObject({
    unitId: Uuid,
    periodId: Uuid,
    title: Title.openapi({ description: "Q4: qualitative, the aspiration; numbers belong in the KRs" }),
    description: LongText.optional(),
    status: z.enum(["draft", "active"]).optional().openapi({ description: "active checks M1, M4 and K1" }),
    parentKeyResultId: Uuid.nullable()
      .optional()
      .openapi({ description: "M5: the KR this objective was cascaded from" }),
    strategyId: Uuid.nullable().optional().openapi({ description: "M8: the strategy it serves" }),
    keyResults: z.array(KeyResultInput).max(20).optional().openapi({ description: "M2: 3 to 5 is the method's range" }),
  })
  .openapi("CreateObjective");

// What an edit of an objective may change, in a PATCH or with its whole list of key results.
const editableFields = {
  title: Title,
  description: LongText.optional(),
  status: Status,
  parentKeyResultId: Uuid.nullable().optional(),
  strategyId: Uuid.nullable().optional(),
};

/** Any of the editable fields, and a move to another unit or period. */
export const UpdateObjective = z
  .strictObject({ ...editableFields, unitId: Uuid, periodId: Uuid })
  .partial()
  .extend(versionAndReason)
  .openapi("UpdateObjective");

export const SaveObjective = z
  .strictObject({
    ...editableFields,
    ...versionAndReason,
    keyResults: z
      .array(
        KeyResultInput.extend({
          id: Uuid.optional().openapi({ description: "An existing KR of this objective; omit for a new one" }),
          version: z.number().int().positive().optional(),
        }),
      )
      .max(20)
      .openapi({ description: "The full list in order: listed KRs are kept or created, unlisted ones are removed" }),
  })
  .openapi("SaveObjective");

export type CreateObjective = z.infer<typeof CreateObjective>;
export type UpdateObjective = z.infer<typeof UpdateObjective>;
export type SaveObjective = z.infer<typeof SaveObjective>;
