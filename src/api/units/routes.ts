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
    descriptions: {
      create:
        "A company, department, team or individual under an optional parent, as the cascade runs (M5). Admins shape the organisation, or an admin's `write` token (M3). Names are unique in the organisation (409, field name); the history keeps the change (S7).",
      update:
        "Its name, kind, parent or privacy. A unit cannot move under itself or its descendants (422, field parentId, rule tree); the history keeps what it was (S7).",
      remove:
        "Only once nothing hangs off it: a unit with child units or objectives is 409 (move or delete them first). The history keeps the unit as it was (S7).",
    },
    item: Unit,
    create: CreateUnit,
    update: UpdateUnit,
    service: { list: listUnits, get: getUnit, create: createUnit, update: updateUnit, remove: deleteUnit },
  });
}
