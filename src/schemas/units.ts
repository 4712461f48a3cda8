import { z } from "@hono/zod-openapi";
import { Uuid } from "./scalars.ts";

// A unit as an admin creates or edits it: the API validates it, the services take its type.

export const UnitKind = z.enum(["company", "department", "team", "individual"]);
const UnitName = z.string().trim().min(1).max(200);

const Private = z
  .boolean()
  .openapi({ description: "S5: OKRs are open to the whole organisation unless the unit is private" });

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

export type CreateUnit = z.infer<typeof CreateUnit>;
export type UpdateUnit = z.infer<typeof UpdateUnit>;
