import { createRoute, z } from "@hono/zod-openapi";
import { getKeyResultsOfPerson } from "../../services/views/key-results-of-person.ts";
import { getOrganisationTree, getUnitOkrs, getUnitPath } from "../../services/views/okr-tree.ts";
import { DEFAULT_SEARCH_LIMIT, searchOrganisation } from "../../services/views/search-okrs.ts";
import { ScoredKeyResult } from "../key-results/schema.ts";
import { ScoredObjective } from "../objectives/schema.ts";
import { Period } from "../periods/routes.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { DepthQuery, IdQuery, LimitQuery, SearchTextQuery } from "../shared/query.ts";
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

const TreeUnit = Unit.extend({
  childUnitCount: z
    .number()
    .int()
    .openapi({ description: "Units directly below this one, whether this answer includes them or not" }),
  objectives: z.array(ScoredObjective),
}).openapi("TreeUnit");

export const OkrTree = z.object({ period: Period, units: z.array(TreeUnit) }).openapi("OkrTree");

const TreeQuery = PeriodQuery.extend({
  root: IdQuery("Only this unit and the units below it (in tree order); the whole organisation when absent"),
  depth: DepthQuery("Levels below the root (or the top units) to include; every level when absent"),
});

export const UnitPath = z
  .object({
    period: Period,
    units: z.array(TreeUnit).openapi({ description: "From the top of the organisation down to the unit" }),
  })
  .openapi("UnitPath");

const SearchQuery = PeriodQuery.extend({
  q: SearchTextQuery("Text to find in unit names, objectives and key results; blank finds nothing").default(""),
  limit: LimitQuery(200, `At most this many matching units (default ${DEFAULT_SEARCH_LIMIT})`),
});

export const OkrSearch = z
  .object({
    period: Period,
    total: z.number().int().openapi({ description: "Matching units in all" }),
    matches: z
      .array(z.object({ unitId: Uuid, path: z.array(Uuid).openapi({ description: "Unit ids from the top down" }) }))
      .openapi({ description: "The first matching units, in the organisation's tree order" }),
    units: z
      .array(TreeUnit)
      .openapi({ description: "The matching units and every unit above them, with their OKRs, in tree order" }),
  })
  .openapi("OkrSearch");

export const PersonKeyResults = z
  .object({
    period: Period,
    keyResults: z.array(
      z.object({
        unit: z.object({ id: Uuid, name: z.string() }),
        objective: z.object({ id: Uuid, title: z.string(), status: z.string() }),
        keyResult: ScoredKeyResult,
      }),
    ),
  })
  .openapi("PersonKeyResults");

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
      summary: "Every unit's OKRs of a period with progress and bands, or one subtree a few levels deep (M5, S5)",
      request: { params: OrgParams, query: TreeQuery },
      responses: { 200: jsonResponse(OkrTree, "The alignment tree"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, root, depth } = c.req.valid("query");
      return reply(c, await getOrganisationTree(c.get("services"), scope, period, { root, depth }));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/units/{id}/path",
      tags,
      summary: "The units from the top of the organisation down to this one, with their OKRs (M5)",
      request: { params: OrgIdParams, query: PeriodQuery },
      responses: { 200: jsonResponse(UnitPath, "The path to the unit"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await getUnitPath(c.get("services"), scope, id, c.req.valid("query").period));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/search",
      tags,
      summary: "Find units, objectives and key results of a period across the organisation",
      request: { params: OrgParams, query: SearchQuery },
      responses: { 200: jsonResponse(OkrSearch, "Matching units with their paths"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, q, limit } = c.req.valid("query");
      return reply(c, await searchOrganisation(c.get("services"), scope, period, q, limit));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/people/{id}/key-results",
      tags,
      summary: "The key results a person owns in a period, scored, with their unit and objective",
      request: { params: OrgIdParams, query: PeriodQuery },
      responses: { 200: jsonResponse(PersonKeyResults, "The person's key results"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await getKeyResultsOfPerson(c.get("services"), scope, id, c.req.valid("query").period));
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
