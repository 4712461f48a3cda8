import { dueTimesInHour, hourSlot, slotStart } from "../../domain/metric-sources.ts";
import type { ServiceContext } from "../context.ts";
import { enqueue } from "../outbox/enqueue.ts";
import type { ScheduledJob } from "../outbox/scheduler.ts";
import { syncMessage } from "./manage-metric-sources.ts";

/**
 * Once per UTC hour across every instance (the reminders' claimed slots, src/services/outbox):
 * queues one sync message per source due in that hour, not before its due time. The messages
 * are claimed one by one by the instances' delivery workers, and the message's dedupe key (source
 * and time) keeps a second run of the hour, or a "sync now" of the same ten seconds, from queuing it
 * twice (docs/metric-sources.md, "How syncs run").
 */
export function metricSyncJob(ctx: ServiceContext): ScheduledJob {
  return {
    name: "metric-sources",
    slotAt: hourSlot,
    async run(tx, _now, slot) {
      const hour = slotStart(slot);
      const sources = await tx
        .selectFrom("metricSources")
        .select(["orgId", "id", "schedule", "atHour", "atMinute", "weekday"])
        .execute();
      const messages = sources.flatMap((source) =>
        dueTimesInHour({ every: source.schedule, ...source }, hour).map((at) =>
          syncMessage(source.orgId, source.id, at),
        ),
      );
      await enqueue(ctx, tx, messages);
    },
  };
}
