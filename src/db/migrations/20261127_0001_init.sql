-- Grove's first schema. Every tenant table carries org_id so the data can later be distributed
-- by tenant (Citus) and protected by row-level security; child tables reference their parent
-- together with org_id so a row can never point into another organisation.

create table organisations (
  id uuid primary key,
  slug text not null unique,
  name text not null,
  created_at timestamptz not null default now()
);

create table units (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  parent_id uuid,
  name text not null,
  kind text not null check (kind in ('company', 'department', 'team', 'individual')),
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, name),
  foreign key (org_id, parent_id) references units (org_id, id)
);
create index units_parent_idx on units (org_id, parent_id);

create table people (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  name text not null,
  email text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, email)
);

create table memberships (
  org_id uuid not null,
  unit_id uuid not null,
  person_id uuid not null,
  role text not null check (role in ('lead', 'member')),
  created_at timestamptz not null default now(),
  primary key (org_id, unit_id, person_id),
  foreign key (org_id, unit_id) references units (org_id, id) on delete cascade,
  foreign key (org_id, person_id) references people (org_id, id) on delete cascade
);
create index memberships_person_idx on memberships (org_id, person_id);

create table periods (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  name text not null,
  starts_on date not null,
  ends_on date not null,
  status text not null check (status in ('planning', 'active', 'closed')),
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, name),
  check (ends_on >= starts_on)
);

-- M8: the vision and strategy that a period's objectives serve.
create table strategies (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  kind text not null check (kind in ('vision', 'strategy')),
  title text not null,
  body text not null default '',
  created_at timestamptz not null default now(),
  primary key (org_id, id)
);

create table objectives (
  org_id uuid not null,
  id uuid not null,
  unit_id uuid not null,
  period_id uuid not null,
  title text not null,
  description text not null default '',
  status text not null check (status in ('draft', 'active', 'closed', 'cancelled')),
  parent_key_result_id uuid,
  strategy_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, unit_id) references units (org_id, id),
  foreign key (org_id, period_id) references periods (org_id, id),
  foreign key (org_id, strategy_id) references strategies (org_id, id)
);
-- M1 as the database's floor: one active objective per unit and period.
create unique index objectives_one_active_idx on objectives (org_id, unit_id, period_id)
  where status = 'active';
create index objectives_period_idx on objectives (org_id, period_id);

create table key_results (
  org_id uuid not null,
  id uuid not null,
  objective_id uuid not null,
  position integer not null default 0,
  title text not null,
  kind text not null check (kind in ('metric', 'range')),
  metric text not null default '',
  unit text not null default '',
  baseline double precision,
  baseline_on date,
  target double precision,
  range_low double precision,
  range_high double precision,
  deadline date,
  weight double precision not null default 1 check (weight > 0),
  owner_id uuid,
  -- The latest check-in, kept with the KR so trees and dashboards never scan check-ins.
  current_value double precision,
  current_confidence double precision,
  last_check_in_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, objective_id) references objectives (org_id, id) on delete cascade,
  foreign key (org_id, owner_id) references people (org_id, id) on delete set null (owner_id)
);
create index key_results_objective_idx on key_results (org_id, objective_id, position);

alter table objectives
  add foreign key (org_id, parent_key_result_id) references key_results (org_id, id)
  on delete set null (parent_key_result_id);
create index objectives_parent_kr_idx on objectives (org_id, parent_key_result_id);

create table check_ins (
  org_id uuid not null,
  id uuid not null,
  key_result_id uuid not null,
  value double precision not null,
  confidence double precision check (confidence between 0 and 1),
  comment text not null default '',
  author_id uuid,
  checked_in_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade,
  foreign key (org_id, author_id) references people (org_id, id) on delete set null (author_id)
);
create index check_ins_key_result_idx on check_ins (org_id, key_result_id, checked_in_at);

-- S7: every change to an objective or key result, written in the same transaction as the change.
create table history (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  entity text not null check (entity in ('objective', 'key_result')),
  entity_id uuid not null,
  action text not null check (action in ('create', 'update', 'delete')),
  actor_id uuid,
  reason text not null default '',
  before jsonb,
  after jsonb,
  changed_at timestamptz not null default now(),
  primary key (org_id, id)
);
create index history_entity_idx on history (org_id, entity_id, changed_at);
-- An objective's history also lists its key results' changes.
create index history_objective_idx on history (org_id, (coalesce(after, before) ->> 'objectiveId'));
