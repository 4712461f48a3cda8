// The server the benchmark measures: `grove serve` without its one-off web build step, so a run
// never spends its time in Vite. Flags: --port, --data-dir; DATABASE_URL selects PostgreSQL, and
// GROVE_WORKERS runs that many server processes as `grove serve` does (src/server-cluster.ts).
import cluster from "node:cluster";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { startServer } from "../src/server.ts";
import { runWorker, startWorkers } from "../src/server-cluster.ts";

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const config = loadConfig({ port: flag("port"), dataDir: flag("data-dir"), host: "127.0.0.1", demo: false });
if (cluster.isWorker) await runWorker(config);
const server =
  (config.workers ?? 1) > 1 ? await startWorkers(config, createLogger(config.logLevel)) : await startServer(config);
process.once("SIGTERM", () => {
  server.close().then(() => process.exit(0));
});
