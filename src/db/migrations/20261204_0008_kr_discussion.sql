-- A KR's own history and discussion (issue 10, docs/check-ins.md).
--
-- 1. A reading can be corrected or withdrawn (S7) by its author, the unit's lead or an admin,
--    with a reason. The row keeps its latest state and who changed it last; the history rows
--    (entity 'check_in') keep every state before. A withdrawn reading stays in the list but
--    no longer counts: the KR's current value is its latest reading that is not withdrawn.
alter table check_ins
  add column corrected_at timestamptz,
  add column corrected_by uuid,
  add column correction_reason text not null default '',
  add column withdrawn_at timestamptz,
  add column withdrawn_by uuid,
  add column withdrawal_reason text not null default '',
  add constraint check_ins_corrected_by_fkey foreign key (org_id, corrected_by)
    references people (org_id, id) on delete set null (corrected_by),
  add constraint check_ins_withdrawn_by_fkey foreign key (org_id, withdrawn_by)
    references people (org_id, id) on delete set null (withdrawn_by),
  add constraint check_ins_withdrawal_reason_check
    check (withdrawn_at is null or btrim(withdrawal_reason) <> ''),
  add constraint check_ins_correction_reason_check
    check (corrected_at is null or btrim(correction_reason) <> '');

-- Pages newest first with a (checked_in_at, id) cursor, read by one index range.
drop index check_ins_key_result_idx;
create index check_ins_key_result_idx on check_ins (org_id, key_result_id, checked_in_at, id);

-- The history also records readings and comments (S7).
alter table history drop constraint history_entity_check;
alter table history add constraint history_entity_check
  check (entity in ('objective', 'key_result', 'check_in', 'comment'));

-- 2. Discussion threads on a KR or on an objective. A deleted comment's row goes; its history
--    row (action 'delete') records who deleted it and what it said.
create table comments (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  objective_id uuid,
  key_result_id uuid,
  author_id uuid,
  body text not null check (btrim(body) <> '' and char_length(body) <= 5000),
  created_at timestamptz not null default now(),
  edited_at timestamptz,
  primary key (org_id, id),
  foreign key (org_id, objective_id) references objectives (org_id, id) on delete cascade,
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade,
  foreign key (org_id, author_id) references people (org_id, id) on delete set null (author_id),
  -- a comment belongs to exactly one thread
  check ((objective_id is null) <> (key_result_id is null))
);
create index comments_objective_idx on comments (org_id, objective_id, created_at) where objective_id is not null;
create index comments_key_result_idx on comments (org_id, key_result_id, created_at) where key_result_id is not null;

-- The people a comment mentions, kept as rows so that "where was I mentioned" is one index read
-- (mail delivery comes with a later issue).
create table comment_mentions (
  org_id uuid not null references organisations (id) on delete cascade,
  comment_id uuid not null,
  person_id uuid not null,
  primary key (org_id, comment_id, person_id),
  foreign key (org_id, comment_id) references comments (org_id, id) on delete cascade,
  foreign key (org_id, person_id) references people (org_id, id) on delete cascade
);
create index comment_mentions_person_idx on comment_mentions (org_id, person_id);

grant select, insert, update, delete on comments, comment_mentions to grove_app;
select grove_protect_tenant_table(t) from unnest(array['comments', 'comment_mentions']) as t;
