-- Issue 13 point 2: safe retries. A POST under an organisation may carry an Idempotency-Key; the
-- first answer to it is kept here for 24 hours, per organisation and caller (a signed-in user or
-- one API token), so a retry gets the same answer and writes nothing (src/api/shared/idempotency.ts,
-- docs/api-retries.md). `fingerprint` is a SHA-256 of the method, path and canonical body: the
-- same key with another request is refused. `status` is null while the first request is in
-- flight. Only answers that wrote something (2xx) are kept; a refused request releases its key.
-- Expired rows are deleted by the daily job `idempotency-purge` and taken over when reused.
create table idempotency_keys (
  org_id uuid not null references organisations (id) on delete cascade,
  caller text not null,
  idempotency_key text not null,
  fingerprint text not null,
  status integer,
  response_headers jsonb,
  response_body text,
  created_at timestamptz not null,
  primary key (org_id, caller, idempotency_key)
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);

grant select, insert, update, delete on idempotency_keys to grove_app;
select grove_protect_tenant_table('idempotency_keys');
