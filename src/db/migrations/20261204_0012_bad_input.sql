-- Issue 12, defects 6 and 7 (docs/check-ins.md, docs/period-lifecycle.md).
--
-- 1. Who recorded a reading, next to whom it is for (author_id). A lead or an admin may record
--    a reading for someone else; the caller is kept here. Readings recorded before this
--    migration did not keep it: null means "not known" (or the system, e.g. `grove apply`).
alter table check_ins
  add column recorded_by uuid,
  add constraint check_ins_recorded_by_fkey foreign key (org_id, recorded_by)
    references people (org_id, id) on delete set null (recorded_by);

-- 2. A period's own changes (its dates moved past its readings, with the reason) are history
--    rows too (S7).
alter table history drop constraint history_entity_check;
alter table history add constraint history_entity_check
  check (entity in ('objective', 'key_result', 'check_in', 'comment', 'period'));

-- 3. An email address is at most 254 characters (RFC 5321's path limit). NOT VALID: rows
--    written before are left as they are; every new or changed row is checked.
alter table people add constraint people_email_length_check check (char_length(email) <= 254) not valid;
alter table invitations add constraint invitations_email_length_check check (char_length(email) <= 254) not valid;
