-- The outbox (issue 11, docs/notifications.md): every message Grove sends (mail, chat and
-- webhook deliveries) is first a row here, written in the same transaction as the change that
-- causes it, so a check-in and its webhook event commit together or not at all. A delivery worker
-- in each server claims due rows, delivers them and records the outcome.
--
-- Claiming is a lease, not a held lock: the worker marks a row `locked_until` in a short
-- transaction (FOR UPDATE SKIP LOCKED, so several instances never take the same row) and
-- delivers outside it, because the embedded database has one connection that a transaction
-- held across a network call would block. A worker killed mid-delivery leaves a lease that runs
-- out, and the row is delivered again: delivery is at least once, and each message carries its
-- id so a receiver can drop a repeat.
create table outbox (
  id uuid primary key,
  -- null for messages that belong to no organisation (a password reset goes to a user)
  org_id uuid references organisations (id) on delete cascade,
  channel text not null check (channel in ('mail', 'chat', 'webhook')),
  kind text not null check (btrim(kind) <> ''),
  -- what the channel's deliverer reads: the recipient, the rendered message or the event
  payload jsonb not null,
  -- a message that must exist once (a weekly reminder for one person and one week): a second
  -- insert with the same key, from another instance or a retried job, is dropped
  dedupe_key text unique,
  status text not null default 'pending' check (status in ('pending', 'sent', 'dead')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  last_error text not null default '',
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending';
create index outbox_org_idx on outbox (org_id, created_at desc);

grant select, insert, update on outbox to grove_app;
select grove_protect_tenant_table('outbox');

-- A scheduled job (the weekly reminders, the digest) runs once per slot of time across every
-- instance on one database: the instance whose insert wins runs it, the others skip.
create table scheduled_runs (
  job text not null check (btrim(job) <> ''),
  slot text not null check (btrim(slot) <> ''),
  started_at timestamptz not null default now(),
  primary key (job, slot)
);

-- Messages go out in the recipient's language: a person's choice (set from the web app's language
-- switch), and the organisation's for people who have no account yet (an invitation).
alter table users add column locale text not null default 'en' check (locale in ('en', 'zh'));
alter table organisations add column locale text not null default 'en' check (locale in ('en', 'zh'));
