import { type Kysely, sql } from "kysely";
import type { Tx } from "../services/context.ts";
import type { Database } from "./schema.ts";

/**
 * Runs `work` in a transaction as the grove_app role with the tenant set, so PostgreSQL's
 * row-level policies (migration 0002) confine every statement to that organisation, even one
 * that forgets its own org_id filter. Both settings end with the transaction.
 */
export async function inTenant<T>(db: Kysely<Database>, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await enterTenant(tx, orgId);
    return work(tx);
  });
}

/** Switches an open transaction to the tenant's role and organisation until it ends. */
export async function enterTenant(tx: Tx, orgId: string): Promise<void> {
  await sql`select set_config('grove.org_id', ${orgId}, true), set_config('role', 'grove_app', true)`.execute(tx);
}
