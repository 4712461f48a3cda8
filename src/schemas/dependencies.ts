import { z } from "@hono/zod-openapi";
import { Uuid } from "./scalars.ts";

// M7: a unit's KR depends on another unit's KR, with a note of what it needs. The API validates
// these; the services take their types.

export const DependencyNote = z
  .string()
  .trim()
  .max(2000)
  .openapi({ description: "What the dependent unit needs from the other side", example: "Qualified leads by week 4" });

export const CreateDependency = z
  .strictObject({
    keyResultId: Uuid.openapi({ description: "Your unit's key result, the one that depends" }),
    dependsOnKeyResultId: Uuid.openapi({ description: "Another unit's key result it depends on (M7)" }),
    note: DependencyNote.optional(),
  })
  .openapi("CreateDependency");

export const UpdateDependency = z.strictObject({ note: DependencyNote }).openapi("UpdateDependency");

export type CreateDependency = z.infer<typeof CreateDependency>;
export type UpdateDependency = z.infer<typeof UpdateDependency>;
