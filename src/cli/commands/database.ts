import { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { createDb } from "../../db/create-db.ts";
import { migrate } from "../../db/migrate.ts";
import { DEMO_SLUG, loadDemo } from "../../demo/load-demo.ts";
import { defaultContext } from "../../services/context.ts";

const dataDirFlag = [
  "-d, --data-dir <dir>",
  "embedded database directory (env GROVE_DATA_DIR, default ./data)",
] as const;

/** `grove migrate`: apply pending migrations and exit. */
export function migrateCommand(): Command {
  return new Command("migrate")
    .description("apply pending database migrations")
    .option(...dataDirFlag)
    .action(async (flags: { dataDir?: string }) => {
      const db = await createDb(loadConfig(flags).db);
      try {
        const applied = await migrate(db.kysely);
        process.stdout.write(applied.length ? `Applied: ${applied.join(", ")}\n` : "The database is up to date.\n");
      } finally {
        await db.close();
      }
    });
}

/** `grove demo`: load the guide's worked examples as a demo organisation. */
export function demoCommand(): Command {
  return new Command("demo")
    .description("load the demo organisation (the guide's worked examples)")
    .option(...dataDirFlag)
    .option("--slug <slug>", "organisation slug", DEMO_SLUG)
    .action(async (flags: { dataDir?: string; slug: string }) => {
      const db = await createDb(loadConfig(flags).db);
      try {
        await migrate(db.kysely);
        await loadDemo(defaultContext(db.kysely), flags.slug);
        process.stdout.write(`Loaded the demo organisation "${flags.slug}".\n`);
      } finally {
        await db.close();
      }
    });
}
