-- Stored scores (issue 6): every objective and KR keeps its progress (S1) with the roll-up of the
-- objectives cascaded from it (M5), updated up the cascade in the same transaction as each write
-- (src/services/scores/rescore.ts). Views read these columns instead of scoring the whole period,
-- so a tree or a team page costs what it shows, and a check-in costs the depth of the cascade.

alter table key_results
  add column progress double precision,
  -- True when the progress is the mean of the objectives cascaded from this KR (M5).
  add column rolled_up boolean not null default false;

alter table objectives
  add column progress double precision;

-- Periods whose stored scores must be rebuilt from scratch with the domain's scorePeriod: filled
-- here for every existing period, drained after migrations (src/services/scores/rebuild.ts) and
-- by `grove rescore`. A later migration that changes how scores are computed enqueues again.
create table score_rebuilds (
  org_id uuid not null,
  period_id uuid not null,
  queued_at timestamptz not null default now(),
  primary key (org_id, period_id),
  foreign key (org_id, period_id) references periods (org_id, id) on delete cascade
);
select grove_protect_tenant_table('score_rebuilds');
grant select, insert, delete on score_rebuilds to grove_app;

insert into score_rebuilds (org_id, period_id) select org_id, id from periods;
