-- Tenant isolation, second line: PostgreSQL row-level security beneath the code's own org_id
-- filters. The app runs every tenant query as grove_app (SET LOCAL ROLE in each transaction),
-- which owns nothing and cannot bypass the policies; the organisation of the request is set per
-- transaction in grove.org_id. A query that forgets its org_id filter still sees only its tenant.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'grove_app') then
    create role grove_app nologin;
  end if;
end
$$;
grant grove_app to current_user;
grant usage on schema public to grove_app;
grant select on organisations, schema_migrations to grove_app;
grant select, insert, update, delete on units, people, memberships, periods, strategies, objectives, key_results, check_ins to grove_app;
-- S7: the history is append-only for the app.
grant select, insert on history to grove_app;

create function grove_current_org() returns uuid
  language sql stable
  as $$ select nullif(current_setting('grove.org_id', true), '')::uuid $$;

-- Every tenant table gets the same policy. Later migrations call this for their new tables;
-- tests/api/tenant-isolation.test.ts fails for an org_id table without a policy.
create function grove_protect_tenant_table(t text) returns void
  language plpgsql
  as $$
  begin
    execute format('alter table %I enable row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (org_id = grove_current_org()) with check (org_id = grove_current_org())',
      t);
  end
  $$;

select grove_protect_tenant_table(t)
from unnest(array['units', 'people', 'memberships', 'periods', 'strategies', 'objectives', 'key_results', 'check_ins', 'history']) as t;

-- S7: nobody rewrites history, not even the owner role: updates and deletes are refused.
create function grove_refuse_history_change() returns trigger
  language plpgsql
  as $$ begin raise exception 'history is append-only (S7)' using errcode = 'insufficient_privilege'; end $$;
create trigger history_append_only before update or delete on history
  for each row execute function grove_refuse_history_change();
