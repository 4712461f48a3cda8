-- Column mappings for the spreadsheet importer (issue 14 point 4, docs/import-export.md): how one
-- tool's export names Grove's columns, saved per organisation so the next quarter's file from the
-- same tool imports with one choice. `columns` maps a Grove column (period, unit, objective, ...)
-- to the header of the file's column that holds it.
create table import_mappings (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  columns jsonb not null check (jsonb_typeof(columns) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, name)
);

grant select, insert, update, delete on import_mappings to grove_app;
select grove_protect_tenant_table('import_mappings');

insert into history_entities (entity) values ('import_mapping');
