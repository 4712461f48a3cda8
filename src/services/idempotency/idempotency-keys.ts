import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import { IDEMPOTENCY_WINDOW_MS, IN_FLIGHT_TAKEOVER_MS, type KeyState, stateOfKey } from "../../domain/idempotency.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { readTenant } from "../context.ts";
import type { ScheduledJob } from "../outbox/scheduler.ts";

/** One caller's key in one organisation (docs/api-retries.md). */
export interface KeyOf {
  orgId: string;
  /** `user:<id>` for a session, `token:<hash>` for an API token. */
  caller: string;
  key: string;
}

/**
 * Claims the key for a request whose canonical form hashes to `fingerprint`, in a short
 * transaction of its own so a second request with the key sees the claim at once. A key that
 * expired, or was left in flight by a process that died, is taken over. Returns `claimed`, or
 * what the stored row says of this request.
 */
export async function claimIdempotencyKey(
  ctx: ServiceContext,
  of: KeyOf,
  fingerprint: string,
): Promise<{ kind: "claimed" } | KeyState> {
  const now = ctx.now();
  return readTenant(ctx, of.orgId, async (tx) => {
    await tx
      .deleteFrom("idempotencyKeys")
      .where(keyIs(of))
      .where((eb) =>
        eb.or([
          eb("createdAt", "<=", new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS)),
          eb.and([eb("status", "is", null), eb("createdAt", "<=", new Date(now.getTime() - IN_FLIGHT_TAKEOVER_MS))]),
        ]),
      )
      .execute();
    const claimed = await tx
      .insertInto("idempotencyKeys")
      .values({ orgId: of.orgId, caller: of.caller, idempotencyKey: of.key, fingerprint, createdAt: now })
      .onConflict((oc) => oc.columns(["orgId", "caller", "idempotencyKey"]).doNothing())
      .returning("orgId")
      .executeTakeFirst();
    if (claimed) return { kind: "claimed" as const };
    const row = await tx
      .selectFrom("idempotencyKeys")
      .select(["fingerprint", "status", "responseHeaders", "responseBody"])
      .where(keyIs(of))
      .executeTakeFirstOrThrow();
    return stateOfKey(row, fingerprint);
  });
}

/** Keeps the first answer to the claimed key, to replay for the rest of its 24 hours. */
export async function keepIdempotentAnswer(
  ctx: ServiceContext,
  of: KeyOf,
  answer: { status: number; headers: Record<string, string>; body: string },
): Promise<void> {
  await readTenant(ctx, of.orgId, (tx) =>
    tx
      .updateTable("idempotencyKeys")
      .set({ status: answer.status, responseHeaders: answer.headers, responseBody: answer.body })
      .where(keyIs(of))
      .execute(),
  );
}

/** Lets the key go: the request wrote nothing (it was refused or failed), so a retry runs it again. */
export async function releaseIdempotencyKey(ctx: ServiceContext, of: KeyOf): Promise<void> {
  await readTenant(ctx, of.orgId, (tx) => tx.deleteFrom("idempotencyKeys").where(keyIs(of)).execute());
}

function keyIs(of: KeyOf) {
  return (eb: ExpressionBuilder<Database, "idempotencyKeys">) =>
    eb.and({ orgId: of.orgId, caller: of.caller, idempotencyKey: of.key });
}

/** Deletes the keys older than their 24 hours, in every organisation (owner connection). */
export async function purgeIdempotencyKeys(tx: Tx, now: Date): Promise<number> {
  const result = await tx
    .deleteFrom("idempotencyKeys")
    .where("createdAt", "<=", new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The daily job that forgets expired keys (a reused key is taken over in any case). */
export const idempotencyPurgeJob: ScheduledJob = {
  name: "idempotency-purge",
  slotAt: (now) => now.toISOString().slice(0, 10),
  run: async (tx, now) => {
    await purgeIdempotencyKeys(tx, now);
  },
};
