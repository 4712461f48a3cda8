-- Initiatives (issue 16 point 2; K7, M6): the work a team chooses to move a key result. A KR
-- says which outcome the team wants (K7); an initiative is a project, feature, experiment or
-- other piece of work the team runs to move it. The team's members write them without approval
-- from above (M6), so no status here needs anyone's sign-off.
create table initiatives (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  unit_id uuid not null,
  kind text not null check (kind in ('project', 'feature', 'experiment', 'other')),
  title text not null,
  description text not null default '',
  owner_id uuid,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'dropped')),
  starts_on date,
  ends_on date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  -- An initiative belongs to its team: it goes with the unit.
  foreign key (org_id, unit_id) references units (org_id, id) on delete cascade,
  -- A person who leaves the organisation leaves the initiative without an owner, not deleted.
  foreign key (org_id, owner_id) references people (org_id, id) on delete set null (owner_id)
);
create index initiatives_unit_idx on initiatives (org_id, unit_id);

-- The key results an initiative should move (one or more; the service requires at least one).
-- A deleted KR takes its links with it; the initiative stays, and its page says it moves none.
create table initiative_key_results (
  org_id uuid not null,
  initiative_id uuid not null,
  key_result_id uuid not null,
  primary key (org_id, initiative_id, key_result_id),
  foreign key (org_id, initiative_id) references initiatives (org_id, id) on delete cascade,
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade
);
create index initiative_key_results_kr_idx on initiative_key_results (org_id, key_result_id);

grant select, insert, update, delete on initiatives, initiative_key_results to grove_app;
select grove_protect_tenant_table(t) from unnest(array['initiatives', 'initiative_key_results']) as t;

insert into history_entities (entity) values ('initiative');
