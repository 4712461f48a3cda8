import type { ServiceContext, Tx } from "../../context.ts";
import type { ScheduledJob } from "../../outbox/scheduler.ts";
import { type Signer, unsubscribeSigner } from "../unsubscribe-links.ts";

/** What a reminder job's run works with: the slot's time as its clock and the signer of its unsubscribe links. */
export interface NoticeRun {
  tx: Tx;
  now: Date;
  slot: string;
  /** The service context with the slot's time as now, so every notice of a run carries one time. */
  at: ServiceContext;
  sign: Signer;
}

/** A reminder job: at each slot `send` writes its notices (docs/notifications.md, "Reminders, digest and the bell"). */
export function noticeJob(
  ctx: ServiceContext,
  name: string,
  slotAt: ScheduledJob["slotAt"],
  send: (run: NoticeRun) => Promise<void>,
): ScheduledJob {
  return {
    name,
    slotAt,
    async run(tx, now, slot) {
      await send({ tx, now, slot, at: { ...ctx, now: () => now }, sign: await unsubscribeSigner(tx) });
    },
  };
}
