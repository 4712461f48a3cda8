import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { inTenant, joinTenant } from "../db/tenant.ts";

/** What every use case needs. Time and ids are injected so tests can fix them (STYLE 9). */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
  messaging: Messaging;
}

/**
 * How the messages a use case writes to the outbox reach people (docs/notifications.md): the
 * address its links start with, and whether mail is on (without it the UI shows links to copy).
 */
export interface Messaging {
  publicUrl: string;
  mail: boolean;
  /**
   * A self-signed-up account must verify its address (mailed a link) before it may invite people
   * or create API tokens (GROVE_EMAIL_VERIFICATION; docs/accounts-and-access.md). Off when unset.
   */
  emailVerification?: boolean;
}

import type { Tx } from "../db/executor.ts";

export type { Executor, Tx } from "../db/executor.ts";

/** Reads of one organisation's data, under its row-level policies (see src/db/tenant.ts). */
export function readTenant<T>(ctx: ServiceContext, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(ctx.db, orgId, work);
}

/**
 * Reads that call other services' reads, in one transaction: every `readTenant` inside joins it
 * rather than opening its own, which saves the `begin` and `commit` round trips of each.
 */
export function readTenantTogether<T>(ctx: ServiceContext, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(ctx.db, orgId, (tx) => joinTenant(tx, orgId, () => work(tx)));
}

/**
 * What every new row of an organisation's table starts with: its key, from the injected ids, and
 * its creation, as both its created and its last updated time, from the injected clock.
 */
export function newRow(ctx: ServiceContext, orgId: string) {
  const now = ctx.now();
  return { orgId, id: ctx.newId(), createdAt: now, updatedAt: now };
}

export function defaultContext(
  db: Kysely<Database>,
  messaging: Messaging = { publicUrl: "http://localhost:3000", mail: false },
): ServiceContext {
  return { db, now: () => new Date(), newId: randomUUID, messaging };
}
