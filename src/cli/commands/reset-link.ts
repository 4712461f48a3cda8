import { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { createDb } from "../../db/create-db.ts";
import { createResetLink } from "../../services/accounts/password-reset.ts";
import { defaultContext } from "../../services/context.ts";
import { upgradeDatabase } from "../../services/database.ts";

/**
 * `grove reset-link EMAIL`: a password reset link for an account, printed for an admin to hand
 * over when the server sends no mail (docs/accounts-and-access.md). The link starts with
 * GROVE_PUBLIC_URL (or http://localhost:PORT) and works once, for an hour.
 */
export function resetLinkCommand(): Command {
  return new Command("reset-link")
    .description("print a single-use password reset link for the account with EMAIL (valid one hour)")
    .argument("<email>", "the account's email")
    .option("-d, --data-dir <dir>", "embedded database directory (env GROVE_DATA_DIR, default ./data)")
    .action(async (email: string, flags: { dataDir?: string }) => {
      const config = loadConfig(flags);
      const db = await createDb(config.db);
      try {
        await upgradeDatabase(db.kysely);
        const ctx = defaultContext(db.kysely, {
          publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
          mail: false,
        });
        const { link, expiresAt } = await createResetLink(ctx, email);
        process.stdout.write(`${link}\n`);
        process.stderr.write(`Works once, until ${expiresAt.toISOString()}. Hand it to the account's owner only.\n`);
      } finally {
        await db.close();
      }
    });
}
