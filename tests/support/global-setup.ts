import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { TestProject } from "vitest/node";
import { createDb } from "../../src/db/create-db.ts";
import { migrate } from "../../src/db/migrate.ts";
import { databaseUrl, POSTGRES_TEMPLATE } from "./postgres-per-file.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated embedded database, as a tarball every test file loads (fast), or "". */
    pgliteSnapshot: string;
    /**
     * A PostgreSQL server's maintenance database URL, or "" when the suite is skipped. The
     * migrated template database on it is POSTGRES_TEMPLATE; each test file copies it.
     */
    postgresUrl: string;
  }
}

/**
 * Prepares the database a test project runs on, once per run: a migrated PGlite snapshot, or
 * a throw-away PostgreSQL server (or TEST_DATABASE_URL). Under CI=true the PostgreSQL suite
 * must run; on a laptop without PostgreSQL it is skipped with a message.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = project.config.env?.GROVE_TEST_DB;
  project.provide("pgliteSnapshot", "");
  project.provide("postgresUrl", "");
  if (target === "pglite") {
    const db = await createDb({ kind: "pglite", dataDir: "memory://" });
    await migrate(db.kysely);
    const blob = await (db.pglite as NonNullable<typeof db.pglite>).dumpDataDir("none");
    const file = join(tmpdir(), `grove-test-snapshot-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    await db.close();
    project.provide("pgliteSnapshot", file);
    return async () => {};
  }
  if (target !== "postgres") return async () => {};
  let server: ThrowawayPostgres | null = null;
  let url = process.env.TEST_DATABASE_URL ?? "";
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) {
      if (process.env.CI === "true")
        throw new Error("CI=true but no PostgreSQL server found: the PostgreSQL suite must run in CI");
      console.warn(
        "PostgreSQL suite SKIPPED: no PostgreSQL server programs found (install postgresql-15 or set TEST_DATABASE_URL)",
      );
      return async () => {};
    }
    server = await startThrowawayPostgres(bin);
    url = server.url;
  }
  await createTemplateDatabase(url);
  project.provide("postgresUrl", url);
  return async () => {
    await server?.stop();
  };
}

/**
 * Migrates a fresh template database that each test file copies (test files run side by side,
 * and a shared database would let one file's outbox worker or throttle see another's rows).
 */
async function createTemplateDatabase(url: string): Promise<void> {
  const admin = await createDb({ kind: "postgres", url, poolSize: 1 });
  try {
    await sql.raw(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE} WITH (FORCE)`).execute(admin.kysely);
    await sql.raw(`CREATE DATABASE ${POSTGRES_TEMPLATE}`).execute(admin.kysely);
  } finally {
    await admin.close();
  }
  const template = await createDb({ kind: "postgres", url: databaseUrl(url, POSTGRES_TEMPLATE), poolSize: 1 });
  try {
    await migrate(template.kysely);
  } finally {
    await template.close();
  }
}
