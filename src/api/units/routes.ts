import { z } from "@hono/zod-openapi";
import { CreateUnit, UnitKind, UpdateUnit } from "../../schemas/units.ts";
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from "../../services/units.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import type { Api } from "../shared/env.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

export const Unit = z
  .object({
    id: Uuid,
    orgId: Uuid,
    parentId: Uuid.nullable(),
    name: z.string(),
    kind: UnitKind,
    private: z.boolean(),
    createdAt: Timestamp,
  })
  .openapi("Unit");
export function registerUnitRoutes(api: Api): void {
  registerCrudRoutes(api, {
    name: "units",
    one: "unit",
    tag: "Units",
    item: Unit,
    create: CreateUnit,
    update: UpdateUnit,
    service: { list: listUnits, get: getUnit, create: createUnit, update: updateUnit, remove: deleteUnit },
  });
}
