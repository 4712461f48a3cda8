import type { Kysely } from "kysely";
import { claimScheduledRun } from "../../db/repositories/outbox.ts";
import type { Database } from "../../db/schema.ts";
import type { Tx } from "../context.ts";

/**
 * A job that runs once per slot of time across every instance on one database (the weekly
 * check-in reminder, the digest). `slotAt` names the slot that is due at `now` ("2026-W49"), or
 * null while none is (before Monday 09:00, say).
 */
export interface ScheduledJob {
  name: string;
  slotAt(now: Date): string | null;
  /** Writes the job's messages to the outbox in `tx`; runs on the owner connection. */
  run(tx: Tx, now: Date, slot: string): Promise<void>;
}

/**
 * Runs each due job whose slot no instance has claimed. The claim and the job's messages commit
 * in one transaction: an instance that dies mid-run leaves no claim, so another runs the slot,
 * and two instances claiming at the same moment wait on the row and one of them runs it.
 * Returns the jobs run.
 */
export async function runDueJobs(
  db: Kysely<Database>,
  jobs: ScheduledJob[],
  now: Date,
  settled: Map<string, string> = new Map(),
): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const slot = job.slotAt(now);
    // `settled` remembers, per job, the slot this process saw claimed (by itself or another
    // instance), so a worker ticking every 2 s asks the database once per slot, not every tick.
    if (slot === null || settled.get(job.name) === slot) continue;
    const claimed = await db.transaction().execute(async (tx) => {
      if (!(await claimScheduledRun(tx, job.name, slot, now))) return false;
      await job.run(tx, now, slot);
      return true;
    });
    settled.set(job.name, slot);
    if (claimed) ran.push(`${job.name}/${slot}`);
  }
  return ran;
}
