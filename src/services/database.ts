import { type Kysely, sql } from "kysely";
import { migrate, pendingMigrations } from "../db/migrate.ts";
import type { Database } from "../db/schema.ts";
import { drainScoreRebuilds } from "./scores/rebuild.ts";

/**
 * Brings a database up to date: the SQL migrations, then the work they queued that needs the
 * domain, namely rebuilding stored scores (migration 0005). Safe for several instances at once.
 * Returns the names of the migrations applied.
 */
export async function upgradeDatabase(db: Kysely<Database>): Promise<string[]> {
  const applied = await migrate(db);
  await drainScoreRebuilds(db);
  return applied;
}

/** Throws when the database does not answer (the health check). */
export async function assertDatabaseAnswers(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Throws unless this server may take traffic (/api/health/ready): the database answers and has
 * every migration this version ships.
 */
export async function assertReady(db: Kysely<Database>): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length > 0) throw new Error(`migrations not applied yet: ${pending.join(", ")}`);
}
