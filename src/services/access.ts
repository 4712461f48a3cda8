import { listPrivateUnits } from "../db/repositories/dashboard.ts";
import { tenantRows } from "../db/repositories/tenant-rows.ts";
import type { KeyResultRow, Unit } from "../db/schema.ts";
import { notFound } from "../domain/errors.ts";
import { authorize, refusal } from "../domain/policies.ts";
import type { Executor } from "./context.ts";
import type { Scope } from "./write.ts";

/** Everyone in the organisation reads everything (S5), except private units' OKRs. */
export function canReadUnit(scope: Scope, unit: Pick<Unit, "id" | "private">): boolean {
  return refusal(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private }) === null;
}

/** The private units whose OKRs this caller may not read: listed and counted, their OKRs left out. */
export async function hiddenUnitIds(tx: Executor, scope: Scope): Promise<string[]> {
  const privateUnits = await listPrivateUnits(tx, scope.orgId);
  return privateUnits.filter((unit) => !canReadUnit(scope, unit)).map((unit) => unit.id);
}

/** Which of these units the caller may read (S5), from one read of the units. */
export async function readableUnitIds(tx: Executor, scope: Scope, unitIds: readonly string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const units = await tx
    .selectFrom("units")
    .select(["id", "private"])
    .where("orgId", "=", scope.orgId)
    .where("id", "in", [...unitIds])
    .execute();
  return new Set(units.filter((unit) => canReadUnit(scope, unit)).map((unit) => unit.id));
}

export async function assertCanReadUnit(tx: Executor, scope: Scope, unitId: string): Promise<void> {
  const unit = await tenantRows("units").find(tx, scope.orgId, unitId);
  if (!unit) throw notFound("Unit");
  authorize(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private });
}

/** A key result in a unit the caller may read (S5): 404 when the organisation has none, 403 when its unit is private. */
export async function readableKeyResult(tx: Executor, scope: Scope, id: string): Promise<KeyResultRow> {
  const keyResult = await tenantRows("keyResults").find(tx, scope.orgId, id);
  if (!keyResult) throw notFound("Key result");
  await assertCanReadUnit(tx, scope, (await unitOfObjective(tx, scope.orgId, keyResult.objectiveId)) ?? "");
  return keyResult;
}

/** The unit an objective belongs to, for authorising reads and writes of its parts. */
export async function unitOfObjective(tx: Executor, orgId: string, objectiveId: string): Promise<string | null> {
  const row = await tenantRows("objectives").find(tx, orgId, objectiveId);
  return row?.unitId ?? null;
}
