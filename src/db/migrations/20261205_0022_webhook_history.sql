-- Webhook changes go into the history and so into the audit log (issue 12 point 10): who added,
-- changed, deleted a webhook or rolled its secret. The snapshot holds the shortened address and
-- never the secret (src/services/webhooks/manage-webhooks.ts).
alter table history drop constraint history_entity_check;
alter table history add constraint history_entity_check
  check (entity in (
    'objective', 'key_result', 'check_in', 'comment',
    'organisation', 'unit', 'person', 'membership', 'period', 'strategy', 'coach_setting',
    'invitation', 'api_token', 'sso_settings', 'webhook'
  ));
