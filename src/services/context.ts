import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { inTenant } from "../db/tenant.ts";

/** What every use case needs. Time and ids are injected so tests can fix them (STYLE 9). */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
}

export type Tx = Transaction<Database>;
export type Executor = Kysely<Database> | Tx;

/** Reads of one organisation's data, under its row-level policies (see src/db/tenant.ts). */
export function readTenant<T>(ctx: ServiceContext, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(ctx.db, orgId, work);
}

export function defaultContext(db: Kysely<Database>): ServiceContext {
  return { db, now: () => new Date(), newId: randomUUID };
}
