-- The coach's rule settings per organisation (issue 4: defaults, not dogma). A row exists only
-- for a rule an admin set; a rule without a row uses its card's default. M1 and K1 are also
-- enforced by the services, so turning them off needs a recorded reason.

create table coach_settings (
  org_id uuid not null references organisations (id) on delete cascade,
  rule text not null check (rule in ('M1', 'M2', 'M4', 'Q1', 'Q2', 'Q3', 'Q4', 'K1', 'K2', 'K5', 'K6', 'K7')),
  setting text not null check (setting in ('error', 'warning', 'info', 'off')),
  reason text not null default '',
  changed_by uuid,
  changed_at timestamptz not null default now(),
  primary key (org_id, rule),
  check (setting <> 'off' or rule not in ('M1', 'K1') or btrim(reason) <> '')
);

grant select, insert, update, delete on coach_settings to grove_app;
select grove_protect_tenant_table('coach_settings');

-- M1's floor in the database, now honouring an organisation that turned M1 off. A partial unique
-- index cannot read a setting, so a trigger takes its place: it serialises activations of one
-- unit and period with a transaction lock, then looks for another active objective (each
-- statement of a plpgsql function sees rows committed before it ran, so the loser of a race sees
-- the winner). It raises the same error the index raised, which the API maps to M1.
drop index objectives_one_active_idx;

create function grove_one_active_objective() returns trigger
  language plpgsql
  as $$
declare
  other text;
begin
  if new.status <> 'active' then
    return new;
  end if;
  if exists (select 1 from coach_settings s where s.org_id = new.org_id and s.rule = 'M1' and s.setting = 'off') then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended(new.org_id::text || '/' || new.unit_id::text || '/' || new.period_id::text, 1));
  select o.title into other from objectives o
    where o.org_id = new.org_id and o.unit_id = new.unit_id and o.period_id = new.period_id
      and o.status = 'active' and o.id <> new.id
    limit 1;
  if found then
    raise exception 'M1: this unit already has an active objective in this period ("%")', other
      using errcode = 'unique_violation', constraint = 'objectives_one_active_idx';
  end if;
  return new;
end
$$;

create trigger objectives_one_active
  before insert or update of status, unit_id, period_id on objectives
  for each row execute function grove_one_active_objective();
create index objectives_unit_period_idx on objectives (org_id, unit_id, period_id);
