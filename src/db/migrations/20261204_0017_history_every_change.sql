-- Every change a person makes is recorded with who and why (S7, issue 19 point 5): the history
-- also keeps the organisation's structure and settings, not only its OKRs. Organisation-wide
-- rows (a rename, a coach setting) use the organisation's id as their entity id.
alter table history drop constraint history_entity_check;
alter table history add constraint history_entity_check
  check (entity in (
    'objective', 'key_result', 'check_in', 'comment',
    'organisation', 'unit', 'person', 'membership', 'period', 'strategy', 'coach_setting',
    'invitation', 'api_token'
  ));

-- Renaming the organisation and its settings go through the one write path like every other
-- change, so the tenant role may update its own organisation's row, and only that.
grant update (name, review_cadence_weeks, locale) on organisations to grove_app;
alter table organisations enable row level security;
create policy organisations_read on organisations for select using (true);
create policy organisations_update_own on organisations for update
  using (id = grove_current_org()) with check (id = grove_current_org());
