-- A KR's period comes from its objective (migration 0048), but a copy of a whole database
-- (`grove move`, `grove restore`: src/db/copy-database.ts) inserts the tables in any order with
-- every reference checked at the end, so a KR can arrive before its objective. Then the KR keeps
-- the period it was copied with, which its source kept equal to its objective's; whenever the
-- objective is there, as on every other write, the period is still read from it.
create or replace function grove_key_result_period() returns trigger
  language plpgsql
  as $$
declare
  objective_period uuid;
begin
  select o.period_id into objective_period from objectives o
    where o.org_id = new.org_id and o.id = new.objective_id;
  if found then
    new.period_id := objective_period;
  end if;
  return new;
end
$$;
