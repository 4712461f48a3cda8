import { createRoute, z } from "@hono/zod-openapi";
import { myUnits } from "../../services/accounts/my-units.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonResponse, OrgParams, Uuid } from "../shared/schemas.ts";

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
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/me/units",
      tags: ["People"],
      summary: "The units the caller leads or belongs to",
      request: { params: OrgParams },
      responses: { 200: jsonResponse(MyUnits, "The caller's units"), ...errorResponses },
    }),
    async (c) => reply(c, { units: myUnits(await scopeOf(c, c.req.valid("param").org)) }),
  );
}
