import type { Kysely } from "kysely";
import { type ConfigFlags, loadConfig } from "../config.ts";
import type { DbConfig } from "../db/create-db.ts";
import { createDb, type Db } from "../db/create-db.ts";
import { DataDirInUseError, describeHolder, gone, type LockHolder } from "../db/data-dir-lock.ts";
import type { Database } from "../db/schema.ts";
import { upgradeDatabase } from "../services/database.ts";

/** The data commands: each says what to do instead when a server holds the data directory. */
export type DataCommand = "apply" | "export" | "rescore" | "migrate" | "demo" | "mcp" | "move" | "restore";

// `api`: where the server's API answers (a server still starting has no URL in its lock yet).
const instead: Record<DataCommand, (api: string) => string> = {
  apply: (api) => `or make the change through the server instead: its web app or ${api}`,
  export: (api) => `or read the OKRs through the server instead: ${api} (GET /api/v1/orgs/{org}/tree?period=...)`,
  rescore: () => "(the server keeps the stored scores current on every write; rebuild them only as a repair)",
  migrate: () => "(the server applied every pending migration when it started: restarting it applies new ones)",
  demo: () => "(or start a server on an empty --data-dir: it loads the demo organisations itself)",
  move: () => "(a copy taken while the server writes could miss some of its writes)",
  restore: () => "or restore into a new --data-dir (a restore writes into an empty database only)",
  mcp: () => "or connect the assistant to that server's /mcp with the token as a bearer instead (docs/mcp.md)",
};

/**
 * Opens the database for a data command. The embedded database takes one process at a time
 * (src/db/data-dir-lock.ts): when a running server holds the directory, say so and say what to
 * do instead; a lock left by a process that is gone is taken over with a line on stderr.
 */
export async function openDatabase(
  config: DbConfig,
  command: DataCommand,
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<Db> {
  try {
    return await createDb(config, {
      onStale: (stale) => err(`grove ${command}: took over the data directory's lock left by ${gone(stale)}\n`),
    });
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || !isServer(error.holder)) throw error;
    const { holder, dataDir } = error;
    const api = holder.url ? `its API at ${holder.url}/api/v1` : "its API once it has started";
    throw new Error(
      `the data directory ${dataDir} is held by a running Grove server (${describeHolder(holder)}), ` +
        `and the embedded database can be opened by one process at a time. ` +
        `Stop the server (Ctrl-C or kill -TERM ${holder.pid}: it finishes in-flight requests) and run ` +
        `grove ${command} again, ${instead[command](api)}.`,
    );
  }
}

function isServer(holder: LockHolder): boolean {
  return holder.url !== undefined || /\bserve\b/.test(holder.command);
}

/**
 * A data command's work on the database of its flags, brought up to date first (the migrations it
 * applied are passed on), and closed whatever happens.
 */
export async function withDatabase<T>(
  flags: ConfigFlags,
  command: DataCommand,
  work: (db: Kysely<Database>, applied: string[]) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(loadConfig(flags).db, command);
  try {
    return await work(db.kysely, await upgradeDatabase(db.kysely));
  } finally {
    await db.close();
  }
}
