import type { Kysely } from "kysely";
import { latestScheduledRuns, pendingMessages } from "../db/repositories/outbox.ts";
import type { Database } from "../db/schema.ts";

/** What waits in the outbox and when each scheduled job last ran (docs/operations.md, "Metrics"). */
export async function queueFigures(db: Kysely<Database>, now: Date = new Date()) {
  const [pending, runs] = await Promise.all([pendingMessages(db), latestScheduledRuns(db)]);
  const oldest = Math.min(now.getTime(), ...pending.map((row) => row.oldest.getTime()));
  return {
    pending: Object.fromEntries(pending.map((row) => [row.channel, row.count])),
    oldestPendingSeconds: Math.max(0, (now.getTime() - oldest) / 1000),
    lastJobRuns: Object.fromEntries(runs.map((run) => [run.job, run.at.getTime() / 1000])),
  };
}
