import { z } from "@hono/zod-openapi";
import { myUnits } from "../../services/accounts/my-units.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { Uuid } from "../shared/schemas.ts";

const MyUnits = z
  .object({
    units: z.array(
      z.object({
        unitId: Uuid,
        role: z.enum(["lead", "member"]).openapi({ description: "M3: the lead sets the unit's objective" }),
      }),
    ),
  })
  .openapi("MyUnits");

export function registerMyUnitRoutes(api: Api): void {
  const routes = orgRoutes(api, ["People"]);
  routes.get("/orgs/{org}/me/units", {
    operationId: "listMyUnits",
    description: "The units the caller leads or is a member of, with the role in each (M3).",
    summary: "The units the caller leads or belongs to",
    responds: [200, MyUnits, "The caller's units"],
    run: async ({ scope }) => ({ units: myUnits(scope) }),
  });
}
