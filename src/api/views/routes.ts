import { createRoute, z } from "@hono/zod-openapi";
import { getOrganisationTree, getUnitOkrs } from "../../services/views/okr-tree.ts";
import { ScoredObjective } from "../objectives/schema.ts";
import { Period } from "../periods/routes.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import {
  DateOnly,
  errorResponses,
  jsonResponse,
  OrgIdParams,
  OrgParams,
  PeriodQuery,
  Uuid,
} from "../shared/schemas.ts";
import { Unit } from "../units/routes.ts";

const tags = ["Views"];

export const OkrTree = z
  .object({ period: Period, units: z.array(Unit.extend({ objectives: z.array(ScoredObjective) })) })
  .openapi("OkrTree");

export const UnitOkrs = z
  .object({
    unit: Unit,
    period: Period,
    objectives: z.array(ScoredObjective),
    otherObjectives: z.array(
      z.object({
        id: Uuid,
        title: z.string(),
        status: z.string(),
        periodId: Uuid,
        periodName: z.string(),
        periodStartsOn: DateOnly,
      }),
    ),
  })
  .openapi("UnitOkrs");

export function registerViewRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/tree",
      tags,
      summary: "Every unit's OKRs of a period with progress and bands (M5, S5)",
      request: { params: OrgParams, query: PeriodQuery },
      responses: { 200: jsonResponse(OkrTree, "The alignment tree"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await getOrganisationTree(c.get("services"), scope, c.req.valid("query").period));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/units/{id}/okrs",
      tags,
      summary: "A unit's OKRs of a period, and its objectives of other periods",
      request: { params: OrgIdParams, query: PeriodQuery },
      responses: { 200: jsonResponse(UnitOkrs, "The unit's OKRs"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await getUnitOkrs(c.get("services"), scope, id, c.req.valid("query").period));
    },
  );
}
