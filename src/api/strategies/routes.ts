import { createRoute, z } from "@hono/zod-openapi";
import { CreateStrategy, StrategyKind, UpdateStrategy } from "../../schemas/strategies.ts";
import { listCompanyObjectives } from "../../services/company-objectives.ts";
import {
  createStrategy,
  deleteStrategy,
  getStrategy,
  listStrategies,
  updateStrategy,
} from "../../services/strategies.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonResponse, OrgParams, PeriodQuery, Timestamp, Uuid } from "../shared/schemas.ts";

// M8: vision and strategy statements that objectives link to.

export const Strategy = z
  .object({
    id: Uuid,
    orgId: Uuid,
    kind: StrategyKind,
    title: z.string(),
    body: z.string(),
    diagnosis: z.string().nullable().openapi({ description: "M8: what is going on, that the strategy answers" }),
    guardrails: z.string().nullable().openapi({ description: "M8: what we will not do" }),
    createdAt: Timestamp,
  })
  .openapi("Strategy");
const CompanyObjective = z
  .object({
    id: Uuid,
    title: z.string(),
    status: z.enum(["draft", "active", "closed", "cancelled"]),
    progress: z.number().nullable(),
    unitId: Uuid,
    unitName: z.string(),
    strategyId: Uuid.nullable().openapi({ description: "M8: the strategy statement it serves; null: none" }),
  })
  .openapi("CompanyObjective");

export function registerStrategyRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/company-objectives",
      tags: ["Strategies"],
      summary: "The company objectives of a period and the strategy each serves (M8, P1)",
      description:
        "The objectives of the units with no parent in the period (cancelled ones left out), each with the strategy statement it serves or null: what the strategy page lists under each statement, and those serving none. Every member reads it.",
      request: { params: OrgParams, query: PeriodQuery },
      responses: {
        200: jsonResponse(
          z.object({ periodId: Uuid, objectives: z.array(CompanyObjective) }).openapi("CompanyObjectives"),
          "The period's company objectives",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await listCompanyObjectives(c.get("services"), scope, c.req.valid("query").period));
    },
  );
  registerCrudRoutes(api, {
    name: "strategies",
    tag: "Strategies",
    item: Strategy,
    create: CreateStrategy,
    update: UpdateStrategy,
    service: {
      list: listStrategies,
      get: getStrategy,
      create: createStrategy,
      update: updateStrategy,
      remove: deleteStrategy,
    },
  });
}
