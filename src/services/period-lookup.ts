import type { Period } from "../db/schema.ts";
import { notFound } from "../domain/errors.ts";
import { isUuid } from "../domain/ids.ts";
import type { Executor } from "./context.ts";

// Its own file because the period services and the lifecycle's transitions both need it, and
// each imports the other's module otherwise (an import cycle).

/**
 * A period by id or by name ("2027-Q1"), the way URLs and OKR files name them; the name wins
 * when a period is named like another's id. One read either way.
 */
export async function findPeriod(db: Executor, orgId: string, idOrName: string): Promise<Period> {
  const byId = isUuid(idOrName);
  const rows = await db
    .selectFrom("periods")
    .selectAll()
    .where("orgId", "=", orgId)
    .where((eb) => (byId ? eb.or([eb("name", "=", idOrName), eb("id", "=", idOrName)]) : eb("name", "=", idOrName)))
    .execute();
  const found = rows.find((row) => row.name === idOrName) ?? rows[0];
  if (!found) throw notFound("Period");
  return found;
}
