import { z } from "@hono/zod-openapi";
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
import type { Api } from "../shared/env.ts";
import { localeOf } from "../shared/locale.ts";
import { orgRoutes } from "../shared/org-route.ts";
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
  const routes = orgRoutes(api, tags);
  routes.get("/orgs/{org}/dependencies", {
    operationId: "listDependencies",
    summary: "Dependencies between units' key results (M7), each side with its pace",
    description:
      "Both units see a dependency: the one whose key result depends and the one depended on. `atRisk` marks those whose other side is behind or at risk by the pace rule.",
    query: DependencyQuery,
    responds: [200, z.object({ dependencies: z.array(Dependency) }), "Oldest first"],
    run: async ({ services, scope, query: { period, unit, keyResult, atRisk } }) => {
      const filter = {
        period,
        unitId: unit,
        keyResultId: keyResult,
        atRisk: atRisk === undefined ? undefined : atRisk === "true",
      };
      return { dependencies: await listDependencies(services, scope, filter) };
    },
  });
  routes.post("/orgs/{org}/dependencies", {
    operationId: "declareDependency",
    summary: "Declare that your unit's key result depends on another unit's (M7)",
    description:
      "The declaring unit's lead and members (or an admin) declare it, without approval from above (M6). A key result cannot depend on itself or on a key result of its own unit (422, rule M7); the same dependency twice is a conflict (409).",
    body: CreateDependency,
    responds: [201, Dependency, "Declared"],
    run: async ({ services, scope, json }) => {
      const created = await createDependency(services, scope, json);
      return getDependency(services, scope, created.id);
    },
  });
  routes.get("/orgs/{org}/dependencies/{id}", {
    operationId: "getDependency",
    description: "What one unit needs from another unit's key result (M7), with both sides.",
    summary: "One dependency between units' key results (M7)",
    responds: [200, Dependency, "Found"],
    serve: getDependency,
  });
  routes.patch("/orgs/{org}/dependencies/{id}", {
    operationId: "updateDependency",
    description: "The declaring unit's lead and members change its note (M6, M7); the change is recorded (S7).",
    summary: "Change the note of what your unit needs from the other side (M7, recorded: S7)",
    body: UpdateDependency,
    responds: [200, Dependency, "Updated"],
    run: async ({ services, scope, param, json }) => {
      await updateDependency(services, scope, param.id, json);
      return getDependency(services, scope, param.id);
    },
  });
  routes.delete("/orgs/{org}/dependencies/{id}", {
    operationId: "withdrawDependency",
    description: "The declaring unit's lead and members withdraw it (M7); its history stays (S7).",
    summary: "Withdraw a dependency your unit declared (M7, recorded: S7)",
    responds: [204, "Withdrawn"],
    serve: deleteDependency,
  });
  routes.get("/orgs/{org}/dependencies/{id}/history", {
    operationId: "getDependencyHistory",
    description: "S7: the dependency's recorded changes, newest first; a withdrawn one keeps its history.",
    summary: "S7: a dependency's recorded changes, newest first (also once withdrawn)",
    responds: [200, z.object({ history: z.array(DependencyHistoryEntry) }), "Newest first"],
    serve: getDependencyHistory,
    field: "history",
  });
  routes.get("/orgs/{org}/coach/conflicts", {
    operationId: "listCoachConflicts",
    tags: ["Coach"],
    summary: "The coach's cross-unit findings for a period (M7): opposite pulls and unlinked cascades",
    description:
      "Two units' key results on one metric pulling in opposite directions (or the guide's new-logos-versus-churn tension), and objectives cascaded from a key result whose own key results share no metric, word or declared dependency with it. With the rule cards: what, why, how to fix.",
    query: ConflictsQuery,
    responds: [200, CrossUnitReport, "Findings, in the period's order"],
    run: async ({ c, services, scope, query: { period, locale, unit } }) => {
      const report = await getCrossUnitConflicts(services, scope, period, localeOf(c, locale), unit);
      return { ...report, cards: crossUnitCards };
    },
  });
  routes.get("/orgs/{org}/units/{id}/calibration", {
    operationId: "getUnitCalibration",
    tags: ["Units"],
    summary: "How the unit's past key results landed, with advice for planning (K4)",
    description:
      "The final scores of the unit's key results in its last closed periods and plain advice: mostly above 80 % too easy, mostly below 60 % too hard, 60-80 % the sweet spot. About the unit only, never compared across units or people (S3).",
    responds: [200, UnitCalibration, "The unit's calibration"],
    serve: getUnitCalibration,
  });
}
