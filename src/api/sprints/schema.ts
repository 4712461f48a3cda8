import { z } from "@hono/zod-openapi";
import { SPRINT_CSV_COLUMNS } from "../../domain/sprints.ts";
import { KeyResult } from "../key-results/schema.ts";
import { HistoryEntry } from "../objectives/schema.ts";
import { IdQuery, PeriodFilterQuery } from "../shared/query.ts";
import { DateOnly, orgRowFields, Timestamp, Uuid } from "../shared/schemas.ts";

// P3: a sprint as the API returns it, with the key results its goal serves and what moved on
// each during the sprint (src/domain/sprints.ts, krMovement).

export { CreateSprint, ImportSprints, UpdateSprint } from "../../schemas/sprints.ts";

const Movement = z
  .object({
    startValue: z.number().nullable().openapi({
      description: "The KR's value when the sprint began: its last reading before the first day, else its baseline",
    }),
    endValue: z.number().nullable().openapi({
      description: "Its value at the end of the last day (while the sprint runs, its latest reading so far)",
    }),
    change: z.number().nullable().openapi({ description: "endValue - startValue" }),
    readingsDuring: z.number().int().openapi({ description: "Readings taken during the sprint's days" }),
  })
  .openapi("SprintMovement");

/** A key result the sprint's goal serves: what its cards show of the KR, and what moved on it. */
export const SprintKeyResult = KeyResult.pick({
  id: true,
  title: true,
  objectiveId: true,
  unit: true,
  baseline: true,
  target: true,
})
  .extend({ movement: Movement })
  .openapi("SprintKeyResult");

export const Sprint = z
  .object({
    ...orgRowFields,
    unitId: Uuid,
    name: z.string(),
    startsOn: DateOnly,
    endsOn: DateOnly,
    goal: z.string(),
    review: z.string(),
    state: z.enum(["planned", "running", "done"]).openapi({ description: "Where the sprint stands today" }),
    keyResults: z.array(SprintKeyResult),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi("Sprint");

export const SprintsQuery = z.object({
  unit: IdQuery("Only this unit's sprints"),
  keyResult: IdQuery("Only the sprints whose goal serves this key result (P3)"),
  keyResultUnit: IdQuery(
    "Only the sprints whose goal serves a key result of this unit's objectives (a team page's charts in one request)",
  ),
  period: PeriodFilterQuery("Only the sprints that share a day with this period (id or name, e.g. 2027-Q1)"),
  from: DateOnly.optional().openapi({ description: "Only the sprints that end on or after this day" }),
  to: DateOnly.optional().openapi({ description: "Only the sprints that start on or before this day" }),
});

/** S7: a sprint's history rows, the same shape as an objective's without the entity. */
export const SprintHistoryEntry = HistoryEntry.omit({ entity: true, entityId: true }).openapi("SprintHistoryEntry");

export const ImportQuery = z.object({
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: check every row and return the preview; nothing is written" }),
});

const Column = z.enum(SPRINT_CSV_COLUMNS);

export const SprintImportReport = z
  .object({
    rows: z.array(
      z.object({
        index: z.number().int().openapi({ description: "The data row, from 0 (the header is not counted)" }),
        name: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        goal: z.string(),
        keyResult: z.string().openapi({ description: "The key_result cell as written" }),
        keyResultMatch: z.object({ id: Uuid, title: z.string() }).nullable(),
        issues: z.array(z.object({ column: Column, rule: z.string(), message: z.string() })),
      }),
    ),
    valid: z.boolean().openapi({ description: "No row has an issue" }),
    imported: z.number().int().openapi({ description: "Sprints written (0 for a preview)" }),
  })
  .openapi("SprintImportReport");
