import type { Executor } from "../executor.ts";
import type { HealthReadingRow } from "../schema.ts";
import { afterTimeKey, timeKey } from "./keyset.ts";
import type { Keyed } from "./sync-lists.ts";

/**
 * A health metric's readings newest first by when each was read, then by id: `limit + 1` of
 * them after the key `after` (migration 0040 indexes the key).
 */
export async function healthReadingsPage(
  tx: Executor,
  orgId: string,
  healthMetricId: string,
  page: { limit: number; after: { at: string; id: string } | null },
): Promise<Keyed<HealthReadingRow>[]> {
  let q = tx
    .selectFrom("healthReadings as r")
    .selectAll("r")
    .select(timeKey("r.read_at").as("pageKey"))
    .where("r.orgId", "=", orgId)
    .where("r.healthMetricId", "=", healthMetricId);
  if (page.after) q = q.where(afterTimeKey("r.read_at", "r.id", page.after, ["desc", "desc"]));
  return q
    .orderBy("r.readAt", "desc")
    .orderBy("r.id", "desc")
    .limit(page.limit + 1)
    .execute();
}
