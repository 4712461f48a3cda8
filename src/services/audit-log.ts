import { type AuditFilter, historyRowExists, listAuditRows } from "../db/repositories/audit-log.ts";
import { AUDIT_ENTITIES, AUDIT_PAGE_MAX, type AuditEntity, entityNameOf, withoutSecrets } from "../domain/audit-log.ts";
import { AppError } from "../domain/errors.ts";
import { authorize } from "../domain/policies.ts";
import { readTenant, type ServiceContext } from "./context.ts";
import type { Scope } from "./write.ts";

/** One administrative change as the audit log shows it (docs/accounts-and-access.md). */
export interface AuditEntry {
  id: string;
  changedAt: Date;
  /** Null: the operator (CLI, demo loader) or an account since removed, with its id kept. */
  actorId: string | null;
  actorName: string | null;
  entityType: AuditEntity;
  entityId: string;
  entityName: string | null;
  action: "create" | "update" | "delete";
  reason: string;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  entityType?: AuditEntity;
  actor?: string;
  from?: Date;
  to?: Date;
}

function filterOf(query: AuditQuery): AuditFilter {
  if (query.from && query.to && query.from >= query.to) {
    throw new AppError("validation_failed", "The date range ends before it starts", [
      { field: "to", rule: "after_from", message: "must be later than from" },
    ]);
  }
  return {
    entityTypes: query.entityType ? [query.entityType] : AUDIT_ENTITIES,
    ...(query.actor ? { actorId: query.actor } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
}

type AuditRow = Awaited<ReturnType<typeof listAuditRows>>[number];

function entryOf(row: AuditRow): AuditEntry {
  const before = withoutSecrets(row.before);
  const after = withoutSecrets(row.after);
  return {
    id: row.id,
    changedAt: row.changedAt,
    actorId: row.actorId,
    actorName: row.actorName,
    entityType: row.entity,
    entityId: row.entityId,
    entityName: entityNameOf(row.entity, before, after, row.personName),
    action: row.action,
    reason: row.reason,
    before,
    after,
  };
}

/**
 * One page of the audit log, newest first (admins only). A page ends with `nextCursor` while
 * older entries match, so nothing is cut off silently; the cursor is the last entry's id.
 */
export async function listAuditLog(
  ctx: ServiceContext,
  scope: Scope,
  query: AuditQuery & { limit: number; cursor?: string },
): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  authorize(scope.actor, { do: "manageOrganisation" });
  const filter = filterOf(query);
  return readTenant(ctx, scope.orgId, async (tx) => {
    if (query.cursor && !(await historyRowExists(tx, scope.orgId, query.cursor))) {
      throw new AppError("validation_failed", "The cursor is not one this list gave", [
        { field: "cursor", rule: "cursor", message: "pass the nextCursor of the page before, unchanged" },
      ]);
    }
    const rows = await listAuditRows(tx, scope.orgId, filter, {
      limit: query.limit + 1,
      ...(query.cursor ? { afterId: query.cursor } : {}),
    });
    const page = rows.slice(0, query.limit).map(entryOf);
    return { entries: page, nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
  });
}

/**
 * Every entry that matches, newest first, read page by page (each page its own short read, so
 * an export of years of history neither holds a transaction open nor all rows in memory).
 * Checks the caller before the first entry, so a refusal is an ordinary 403.
 */
export async function exportAuditLog(
  ctx: ServiceContext,
  scope: Scope,
  query: AuditQuery,
): Promise<AsyncGenerator<AuditEntry[]>> {
  authorize(scope.actor, { do: "manageOrganisation" });
  const filter = filterOf(query);
  async function* pages(): AsyncGenerator<AuditEntry[]> {
    let afterId: string | undefined;
    for (;;) {
      const rows = await readTenant(ctx, scope.orgId, (tx) =>
        listAuditRows(tx, scope.orgId, filter, { limit: AUDIT_PAGE_MAX, ...(afterId ? { afterId } : {}) }),
      );
      if (rows.length > 0) yield rows.map(entryOf);
      if (rows.length < AUDIT_PAGE_MAX) return;
      afterId = rows.at(-1)?.id;
    }
  }
  return pages();
}
