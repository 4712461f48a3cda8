-- M7: a unit declares that one of its key results depends on another unit's key result, with a
-- note of what it needs. Both units see it; a dependency whose other side is behind shows as a
-- risk on the dashboard. Deleting either key result deletes the dependency (it no longer exists).
create table key_result_dependencies (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  key_result_id uuid not null,
  depends_on_key_result_id uuid not null,
  note text not null default '',
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  constraint key_result_dependencies_key_result_fkey
    foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade,
  constraint key_result_dependencies_depends_on_fkey
    foreign key (org_id, depends_on_key_result_id) references key_results (org_id, id) on delete cascade,
  constraint key_result_dependencies_pair_key unique (org_id, key_result_id, depends_on_key_result_id),
  -- The service refuses it first with M7's words; the floor under it for a path that forgets.
  constraint key_result_dependencies_not_self_check check (key_result_id <> depends_on_key_result_id)
);

create index key_result_dependencies_depends_on_idx on key_result_dependencies (org_id, depends_on_key_result_id);

grant select, insert, update, delete on key_result_dependencies to grove_app;
select grove_protect_tenant_table('key_result_dependencies');

insert into history_entities (entity) values ('key_result_dependency');
