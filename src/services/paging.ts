import type { Tx } from "../db/executor.ts";
import type { Keyed, KeysetRead, KeysetRequest } from "../db/repositories/sync-lists.ts";
import { decodeTimeKey, type Page, pageFrom } from "../domain/paging.ts";
import { hiddenUnitIds } from "./access.ts";
import { readTenant, type ServiceContext } from "./context.ts";
import type { Scope } from "./write.ts";

/** What a polled list takes (docs/api.md, "Paging and sync"). */
export interface SyncQuery {
  limit: number;
  cursor?: string | undefined;
  /** ISO 8601: only rows changed at or after it. */
  updatedSince?: string | undefined;
}

/**
 * One page of a list an integration polls, read by a keyset query of src/db/repositories/sync-lists.ts
 * in one read transaction, without the rows of private units the caller may not read (S5).
 * A bad cursor is refused (400 `cursor`) before the database is asked.
 */
export async function readKeysetPage<T extends { id: string }>(
  ctx: ServiceContext,
  scope: Scope,
  query: SyncQuery,
  read: (tx: Tx, request: KeysetRequest) => Promise<Keyed<T>[]>,
): Promise<Page<T>> {
  const after = afterCursor(query.cursor);
  const updatedSince = query.updatedSince === undefined ? null : new Date(query.updatedSince);
  return readTenant(ctx, scope.orgId, async (tx) => {
    const rows = await read(tx, {
      limit: query.limit,
      after,
      updatedSince,
      hiddenUnitIds: await hiddenUnitIds(tx, scope),
    });
    return keyedPage(rows, query.limit);
  });
}

/**
 * The service of a polled list: the repository's keyset query (src/db/repositories/sync-lists.ts)
 * with its filters, in the caller's organisation, paged by readKeysetPage (S5 included).
 */
export function syncList<F, T extends { id: string }>(
  read: KeysetRead<F, T>,
): (ctx: ServiceContext, scope: Scope, query: F & SyncQuery) => Promise<Page<T>> {
  return (ctx, scope, query) => readKeysetPage(ctx, scope, query, (tx, page) => read(tx, scope.orgId, query, page));
}

/**
 * One page from the `limit + 1` rows a keyset query on a time and the id read (each with its
 * `pageKey`, src/db/repositories/keyset.ts), without the key.
 */
export function keyedPage<T extends { id: string }>(rows: Keyed<T>[], limit: number): Page<T> {
  const page = pageFrom(rows, limit, (row) => [row.pageKey, row.id]);
  return { rows: page.rows.map(({ pageKey: _, ...row }) => row as unknown as T), nextCursor: page.nextCursor };
}

/** The key of the row a keyset page continues after; null for the first page (400 `cursor` if not one given). */
export function afterCursor(cursor: string | undefined): { at: string; id: string } | null {
  return cursor === undefined ? null : decodeTimeKey(cursor);
}
