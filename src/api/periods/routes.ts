import { z } from "@hono/zod-openapi";
import { createPeriod, deletePeriod, getPeriod, listPeriods, updatePeriod } from "../../services/periods.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import type { Api } from "../shared/env.ts";
import { DateOnly, Timestamp, Uuid } from "../shared/schemas.ts";

export const PeriodStatus = z.enum(["planning", "active", "in_review", "closed"]);
const PeriodName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .openapi({ description: "A quarter (YYYY-Qn) gets its dates on its own", example: "2027-Q1" });

export const Period = z
  .object({
    id: Uuid,
    orgId: Uuid,
    name: z.string(),
    startsOn: DateOnly,
    endsOn: DateOnly,
    status: PeriodStatus,
    createdAt: Timestamp,
  })
  .openapi("Period");
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
  })
  .openapi("UpdatePeriod");

export function registerPeriodRoutes(api: Api): void {
  registerCrudRoutes(api, {
    name: "periods",
    tag: "Periods",
    item: Period,
    create: CreatePeriod,
    update: UpdatePeriod,
    service: {
      list: listPeriods,
      get: getPeriod,
      create: createPeriod,
      update: updatePeriod,
      remove: deletePeriod,
    },
  });
}
