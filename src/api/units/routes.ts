import { z } from "@hono/zod-openapi";
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from "../../services/units.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import type { Api } from "../shared/env.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

const UnitKind = z.enum(["company", "department", "team", "individual"]);
const UnitName = z.string().trim().min(1).max(200);

const Private = z
  .boolean()
  .openapi({ description: "S5: OKRs are open to the whole organisation unless the unit is private" });

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
export const CreateUnit = z
  .strictObject({ name: UnitName, kind: UnitKind, parentId: Uuid.nullable().optional(), private: Private.optional() })
  .openapi("CreateUnit");
export const UpdateUnit = z
  .strictObject({
    name: UnitName.optional(),
    kind: UnitKind.optional(),
    parentId: Uuid.nullable().optional(),
    private: Private.optional(),
  })
  .openapi("UpdateUnit");

export function registerUnitRoutes(api: Api): void {
  registerCrudRoutes(api, {
    name: "units",
    tag: "Units",
    item: Unit,
    create: CreateUnit,
    update: UpdateUnit,
    service: { list: listUnits, get: getUnit, create: createUnit, update: updateUnit, remove: deleteUnit },
  });
}
