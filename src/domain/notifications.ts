// What Grove reminds people of, how each person chose to hear it, and when the scheduled jobs
// run (docs/notifications.md, "Reminders, digest and the bell"). Time is always passed in.

export const notificationKinds = ["checkin_reminder", "review_due", "mention", "digest", "source_failing"] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationChannels = ["mail", "chat", "off"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** The method's rule each kind serves, shown beside the choice on the settings page. */
export const ruleOfKind: Record<NotificationKind, string> = {
  checkin_reminder: "S5",
  review_due: "S4",
  mention: "S5",
  digest: "S5",
  source_failing: "K2",
};

/** Mail for every kind unless the person chose otherwise; the digest is for unit leads only. */
export function channelOf(
  kind: NotificationKind,
  chosen: NotificationChannel | undefined,
  isLead: boolean,
): NotificationChannel {
  if (kind === "digest" && !isLead) return "off";
  return chosen ?? "mail";
}

/** A KR is quiet when it has had no reading for this many days (the weekly reminder, S5). */
export const QUIET_AFTER_DAYS = 7;

const DAY = 86_400_000;

/**
 * Quiet since when: the last reading, or the period's start for a KR never checked in (a KR
 * added mid-period is not quiet before it had a week; its creation stands in then).
 */
export function isQuiet(
  kr: { lastCheckInAt: Date | string | null; createdAt: Date | string },
  periodStartsOn: string,
  now: Date,
): boolean {
  const since = kr.lastCheckInAt
    ? new Date(kr.lastCheckInAt).getTime()
    : Math.max(Date.parse(`${periodStartsOn}T00:00:00Z`), new Date(kr.createdAt).getTime());
  return now.getTime() - since >= QUIET_AFTER_DAYS * DAY;
}

/** The ISO 8601 week of a moment in UTC, e.g. "2026-W49". */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week names its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/**
 * A metric source tells its KR's owner after this many failed syncs in a row, once per streak
 * (docs/metric-sources.md): one failure is often a blip, three say the KR is no longer measured
 * (K2).
 */
export const SOURCE_FAILING_AFTER = 3;

/** The hour (UTC) from which the weekly and daily jobs send. */
export const SEND_FROM_HOUR_UTC = 9;

/**
 * The weekly jobs' slot: the ISO week, from Monday 09:00 UTC. A server that was down on Monday
 * sends later that week; before Monday 09:00 the slot is not due yet (null).
 */
export function weeklySlot(now: Date): string | null {
  const monday = now.getUTCDay() === 1;
  return monday && now.getUTCHours() < SEND_FROM_HOUR_UTC ? null : isoWeek(now);
}

/** The daily job's slot (review-due reminders): the date, from 09:00 UTC. */
export function dailySlot(now: Date): string | null {
  return now.getUTCHours() < SEND_FROM_HOUR_UTC ? null : now.toISOString().slice(0, 10);
}
