import { z } from "@hono/zod-openapi";
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
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { PeriodQuery, Timestamp, Uuid } from "../shared/schemas.ts";

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
  orgRoutes(api, ["Strategies"]).get("/orgs/{org}/company-objectives", {
    operationId: "listCompanyObjectives",
    summary: "The company objectives of a period and the strategy each serves (M8, P1)",
    description:
      "The objectives of the units with no parent in the period (cancelled ones left out), each with the strategy statement it serves or null: what the strategy page lists under each statement, and those serving none. Every member reads it.",
    query: PeriodQuery,
    responds: [
      200,
      z.object({ periodId: Uuid, objectives: z.array(CompanyObjective) }).openapi("CompanyObjectives"),
      "The period's company objectives",
    ],
    serve: listCompanyObjectives,
    pick: "period",
  });
  registerCrudRoutes(api, {
    name: "strategies",
    one: "strategy",
    tag: "Strategies",
    descriptions: {
      create:
        "A vision or strategy statement, with its diagnosis and guardrails, that objectives serve (M8, P1). Admins only (M3); the history keeps it (S7).",
      update: "Its words, diagnosis or guardrails (M8). Admins only; the history keeps what it was (S7).",
      remove:
        "Admins only. Objectives that served it keep their text and serve no strategy; the history keeps the statement as it was (S7).",
    },
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
