import { AsyncLocalStorage } from "node:async_hooks";
import { type Kysely, sql } from "kysely";
import type { Tx } from "./executor.ts";
import type { Database } from "./schema.ts";

/** The transaction of a unit of work (see `joinTenant`) that the current async call runs in. */
const unitOfWork = new AsyncLocalStorage<{ tx: Tx; orgId: string }>();

/**
 * Runs `work` in a transaction as the grove_app role with the tenant set, so PostgreSQL's
 * row-level policies (migration 0002) confine every statement to that organisation, even one
 * that forgets its own org_id filter. Both settings end with the transaction. Inside a unit of
 * work (`joinTenant`) it runs in that transaction instead of opening its own.
 */
export async function inTenant<T>(db: Kysely<Database>, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const open = unitOfWork.getStore();
  if (open) {
    if (open.orgId !== orgId) throw new Error("A unit of work serves one organisation");
    return work(open.tx);
  }
  return db.transaction().execute(async (tx) => {
    await enterTenant(tx, orgId);
    return work(tx);
  });
}

/**
 * Makes every `inTenant` call made by `work` (the services' reads and writes) join `tx`, which
 * is already in the tenant, so several use cases commit or fail as one.
 */
export function joinTenant<T>(tx: Tx, orgId: string, work: () => Promise<T>): Promise<T> {
  return unitOfWork.run({ tx, orgId }, work);
}

/** Switches an open transaction to the tenant's role and organisation until it ends. */
export async function enterTenant(tx: Tx, orgId: string): Promise<void> {
  await sql`select set_config('grove.org_id', ${orgId}, true), set_config('role', 'grove_app', true)`.execute(tx);
}
