import { tenantRows } from "../db/repositories/tenant-rows.ts";
import { AppError } from "../domain/errors.ts";
import { canReadUnit } from "./access.ts";
import type { Executor } from "./context.ts";
import type { Scope } from "./write.ts";

type Referenced = "units" | "people" | "periods" | "strategies" | "objectives" | "keyResults";

const labels: Record<Referenced, string> = {
  units: "Unit",
  people: "Person",
  periods: "Period",
  strategies: "Strategy",
  objectives: "Objective",
  keyResults: "Key result",
};

/** Loads a row a request body refers to; 404 naming the field when it is not in the organisation. */
export async function requireReference<T extends Referenced>(
  db: Executor,
  orgId: string,
  table: T,
  id: string,
  field: string,
) {
  const row = await tenantRows(table).find(db, orgId, id);
  if (!row) throw referenceNotFound(table, field);
  return row;
}

function referenceNotFound(table: Referenced, field: string): AppError {
  return new AppError("not_found", `${labels[table]} not found`, [
    { field, rule: "exists", message: `no ${labels[table].toLowerCase()} with this id in the organisation` },
  ]);
}

/**
 * A key result the caller may read, for a write that hangs something under it (a cascade, M5).
 * One in a private unit the caller cannot read answers exactly as one that does not exist: the
 * link would move its progress, and a different answer would tell that it exists (S5).
 */
export async function requireReadableKeyResult(db: Executor, scope: Scope, id: string, field: string) {
  const keyResult = await requireReference(db, scope.orgId, "keyResults", id, field);
  const objective = await tenantRows("objectives").find(db, scope.orgId, keyResult.objectiveId);
  const unit = objective && (await tenantRows("units").find(db, scope.orgId, objective.unitId));
  if (!unit || !canReadUnit(scope, unit)) throw referenceNotFound("keyResults", field);
  return keyResult;
}
