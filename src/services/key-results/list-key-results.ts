import { keyResultsPage } from "../../db/repositories/sync-lists.ts";
import { syncList } from "../paging.ts";

/**
 * One page of the organisation's key results in the order they were created, by objective,
 * period or unit, without those of private units the caller may not read (S5); `updatedSince`
 * keeps those whose own fields changed since (docs/api.md, "Paging and sync").
 */
export const listKeyResults = syncList(keyResultsPage);
