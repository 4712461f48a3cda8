-- Metric sources (issue 14 points 1 and 2, docs/metric-sources.md): a key result takes its
-- readings from an HTTP JSON answer or a CSV file on a schedule, instead of from people (K1, K2:
-- a KR that is measured, not remembered). One source per KR. Syncs run through the outbox
-- (channel metric_sync): a scheduled job enqueues one message per source and due time, and one
-- instance's worker claims it, fetches and records the reading as a check-in.
create table metric_sources (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  key_result_id uuid not null,
  kind text not null check (kind in ('http_json', 'csv')),
  url text not null check (url ~ '^https?://' and length(url) <= 2000),
  -- http_json: where the number is in the answer (a dot and bracket path: data.items[0].value)
  json_path text not null default '' check (length(json_path) <= 500),
  -- csv: the column holding the number, and the row: the last one, or the one whose date column
  -- holds the reading's date (UTC)
  csv_column text not null default '' check (length(csv_column) <= 200),
  csv_row text not null default 'last' check (csv_row in ('last', 'date')),
  csv_date_column text not null default '' check (length(csv_date_column) <= 200),
  -- [{"name": ..., "value": ...}] for plain headers, [{"name": ..., "sealed": ...}] for secret
  -- ones: AES-256-GCM under the server key (server_secrets 'metric-source-headers'), bound to
  -- this source and header name. The API never returns a sealed value.
  headers jsonb not null default '[]',
  schedule text not null check (schedule in ('hourly', 'daily', 'weekly')),
  -- UTC: the minute past each hour (hourly), the time of day (daily, weekly), the ISO weekday
  -- (weekly, 1 = Monday)
  at_hour integer not null default 0 check (at_hour between 0 and 23),
  at_minute integer not null default 0 check (at_minute between 0 and 59),
  weekday integer not null default 1 check (weekday between 1 and 7),
  last_synced_at timestamptz,
  last_value double precision,
  last_error text not null default '',
  last_error_at timestamptz,
  failures integer not null default 0 check (failures >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade,
  unique (org_id, key_result_id)
);

-- The hosts an admin allows sources to fetch from, per organisation. Nothing is fetched from a
-- host that is not listed; link-local and cloud metadata addresses are refused even when listed.
create table metric_source_hosts (
  org_id uuid not null references organisations (id) on delete cascade,
  host text not null check (host ~ '^[a-z0-9.:\-]+$' and length(host) <= 253),
  created_at timestamptz not null default now(),
  primary key (org_id, host)
);

-- A reading recorded by a source: once per source and time, so a retried or repeated sync of one
-- tick writes one check-in.
alter table check_ins add column source_id uuid;
alter table check_ins add constraint check_ins_org_id_source_id_fkey
  foreign key (org_id, source_id) references metric_sources (org_id, id) on delete set null (source_id);
create unique index check_ins_source_reading_key on check_ins (org_id, source_id, checked_in_at)
  where source_id is not null;

alter table outbox drop constraint outbox_channel_check;
alter table outbox add constraint outbox_channel_check check (channel in ('mail', 'chat', 'webhook', 'metric_sync'));

insert into server_secrets (name, secret)
  values ('metric-source-headers', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

grant select, insert, update, delete on metric_sources, metric_source_hosts to grove_app;
select grove_protect_tenant_table(t) from unnest(array['metric_sources', 'metric_source_hosts']) as t;

insert into history_entities (entity) values ('metric_source'), ('metric_source_hosts');
