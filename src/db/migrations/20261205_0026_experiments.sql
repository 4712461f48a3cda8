-- Discovery experiments (P2, S6; issue 16 point 3). An experiment or a customer interview round
-- (K6: interviews find unmet pain) of a unit, aimed at one key result, with success metrics that
-- are fixed when it starts: after the start a metric changes only with a recorded reason (a row
-- of experiment_metric_changes) and is never deleted, only dropped with a reason. It ends
-- supported, refuted or inconclusive with every metric's observed value and a learning, which
-- lands in the learnings library (source 'experiment').

create table experiments (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  unit_id uuid not null,
  -- The period of its key result's objective, copied so the learning it ends with has one.
  period_id uuid not null,
  -- The key result it should move. Required when it is written; a KR a review drops is deleted,
  -- and the experiment keeps its title (key_result_title) like a review decision does.
  key_result_id uuid,
  key_result_title text not null,
  kind text not null check (kind in ('experiment', 'interview')),
  title text not null check (btrim(title) <> '' and char_length(title) <= 300),
  -- "We believe ... will ... measured by ..."
  hypothesis text not null check (btrim(hypothesis) <> '' and char_length(hypothesis) <= 4000),
  owner_id uuid,
  status text not null default 'draft' check (status in ('draft', 'running', 'ended')),
  started_at timestamptz,
  ended_at timestamptz,
  outcome text check (outcome in ('supported', 'refuted', 'inconclusive')),
  -- K6: an interview round's "who we talked to" and "what pain we heard", written at its end.
  participants text not null default '' check (char_length(participants) <= 4000),
  pain_heard text not null default '' check (char_length(pain_heard) <= 4000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  constraint experiments_started_check check ((status = 'draft') = (started_at is null)),
  constraint experiments_ended_check check ((status = 'ended') = (ended_at is not null and outcome is not null)),
  foreign key (org_id, unit_id) references units (org_id, id) on delete cascade,
  foreign key (org_id, period_id) references periods (org_id, id) on delete cascade,
  foreign key (org_id, key_result_id) references key_results (org_id, id) on delete set null (key_result_id),
  foreign key (org_id, owner_id) references people (org_id, id) on delete set null (owner_id)
);
create index experiments_unit_idx on experiments (org_id, unit_id, created_at);
create index experiments_key_result_idx on experiments (org_id, key_result_id);

-- S6: a success metric. original_* is its definition when the experiment started (null until
-- then, and for a metric added after the start); the current columns may move only with a
-- recorded reason once the experiment runs.
create table experiment_metrics (
  org_id uuid not null,
  id uuid not null,
  experiment_id uuid not null,
  position integer not null,
  name text not null check (btrim(name) <> '' and char_length(name) <= 200),
  direction text not null check (direction in ('at_least', 'at_most')),
  threshold double precision not null,
  unit text not null default '' check (char_length(unit) <= 40),
  original_name text,
  original_direction text check (original_direction in ('at_least', 'at_most')),
  original_threshold double precision,
  original_unit text,
  dropped_reason text,
  observed double precision,
  primary key (org_id, id),
  unique (org_id, experiment_id, position),
  foreign key (org_id, experiment_id) references experiments (org_id, id) on delete cascade
);

-- S6: each change of a metric after the start: before, after, reason, who, when. Append-only.
create table experiment_metric_changes (
  org_id uuid not null,
  id uuid not null,
  experiment_id uuid not null,
  metric_id uuid not null,
  action text not null check (action in ('change', 'drop', 'add')),
  before jsonb,
  after jsonb,
  reason text not null check (btrim(reason) <> '' and char_length(reason) <= 2000),
  changed_by uuid,
  changed_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, experiment_id) references experiments (org_id, id) on delete cascade,
  foreign key (org_id, metric_id) references experiment_metrics (org_id, id) on delete cascade
);
create index experiment_metric_changes_experiment_idx on experiment_metric_changes (org_id, experiment_id, changed_at);

grant select, insert, update, delete on experiments, experiment_metrics to grove_app;
grant select, insert, delete on experiment_metric_changes to grove_app;
select grove_protect_tenant_table(t)
from unnest(array['experiments', 'experiment_metrics', 'experiment_metric_changes']) as t;

insert into history_entities (entity) values ('experiment'), ('experiment_metric');

-- The learnings library gains a source: a review (as before) or an ended experiment. The sources
-- are rows of a small table, like history_entities, so another migration adds one without
-- rewriting a constraint.
create table learning_sources (
  source text primary key
);
insert into learning_sources (source) values ('review'), ('experiment');
grant select on learning_sources to grove_app;

alter table learnings
  add column source text not null default 'review',
  add column experiment_id uuid,
  alter column review_id drop not null,
  add constraint learnings_source_fkey foreign key (source) references learning_sources (source),
  add constraint learnings_experiment_fkey foreign key (org_id, experiment_id)
    references experiments (org_id, id) on delete cascade,
  add constraint learnings_source_check check (
    (source = 'review' and review_id is not null and experiment_id is null)
    or (source = 'experiment' and experiment_id is not null and review_id is null)
    or source not in ('review', 'experiment')
  );
create index learnings_experiment_idx on learnings (org_id, experiment_id);
