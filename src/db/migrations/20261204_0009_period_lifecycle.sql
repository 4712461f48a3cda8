-- The period lifecycle (issue 10, docs/period-lifecycle.md): planning -> active -> in_review ->
-- closed, each step taken by an admin, and closed -> in_review or active only as a reopen with a
-- reason (S7). Every step is kept here: who, when, from, to and why. A closed period is frozen
-- by the services (assertPeriodOpen), not by a trigger, so the refusal can say why in words.

create table period_transitions (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  period_id uuid not null,
  from_status text not null check (from_status in ('planning', 'active', 'in_review', 'closed')),
  to_status text not null check (to_status in ('planning', 'active', 'in_review', 'closed')),
  reason text not null default '',
  actor_id uuid,
  at timestamptz not null default now(),
  -- The order the steps were taken in, even when two share a timestamp.
  seq bigint generated always as identity,
  primary key (org_id, id),
  foreign key (org_id, period_id) references periods (org_id, id) on delete cascade,
  -- A reopen is never silent (S7).
  check (from_status <> 'closed' or btrim(reason) <> '')
);
create index period_transitions_period_idx on period_transitions (org_id, period_id, seq);

-- Append-only, like the history (S7); deleting a period takes its record with it (the cascade).
grant select, insert on period_transitions to grove_app;
select grove_protect_tenant_table('period_transitions');

-- Periods closed before the lifecycle existed were closed without their final scores (S2):
-- record them now from the stored progress, as closing does from here on.
update objectives o set final_progress = o.progress
  from periods p
  where p.org_id = o.org_id and p.id = o.period_id and p.status = 'closed'
    and o.final_progress is null and o.progress is not null;
update key_results kr set final_progress = kr.progress
  from objectives o, periods p
  where o.org_id = kr.org_id and o.id = kr.objective_id and p.org_id = o.org_id and p.id = o.period_id
    and p.status = 'closed' and kr.final_progress is null and kr.progress is not null;
