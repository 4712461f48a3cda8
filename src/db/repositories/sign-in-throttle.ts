import { type Kysely, sql } from "kysely";
import {
  ADDRESS_LIMIT,
  ADDRESS_WINDOW_SECONDS,
  backoffSchedule,
  FORGET_PAIR_AFTER_SECONDS,
} from "../../domain/sign-in-throttle.ts";
import type { Database } from "../schema.ts";

// The sign-in throttle's counters (migration 0011). Each attempt is one INSERT ... ON CONFLICT DO
// UPDATE that counts it and returns the count, so concurrent requests, also from several app
// instances on one PostgreSQL, each see a different count and cannot all pass one read. The
// rules (how long to wait after how many failures) come from src/domain/sign-in-throttle.ts.
// Sign-in happens before any organisation is known, so these run on the owner connection.

const SCHEDULE = backoffSchedule();
const SCHEDULE_LITERAL = `{${SCHEDULE.join(",")}}`;

export type Counted = { allowed: true; expiresAt: Date } | { allowed: false; until: Date };

/**
 * Counts an attempt of one account from one client address, unless that pair is waiting out its
 * backoff. The wait for the new count is set now, as if the attempt fails: a success removes the
 * row (`forgetPair`), so only failures keep it.
 */
export async function countPairAttempt(db: Kysely<Database>, keyHash: string, now: Date): Promise<Counted> {
  const failures = sql<number>`(case when t.expires_at <= ${now}::timestamptz then 1 else t.failures + 1 end)`;
  const wait = sql<number>`(${SCHEDULE_LITERAL}::int[])[least(${failures}, ${SCHEDULE.length})]`;
  const firstWait = SCHEDULE[0] ?? 0;
  const counted = await sql<{ expiresAt: Date }>`
    insert into sign_in_throttle as t (key_hash, kind, failures, window_started_at, blocked_until, expires_at)
    values (
      ${keyHash}, 'pair', 1, ${now}::timestamptz,
      ${firstWait > 0 ? new Date(now.getTime() + firstWait * 1000) : null}::timestamptz,
      ${new Date(now.getTime() + (firstWait + FORGET_PAIR_AFTER_SECONDS) * 1000)}::timestamptz
    )
    on conflict (key_hash) do update set
      failures = ${failures},
      window_started_at = case when t.expires_at <= ${now}::timestamptz then ${now}::timestamptz else t.window_started_at end,
      blocked_until = case when ${wait} = 0 then null
        else ${now}::timestamptz + make_interval(secs => ${wait}) end,
      expires_at = ${now}::timestamptz + make_interval(secs => ${wait} + ${FORGET_PAIR_AFTER_SECONDS})
    where t.blocked_until is null or t.blocked_until <= ${now}::timestamptz
    returning expires_at as "expiresAt"`.execute(db);
  const row = counted.rows[0];
  if (row) return { allowed: true, expiresAt: new Date(row.expiresAt) };
  const blocked = await db
    .selectFrom("signInThrottle")
    .select("blockedUntil")
    .where("keyHash", "=", keyHash)
    .executeTakeFirst();
  return { allowed: false, until: blocked?.blockedUntil ?? now };
}

/**
 * Counts an attempt from one client address (any account) in its fixed window. Refused when the
 * window already holds ADDRESS_LIMIT failures; `expiresAt` names the window, so a success gives
 * its attempt back only to the window that counted it.
 */
export async function countAddressAttempt(db: Kysely<Database>, keyHash: string, now: Date): Promise<Counted> {
  const fresh = sql<boolean>`t.expires_at <= ${now}::timestamptz`;
  const windowEnd = new Date(now.getTime() + ADDRESS_WINDOW_SECONDS * 1000);
  const counted = await sql<{ failures: number; expiresAt: Date }>`
    insert into sign_in_throttle as t (key_hash, kind, failures, window_started_at, blocked_until, expires_at)
    values (${keyHash}, 'address', 1, ${now}::timestamptz, null, ${windowEnd}::timestamptz)
    on conflict (key_hash) do update set
      failures = case when ${fresh} then 1 else t.failures + 1 end,
      window_started_at = case when ${fresh} then ${now}::timestamptz else t.window_started_at end,
      expires_at = case when ${fresh} then ${windowEnd}::timestamptz else t.expires_at end
    returning failures, expires_at as "expiresAt"`.execute(db);
  const row = counted.rows[0] as { failures: number; expiresAt: Date };
  const expiresAt = new Date(row.expiresAt);
  return Number(row.failures) <= ADDRESS_LIMIT ? { allowed: true, expiresAt } : { allowed: false, until: expiresAt };
}

/** A right password: the pair starts over. */
export async function forgetPair(db: Kysely<Database>, keyHash: string): Promise<void> {
  await db.deleteFrom("signInThrottle").where("keyHash", "=", keyHash).execute();
}

/** A right password gives the address the attempt it counted back (in the same window only). */
export async function giveBackAddressAttempt(db: Kysely<Database>, keyHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable("signInThrottle")
    .set((eb) => ({ failures: sql<number>`greatest(0, ${eb.ref("failures")} - 1)` }))
    .where("keyHash", "=", keyHash)
    .where("expiresAt", "=", expiresAt)
    .execute();
}

/**
 * Old counters go on write: an index range delete, so the table stays as small as its live rows.
 * By the database's clock, which every instance shares (an instance's own clock may run behind).
 */
export async function pruneThrottle(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom("signInThrottle").where("expiresAt", "<", sql<Date>`now()`).execute();
}
