import { z } from "@hono/zod-openapi";
import { CreateStrategy, StrategyKind, UpdateStrategy } from "../../schemas/strategies.ts";
import {
  createStrategy,
  deleteStrategy,
  getStrategy,
  listStrategies,
  updateStrategy,
} from "../../services/strategies.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import type { Api } from "../shared/env.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

// M8: vision and strategy statements that objectives link to.

export const Strategy = z
  .object({ id: Uuid, orgId: Uuid, kind: StrategyKind, title: z.string(), body: z.string(), createdAt: Timestamp })
  .openapi("Strategy");
export function registerStrategyRoutes(api: Api): void {
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
