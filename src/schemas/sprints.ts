import { z } from "@hono/zod-openapi";
import { SPRINT_GOAL_MAX, SPRINT_NAME_MAX } from "../domain/sprints.ts";
import { DateOnly, Uuid } from "./scalars.ts";

// P3: a team's sprint as its members write it, and the rows of a sprint import. The API validates
// them, the services take their types. M6: the team plans its own sprints.

const SprintName = z.string().trim().min(1).max(SPRINT_NAME_MAX);
const Goal = z
  .string()
  .max(SPRINT_GOAL_MAX)
  .openapi({ description: "P3: the sprint goal, in a sentence; it should serve a key result" });
const Review = z
  .string()
  .max(4000)
  .openapi({ description: "P3: after the sprint, what moved on the key result (the sprint review)" });
const KeyResultIds = z
  .array(Uuid)
  .max(10)
  .openapi({ description: "P3: the key results the sprint goal serves (none is allowed, one is the point)" });

// A sprint's own fields, as a team writes them and edits them later.
const sprintFields = {
  name: SprintName,
  startsOn: DateOnly,
  endsOn: DateOnly,
  goal: Goal.optional(),
  review: Review.optional(),
  keyResultIds: KeyResultIds.optional(),
};

export const CreateSprint = z
  .strictObject({
    unitId: Uuid,
    ...sprintFields,
    endsOn: DateOnly.openapi({ description: "The last day, after startsOn; a unit's sprints do not overlap" }),
  })
  .openapi("CreateSprint");

/** Any of a sprint's fields; its unit stays. */
export const UpdateSprint = z.strictObject(sprintFields).partial().openapi("UpdateSprint");

/**
 * One row of an import, every cell as text, as a CSV file carries it: the service checks each row
 * and reports every issue by row and column (docs/sprints.md), so the shape here is loose on
 * purpose. Lengths are bounded only to keep a request small.
 */
const Cell = z.string().max(10_000);
export const SprintImportRow = z
  .strictObject({
    name: Cell,
    start: Cell,
    end: Cell,
    goal: Cell.optional(),
    key_result: Cell.optional().openapi({
      description: "A key result's id, or its title within the unit's objectives",
    }),
  })
  .openapi("SprintImportRow");

export const ImportSprints = z
  .strictObject({ rows: z.array(SprintImportRow).min(1).max(500) })
  .openapi("ImportSprints");

export type CreateSprint = z.infer<typeof CreateSprint>;
export type UpdateSprint = z.infer<typeof UpdateSprint>;
export type SprintImportRow = z.infer<typeof SprintImportRow>;
