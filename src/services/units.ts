import { changeOf } from "../db/repositories/history.ts";
import { tenantRows } from "../db/repositories/tenant-rows.ts";
import type { Unit } from "../db/schema.ts";
import { AppError } from "../domain/errors.ts";
import type { CreateUnit, UpdateUnit } from "../schemas/units.ts";
import type { ServiceContext } from "./context.ts";
import { findRow, tenantReads } from "./tenant-reads.ts";
import { defineUseCase } from "./use-case.ts";

const units = tenantRows("units");

/** A new unit as the API validates it. */
export type UnitInput = CreateUnit;

export const { list: listUnits, get: getUnit } = tenantReads("units", "Unit", "name");

export const createUnit = defineUseCase("structure", async ({ tx, ctx, orgId }, input: UnitInput) => {
  if (input.parentId) await requireParent(ctx, tx, orgId, input.parentId);
  await requireFreeName(tx, orgId, input.name, null);
  const unit = await units.insert(tx, {
    orgId,
    id: ctx.newId(),
    name: input.name,
    kind: input.kind,
    parentId: input.parentId ?? null,
    private: input.private ?? false,
  });
  return { result: unit, history: [changeOf("unit", unit.id, null, unit)] };
});

export const updateUnit = defineUseCase("structure", async ({ tx, ctx, orgId }, id: string, input: UpdateUnit) => {
  const unit = await findRow(tx, orgId, "units", id, "Unit");
  if (input.parentId) {
    await requireParent(ctx, tx, orgId, input.parentId);
    await refuseCycle(tx, orgId, id, input.parentId);
  }
  if (input.name !== undefined) await requireFreeName(tx, orgId, input.name, id);
  const updated = (await units.update(tx, orgId, id, input)) as Unit;
  return { result: updated, history: [changeOf("unit", id, unit, updated)] };
});

/** A unit can only go once nothing hangs off it: child units or objectives. */
export const deleteUnit = defineUseCase("structure", async ({ tx, orgId }, id: string) => {
  const unit = await findRow(tx, orgId, "units", id, "Unit");
  const child = await units.findBy(tx, orgId, { parentId: id });
  const objective = await tenantRows("objectives").findBy(tx, orgId, { unitId: id });
  if (child || objective) {
    throw new AppError("conflict", "This unit still has child units or objectives; move or delete them first");
  }
  await units.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("unit", id, unit, null)] };
});

async function requireParent(
  _ctx: ServiceContext,
  tx: Parameters<typeof units.find>[0],
  orgId: string,
  parentId: string,
) {
  if (!(await units.find(tx, orgId, parentId))) {
    throw new AppError("validation_failed", "The parent unit does not exist", [
      { field: "parentId", rule: "exists", message: "no unit with this id in the organisation" },
    ]);
  }
}

async function requireFreeName(
  tx: Parameters<typeof units.find>[0],
  orgId: string,
  name: string,
  exceptId: string | null,
) {
  let q = tx.selectFrom("units").select("id").where("orgId", "=", orgId).where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) {
    throw new AppError("conflict", `A unit named "${name}" already exists`, [
      { field: "name", rule: "unique", message: "unit names are unique in an organisation" },
    ]);
  }
}

/** A unit may not become its own ancestor. */
async function refuseCycle(tx: Parameters<typeof units.find>[0], orgId: string, id: string, parentId: string) {
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === id) {
      throw new AppError("validation_failed", "A unit cannot be placed under itself or its descendants", [
        { field: "parentId", rule: "tree", message: "this would make a cycle" },
      ]);
    }
    const next: Unit | undefined = await units.find(tx, orgId, current);
    current = next?.parentId ?? null;
  }
}
