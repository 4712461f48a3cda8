-- Accounts and access (issue 5). Users and sessions are global (one person can belong to
-- several organisations); people are a user's membership of one organisation, with the
-- organisation-wide role. Unit roles (lead, member) stay in memberships (M3).

create table users (
  id uuid primary key,
  email text not null unique,
  name text not null,
  password_hash text not null,
  created_at timestamptz not null default now()
);

-- Server-side sessions, so several app instances share them. Only hashes of the secrets are kept.
create table sessions (
  id_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_hash text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index sessions_user_idx on sessions (user_id);

-- Failed sign-ins, for rate limiting that holds across instances.
create table sign_in_failures (
  email text not null,
  failed_at timestamptz not null default now()
);
create index sign_in_failures_idx on sign_in_failures (email, failed_at);

alter table people add column user_id uuid references users (id) on delete set null;
alter table people add column role text not null default 'member' check (role in ('admin', 'member', 'viewer'));
create unique index people_user_idx on people (org_id, user_id);

-- S5 transparency is the default; a private unit's OKRs are read only by its members and admins.
alter table units add column private boolean not null default false;

create table invitations (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  email text not null,
  name text not null default '',
  role text not null check (role in ('admin', 'member', 'viewer')),
  token_hash text not null unique,
  invited_by uuid,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  primary key (org_id, id)
);

create table api_tokens (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  person_id uuid not null,
  name text not null,
  scope text not null check (scope in ('read', 'check_ins')),
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  primary key (org_id, id),
  foreign key (org_id, person_id) references people (org_id, id) on delete cascade
);

grant select, insert, update, delete on invitations, api_tokens to grove_app;
select grove_protect_tenant_table(t) from unnest(array['invitations', 'api_tokens']) as t;
