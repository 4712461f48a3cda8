-- Issue 13, point 3: paging and sync. The lists an integration polls (objectives, key results,
-- check-ins) are paged by a keyset on (created_at, id) within an organisation
-- (src/db/repositories/sync-lists.ts): these indexes let each page start at its cursor and read
-- only its rows, however far the walk has gone.
create index objectives_page_idx on objectives (org_id, created_at, id);
create index key_results_page_idx on key_results (org_id, created_at, id);
create index check_ins_page_idx on check_ins (org_id, created_at, id);
