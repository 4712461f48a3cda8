import { z } from "@hono/zod-openapi";
import { InitiativeKind, InitiativeStatus } from "../../schemas/initiatives.ts";
import { DateOnly, orgRowFields, Uuid, versionedRowFields } from "../shared/schemas.ts";

export { CreateInitiative, TurnIntoInitiative, UpdateInitiative } from "../../schemas/initiatives.ts";

export const LinkedKeyResult = z
  .object({ id: Uuid, title: z.string(), objectiveId: Uuid, unitId: Uuid })
  .openapi("LinkedKeyResult", { description: "A key result the initiative should move (K7)" });

export const Initiative = z
  .object({
    ...orgRowFields,
    unitId: Uuid.openapi({ description: "The team whose work it is (M6)" }),
    kind: InitiativeKind,
    title: z.string(),
    description: z.string(),
    ownerId: Uuid.nullable(),
    status: InitiativeStatus,
    startsOn: DateOnly.nullable(),
    endsOn: DateOnly.nullable(),
    ...versionedRowFields,
    keyResults: z.array(LinkedKeyResult).openapi({
      description: "The KRs it should move that the caller may read; empty when its KRs were deleted",
    }),
  })
  .openapi("Initiative");

export const TurnedIntoInitiative = z
  .object({
    initiative: Initiative,
    outcomeKeyResult: z.object({ id: Uuid, title: z.string(), created: z.boolean() }),
    removedKeyResultId: Uuid,
  })
  .openapi("TurnedIntoInitiative");
