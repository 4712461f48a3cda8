-- Sprints (P3, issue 16 point 4): a unit's sprints with their dates, a sprint goal, the key
-- results the goal serves and, after the sprint, a short review of what moved on the KR. A
-- unit's sprints never overlap: an exclusion constraint is the floor under the service's check
-- (two racing creates cannot both win). It needs btree_gist for the uuid equality; PostgreSQL
-- ships it as a trusted extension, PGlite loads it (src/db/create-db.ts).
create extension if not exists btree_gist;

create table sprints (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  unit_id uuid not null,
  name text not null check (btrim(name) <> '' and char_length(name) <= 100),
  starts_on date not null,
  ends_on date not null,
  goal text not null default '' check (char_length(goal) <= 2000),
  review text not null default '' check (char_length(review) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  constraint sprints_dates_check check (ends_on > starts_on),
  constraint sprints_no_overlap exclude using gist (
    org_id with =, unit_id with =, daterange(starts_on, ends_on, '[]') with &&
  ),
  foreign key (org_id, unit_id) references units (org_id, id) on delete cascade
);
create index sprints_unit_idx on sprints (org_id, unit_id, starts_on);

-- The key results a sprint goal serves (P3). Deleting a KR unlinks it; the sprint stays.
create table sprint_key_results (
  org_id uuid not null,
  sprint_id uuid not null,
  key_result_id uuid not null,
  primary key (org_id, sprint_id, key_result_id),
  foreign key (org_id, sprint_id) references sprints (org_id, id) on delete cascade,
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade
);
create index sprint_key_results_kr_idx on sprint_key_results (org_id, key_result_id);

grant select, insert, update, delete on sprints, sprint_key_results to grove_app;
select grove_protect_tenant_table(t) from unnest(array['sprints', 'sprint_key_results']) as t;

insert into history_entities (entity) values ('sprint');
