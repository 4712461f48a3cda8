import { sql } from "kysely";
import type { AuditEntity } from "../../domain/audit-log.ts";
import type { Executor } from "../executor.ts";
import type { HistoryEntity } from "./history.ts";
import { sameTenant } from "./tenant-joins.ts";

export interface AuditFilter {
  entityTypes: readonly AuditEntity[];
  actorId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/**
 * One page of the organisation's administrative history, newest first, with the names of who
 * acted and of the person a row is about. `afterId` continues after that row: the keyset is
 * (changed_at, id), read from the row itself, so a page boundary never skips or repeats a row
 * even when one change wrote several rows in the same microsecond (history is append-only, so
 * the row is always still there).
 */
export async function listAuditRows(
  db: Executor,
  orgId: string,
  filter: AuditFilter,
  page: { limit: number; afterId?: string },
) {
  let query = db
    .selectFrom("history as h")
    .leftJoin("people as actor", (j) => sameTenant(j, "actor.id", "h.actorId"))
    .leftJoin("people as subject", (j) =>
      sameTenant(j, "subject.id", "h.entityId").on("h.entity", "in", ["person", "membership"]),
    )
    .select([
      "h.id",
      "h.changedAt",
      "h.actorId",
      "actor.name as actorName",
      "h.entity",
      "h.entityId",
      "subject.name as personName",
      "h.action",
      "h.reason",
      "h.before",
      "h.after",
    ])
    .where("h.orgId", "=", orgId)
    // (The audit entities may name one a migration of another branch adds: the cast keeps it.)
    .where("h.entity", "in", filter.entityTypes as HistoryEntity[]);
  if (filter.actorId) query = query.where("h.actorId", "=", filter.actorId);
  if (filter.from) query = query.where("h.changedAt", ">=", filter.from);
  if (filter.to) query = query.where("h.changedAt", "<", filter.to);
  if (page.afterId) {
    const afterId = page.afterId;
    query = query.where(
      (eb) => sql<boolean>`(${eb.ref("h.changedAt")}, ${eb.ref("h.id")}) < (
        select changed_at, id from history where org_id = ${orgId} and id = ${afterId})`,
    );
  }
  return query
    .orderBy("h.changedAt", "desc")
    .orderBy("h.id", "desc")
    .limit(page.limit)
    .$narrowType<{ entity: AuditEntity & HistoryEntity }>()
    .execute();
}

/** Whether a row of this organisation's history has this id (a cursor names one). */
export async function historyRowExists(db: Executor, orgId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("history")
    .select("id")
    .where("orgId", "=", orgId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}
