import cluster from "node:cluster";
import { Command, Option } from "commander";
import { type Config, loadConfig } from "../../config.ts";
import type { DemoOrganisation } from "../../demo/demo-types.ts";
import { DEMO_PASSWORD, demoAdminEmail, existingDemos } from "../../demo/load-demo.ts";
import { createLogger, type Logger } from "../../logger.ts";
import { startServer } from "../../server.ts";
import { runWorker, startWorkers } from "../../server-cluster.ts";
import { defaultContext } from "../../services/context.ts";
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
      // A worker forked by the primary below runs this same command (docs/operations.md, "All cores").
      if (cluster.isWorker) await runWorker(config);
      const logger = createLogger(config.logLevel);
      await ensureWebBuild(logger);
      // Listen for signals before saying it runs: a stop right after the line must still close
      // the database (and release the data directory's lock), or drain every worker.
      if ((config.workers ?? 1) > 1) {
        const workers = await startWorkers(config, logger);
        const signalled = stopSignal(logger);
        announce(`http://localhost:${workers.port}`, config, workers.demos);
        await signalled;
        await workers.close();
        return;
      }
      const server = await startServer(config, logger);
      const signalled = stopSignal(logger);
      announce(server.url, config, await existingDemos(defaultContext(server.db.kysely)));
      await signalled;
      await server.close().catch(() => undefined);
    });
}

function stopSignal(logger: Logger): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, "shutting down: finishing in-flight requests");
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}

/** Where Grove answers, on which database, and each demo organisation with who signs in. */
function announce(url: string, config: Config, demos: DemoOrganisation[]): void {
  const workers = config.workers ?? 1;
  const where =
    config.db.kind === "postgres"
      ? `PostgreSQL (DATABASE_URL${config.db.replicaUrl ? ", reads on DATABASE_REPLICA_URL" : ""}), ${workers} worker${workers === 1 ? "" : "s"}`
      : `embedded database in ${config.db.kind === "pglite" ? config.db.dataDir : "memory"}`;
  process.stdout.write(`Grove is running at ${url} (${where}).\n`);
  // Only the embedded demo has a known password; a server database logs its own once.
  const password = config.db.kind === "postgres" ? "the password logged when it was loaded" : DEMO_PASSWORD;
  for (const demo of demos) {
    process.stdout.write(
      `${demo.label}: ${url}/orgs/${demo.slug} (sign in as ${demoAdminEmail(demo)}, password: ${password})\n`,
    );
  }
}
