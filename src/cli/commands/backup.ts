import { createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { createDb, type Db } from "../../db/create-db.ts";
import { DataDirInUseError, describeHolder, gone } from "../../db/data-dir-lock.ts";
import { BackupFileError, backupToFile, verifyBackup } from "../../services/backup/backup-file.ts";
import { RestoreRefused, restoreBackup } from "../../services/backup/restore-backup.ts";
import { UsageError } from "../../usage-error.ts";
import { packageVersion } from "../../version.ts";
import { type DataDirFlags, dataCommand } from "../data-command.ts";
import { openDatabase } from "../open-database.ts";
import { type Print, stderr, stdout } from "../print.ts";

// `grove backup` and `grove restore` (docs/operations.md, "Backup and restore").

interface BackupFlags extends DataDirFlags {
  output: string;
  server?: string;
}

export function backupCommand(): Command {
  return dataCommand(
    "backup",
    "write a consistent backup of a Grove database, running or not, to one file (docs/operations.md)",
    runBackup,
  )
    .requiredOption("-o, --output <file>", "the backup file to write (gzipped NDJSON, e.g. grove.ndjson.gz)")
    .option("--server <url>", "take it through this running Grove server (its GROVE_BACKUP_TOKEN in the environment)");
}

export async function runBackup(flags: BackupFlags, out: Print = stdout, err: Print = stderr): Promise<number> {
  const file = resolve(flags.output);
  if (flags.server) {
    await downloadBackup(flags.server, file);
  } else {
    const config = loadConfig({ dataDir: flags.dataDir }).db;
    if (config.kind === "pglite" && !existsSync(config.dataDir)) {
      throw new UsageError(
        `there is no data directory at ${config.dataDir} (--data-dir, or DATABASE_URL for PostgreSQL)`,
      );
    }
    const db = await openUnlessServed(config, err);
    if (typeof db === "string") await downloadBackup(db, file);
    else {
      try {
        const database = db.kind === "postgres" ? "postgres" : "embedded";
        await backupToFile(db.kysely, file, { database, grove: packageVersion() });
      } finally {
        await db.close();
      }
    }
  }
  // Read back whole: a backup that would not restore is found now, not on the day it is needed.
  const { header, tables, rows } = await verifyBackup(file);
  out(
    `Wrote ${file}: ${rows} rows of ${tables} tables as of ${header.takenAt} ` +
      `(Grove ${header.grove}, migration ${header.migration}).\n`,
  );
  return 0;
}

/**
 * The database to back up, or the URL of the server that holds it: the embedded database opens
 * in one process at a time (src/db/data-dir-lock.ts), so a running server is asked for the
 * backup instead; with no server the directory is held while the backup is written.
 */
async function openUnlessServed(config: ReturnType<typeof loadConfig>["db"], err: Print): Promise<Db | string> {
  try {
    return await createDb(config, {
      onStale: (stale) => err(`grove backup: took over the data directory's lock left by ${gone(stale)}\n`),
    });
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || !error.holder.url) throw error;
    err(`grove backup: the data directory is held by a running server (${describeHolder(error.holder)}): asking it\n`);
    return error.holder.url;
  }
}

async function downloadBackup(server: string, file: string): Promise<void> {
  const token = process.env.GROVE_BACKUP_TOKEN;
  if (!token) {
    throw new UsageError(
      "a backup through a running server needs its GROVE_BACKUP_TOKEN: set the same value in this command's " +
        "environment (and in the server's, then restart it, if it has none)",
    );
  }
  // The lock names the server as http://localhost:PORT; it listens on every address or on loopback.
  const url = `${server.replace(/\/+$/, "").replace("//localhost:", "//127.0.0.1:")}/backup`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (res.status === 404) {
    throw new Error(`${url} answered 404: the server has no GROVE_BACKUP_TOKEN set (set it and restart the server)`);
  }
  if (res.status !== 200 || !res.body) {
    throw new Error(`${url} answered ${res.status}: ${(await res.text()).trim()}`);
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), createWriteStream(partial));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

export function restoreCommand(): Command {
  return dataCommand(
    "restore",
    "restore a backup from grove backup into an empty database, embedded or PostgreSQL (docs/operations.md)",
    runRestore,
  ).argument("<file>", "the backup file");
}

export async function runRestore(
  file: string,
  flags: DataDirFlags,
  out: Print = stdout,
  err: Print = stderr,
): Promise<number> {
  if (!existsSync(file)) throw new UsageError(`there is no backup file at ${resolve(file)}`);
  const refused = (error: unknown) => {
    if (!(error instanceof RestoreRefused || error instanceof BackupFileError)) throw error;
    err(`grove restore: ${error.message}. Nothing was written.\n`);
    return 1;
  };
  // Read through before the database is even opened: a damaged file leaves no trace.
  const summary = await verifyBackup(file).catch(refused);
  if (typeof summary === "number") return summary;
  const db = await openDatabase(loadConfig({ dataDir: flags.dataDir }).db, "restore", err);
  try {
    const report = await restoreBackup(db.kysely, file, { grove: packageVersion(), summary });
    const { header, rows, tables } = report.backup;
    for (const table of report.tables) out(`${table.name.padEnd(34)} ${table.rows}\n`);
    out(`Restored ${rows} rows of ${tables} tables from ${file}, taken ${header.takenAt} by Grove ${header.grove}.\n`);
    if (report.upgraded.length > 0) out(`Then applied ${report.upgraded.length} newer migration(s).\n`);
    return 0;
  } catch (error) {
    return refused(error);
  } finally {
    await db.close();
  }
}
