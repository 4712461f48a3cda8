import { type Kysely, sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { Database, OutboxChannel } from "../schema.ts";

// The outbox's SQL (migration 0013, docs/notifications.md). Writes of new messages run in the
// transaction of the change that causes them; the worker's claims and outcomes run on the owner
// connection, across organisations.

export interface NewOutboxMessage {
  id: string;
  orgId: string | null;
  channel: OutboxChannel;
  kind: string;
  payload: unknown;
  dedupeKey?: string | null;
  /** Not before this time (a digest held for the recipient's morning); now when left out. */
  notBefore?: Date;
}

/** Inserts messages; one whose dedupe key exists already is dropped. Returns the ids written. */
export async function insertOutboxMessages(db: Executor, messages: NewOutboxMessage[], now: Date): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await db
    .insertInto("outbox")
    .values(
      messages.map((message) => ({
        id: message.id,
        orgId: message.orgId,
        channel: message.channel,
        kind: message.kind,
        payload: JSON.stringify(message.payload),
        dedupeKey: message.dedupeKey ?? null,
        nextAttemptAt: message.notBefore ?? now,
        createdAt: now,
      })),
    )
    .onConflict((conflict) => conflict.column("dedupeKey").doNothing())
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

export interface ClaimedMessage {
  id: string;
  orgId: string | null;
  channel: OutboxChannel;
  kind: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
}

/**
 * Takes up to `limit` due messages of the given channels for `leaseMs`: a row that another
 * worker is claiming right now is skipped (SKIP LOCKED), and one whose lease ran out (its worker
 * died mid-delivery) is due again. Counts the attempt as it claims, so a crash still counts.
 */
export async function claimDueMessages(
  db: Kysely<Database>,
  channels: OutboxChannel[],
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ClaimedMessage[]> {
  if (channels.length === 0) return [];
  const leaseEnds = new Date(now.getTime() + leaseMs);
  const result = await sql<ClaimedMessage>`
    update outbox set locked_until = ${leaseEnds}, attempts = attempts + 1
    where id in (
      select id from outbox
      where status = 'pending' and next_attempt_at <= ${now}
        and (locked_until is null or locked_until <= ${now})
        and channel in (${sql.join(channels)})
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    returning id, org_id as "orgId", channel, kind, payload, attempts, created_at as "createdAt"`.execute(db);
  return result.rows;
}

export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "sent", sentAt: now, lockedUntil: null, lastError: "" })
    .where("id", "=", id)
    .execute();
}

/** A failed attempt: due again at `retryAt`, or dead when there is none. */
export async function markFailed(db: Kysely<Database>, id: string, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable("outbox")
    .set(
      retryAt
        ? { lockedUntil: null, lastError: error, nextAttemptAt: retryAt }
        : { lockedUntil: null, lastError: error, status: "dead" },
    )
    .where("id", "=", id)
    .execute();
}

/** Replaces a sent message's payload (a password reset's link must not outlive its sending). */
export async function replacePayload(db: Kysely<Database>, id: string, payload: unknown): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ payload: JSON.stringify(payload) })
    .where("id", "=", id)
    .execute();
}

/** True for the one caller that claims `job` for `slot`; every other caller, anywhere, gets false. */
export async function claimScheduledRun(db: Kysely<Database>, job: string, slot: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto("scheduledRuns")
    .values({ job, slot, startedAt: now })
    .onConflict((conflict) => conflict.columns(["job", "slot"]).doNothing())
    .returning("job")
    .executeTakeFirst();
  return row !== undefined;
}

/** Messages waiting per channel and the oldest one's creation time (the operator's metrics). */
export async function pendingMessages(
  db: Kysely<Database>,
): Promise<{ channel: OutboxChannel; count: number; oldest: Date }[]> {
  const rows = await db
    .selectFrom("outbox")
    .select((eb) => ["channel", eb.fn.countAll<string>().as("count"), eb.fn.min("createdAt").as("oldest")])
    .where("status", "=", "pending")
    .groupBy("channel")
    .execute();
  return rows.map((row) => ({ channel: row.channel, count: Number(row.count), oldest: row.oldest }));
}

/** Per scheduled job, when its latest slot was claimed. */
export async function latestScheduledRuns(db: Kysely<Database>): Promise<{ job: string; at: Date }[]> {
  return db
    .selectFrom("scheduledRuns")
    .select((eb) => ["job", eb.fn.max("startedAt").as("at")])
    .groupBy("job")
    .execute();
}
