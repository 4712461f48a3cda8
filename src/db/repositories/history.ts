import { sql } from "kysely";
import type { Executor, Tx } from "../../services/context.ts";

export interface HistoryEntry {
  entity: "objective" | "key_result" | "check_in" | "comment" | "period";
  entityId: string;
  action: "create" | "update" | "delete";
  before: unknown;
  after: unknown;
  reason?: string;
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

/** An objective's changes and those of its KRs (also deleted ones), newest first. */
export async function listObjectiveHistory(db: Executor, orgId: string, objectiveId: string) {
  return db
    .selectFrom("history")
    .selectAll()
    .where("orgId", "=", orgId)
    .where((eb) =>
      eb.or([
        eb("entityId", "=", objectiveId),
        eb.and([
          eb("entity", "=", "key_result"),
          eb(sql<string>`coalesce(after, before) ->> 'objectiveId'`, "=", objectiveId),
        ]),
      ]),
    )
    .orderBy("changedAt", "desc")
    .limit(500)
    .execute();
}
