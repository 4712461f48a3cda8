-- Issue 13, point 3: the lists that page newest first by a keyset on a time and the id
-- (src/db/repositories/keyset.ts): a health metric's readings (by when each was read), the
-- organisation's experiments and its learnings library (by creation). Each page starts at its
-- cursor and reads only its rows, however long the list.
create index health_readings_page_idx on health_readings (org_id, health_metric_id, read_at, id);
create index experiments_page_idx on experiments (org_id, created_at, id);
create index learnings_page_idx on learnings (org_id, created_at, id);
