-- Email verification at sign-up (issue 12, point 6; docs/accounts-and-access.md "Email
-- verification"). An account's address counts as verified once its owner has shown they read
-- its mail: a verification link, an invitation link or a password reset link. Accounts that exist
-- now count as verified (they were made before Grove asked, and the demo's and operators'
-- accounts are trusted); only a self sign-up leaves the column empty until its link is followed.
alter table users add column email_verified_at timestamptz;
update users set email_verified_at = created_at;

-- The links: single use, expiring, only their SHA-256 kept (as password_resets, migration 0014).
-- A link verifies the address it was mailed to (`email`), so a link made for an address the
-- account no longer has verifies nothing. Like sessions they belong to a user, not to an
-- organisation: only the owner connection reads them, so grove_app gets no grant and no policy.
create table email_verifications (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  email text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- set when this link, or another of the same account, verifies the address
  used_at timestamptz
);
-- The resend throttle counts an account's links of the last hour.
create index email_verifications_user_idx on email_verifications (user_id, created_at desc);
