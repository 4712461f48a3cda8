import type { Kysely } from "kysely";
import {
  type CopyReport,
  installationSize,
  loadTables,
  type TableSection,
  tableShapes,
} from "../../db/copy-database.ts";
import { lastMigration, listMigrations, migrate } from "../../db/migrate.ts";
import type { Database } from "../../db/schema.ts";
import { upgradeDatabase } from "../database.ts";
import { type BackupSummary, openBackup, shapeFor, verifyBackup } from "./backup-file.ts";

/** A restore that would overwrite data or cannot bring the backup's schema: nothing was written. */
export class RestoreRefused extends Error {}

export interface RestoreReport extends CopyReport {
  backup: BackupSummary;
  /** Migrations applied after the rows, when the backup came from an older Grove. */
  upgraded: string[];
}

/**
 * Restores a backup into an empty database (`grove restore`, docs/operations.md "Backup and
 * restore"). The file is read through once first (unless the caller did: `options.summary`), so a
 * damaged one is refused before anything is written. The database is migrated to the backup's own level, filled in one transaction
 * (loadTables: all or nothing), then brought up to this version, so a backup of an older Grove
 * passes through the same migrations its data would have.
 */
export async function restoreBackup(
  db: Kysely<Database>,
  file: string,
  options: { grove: string; summary?: BackupSummary },
): Promise<RestoreReport> {
  const checked = options.summary ?? (await verifyBackup(file));
  const { header } = checked;
  if (!listMigrations().some((m) => m.name === header.migration)) {
    throw new RestoreRefused(
      `the backup was made by Grove ${header.grove} at migration ${header.migration}, which this Grove ` +
        `(${options.grove}) does not have: restore it with Grove ${header.grove} or later`,
    );
  }
  const level = await lastMigration(db);
  if (level !== null) {
    const held = await installationSize(db);
    if (held.organisations > 0 || held.users > 0) {
      throw new RestoreRefused(
        `the database already holds ${held.organisations} organisation(s) and ${held.users} account(s): ` +
          "grove restore writes into an empty database only (a new --data-dir, or a new PostgreSQL database)",
      );
    }
    if (level > header.migration) {
      throw new RestoreRefused(
        `the database is already at migration ${level}, past the backup's ${header.migration}: restore into a ` +
          "new database (one no newer Grove has started on), and this Grove brings it up to date afterwards",
      );
    }
  }
  await migrate(db, header.migration);
  const shapes = new Map((await tableShapes(db)).map((shape) => [shape.name, shape]));
  const backup = await openBackup(file);
  async function* sections(): AsyncGenerator<TableSection> {
    for await (const table of backup.tables) yield { table: shapeFor(file, shapes, table), pages: table.pages };
  }
  const report = await loadTables(db, sections());
  const upgraded = await upgradeDatabase(db);
  return { ...report, backup: checked, upgraded };
}
