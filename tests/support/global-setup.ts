import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../src/db/create-db.ts";
import { migrate } from "../../src/db/migrate.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated embedded database, as a tarball every test file loads (fast), or "". */
    pgliteSnapshot: string;
    /** A migrated PostgreSQL database URL, or "" when the suite is skipped. */
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
  const db = await createDb({ kind: "postgres", url, poolSize: 2 });
  await migrate(db.kysely);
  await db.close();
  project.provide("postgresUrl", url);
  return async () => {
    await server?.stop();
  };
}
