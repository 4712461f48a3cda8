-- Issue 16, points 1 and 5: strategy statements with their diagnosis and guardrails (M8, P1),
-- the coach's rule on company objectives that serve no strategy (M8), and the decision log (P4).

-- 1. A strategy statement says what is going on (diagnosis) and what we will not do
--    (guardrails) besides its title and body (M8: "strategy gives the diagnosis and guardrails").
--    Null until written; a vision has neither.
alter table strategies
  add column diagnosis text,
  add column guardrails text;

-- 2. The coach's rules become rows of a small table, as the history's kinds did (migration 0023),
--    so migrations written side by side each add a rule without rewriting one check constraint.
--    Every statement tolerates another migration having done the same first.
create table if not exists coach_rules (
  rule text primary key
);
insert into coach_rules (rule) values
  ('M1'), ('M2'), ('M4'), ('Q1'), ('Q2'), ('Q3'), ('Q4'), ('K1'), ('K2'), ('K5'), ('K6'), ('K7'), ('M8')
  on conflict (rule) do nothing;
grant select on coach_rules to grove_app;
alter table coach_settings drop constraint if exists coach_settings_rule_check;
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'coach_settings_rule_fkey') then
    alter table coach_settings add constraint coach_settings_rule_fkey foreign key (rule) references coach_rules (rule);
  end if;
end
$$;

-- 3. The decision log (P4): decisions a team takes on an objective or one of its KRs, checked
--    against the OKRs, with the evidence it had and a date to look at it again. A decision on a
--    KR also names the KR's objective, so an objective shows every decision under it in one
--    index read. A KR removed from its objective leaves its decisions on the objective.
create table decisions (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  objective_id uuid not null,
  key_result_id uuid,
  title text not null check (btrim(title) <> '' and char_length(title) <= 300),
  context text not null default '',
  -- the options considered, in the order they were weighed
  options text[] not null default '{}',
  evidence text not null default '',
  -- references to readings of the KR, experiments or links: [{kind, ref, label}]
  evidence_refs jsonb not null default '[]',
  decision text not null default '',
  decided_by uuid,
  decided_on date not null,
  revisit_on date,
  status text not null default 'active' check (status in ('active', 'revisited', 'reversed')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, objective_id) references objectives (org_id, id) on delete cascade,
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete set null (key_result_id),
  foreign key (org_id, decided_by) references people (org_id, id) on delete set null (decided_by),
  constraint decisions_revisit_check check (revisit_on is null or revisit_on >= decided_on)
);
create index decisions_objective_idx on decisions (org_id, objective_id, decided_on);
create index decisions_key_result_idx on decisions (org_id, key_result_id) where key_result_id is not null;
-- Search by any substring of the title, context or decision (ILIKE), in any language, as the
-- learnings library does (migration 0010).
create index decisions_text_trgm_idx on decisions
  using gin ((title || ' ' || context || ' ' || decision) gin_trgm_ops);

grant select, insert, update, delete on decisions to grove_app;
select grove_protect_tenant_table('decisions');

insert into history_entities (entity) values ('decision');
