import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.ts";

/** A transaction on Grove's database: every use case's writes run in one. */
export type Tx = Transaction<Database>;

/** Where a query can run: the database itself or an open transaction. */
export type Executor = Kysely<Database> | Tx;
