import { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { DEMO_SLUG, loadDemos } from "../../demo/load-demo.ts";
import { defaultContext } from "../../services/context.ts";
import { upgradeDatabase } from "../../services/database.ts";
import { drainScoreRebuilds, queueAllScoreRebuilds } from "../../services/scores/rebuild.ts";
import { openDatabase } from "../open-database.ts";

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
      const db = await openDatabase(loadConfig(flags).db, "migrate");
      try {
        const applied = await upgradeDatabase(db.kysely);
        process.stdout.write(applied.length ? `Applied: ${applied.join(", ")}\n` : "The database is up to date.\n");
      } finally {
        await db.close();
      }
    });
}

/** `grove demo`: load the guide's worked examples as the demo organisations (English, Chinese). */
export function demoCommand(): Command {
  return new Command("demo")
    .description(
      "load the demo organisations (the guide's worked examples, in English as SLUG and in Chinese as SLUG-zh)",
    )
    .option(...dataDirFlag)
    .option("--slug <slug>", "slug of the English demo organisation (the Chinese one is SLUG-zh)", DEMO_SLUG)
    .action(async (flags: { dataDir?: string; slug: string }) => {
      const db = await openDatabase(loadConfig(flags).db, "demo");
      try {
        await upgradeDatabase(db.kysely);
        const slugs = await loadDemos(defaultContext(db.kysely), flags.slug);
        process.stdout.write(`Loaded the demo organisations ${slugs.map((slug) => `"${slug}"`).join(" and ")}.\n`);
      } finally {
        await db.close();
      }
    });
}

/** `grove rescore`: rebuild every stored score from scratch (a repair; writes keep them current). */
export function rescoreCommand(): Command {
  return new Command("rescore")
    .description("rebuild the stored progress of every objective and key result from scratch")
    .option(...dataDirFlag)
    .action(async (flags: { dataDir?: string }) => {
      const db = await openDatabase(loadConfig(flags).db, "rescore");
      try {
        await upgradeDatabase(db.kysely);
        const periods = await queueAllScoreRebuilds(db.kysely);
        const rebuilt = await drainScoreRebuilds(db.kysely);
        process.stdout.write(`Rescored ${rebuilt} of ${periods} periods.\n`);
      } finally {
        await db.close();
      }
    });
}
