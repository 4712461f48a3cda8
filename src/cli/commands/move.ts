import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { createDb } from "../../db/create-db.ts";
import { moveInstallation, TargetNotEmpty } from "../../services/move.ts";
import { UsageError } from "../../usage-error.ts";
import { type DataDirFlags, dataCommand } from "../data-command.ts";
import { openDatabase } from "../open-database.ts";
import { type Print, stderr, stdout } from "../print.ts";

interface MoveFlags extends DataDirFlags {
  to: string;
  sessions?: boolean;
}

/** `grove move --to postgres://...`: an embedded installation, whole, into an empty PostgreSQL database. */
export function moveCommand(): Command {
  return dataCommand(
    "move",
    "copy everything of an embedded installation into an empty PostgreSQL database (docs/operations.md)",
    runMove,
  )
    .requiredOption("--to <url>", "the PostgreSQL database to copy into, postgres://user:password@host:port/database")
    .option("--sessions", "keep people signed in (copy their sessions); without it, everyone signs in again");
}

export async function runMove(flags: MoveFlags, out: Print = stdout, err: Print = stderr): Promise<number> {
  if (!/^postgres(ql)?:\/\//.test(flags.to)) {
    throw new UsageError(`--to must be a PostgreSQL address, postgres://... (got "${flags.to}")`);
  }
  const source = loadConfig({ dataDir: flags.dataDir }, { ...process.env, DATABASE_URL: "" }).db;
  const from = await openDatabase(source, "move");
  try {
    const to = await createDb({ kind: "postgres", url: flags.to });
    try {
      const report = await moveInstallation(from.kysely, to.kysely, { sessions: flags.sessions === true });
      const rows = report.tables.reduce((sum, table) => sum + table.rows, 0);
      for (const table of report.tables) out(`${table.name.padEnd(34)} ${table.rows}\n`);
      if (!flags.sessions) out("sessions: not copied, so everyone signs in again (--sessions keeps them signed in)\n");
      out(
        `Copied ${rows} rows of ${report.tables.length} tables. Start Grove with DATABASE_URL set to the new database.\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof TargetNotEmpty)) throw error;
      err(`grove move: ${error.message}\n`);
      return 1;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}
