import { type CheckInPageFilter, checkInsPage } from "../../db/repositories/sync-lists.ts";
import type { CheckInRow } from "../../db/schema.ts";
import type { Page } from "../../domain/paging.ts";
import type { ServiceContext } from "../context.ts";
import { readKeysetPage, type SyncQuery } from "../paging.ts";
import type { Scope } from "../write.ts";

/**
 * One page of the organisation's readings in the order they were recorded, by key result,
 * period or unit, without those of private units the caller may not read (S5); `updatedSince`
 * keeps those recorded, corrected or withdrawn since (S7; docs/api.md, "Paging and sync").
 */
export function listOrganisationCheckIns(
  ctx: ServiceContext,
  scope: Scope,
  query: CheckInPageFilter & SyncQuery,
): Promise<Page<CheckInRow>> {
  return readKeysetPage(ctx, scope, query, (tx, page) => checkInsPage(tx, scope.orgId, query, page));
}
