import type { ServiceContext } from "../../context.ts";
import type { ScheduledJob } from "../../outbox/scheduler.ts";
import { checkinReminderJob } from "./checkin-reminder.ts";
import { digestJob } from "./digest.ts";
import { reviewDueJob } from "./review-due.ts";

/** The reminders' scheduled jobs (docs/notifications.md, "Reminders, digest and the bell"). */
export function reminderJobs(ctx: ServiceContext): ScheduledJob[] {
  return [checkinReminderJob(ctx), reviewDueJob(ctx), digestJob(ctx)];
}
