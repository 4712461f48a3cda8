-- The audit log (issue 12 point 10, docs/accounts-and-access.md) reads an organisation's history
-- newest first, a page at a time, by (changed_at, id): this index serves that order and its
-- keyset without sorting the whole history. The history stays append-only as migration 0002
-- made it (grove_app may only select and insert; a trigger refuses updates and deletes to every
-- role); tests/api/audit-log.test.ts checks both.
create index history_changed_idx on history (org_id, changed_at, id);
