import { sql } from "kysely";
import type { Executor, Tx } from "../executor.ts";
import type { Database } from "../schema.ts";

export type HistoryEntity = Database["history"]["entity"];

export interface HistoryEntry {
  entity: HistoryEntity;
  entityId: string;
  action: "create" | "update" | "delete";
  before: unknown;
  after: unknown;
  reason?: string;
}

/** The history row of one change: a create has no before, a delete no after (S7). */
export function changeOf(
  entity: HistoryEntity,
  entityId: string,
  before: object | null,
  after: object | null,
  reason?: string,
): HistoryEntry {
  const action = before === null ? "create" : after === null ? "delete" : "update";
  return { entity, entityId, action, before, after, ...(reason ? { reason } : {}) };
}

export async function insertHistory(
  tx: Tx,
  orgId: string,
  entries: HistoryEntry[],
  meta: { newId: () => string; actorId: string | null; at: Date },
): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insertInto("history")
    .values(
      entries.map((entry) => ({
        orgId,
        id: meta.newId(),
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        actorId: meta.actorId,
        reason: entry.reason ?? "",
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
        changedAt: meta.at,
      })),
    )
    .execute();
}

/**
 * S7: one record's own history rows (also after it was deleted), the columns a history page
 * lists; ordered by time, and by id within one instant, newest or oldest first.
 */
export function historyOf(
  db: Executor,
  orgId: string,
  entity: HistoryEntity,
  id: string,
  order: "newest first" | "oldest first",
) {
  const direction = order === "newest first" ? "desc" : "asc";
  return db
    .selectFrom("history")
    .select(["id", "action", "actorId", "reason", "before", "after", "changedAt"])
    .where("orgId", "=", orgId)
    .where("entity", "=", entity)
    .where("entityId", "=", id)
    .orderBy("changedAt", direction)
    .orderBy("id", direction);
}

/** An objective's changes and those of its KRs (also deleted ones), newest first. */
export function listObjectiveHistory(db: Executor, orgId: string, objectiveId: string) {
  return historyWithParts(db, orgId, "objective", objectiveId);
}

/** The records whose history shows their parts' too: the part's kind and the key its snapshot names the record by. */
const partsOf = {
  objective: { entity: "key_result", key: "objectiveId" },
  experiment: { entity: "experiment_metric", key: "experimentId" },
  health_metric: { entity: "health_reading", key: "healthMetricId" },
} as const;

/**
 * S7: the history rows of a record and of its parts (also deleted ones), newest first: an
 * objective and its KRs, an experiment and its metrics, a health metric and its readings'
 * corrections. Only these two kinds of row match, and $narrowType tells the response schema so.
 */
export async function historyWithParts<R extends keyof typeof partsOf>(
  db: Executor,
  orgId: string,
  entity: R,
  id: string,
) {
  const part = partsOf[entity];
  return db
    .selectFrom("history")
    .selectAll()
    .where("orgId", "=", orgId)
    .where((eb) =>
      eb.or([
        eb.and([eb("entity", "=", entity), eb("entityId", "=", id)]),
        eb.and([
          eb("entity", "=", part.entity),
          eb(sql<string>`coalesce(after, before) ->> ${sql.lit(part.key)}`, "=", id),
        ]),
      ]),
    )
    .orderBy("changedAt", "desc")
    .limit(500)
    .$narrowType<{ entity: R | (typeof partsOf)[R]["entity"] }>()
    .execute();
}
