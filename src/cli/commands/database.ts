import { Command } from "commander";
import { DEMO_SLUG, loadDemos } from "../../demo/load-demo.ts";
import { defaultContext } from "../../services/context.ts";
import { drainScoreRebuilds, queueAllScoreRebuilds } from "../../services/scores/rebuild.ts";
import { withDatabase } from "../open-database.ts";

const dataDirFlag = [
  "-d, --data-dir <dir>",
  "embedded database directory (env GROVE_DATA_DIR, default ./data)",
] as const;

/** `grove migrate`: apply pending migrations and exit. */
export function migrateCommand(): Command {
  return new Command("migrate")
    .description("apply pending database migrations")
    .option(...dataDirFlag)
    .action((flags: { dataDir?: string }) =>
      withDatabase(flags, "migrate", async (_db, applied) => {
        process.stdout.write(applied.length ? `Applied: ${applied.join(", ")}\n` : "The database is up to date.\n");
      }),
    );
}

/** `grove demo`: load the guide's worked examples as the demo organisations (English, Chinese). */
export function demoCommand(): Command {
  return new Command("demo")
    .description(
      "load the demo organisations (the guide's worked examples, in English as SLUG and in Chinese as SLUG-zh)",
    )
    .option(...dataDirFlag)
    .option("--slug <slug>", "slug of the English demo organisation (the Chinese one is SLUG-zh)", DEMO_SLUG)
    .action((flags: { dataDir?: string; slug: string }) =>
      withDatabase(flags, "demo", async (db) => {
        const slugs = await loadDemos(defaultContext(db), flags.slug);
        process.stdout.write(`Loaded the demo organisations ${slugs.map((slug) => `"${slug}"`).join(" and ")}.\n`);
      }),
    );
}

/** `grove rescore`: rebuild every stored score from scratch (a repair; writes keep them current). */
export function rescoreCommand(): Command {
  return new Command("rescore")
    .description("rebuild the stored progress of every objective and key result from scratch")
    .option(...dataDirFlag)
    .action((flags: { dataDir?: string }) =>
      withDatabase(flags, "rescore", async (db) => {
        const periods = await queueAllScoreRebuilds(db);
        const rebuilt = await drainScoreRebuilds(db);
        process.stdout.write(`Rescored ${rebuilt} of ${periods} periods.\n`);
      }),
    );
}
