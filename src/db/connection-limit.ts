import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/** The PostgreSQL server's `max_connections`: what GROVE_WORKERS x DATABASE_POOL_SIZE must fit in. */
export async function maxConnections(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ max: string }>`select current_setting('max_connections') as max`.execute(db);
  return Number(rows[0]?.max);
}
