import { tenantRows } from "../db/repositories/tenant-rows.ts";
import { AppError } from "../domain/errors.ts";
import type { Executor } from "./context.ts";

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
  if (!row) {
    throw new AppError("not_found", `${labels[table]} not found`, [
      { field, rule: "exists", message: `no ${labels[table].toLowerCase()} with this id in the organisation` },
    ]);
  }
  return row;
}
