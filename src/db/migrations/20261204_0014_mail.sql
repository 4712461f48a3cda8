-- Password reset by mail (issue 11, docs/accounts-and-access.md): a single-use link that
-- expires. Like sessions, a reset belongs to a user, not to an organisation, and only its
-- SHA-256 is kept: a leaked table gives no usable link. Only the database owner reads it (the
-- accounts code runs on the owner connection), so grove_app gets no grant and no policy.
create table password_resets (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- set when the link sets a password, or when another reset of the same user does
  used_at timestamptz
);
create index password_resets_user_idx on password_resets (user_id, created_at desc);
