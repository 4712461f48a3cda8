import { checkInsPage } from "../../db/repositories/sync-lists.ts";
import { syncList } from "../paging.ts";

/**
 * One page of the organisation's readings in the order they were recorded, by key result,
 * period or unit, without those of private units the caller may not read (S5); `updatedSince`
 * keeps those recorded, corrected or withdrawn since (S7; docs/api.md, "Paging and sync").
 */
export const listOrganisationCheckIns = syncList(checkInsPage);
