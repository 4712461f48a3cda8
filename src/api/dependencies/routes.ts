import { createRoute, z } from "@hono/zod-openapi";
import { crossUnitCards } from "../../domain/coach/cross-unit/index.ts";
import { CreateDependency, UpdateDependency } from "../../schemas/dependencies.ts";
import { getCrossUnitConflicts } from "../../services/dependencies/cross-unit-conflicts.ts";
import { getDependencyHistory } from "../../services/dependencies/dependency-history.ts";
import { getDependency, listDependencies } from "../../services/dependencies/list-dependencies.ts";
import {
  createDependency,
  deleteDependency,
  updateDependency,
} from "../../services/dependencies/manage-dependencies.ts";
import { getUnitCalibration } from "../../services/dependencies/unit-calibration.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { localeOf } from "../shared/locale.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, OrgParams } from "../shared/schemas.ts";
import {
  ConflictsQuery,
  CrossUnitReport,
  Dependency,
  DependencyHistoryEntry,
  DependencyQuery,
  UnitCalibration,
} from "./schema.ts";

// M7: dependencies between units' key results, and the coach's cross-unit findings; K4: a unit's
// calibration from its past final scores.

const tags = ["Dependencies"];

export function registerDependencyRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/dependencies",
      tags,
      summary: "Dependencies between units' key results (M7), each side with its pace",
      description:
        "Both units see a dependency: the one whose key result depends and the one depended on. `atRisk` marks those whose other side is behind or at risk by the pace rule.",
      request: { params: OrgParams, query: DependencyQuery },
      responses: {
        200: jsonResponse(z.object({ dependencies: z.array(Dependency) }), "Oldest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, unit, keyResult, atRisk } = c.req.valid("query");
      const filter = {
        period,
        unitId: unit,
        keyResultId: keyResult,
        atRisk: atRisk === undefined ? undefined : atRisk === "true",
      };
      return reply(c, { dependencies: await listDependencies(c.get("services"), scope, filter) });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/dependencies",
      tags,
      summary: "Declare that your unit's key result depends on another unit's (M7)",
      description:
        "The declaring unit's lead and members (or an admin) declare it, without approval from above (M6). A key result cannot depend on itself or on a key result of its own unit (422, rule M7); the same dependency twice is a conflict (409).",
      request: { params: OrgParams, body: jsonBody(CreateDependency) },
      responses: { 201: jsonResponse(Dependency, "Declared"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const services = c.get("services");
      const created = await createDependency(services, scope, c.req.valid("json"));
      return reply(c, await getDependency(services, scope, created.id), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/dependencies/{id}",
      tags,
      summary: "One dependency between units' key results (M7)",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Dependency, "Found"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await getDependency(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/dependencies/{id}",
      tags,
      summary: "Change the note of what your unit needs from the other side (M7, recorded: S7)",
      request: { params: OrgIdParams, body: jsonBody(UpdateDependency) },
      responses: { 200: jsonResponse(Dependency, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      await updateDependency(c.get("services"), scope, id, c.req.valid("json"));
      return reply(c, await getDependency(c.get("services"), scope, id));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/dependencies/{id}",
      tags,
      summary: "Withdraw a dependency your unit declared (M7, recorded: S7)",
      request: { params: OrgIdParams },
      responses: { 204: { description: "Withdrawn" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteDependency(c.get("services"), await scopeOf(c, org), id);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/dependencies/{id}/history",
      tags,
      summary: "S7: a dependency's recorded changes, newest first (also once withdrawn)",
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ history: z.array(DependencyHistoryEntry) }), "Newest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, { history: await getDependencyHistory(c.get("services"), await scopeOf(c, org), id) });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/coach/conflicts",
      tags: ["Coach"],
      summary: "The coach's cross-unit findings for a period (M7): opposite pulls and unlinked cascades",
      description:
        "Two units' key results on one metric pulling in opposite directions (or the guide's new-logos-versus-churn tension), and objectives cascaded from a key result whose own key results share no metric, word or declared dependency with it. With the rule cards: what, why, how to fix.",
      request: { params: OrgParams, query: ConflictsQuery },
      responses: { 200: jsonResponse(CrossUnitReport, "Findings, in the period's order"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, locale, unit } = c.req.valid("query");
      const report = await getCrossUnitConflicts(c.get("services"), scope, period, localeOf(c, locale), unit);
      return reply(c, { ...report, cards: crossUnitCards });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/units/{id}/calibration",
      tags: ["Units"],
      summary: "How the unit's past key results landed, with advice for planning (K4)",
      description:
        "The final scores of the unit's key results in its last closed periods and plain advice: mostly above 80 % too easy, mostly below 60 % too hard, 60-80 % the sweet spot. About the unit only, never compared across units or people (S3).",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(UnitCalibration, "The unit's calibration"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await getUnitCalibration(c.get("services"), await scopeOf(c, org), id));
    },
  );
}
