import type { Unit } from "../db/schema.ts";
import { notFound } from "../domain/errors.ts";
import { authorize, refusal } from "../domain/policies.ts";
import type { Executor } from "./context.ts";
import type { Scope } from "./write.ts";

/** Everyone in the organisation reads everything (S5), except private units' OKRs. */
export function canReadUnit(scope: Scope, unit: Pick<Unit, "id" | "private">): boolean {
  return refusal(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private }) === null;
}

export async function assertCanReadUnit(tx: Executor, scope: Scope, unitId: string): Promise<void> {
  const unit = await tx
    .selectFrom("units")
    .select(["id", "private"])
    .where("orgId", "=", scope.orgId)
    .where("id", "=", unitId)
    .executeTakeFirst();
  if (!unit) throw notFound("Unit");
  authorize(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private });
}

/** The unit an objective belongs to, for authorising reads and writes of its parts. */
export async function unitOfObjective(tx: Executor, orgId: string, objectiveId: string): Promise<string | null> {
  const row = await tx
    .selectFrom("objectives")
    .select("unitId")
    .where("orgId", "=", orgId)
    .where("id", "=", objectiveId)
    .executeTakeFirst();
  return row?.unitId ?? null;
}
