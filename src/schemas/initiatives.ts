import { z } from "@hono/zod-openapi";
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from "../domain/initiatives.ts";
import { KeyResultInput } from "./key-results.ts";
import { DateOnly, LongText, Title, Uuid } from "./scalars.ts";

// Initiatives (K7, M6) as a team writes them: the API validates these shapes, the services take
// their types.

export const InitiativeKind = z.enum(INITIATIVE_KINDS).openapi({
  description: "project, feature, experiment (P2: discovery is work under a KR too) or other",
});
export const InitiativeStatus = z.enum(INITIATIVE_STATUSES);
const KeyResultIds = z
  .array(Uuid)
  .min(1)
  .max(20)
  .openapi({ description: "The key results this work should move (K7): at least one, of any unit, in an open period" });

const fields = {
  kind: InitiativeKind,
  title: Title,
  description: LongText.optional(),
  ownerId: Uuid.nullable().optional().openapi({ description: "The person who owns the work" }),
  status: InitiativeStatus.optional().openapi({ description: "Defaults to planned" }),
  startsOn: DateOnly.nullable().optional(),
  endsOn: DateOnly.nullable().optional().openapi({ description: "On or after startsOn" }),
  keyResultIds: KeyResultIds,
};

export const CreateInitiative = z
  .strictObject({
    unitId: Uuid.openapi({ description: "The team whose work it is (M6: its members write it)" }),
    ...fields,
  })
  .openapi("CreateInitiative");

export const UpdateInitiative = z
  .strictObject({
    kind: fields.kind.optional(),
    title: fields.title.optional(),
    description: fields.description,
    ownerId: fields.ownerId,
    status: fields.status,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    keyResultIds: KeyResultIds.optional().openapi({ description: "Replaces the linked key results" }),
    version: z.number().int().positive().optional().openapi({ description: "The version you last saw" }),
  })
  .openapi("UpdateInitiative");

/** K7: an output written as a KR becomes an initiative under an outcome KR, in one step. */
export const TurnIntoInitiative = z
  .strictObject({
    version: z.number().int().positive().optional().openapi({ description: "The output KR's version you last saw" }),
    initiative: z.strictObject({
      kind: z.enum(["feature", "project"]),
      title: Title.optional().openapi({ description: "Defaults to the output KR's title" }),
      description: LongText.optional(),
      ownerId: Uuid.nullable().optional().openapi({ description: "Defaults to the KR's owner" }),
      status: InitiativeStatus.optional(),
      startsOn: DateOnly.nullable().optional(),
      endsOn: DateOnly.nullable().optional(),
    }),
    outcome: z
      .union([
        z.strictObject({ keyResultId: Uuid.openapi({ description: "An outcome KR that exists (not the output)" }) }),
        z.strictObject({
          keyResult: KeyResultInput.openapi({
            description: "A new outcome KR under the same objective: metric, baseline and target required (K7)",
          }),
        }),
      ])
      .openapi({ description: "The outcome KR the work should move: one that exists, or a new one" }),
    reason: z.string().max(2000).optional().openapi({ description: "S7: why the output KR goes (a default says K7)" }),
  })
  .openapi("TurnIntoInitiative");

export type CreateInitiative = z.infer<typeof CreateInitiative>;
export type UpdateInitiative = z.infer<typeof UpdateInitiative>;
export type TurnIntoInitiative = z.infer<typeof TurnIntoInitiative>;
