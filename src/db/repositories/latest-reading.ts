import type { SelectQueryBuilder } from "kysely";
import type { Executor } from "../executor.ts";
import type { Database } from "../schema.ts";

// S7: what the latest reading of a key result (its check-ins) or of a health metric is, written
// once for both kinds: the latest by the time it was read that is not withdrawn; of two read at
// the same time, the one recorded last (then the larger id, so ties give one row).

const readings = {
  checkIns: { of: "keyResultId", at: "checkedInAt" },
  healthReadings: { of: "healthMetricId", at: "readAt" },
} as const;

type Readings = keyof typeof readings;

/** The latest reading of `ownerId` (a KR's for check-ins, a metric's for health readings), to select from. */
export function latestReading<T extends Readings>(
  db: Executor,
  table: T,
  orgId: string,
  ownerId: string,
): SelectQueryBuilder<Database, T, object> {
  const { of, at } = readings[table as Readings];
  const query = db
    .selectFrom(table as Readings)
    .where("orgId", "=", orgId)
    .where(of, "=", ownerId)
    .where("withdrawnAt", "is", null)
    .orderBy(at, "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(1);
  // Built over both tables' common columns; the caller's table is the one it named.
  return query as SelectQueryBuilder<Database, T, object>;
}
