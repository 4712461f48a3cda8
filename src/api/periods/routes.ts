import { z } from "@hono/zod-openapi";
import { CreatePeriod, PeriodStatus, UpdatePeriod } from "../../schemas/periods.ts";
import {
  createPeriod,
  deletePeriod,
  getPeriod,
  listPeriodHistory,
  listPeriods,
  updatePeriod,
} from "../../services/periods.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { DateOnly, Timestamp, Uuid } from "../shared/schemas.ts";

export { CreatePeriod, PeriodStatus, UpdatePeriod };

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

const PeriodRecord = z.object({ name: z.string(), startsOn: DateOnly, endsOn: DateOnly, status: PeriodStatus });
const PeriodChange = z
  .object({
    id: Uuid,
    action: z.enum(["create", "update", "delete"]),
    actorId: Uuid.nullable().openapi({ description: "Who changed it (null: the system)" }),
    reason: z.string().openapi({ description: "S7: why, e.g. why its dates moved past its readings" }),
    before: PeriodRecord.nullable(),
    after: PeriodRecord.nullable(),
    changedAt: Timestamp,
  })
  .openapi("PeriodChange");

export function registerPeriodRoutes(api: Api): void {
  const routes = orgRoutes(api, ["Periods"]);
  registerCrudRoutes(api, {
    name: "periods",
    one: "period",
    tag: "Periods",
    descriptions: {
      create:
        "A period the organisation's OKRs are set for (M1: one objective per unit and period), in planning or active; a quarter's name (2027-Q1) gives its dates. Admins, or an admin's `write` token (M3).",
      update:
        "Its name or dates; its status moves only through its transitions. Dates that leave readings outside an active or closed period need a reason (field reason, rule S7), kept in its history; forecasts are drawn again from the new dates.",
      remove: "Only while it has no objectives (409 otherwise). The history keeps the period as it was (S7).",
    },
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
  routes.get("/orgs/{org}/periods/{id}/history", {
    operationId: "getPeriodHistory",
    description: "S7: renames and moved dates with their reasons, oldest first.",
    summary: "A period's own changes (renames, moved dates and why, S7), oldest first",
    responds: [200, z.object({ history: z.array(PeriodChange) }), "The period's changes"],
    serve: listPeriodHistory,
    field: "history",
  });
}
