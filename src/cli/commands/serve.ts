import { Command, Option } from "commander";
import { loadConfig } from "../../config.ts";
import { DEMO_PASSWORD, demoAdminEmail, demoOrganisations } from "../../demo/load-demo.ts";
import { createLogger } from "../../logger.ts";
import { startServer } from "../../server.ts";
import { defaultContext } from "../../services/context.ts";
import { organisationExists } from "../../services/organisations.ts";
import { ensureWebBuild } from "../web-build.ts";

/** `grove serve`: the app and API, until SIGINT/SIGTERM. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the web app and API (embedded database in ./data unless DATABASE_URL is set)")
    .option("-p, --port <port>", "port to listen on (env PORT, default 3000)")
    .option("--host <host>", "address to bind (env HOST, default 0.0.0.0)")
    .option("-d, --data-dir <dir>", "embedded database directory (env GROVE_DATA_DIR, default ./data)")
    .addOption(new Option("--no-demo", "do not load the demo organisation into an empty database"))
    .action(async (flags: { port?: string; host?: string; dataDir?: string; demo: boolean }) => {
      const config = loadConfig({ ...flags, demo: flags.demo === false ? false : undefined });
      const logger = createLogger(config.logLevel);
      await ensureWebBuild(logger);
      const server = await startServer(config, logger);
      // Listen for signals before saying it runs: a stop right after the line must still close
      // the database and release the data directory's lock.
      const stopped = new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info({ signal }, "shutting down: finishing in-flight requests");
          server.close().then(resolve, resolve);
        };
        process.once("SIGINT", () => stop("SIGINT"));
        process.once("SIGTERM", () => stop("SIGTERM"));
      });
      const where =
        config.db.kind === "postgres"
          ? "PostgreSQL (DATABASE_URL)"
          : `embedded database in ${config.db.kind === "pglite" ? config.db.dataDir : "memory"}`;
      process.stdout.write(`Grove is running at ${server.url} (${where}).\n`);
      // Only the embedded demo has a known password; a server database logs its own once.
      const password = config.db.kind === "postgres" ? "the password logged when it was loaded" : DEMO_PASSWORD;
      for (const demo of demoOrganisations) {
        if (!(await organisationExists(defaultContext(server.db.kysely), demo.slug))) continue;
        process.stdout.write(
          `${demo.label}: ${server.url}/orgs/${demo.slug} (sign in as ${demoAdminEmail(demo)}, password: ${password})\n`,
        );
      }
      await stopped;
    });
}
