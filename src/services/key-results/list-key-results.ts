import { type KeyResultPageFilter, keyResultsPage } from "../../db/repositories/sync-lists.ts";
import type { KeyResultRow } from "../../db/schema.ts";
import type { Page } from "../../domain/paging.ts";
import type { ServiceContext } from "../context.ts";
import { readKeysetPage, type SyncQuery } from "../paging.ts";
import type { Scope } from "../write.ts";

/**
 * One page of the organisation's key results in the order they were created, by objective,
 * period or unit, without those of private units the caller may not read (S5); `updatedSince`
 * keeps those whose own fields changed since (docs/api.md, "Paging and sync").
 */
export function listKeyResults(
  ctx: ServiceContext,
  scope: Scope,
  query: KeyResultPageFilter & SyncQuery,
): Promise<Page<KeyResultRow>> {
  return readKeysetPage(ctx, scope, query, (tx, page) => keyResultsPage(tx, scope.orgId, query, page));
}
