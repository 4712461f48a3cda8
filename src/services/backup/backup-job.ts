import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ScheduledJob } from "../outbox/scheduler.ts";
import { type BackupOrigin, backupToFile, writeBackup } from "./backup-file.ts";

/** GROVE_BACKUP_DIR, GROVE_BACKUP_EVERY and GROVE_BACKUP_KEEP (docs/operations.md, "Backup and restore"). */
export interface BackupSchedule {
  dir: string;
  everyMs: number;
  keep: number;
}

const FILE = /^grove-backup-\d{8}T\d{6}Z\.ndjson\.gz$/;

/** The slot due at `now`: slots are counted from 1970-01-01 00:00 UTC, so 1d starts at midnight UTC. */
export function backupSlot(now: Date, everyMs: number): string {
  const start = Math.floor(now.getTime() / everyMs) * everyMs;
  return new Date(start).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** grove-backup-20261206T060000Z.ndjson.gz: names sort as their slots do. */
export function backupFileName(slot: string): string {
  return `grove-backup-${slot.replace(/[-:]/g, "")}.ndjson.gz`;
}

/** Deletes Grove's backups in `dir` beyond the newest `keep`; other files are never touched. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = readdirSync(dir)
    .filter((name) => FILE.test(name))
    .sort()
    .slice(0, -keep);
  for (const name of old) rmSync(join(dir, name), { force: true });
  return old;
}

/**
 * A backup per slot across every instance and worker on one database: the slot is claimed in
 * `scheduled_runs` (src/services/outbox/scheduler.ts) by the transaction that holds it while the
 * file is written, so one of them writes it, and another takes the slot over if that one dies
 * halfway (its claim is rolled back). On PostgreSQL the rows are read in a snapshot of their own
 * on a second connection; the embedded database's claim holds its one connection, so the claim's
 * transaction is already one moment of it.
 */
export function backupJob(db: Kysely<Database>, origin: BackupOrigin, schedule: BackupSchedule): ScheduledJob {
  return {
    name: "backup",
    slotAt: (now) => backupSlot(now, schedule.everyMs),
    async run(tx, now, slot) {
      const file = join(schedule.dir, backupFileName(slot));
      if (origin.database === "postgres") await backupToFile(db, file, origin);
      else await writeBackup(tx, file, origin, now);
      pruneBackups(schedule.dir, schedule.keep);
    },
  };
}
