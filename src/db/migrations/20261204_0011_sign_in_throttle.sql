-- The sign-in throttle (issue 12, defects 1 and 3), shared by every app instance on one database.
-- One row per counter: an account from one client address ('pair'), or a client address across
-- accounts ('address'). Keys are SHA-256 of the email and address, so the table holds neither.
-- Each attempt is counted by one INSERT ... ON CONFLICT DO UPDATE before the password is checked
-- (src/db/repositories/sign-in-throttle.ts); rows past expires_at are deleted on write.
create table sign_in_throttle (
  key_hash text primary key,
  kind text not null check (kind in ('pair', 'address')),
  failures integer not null check (failures >= 0),
  window_started_at timestamptz not null,
  blocked_until timestamptz,
  expires_at timestamptz not null
);
create index sign_in_throttle_expires_idx on sign_in_throttle (expires_at);

-- Not a tenant table (sign-in happens before any organisation is known): no org policy.
grant select, insert, update, delete on sign_in_throttle to grove_app;

-- The per-email failure log it replaces: a count per email let anyone lock anyone out.
drop table sign_in_failures;
