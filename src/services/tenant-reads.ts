import { type Row, type TenantTable, tenantRows } from "../db/repositories/tenant-rows.ts";
import { notFound } from "../domain/errors.ts";
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

/** The row a request names by id, read within the transaction; a 404 naming `what` when the organisation has none. */
export async function findRow<T extends TenantTable>(tx: Executor, orgId: string, table: T, id: string, what: string) {
  return found(await tenantRows(table).find(tx, orgId, id), what);
}

function found<R>(row: R | undefined, what: string): R {
  if (!row) throw notFound(what);
  return row;
}
