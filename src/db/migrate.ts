import { readdirSync, readFileSync } from "node:fs";
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

const migrationsDir = new URL("./migrations/", import.meta.url);
// Any fixed numbers: serialise migrations, and the rest of a start's one-time work (the demo
// organisations), when several app instances start at once.
const MIGRATION_LOCK = 720_427_001;
const START_LOCK = 720_427_002;

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

/** The migration that creates the grove_app role and makes the connecting user a member of it. */
const ROLE_MIGRATION = "20261127_0002_row_level_security.sql";

/**
 * Before the role migration: a database user without superuser or CREATEROLE (the usual owner on
 * managed PostgreSQL) can neither create grove_app nor grant it to itself. Stop with the one-time
 * setup for an administrator to run, instead of PostgreSQL's bare "permission denied" halfway in.
 */
async function assertMayUseAppRole(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ me: string; mayCreate: boolean; exists: boolean; mayGrant: boolean }>`
    select current_user as me,
      (select rolsuper or rolcreaterole from pg_roles where rolname = current_user) as may_create,
      exists (select 1 from pg_roles where rolname = 'grove_app') as exists,
      exists (select 1 from pg_roles where rolname = 'grove_app')
        and pg_has_role(current_user, 'grove_app', 'member with admin option') as may_grant`.execute(db);
  const { me, mayCreate, exists, mayGrant } = rows[0] as (typeof rows)[0];
  if (mayCreate || mayGrant) return;
  const user = `"${me.replaceAll('"', '""')}"`;
  const setup = [
    ...(exists ? [] : ["CREATE ROLE grove_app NOLOGIN;"]),
    `GRANT grove_app TO ${user} WITH ADMIN OPTION;`,
  ];
  throw new Error(
    `The database user ${user} may not ${exists ? "grant itself" : "create"} the role grove_app, which Grove's ` +
      "row-level security runs as (it has neither superuser nor CREATEROLE, as on managed PostgreSQL). " +
      `Once, as an administrator of the database server, run:\n  ${setup.join("\n  ")}\n` +
      'then start Grove again (docs/operations.md, "A database user without superuser").',
  );
}

/**
 * Applies the migrations not yet applied, each in its own transaction, up to and including
 * `upTo` when given (a restore stops at its backup's level, src/services/backup). Returns their names.
 */
export async function migrate(db: Kysely<Database>, upTo?: string): Promise<string[]> {
  return holdingLock(db, MIGRATION_LOCK, async (conn) => {
    await sql`create table if not exists schema_migrations (
      name text primary key, applied_at timestamptz not null default now())`.execute(conn);
    const done = await sql<{ name: string }>`select name from schema_migrations`.execute(conn);
    const applied = new Set(done.rows.map((row) => row.name));
    const pending = listMigrations().filter((m) => !applied.has(m.name) && (upTo === undefined || m.name <= upTo));
    if (pending.some((m) => m.name === ROLE_MIGRATION)) await assertMayUseAppRole(conn);
    for (const migration of pending) {
      await conn.transaction().execute(async (tx) => {
        await sql.raw(migration.sql).execute(tx);
        await sql`insert into schema_migrations (name) values (${migration.name})`.execute(tx);
      });
    }
    return pending.map((m) => m.name);
  });
}

/**
 * Runs a start's one-time work (migrating, then loading the demo into an empty database) on one
 * connection that holds the start lock, so instances started together take turns: the first
 * loads the demo, the next find it there. `work` must use the connection it is given, not `db`.
 */
export function exclusiveStart<T>(db: Kysely<Database>, work: (conn: Kysely<Database>) => Promise<T>): Promise<T> {
  return holdingLock(db, START_LOCK, work);
}

/** Runs `work` on one connection holding the session-level advisory lock `key`, released after. */
function holdingLock<T>(db: Kysely<Database>, key: number, work: (conn: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${key})`.execute(conn);
    try {
      return await work(conn);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(conn);
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

/** The name of the last migration applied to this database, or null for a new one. */
export async function lastMigration(db: Kysely<Database>): Promise<string | null> {
  const table = await sql<{ exists: boolean }>`select to_regclass('schema_migrations') is not null as exists`.execute(
    db,
  );
  if (!table.rows[0]?.exists) return null;
  const { rows } = await sql<{ name: string | null }>`select max(name) as name from schema_migrations`.execute(db);
  return rows[0]?.name ?? null;
}
