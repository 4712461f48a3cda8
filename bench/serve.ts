// The server the benchmark measures: `grove serve` without its one-off web build step, so a run
// never spends its time in Vite. Flags: --port, --data-dir; DATABASE_URL selects PostgreSQL, and
// GROVE_WORKERS runs that many server processes as `grove serve` does (src/server-cluster.ts).
import cluster from "node:cluster";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
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
const profiler = await startProfiler(process.env.BENCH_CPU_PROFILE_DIR);
process.once("SIGTERM", async () => {
  await server.close();
  await profiler?.();
  process.exit(0);
});

/**
 * With BENCH_CPU_PROFILE_DIR set, the server (one process: no workers) profiles its CPU from the
 * moment it serves until it stops, so start-up and module loading are left out, and writes the
 * V8 profile there; `npx tsx bench/profile-summary.ts FILE` says where the time went. That is how
 * docs/performance.md explains a missed target.
 */
async function startProfiler(dir: string | undefined): Promise<(() => Promise<void>) | null> {
  if (!dir) return null;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(profile));
  };
}
