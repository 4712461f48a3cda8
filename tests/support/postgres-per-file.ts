import { randomUUID } from "node:crypto";
import pg from "pg";

/** The migrated database the global setup makes once per run; every test file copies it. */
export const POSTGRES_TEMPLATE = "grove_test_template";

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Copies the template (POSTGRES_TEMPLATE unless another is named) into a database of this test
 * file's own and returns its URL. Two files copying at the same moment make PostgreSQL refuse one
 * ("source database is being accessed by other users", 55006): that one waits and tries again.
 */
export async function createFileDatabase(
  serverUrl: string,
  template = POSTGRES_TEMPLATE,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `grove_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await withAdmin(serverUrl, async (admin) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt === 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  });
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => withAdmin(serverUrl, (admin) => dropUnlessInUse(admin, name)),
  };
}

/**
 * Drops a file's database once the file is done. Not WITH (FORCE): a connection a test left open
 * would be cut, and its pool would report that as an error after the file; such a database stays
 * on the throw-away server instead.
 */
async function dropUnlessInUse(admin: pg.Client, name: string): Promise<void> {
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "55006") throw error;
  }
}

/** Runs `work` on a connection to the server's maintenance database, closed after. */
export async function withAdmin(serverUrl: string, work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
