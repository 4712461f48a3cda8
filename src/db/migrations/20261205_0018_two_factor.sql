-- Two-factor sign-in with TOTP and recovery codes (issue 12 point 8; docs/accounts-and-access.md,
-- "Two-factor sign-in"). Like users, sessions and password resets these belong to an account,
-- not to an organisation: only the database owner reads them (the accounts code runs on the owner
-- connection), so grove_app gets no grant and no policy.

-- One row per account that has set it up. The TOTP secret is kept as the authenticator app has
-- it (base32): checking a code needs the secret itself, not a hash of it. enabled_at stays null
-- until the person has confirmed a code, and only then does sign-in ask for one.
create table two_factor (
  user_id uuid primary key references users (id) on delete cascade,
  secret text not null,
  created_at timestamptz not null default now(),
  enabled_at timestamptz,
  -- The TOTP time step of the last code taken: a code of that step or an earlier one is a replay.
  last_used_step integer
);

-- Recovery codes, only as their SHA-256 (they are random, like tokens). A used code is kept,
-- marked, so the count of codes left is honest; regenerating replaces them all.
create table two_factor_recovery_codes (
  user_id uuid not null references users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);

-- The second step of one sign-in: after the right password, before any session. Short-lived,
-- single use, bound to the account; only the SHA-256 of the challenge handed to the client.
create table sign_in_challenges (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  failures integer not null default 0 check (failures >= 0),
  used_at timestamptz
);
create index sign_in_challenges_user_idx on sign_in_challenges (user_id);
create index sign_in_challenges_expires_idx on sign_in_challenges (expires_at);
