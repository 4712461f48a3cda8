import { tenantRows } from "../db/repositories/tenant-rows.ts";
import type { Period } from "../db/schema.ts";
import { notFound } from "../domain/errors.ts";
import { isUuid } from "../domain/ids.ts";
import type { Executor } from "./context.ts";

// Its own file because the period services and the lifecycle's transitions both need it, and
// each imports the other's module otherwise (an import cycle).

const periods = tenantRows("periods");

/** A period by id or by name ("2027-Q1"), the way URLs and OKR files name them. */
export async function findPeriod(db: Executor, orgId: string, idOrName: string): Promise<Period> {
  const byName = await db
    .selectFrom("periods")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("name", "=", idOrName)
    .executeTakeFirst();
  if (byName) return byName;
  if (!isUuid(idOrName)) throw notFound("Period");
  const byId = await periods.find(db, orgId, idOrName);
  if (!byId) throw notFound("Period");
  return byId;
}
