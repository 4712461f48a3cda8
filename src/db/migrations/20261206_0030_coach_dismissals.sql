-- Issue 17 point 3: a team sets aside a coach finding it disagrees with, with a reason. A
-- dismissal is keyed by the rule, the objective or key result the finding is about, and a hash of
-- that text as the coach read it (src/domain/coach/dismissals.ts): when the text changes the hash
-- no longer matches and the finding is open again. Rows are never updated: a dismissal of older
-- text stays (and applies again if the text goes back), a removed one is deleted with its
-- history row. Deleting the objective or the key result deletes its dismissals.
create table coach_dismissals (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  objective_id uuid not null,
  key_result_id uuid,
  rule text not null references coach_rules (rule),
  text_hash text not null check (text_hash ~ '^[0-9a-f]{64}$'),
  reason text not null check (char_length(btrim(reason)) >= 3 and char_length(reason) <= 2000),
  dismissed_by uuid,
  dismissed_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, objective_id) references objectives (org_id, id) on delete cascade,
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade,
  foreign key (org_id, dismissed_by) references people (org_id, id) on delete set null (dismissed_by)
);
-- One dismissal per finding and text; the objective's own findings have no key result.
create unique index coach_dismissals_finding_idx
  on coach_dismissals (org_id, objective_id, coalesce(key_result_id, objective_id), rule, text_hash);

grant select, insert, update, delete on coach_dismissals to grove_app;
select grove_protect_tenant_table('coach_dismissals');

insert into history_entities (entity) values ('coach_dismissal');
