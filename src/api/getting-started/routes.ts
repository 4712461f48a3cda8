import { z } from "@hono/zod-openapi";
import { GETTING_STARTED_STEPS } from "../../domain/getting-started.ts";
import { getGettingStarted } from "../../services/getting-started.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { Uuid } from "../shared/schemas.ts";

const StepId = z.enum(GETTING_STARTED_STEPS).openapi({
  description:
    "period: the organisation has a period; units: a unit below the top one; people: someone else added or invited; objective: an objective with 3 key results (M2); checkIn: a reading",
});

const GettingStarted = z
  .object({
    steps: z.array(z.object({ id: StepId, done: z.boolean() })).openapi({ description: "In the order to do them" }),
    next: StepId.nullable().openapi({ description: "The first step not done; null when all are" }),
    complete: z.boolean(),
    objectiveUnitId: Uuid.nullable().openapi({
      description: "The unit of the first objective with its key results (where to record a first check-in)",
    }),
  })
  .openapi("GettingStarted");

export function registerGettingStartedRoutes(api: Api): void {
  const routes = orgRoutes(api, ["Organisations"]);
  routes.get("/orgs/{org}/getting-started", {
    operationId: "getGettingStarted",
    description:
      "Admins see the steps of a new organisation (a period, the unit tree, people, a first objective with key results, a first check-in), each ticked from the organisation's data.",
    summary: "A new organisation's checklist, each step ticked from the organisation's data (admins)",
    responds: [200, GettingStarted, "The checklist"],
    serve: getGettingStarted,
  });
}
