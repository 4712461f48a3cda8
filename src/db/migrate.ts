import { readdirSync, readFileSync } from "node:fs";
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

const migrationsDir = new URL("./migrations/", import.meta.url);
// Any fixed number: serialises migrations when several app instances start at once.
const MIGRATION_LOCK = 720_427_001;

export interface Migration {
  name: string;
  sql: string;
}

/** The checked-in SQL migrations, in the order of their timestamped names. */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({ name: file, sql: readFileSync(new URL(file, migrationsDir), "utf8") }));
}

/** Applies the migrations not yet applied, each in its own transaction. Returns their names. */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        name text primary key, applied_at timestamptz not null default now())`.execute(conn);
      const done = await sql<{ name: string }>`select name from schema_migrations`.execute(conn);
      const applied = new Set(done.rows.map((row) => row.name));
      const pending = listMigrations().filter((m) => !applied.has(m.name));
      for (const migration of pending) {
        await conn.transaction().execute(async (tx) => {
          await sql.raw(migration.sql).execute(tx);
          await sql`insert into schema_migrations (name) values (${migration.name})`.execute(tx);
        });
      }
      return pending.map((m) => m.name);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

let shippedNames: string[] | null = null;

/** The shipped migrations this database has not applied (readiness: none may be left). */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  shippedNames ??= listMigrations().map((m) => m.name);
  const done = await sql<{ name: string }>`select name from schema_migrations`.execute(db);
  const applied = new Set(done.rows.map((row) => row.name));
  return shippedNames.filter((name) => !applied.has(name));
}
