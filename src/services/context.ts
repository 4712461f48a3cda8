import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

/** What every use case needs. Time and ids are injected so tests can fix them (STYLE 9). */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
}

export type Tx = Transaction<Database>;
export type Executor = Kysely<Database> | Tx;

export function defaultContext(db: Kysely<Database>): ServiceContext {
  return { db, now: () => new Date(), newId: randomUUID };
}
