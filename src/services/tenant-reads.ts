import { type Row, type TenantTable, tenantRows } from "../db/repositories/tenant-rows.ts";
import { AppError, notFound } from "../domain/errors.ts";
import { type Executor, readTenant, type ServiceContext } from "./context.ts";
import type { Scope } from "./write.ts";

/**
 * The two plain reads of an organisation's resource (units, people, strategies, ...): every row
 * in one order, and one row by id, a 404 naming `what` when the organisation has none.
 */
export function tenantReads<T extends TenantTable>(table: T, what: string, orderBy: keyof Row<T> & string) {
  const rows = tenantRows(table);
  return {
    list(ctx: ServiceContext, scope: Scope): Promise<Row<T>[]> {
      return readTenant(ctx, scope.orgId, (tx) => rows.list(tx, scope.orgId, orderBy));
    },
    async get(ctx: ServiceContext, scope: Scope, id: string): Promise<Row<T>> {
      return found(await readTenant(ctx, scope.orgId, (tx) => rows.find(tx, scope.orgId, id)), what);
    },
  };
}

/**
 * The row a change is about, locked until the transaction ends (a concurrent writer waits and
 * then sees this change); a 404 naming `what` when the organisation has no such row.
 */
export async function lockRow<T extends TenantTable>(tx: Executor, orgId: string, table: T, id: string, what: string) {
  return found(await tenantRows(table).lock(tx, orgId, id), what);
}

/**
 * The row a change is about, locked, as the writer last saw it: a 404 naming `what` when there is
 * none, a 409 when someone else changed it since `seen` (no version given skips the check).
 */
export async function lockAtVersion<T extends VersionedTable>(
  tx: Executor,
  orgId: string,
  table: T,
  id: string,
  what: string,
  seen: number | undefined,
) {
  const row = await lockRow(tx, orgId, table, id, what);
  // A versioned table's row has a version; TypeScript cannot see that through the generic row type.
  assertFreshVersion(row as Row<T> & { version: number }, seen);
  return row;
}

/** Tables whose rows carry a version a writer names to change them (optimistic locking). */
type VersionedTable = { [T in TenantTable]: Row<T> extends { version: number } ? T : never }[TenantTable];

/**
 * A stale write is refused instead of overwriting a change the writer has not seen: a 409 with
 * the row as it is now, so the client can reload and apply its change again.
 */
export function assertFreshVersion(row: { version: number }, seen: number | undefined): void {
  const current = row.version;
  if (seen !== undefined && seen !== current) {
    const error = new AppError(
      "version_conflict",
      `Someone else changed this since you loaded it (version ${seen}, now ${current}). Reload and apply your change again.`,
      [{ field: "version", rule: "current", message: `the current version is ${current}` }],
    );
    error.current = row;
    throw error;
  }
}

/** The row a request names by id, read within the transaction; a 404 naming `what` when the organisation has none. */
export async function findRow<T extends TenantTable>(tx: Executor, orgId: string, table: T, id: string, what: string) {
  return found(await tenantRows(table).find(tx, orgId, id), what);
}

/** Deletes the row a change is about and returns it as it was; a 404 naming `what` when the organisation has none. */
export async function deleteRow<T extends TenantTable>(
  tx: Executor,
  orgId: string,
  table: T,
  id: string,
  what: string,
) {
  return found(await tenantRows(table).take(tx, orgId, id), what);
}

function found<R>(row: R | undefined, what: string): R {
  if (!row) throw notFound(what);
  return row;
}
