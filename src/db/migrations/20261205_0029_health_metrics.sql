-- Health metrics (issue 16 point 8, docs/health-metrics.md): the numbers a unit watches outside
-- its OKRs (uptime, churn, cost, support backlog), each with a healthy range, and their readings.
-- A metric keeps its latest reading that counts (like a KR's current_value), so the team page
-- and the dashboard read one row per metric and never scan readings.
create table health_metrics (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  unit_id uuid not null,
  name text not null check (btrim(name) <> '' and length(name) <= 200),
  -- The unit of measure ("%", "ms", "tickets"), as on a KR.
  unit text not null default '' check (length(unit) <= 40),
  range_low double precision,
  range_high double precision,
  owner_id uuid,
  description text not null default '' check (length(description) <= 5000),
  current_value double precision,
  last_reading_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  -- No cascade: a unit that still watches health metrics is not deleted under them.
  foreign key (org_id, unit_id) references units (org_id, id),
  foreign key (org_id, owner_id) references people (org_id, id) on delete set null (owner_id),
  unique (org_id, unit_id, name),
  constraint health_metrics_range_check check (range_low is not null or range_high is not null),
  constraint health_metrics_range_order_check check (range_low is null or range_high is null or range_low <= range_high)
);
create index health_metrics_unit_idx on health_metrics (org_id, unit_id);

-- A reading is changed only by a correction or withdrawal with a reason (S7), as a check-in is.
create table health_readings (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  health_metric_id uuid not null,
  value double precision not null,
  note text not null default '' check (length(note) <= 5000),
  read_at timestamptz not null,
  recorded_by uuid,
  created_at timestamptz not null default now(),
  corrected_at timestamptz,
  corrected_by uuid,
  correction_reason text not null default '',
  withdrawn_at timestamptz,
  withdrawn_by uuid,
  withdrawal_reason text not null default '',
  primary key (org_id, id),
  foreign key (org_id, health_metric_id) references health_metrics (org_id, id) on delete cascade,
  foreign key (org_id, recorded_by) references people (org_id, id) on delete set null (recorded_by),
  foreign key (org_id, corrected_by) references people (org_id, id) on delete set null (corrected_by),
  foreign key (org_id, withdrawn_by) references people (org_id, id) on delete set null (withdrawn_by),
  constraint health_readings_correction_reason_check check (corrected_at is null or btrim(correction_reason) <> ''),
  constraint health_readings_withdrawal_reason_check check (withdrawn_at is null or btrim(withdrawal_reason) <> '')
);
create index health_readings_metric_idx on health_readings (org_id, health_metric_id, read_at);

-- A KR's guardrails: the health metrics it must not push out of range (a stretch KR that
-- cuts refunds must not cut the margin). Any unit's metric may guard any KR.
create table key_result_guardrails (
  org_id uuid not null references organisations (id) on delete cascade,
  key_result_id uuid not null,
  health_metric_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (org_id, key_result_id, health_metric_id),
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete cascade,
  foreign key (org_id, health_metric_id) references health_metrics (org_id, id) on delete cascade
);
create index key_result_guardrails_metric_idx on key_result_guardrails (org_id, health_metric_id);

grant select, insert, update, delete on health_metrics, health_readings, key_result_guardrails to grove_app;
select grove_protect_tenant_table(t)
from unnest(array['health_metrics', 'health_readings', 'key_result_guardrails']) as t;

insert into history_entities (entity) values ('health_metric'), ('health_reading'), ('key_result_guardrails');
