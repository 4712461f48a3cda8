-- Outgoing webhooks per organisation (issue 11, docs/notifications.md "Webhooks and chat"). An
-- admin adds an address and the events it takes; each event is written to the outbox (channel
-- "webhook", one row per subscribed webhook, the event's id shared by its rows) in the
-- transaction of the change that causes it, and the delivery worker posts it.
create table webhooks (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  name text not null check (btrim(name) <> '' and length(name) <= 100),
  -- slack: Slack-compatible incoming webhook JSON (Mattermost takes it too); teams: a Teams
  -- workflow webhook (a message with an adaptive card); generic: Grove's JSON, signed
  kind text not null check (kind in ('slack', 'teams', 'generic')),
  url text not null check (url ~* '^https?://' and length(url) <= 2000),
  events text[] not null check (
    cardinality(events) > 0 and events <@ array['check_in.recorded', 'key_result.at_risk',
      'objective.activated', 'review.done', 'period.closed', 'notification']::text[]),
  active boolean not null default true,
  -- generic webhooks sign their deliveries (HMAC-SHA256) with it. Kept in the clear because
  -- signing needs it; the API shows it once, when it is made or rolled, and never again.
  secret text not null default '',
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  check ((kind = 'generic') = (secret <> ''))
);
-- The hot path (every check-in) asks for the active webhooks of one organisation and event.
create index webhooks_org_active_idx on webhooks (org_id) where active;

grant select, insert, update, delete on webhooks to grove_app;
select grove_protect_tenant_table('webhooks');

-- A webhook's delivery log reads its outbox rows, newest first.
create index outbox_webhook_idx on outbox (org_id, (payload ->> 'webhookId'), created_at desc)
  where channel = 'webhook';
-- Admins list their organisation's dead messages.
create index outbox_dead_idx on outbox (org_id, created_at desc) where status = 'dead';
