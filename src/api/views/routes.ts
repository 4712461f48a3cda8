import { z } from "@hono/zod-openapi";
import { getKeyResultsOfPerson } from "../../services/views/key-results-of-person.ts";
import { getMap } from "../../services/views/map-view.ts";
import { getOrganisationTree, getUnitOkrs, getUnitPath } from "../../services/views/okr-tree.ts";
import { openOrganisationTree } from "../../services/views/okr-tree-document.ts";
import { DEFAULT_SEARCH_LIMIT, searchOrganisation } from "../../services/views/search-okrs.ts";
import { Band, BandBasis, ScoredKeyResult } from "../key-results/schema.ts";
import { Objective, ScoredObjective } from "../objectives/schema.ts";
import { Period } from "../periods/routes.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { DepthQuery, IdQuery, LimitQuery, SearchTextQuery } from "../shared/query.ts";
import { DateOnly, PeriodQuery, Uuid } from "../shared/schemas.ts";
import { Unit } from "../units/routes.ts";
import { treeDocumentResponse } from "./tree-document.ts";

const TreeUnit = Unit.extend({
  childUnitCount: z
    .number()
    .int()
    .openapi({ description: "Units directly below this one, whether this answer includes them or not" }),
  objectives: z.array(ScoredObjective),
}).openapi("TreeUnit");

export const OkrTree = z.object({ period: Period, units: z.array(TreeUnit) }).openapi("OkrTree");

// The map's own answer: what the map and its path view draw, and nothing else (issue 15: a
// subtree of /tree carries some 30 fields per KR, which the map leaves undrawn and the server
// spends most of its time turning into bytes). /tree keeps its documented shape for scripts.
const MapKeyResult = ScoredKeyResult.pick({ id: true, title: true, progress: true, childObjectiveIds: true })
  .extend({ band: Band })
  .openapi("MapKeyResult");

const MapObjective = Objective.pick({
  id: true,
  title: true,
  status: true,
  strategyId: true,
  parentKeyResultId: true,
  progress: true,
})
  .extend({ band: Band, bandBasis: BandBasis, keyResults: z.array(MapKeyResult) })
  .openapi("MapObjective");

const MapUnit = Unit.pick({ id: true, parentId: true, name: true, kind: true })
  .extend({
    childUnitCount: z
      .number()
      .int()
      .openapi({ description: "Units directly below this one, whether this answer includes them or not" }),
    objectives: z.array(MapObjective).openapi({ description: "Its objectives of the period, cancelled ones left out" }),
  })
  .openapi("MapUnit");

export const OkrMap = z.object({ units: z.array(MapUnit) }).openapi("OkrMap");

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

export const registerViewRoutes = orgRouteFamily(["Views"], (routes) => {
  routes.get("/orgs/{org}/tree", {
    operationId: "getTree",
    description:
      "M5: the cascade of units with each one's OKRs of the period, progress rolled up (S1) and outcome bands (S2), in the organisation's order, never ranked (S3). Without root or depth the whole period is streamed as it is read (no Content-Length); its ETag is known before the body, so a repeat with If-None-Match is a 304, and a failure after the headers ends the transfer broken rather than short (docs/views-at-scale.md).",
    summary: "Every unit's OKRs of a period with progress and bands, or one subtree a few levels deep (M5, S5)",
    query: TreeQuery,
    responds: [200, OkrTree, "The alignment tree"],
    // The whole period is written as it is read, never held (docs/performance.md, "Memory").
    run: async ({ c, services, scope, query: { period, root, depth } }) =>
      root === undefined && depth === undefined
        ? treeDocumentResponse(c, await openOrganisationTree(services, scope, period))
        : getOrganisationTree(services, scope, period, { root, depth }),
  });
  routes.get("/orgs/{org}/map", {
    operationId: "getMap",
    description:
      "M5: the alignment map's view of the tree (docs/views-at-scale.md): the same units, order and scores as `getTree` with the same `root` and `depth`, carrying only what the map draws: each unit's name, kind and child count, its objectives' title, status, progress (S1) and band (S2), and their KRs' title, progress, band and the objectives cascaded from them. Never ranked (S3).",
    summary: "The alignment map: a subtree of units with the few fields the map draws (M5, S5)",
    query: TreeQuery,
    responds: [200, OkrMap, "The map's units"],
    run: ({ services, scope, query: { period, root, depth } }) => getMap(services, scope, period, { root, depth }),
  });
  routes.get("/orgs/{org}/units/{id}/path", {
    operationId: "getUnitPath",
    description: "M5: the chain of units and their OKRs from the top of the organisation down to this unit.",
    summary: "The units from the top of the organisation down to this one, with their OKRs (M5)",
    query: PeriodQuery,
    responds: [200, UnitPath, "The path to the unit"],
    serve: getUnitPath,
    pick: "period",
  });
  routes.get("/orgs/{org}/search", {
    operationId: "search",
    description: "Units, objectives and key results whose words match, of the units the caller may read (S5).",
    summary: "Find units, objectives and key results of a period across the organisation",
    query: SearchQuery,
    responds: [200, OkrSearch, "Matching units with their paths"],
    run: async ({ services, scope, query: { period, q, limit } }) =>
      searchOrganisation(services, scope, period, q, limit),
  });
  routes.get("/orgs/{org}/people/{id}/key-results", {
    operationId: "listPersonKeyResults",
    description: "The key results a person owns, with progress and band; never a score of the person (S3).",
    summary: "The key results a person owns in a period, scored, with their unit and objective",
    query: PeriodQuery,
    responds: [200, PersonKeyResults, "The person's key results"],
    serve: getKeyResultsOfPerson,
    pick: "period",
  });
  routes.get("/orgs/{org}/units/{id}/okrs", {
    operationId: "getUnitOkrs",
    description:
      "A unit's objective of the period with its key results, progress (S1) and bands (S2), and its objectives of other periods (M1: one per period).",
    summary: "A unit's OKRs of a period, and its objectives of other periods",
    query: PeriodQuery,
    responds: [200, UnitOkrs, "The unit's OKRs"],
    serve: getUnitOkrs,
    pick: "period",
  });
});
