-- The period of each KR, kept with it, so a period's KRs are reached by an index instead of a
-- scan of every period's (issue 15, docs/performance.md "The whole-organisation dashboard at
-- large"): the whole-organisation dashboard assesses the period's 40,000 KRs of 160,000 at the
-- large size. It is the objective's period, copied by triggers so that no write path (the API,
-- imports, the benchmark's bulk loader, copying a database) can set it otherwise: on a KR's
-- insert or move to another objective from that objective, and on an objective's move to another
-- period to its KRs.
alter table key_results add column period_id uuid;

update key_results kr set period_id = o.period_id
  from objectives o
  where o.org_id = kr.org_id and o.id = kr.objective_id;

alter table key_results alter column period_id set not null;

create index key_results_period_idx on key_results (org_id, period_id);

create function grove_key_result_period() returns trigger
  language plpgsql
  as $$
begin
  select o.period_id into new.period_id from objectives o
    where o.org_id = new.org_id and o.id = new.objective_id;
  return new;
end
$$;

create trigger key_results_period
  before insert or update of objective_id, period_id on key_results
  for each row execute function grove_key_result_period();

create function grove_objective_period_to_key_results() returns trigger
  language plpgsql
  as $$
begin
  update key_results set period_id = new.period_id
    where org_id = new.org_id and objective_id = new.id;
  return null;
end
$$;

create trigger objectives_period_to_key_results
  after update of period_id on objectives
  for each row when (old.period_id is distinct from new.period_id)
  execute function grove_objective_period_to_key_results();
