import type { Kysely } from "kysely";
import { claimDueMessages, markFailed, markSent, replacePayload } from "../../db/repositories/outbox.ts";
import type { Database, OutboxChannel } from "../../db/schema.ts";
import { afterFailure } from "../../domain/delivery.ts";
import type { Logger } from "../../logger.ts";
import { type ClaimedMessage, type Deliverers, DeliveryRefused, type FailureWithStoredPayload } from "./deliverers.ts";
import { runDueJobs, type ScheduledJob } from "./scheduler.ts";

export interface DeliveryWorkerOptions {
  db: Kysely<Database>;
  deliverers: Deliverers;
  jobs?: ScheduledJob[];
  logger: Logger;
  now?: () => Date;
  /** In [0, 1): the retry jitter (docs/notifications.md). */
  random?: () => number;
  /** How long a claimed message is this worker's; a deliverer must give up well within it. */
  leaseMs?: number;
  batchSize?: number;
  /** How often the worker looks for due messages and jobs when it runs on its own. */
  pollMs?: number;
  /** Told each delivery's outcome (the operator's metrics, src/metrics.ts). */
  onOutcome?: (channel: OutboxChannel, outcome: "sent" | "retry" | "dead") => void;
}

export interface DeliveryWorker {
  /** Runs due jobs, then delivers due messages until none is left; returns how many it tried. */
  runOnce(): Promise<number>;
  start(): void;
  /** Stops polling and waits for the deliveries in flight. */
  stop(): Promise<void>;
}

const DEFAULT_LEASE_MS = 60_000;

/** The delivery worker each server runs (docs/notifications.md): claim, deliver, record. */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const channels = Object.keys(options.deliverers) as OutboxChannel[];
  const batchSize = options.batchSize ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  const settledSlots = new Map<string, string>();

  async function deliver(message: ClaimedMessage): Promise<void> {
    const deliverer = options.deliverers[message.channel];
    try {
      if (!deliverer) throw new DeliveryRefused(`no deliverer for channel ${message.channel}`);
      const delivered = await deliverer(message);
      await markSent(options.db, message.id, now());
      if (delivered) await replacePayload(options.db, message.id, delivered.storedPayload);
      options.onOutcome?.(message.channel, "sent");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const next =
        error instanceof DeliveryRefused
          ? { status: "dead" as const }
          : afterFailure(message.attempts, now(), random());
      await markFailed(options.db, message.id, reason.slice(0, 1000), next.status === "retry" ? next.at : null);
      options.onOutcome?.(message.channel, next.status);
      const scrubbed = (error as FailureWithStoredPayload | null)?.storedPayload;
      if (next.status === "dead" && scrubbed !== undefined) await replacePayload(options.db, message.id, scrubbed);
      options.logger.warn(
        { outboxId: message.id, channel: message.channel, kind: message.kind, attempts: message.attempts, err: reason },
        next.status === "dead" ? "delivery failed for good" : "delivery failed, will retry",
      );
    }
  }

  async function runOnce(): Promise<number> {
    if (options.jobs?.length) {
      const ran = await runDueJobs(options.db, options.jobs, now(), settledSlots);
      if (ran.length > 0) options.logger.info({ jobs: ran }, "scheduled jobs ran");
    }
    let tried = 0;
    for (;;) {
      const batch = await claimDueMessages(options.db, channels, now(), options.leaseMs ?? DEFAULT_LEASE_MS, batchSize);
      await Promise.all(batch.map(deliver));
      tried += batch.length;
      if (batch.length < batchSize) return tried;
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((error) => options.logger.error({ err: error }, "delivery worker tick failed"))
        .finally(schedule);
    }, options.pollMs ?? 2_000);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
