import { z } from "@hono/zod-openapi";
import { DateOnly, Reason } from "./scalars.ts";

// A period as an admin creates or edits it: the API validates it, the services take its type.

export const PeriodStatus = z.enum(["planning", "active", "in_review", "closed"]);
const PeriodName = z.string().trim().min(1).max(100).openapi({
  description: "A quarter (YYYY-Qn) gets its dates from its name; other dates for it are refused (400)",
  example: "2027-Q1",
});

export const CreatePeriod = z
  .strictObject({
    name: PeriodName,
    startsOn: DateOnly.optional(),
    endsOn: DateOnly.optional(),
    status: z
      .enum(["planning", "active"])
      .optional()
      .openapi({ description: "planning (default) or active; later steps are transitions" }),
  })
  .openapi("CreatePeriod");
export const UpdatePeriod = z
  .strictObject({
    name: PeriodName.optional(),
    startsOn: DateOnly.optional(),
    endsOn: DateOnly.optional(),
    status: PeriodStatus.optional().openapi({
      description: "Only its current value: the status moves by POST .../periods/{id}/transitions (409 otherwise)",
    }),
    reason: z.string().trim().max(2000).optional().openapi({
      description:
        "S7: why the dates move. Required (422 S7) when a period that has run would leave some of its readings outside its new dates; kept in the period's history",
    }),
  })
  .openapi("UpdatePeriod");

/** A step of the period lifecycle, or a reopening with its reason (S7). */
export const TransitionRequest = z
  .strictObject({
    to: PeriodStatus.openapi({ description: "The next step, or in_review/active to reopen a closed period" }),
    reason: Reason.optional().openapi({ description: "Required to reopen a closed period (S7); kept with the step" }),
  })
  .openapi("PeriodTransitionRequest");

export type TransitionRequest = z.infer<typeof TransitionRequest>;
export type CreatePeriod = z.infer<typeof CreatePeriod>;
export type UpdatePeriod = z.infer<typeof UpdatePeriod>;
