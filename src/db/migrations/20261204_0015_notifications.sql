-- Reminders, digest and the bell (issue 11, docs/notifications.md "Reminders, digest and the
-- bell"): what each person wants to hear about and how, their in-app notifications, and the
-- secret that signs one-click unsubscribe links.

-- A person's choice per kind of message. No row: the default (mail; the digest goes to unit
-- leads only). "off" stops the mail or chat message; the bell still lists it in the app.
create table notification_preferences (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null,
  kind text not null check (kind in ('checkin_reminder', 'review_due', 'mention', 'digest')),
  channel text not null check (channel in ('mail', 'chat', 'off')),
  changed_at timestamptz not null default now(),
  primary key (org_id, person_id, kind),
  foreign key (org_id, person_id) references people (org_id, id) on delete cascade
);

-- The bell: written in the transaction of what causes it (a mention, a review that became due,
-- the weekly reminder). `data` holds the words to show (names, titles, counts), not sentences,
-- so the app says them in the reader's language. A dedupe key keeps one notification per cause
-- (a review due is noticed once, however many days the job sees it due).
create table notifications (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  person_id uuid not null,
  kind text not null check (kind in ('checkin_reminder', 'review_due', 'mention', 'digest')),
  data jsonb not null default '{}',
  link text not null default '',
  dedupe_key text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  primary key (org_id, id),
  unique (org_id, dedupe_key),
  foreign key (org_id, person_id) references people (org_id, id) on delete cascade
);
create index notifications_person_idx on notifications (org_id, person_id, created_at desc);

grant select, insert, update, delete on notification_preferences to grove_app;
grant select, insert, update on notifications to grove_app;
select grove_protect_tenant_table(t) from unnest(array['notification_preferences', 'notifications']) as t;

-- Mail for a mention is written in the comment's transaction, under the tenant's role: it needs
-- the recipient's language, and nothing else of their account.
grant select (id, locale) on users to grove_app;

-- Secrets the server keeps for itself. The unsubscribe secret signs links (HMAC) that name a
-- person and a kind, so a link works without signing in and without a row per mail. Two random
-- UUIDs give 244 random bits; the migration makes it once per database, so every instance
-- signs alike.
create table server_secrets (
  name text primary key,
  secret text not null check (length(secret) >= 32)
);
insert into server_secrets (name, secret)
  values ('unsubscribe', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
grant select on server_secrets to grove_app;
