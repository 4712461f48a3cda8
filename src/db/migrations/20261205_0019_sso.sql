-- Single sign-on with OpenID Connect per organisation (issue 12, point 9; docs/accounts-and-access.md,
-- "Single sign-on (OIDC)"). One row per organisation that set it up. The client secret is kept
-- because Grove must send it to the provider's token endpoint; the API never returns it and the
-- history never records it.
create table sso_settings (
  org_id uuid not null references organisations (id) on delete cascade,
  enabled boolean not null default true,
  issuer text not null check (issuer ~ '^https?://'),
  client_id text not null check (btrim(client_id) <> ''),
  client_secret text not null,
  -- Just-in-time accounts never become admins by signing in: an admin promotes them.
  default_role text not null default 'member' check (default_role in ('member', 'viewer')),
  allowed_domains text[] not null default '{}',
  require_sso boolean not null default false,
  changed_by uuid,
  changed_at timestamptz not null default now(),
  primary key (org_id)
);
grant select, insert, update, delete on sso_settings to grove_app;
select grove_protect_tenant_table('sso_settings');

-- A sign-in under way: made by /auth/sso/{org}/start, used up (deleted) by the callback. Only the
-- SHA-256 of the state and of the browser's binding cookie are kept. Like password_resets it is
-- read on the owner connection only (the callback does not know the organisation before it finds
-- the row), so grove_app gets no grant; the policy is there because every table with an org_id has one.
create table sso_states (
  state_hash text primary key,
  org_id uuid not null references organisations (id) on delete cascade,
  browser_hash text not null,
  code_verifier text not null,
  nonce text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sso_states_expires_idx on sso_states (expires_at);
select grove_protect_tenant_table('sso_states');

-- A session made by an organisation's identity provider reaches only that organisation: one
-- organisation's provider must not open the account's other organisations.
alter table sessions add column sso_org_id uuid references organisations (id) on delete cascade;

alter table history drop constraint history_entity_check;
alter table history add constraint history_entity_check
  check (entity in (
    'objective', 'key_result', 'check_in', 'comment',
    'organisation', 'unit', 'person', 'membership', 'period', 'strategy', 'coach_setting',
    'invitation', 'api_token', 'sso_settings'
  ));
