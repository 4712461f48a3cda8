-- Issue 14: a metric source that fails 3 syncs in a row tells the KR's owner once per streak
-- (docs/metric-sources.md "When a source keeps failing"): a new kind of notice for the bell and
-- the preferences (mail, chat or off), beside the reminders and mentions.
alter table notification_preferences drop constraint notification_preferences_kind_check;
alter table notification_preferences add constraint notification_preferences_kind_check
  check (kind in ('checkin_reminder', 'review_due', 'mention', 'digest', 'source_failing'));
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('checkin_reminder', 'review_due', 'mention', 'digest', 'source_failing'));
