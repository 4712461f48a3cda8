import cluster, { type Address, type Worker } from "node:cluster";
import type { Config } from "./config.ts";
import { maxConnections } from "./db/connection-limit.ts";
import { createDb } from "./db/create-db.ts";
import type { DemoOrganisation } from "./demo/demo-types.ts";
import { existingDemos } from "./demo/load-demo.ts";
import { createLogger, type Logger } from "./logger.ts";
import { aggregateWorkersMetrics, serveMetricsToPrimary } from "./metrics.ts";
import { defaultWebRoot, prepareDatabase, type RunningServer, startServer } from "./server.ts";
import { defaultContext } from "./services/context.ts";

// All cores on PostgreSQL (docs/operations.md, "All cores"): GROVE_WORKERS server processes on
// one port through node:cluster. The primary migrates the database and loads the demo once, then
// forks the workers and holds the port; each worker has its own pool and shares nothing with the
// others but the database. Every background job already claims its work in the database (the
// outbox's `for update skip locked`, the scheduled jobs' one row per slot, src/services/outbox),
// so each worker runs the delivery worker as separate instances would, and a job still runs once
// per slot; the statistics keeper runs only on the embedded database, which has one process.

/** The worker's number (1 to GROVE_WORKERS) as the primary hands it down; a restart keeps it. */
const WORKER_ID = "GROVE_WORKER_ID";
/** Restart delays double from this after each death in a row, up to MAX_RESTART_DELAY_MS. */
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that served this long before it died was not crash-looping: its next delay is the first. */
const STEADY_MS = 30_000;

/** The delay before restarting a worker that died `deathsInARow` times in a row: 1 s, 2 s, 4 s ... 30 s. */
export function restartDelayMs(deathsInARow: number): number {
  return Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** Math.max(0, deathsInARow - 1));
}

export interface Workers {
  /** The port the workers share (the one the system picked for port 0). */
  port: number;
  /** The demo organisations the database holds, for the start-up lines. */
  demos: DemoOrganisation[];
  /** SIGTERM to every worker; resolves once all have exited, each after its in-flight requests. */
  close(): Promise<void>;
}

/** The number a worker process was started with, or null outside a worker. */
export function workerIdOf(env: NodeJS.ProcessEnv = process.env): number | null {
  return cluster.isWorker ? Number(env[WORKER_ID]) || null : null;
}

/**
 * In the primary: prepares the database once (migrations, the demo), closes it, and forks
 * `config.workers` workers running the same command. Resolves when every worker listens; rejects
 * (after stopping the others) when one exits before that, since its error, printed by the worker,
 * would only repeat (a port in use, a database that refuses).
 */
export async function startWorkers(config: Config, logger: Logger): Promise<Workers> {
  const demos = await prepareOnce(config, logger);
  const count = config.workers ?? 1;
  aggregateWorkersMetrics(); // a scrape on any worker sees all of them (src/metrics.ts)
  return new Promise<Workers>((resolve, reject) => {
    const live = new Map<number, Worker>();
    const listeningSince = new Map<number, number>();
    const deaths = new Map<number, number>();
    const timers = new Set<NodeJS.Timeout>();
    let ready = false;
    let stopping = false;
    let port = 0;
    let failure: Error | null = null;
    let allExited = () => {};
    const exited = new Promise<void>((done) => {
      allExited = done;
    });
    const stopAll = () => {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      if (live.size === 0) allExited();
      for (const worker of live.values()) worker.process.kill("SIGTERM");
      return exited;
    };
    const handle: Workers = { port, demos, close: stopAll };

    const fork = (id: number) => {
      const worker = cluster.fork({ [WORKER_ID]: String(id) });
      const pid = worker.process.pid;
      live.set(id, worker);
      listeningSince.delete(id);
      worker.on("listening", (address: Address) => {
        listeningSince.set(id, Date.now());
        port = address.port;
        logger.info({ worker: id, pid, port }, `worker ${id} (pid ${pid}) is listening`);
        if (!ready && listeningSince.size === count) {
          ready = true;
          handle.port = port;
          resolve(handle);
        }
      });
      worker.on("exit", (code, signal) => {
        live.delete(id);
        const how = signal ? `signal ${signal}` : `code ${code}`;
        if (stopping) {
          if (live.size === 0) {
            allExited();
            if (failure) reject(failure);
          }
          return;
        }
        if (!ready) {
          failure = new Error(`worker ${id} (pid ${pid}) exited (${how}) before it could serve: see its error above`);
          void stopAll();
          return;
        }
        const since = listeningSince.get(id);
        const inARow = since !== undefined && Date.now() - since >= STEADY_MS ? 1 : (deaths.get(id) ?? 0) + 1;
        deaths.set(id, inARow);
        const delay = restartDelayMs(inARow);
        logger.warn(
          { worker: id, pid, code, signal, restartInMs: delay },
          `worker ${id} (pid ${pid}) exited (${how}): starting it again in ${delay / 1000} s`,
        );
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!stopping) fork(id);
        }, delay);
        timers.add(timer);
      });
    };
    for (let id = 1; id <= count; id++) fork(id);
  });
}

/** In a worker: serves until SIGTERM, SIGINT or the primary going away, finishes in-flight requests, exits 0. */
export async function runWorker(config: Config, webRoot = defaultWebRoot): Promise<never> {
  const workerId = workerIdOf() ?? 1;
  const logger = createLogger(config.logLevel, { worker: workerId });
  serveMetricsToPrimary();
  let server: RunningServer;
  try {
    server = await startServer(config, logger, webRoot, { prepared: true, workerId });
  } catch (error) {
    // Exit rather than return: the channel to the primary would keep this process alive.
    process.stderr.write(`grove: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (why: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ why }, "worker shutting down: finishing in-flight requests");
      server.close().then(resolve, resolve);
    };
    // `on`, not `once`: a signal often reaches a worker twice, once from whoever signalled the
    // process group (Ctrl-C in a terminal, systemd's default KillMode) and once from the primary
    // passing it on; a second one with no listener would kill the worker mid-request.
    process.on("SIGTERM", () => stop("SIGTERM"));
    process.on("SIGINT", () => stop("SIGINT"));
    // The primary died without telling us (SIGKILL): nobody would restart or stop this worker.
    process.once("disconnect", () => stop("the primary process is gone"));
  });
  process.exit(0);
}

/**
 * The primary's one connection to the database: migrate, load the demo if empty, see which demo
 * organisations exist (for the start-up lines), and warn when the workers' pools together would
 * exceed what the server accepts.
 */
async function prepareOnce(config: Config, logger: Logger): Promise<DemoOrganisation[]> {
  const db = await createDb(config.db);
  try {
    await prepareDatabase(db, config, logger);
    const demos = await existingDemos(defaultContext(db.kysely));
    if (config.db.kind === "postgres") {
      const poolSize = config.db.poolSize ?? 10;
      const wanted = (config.workers ?? 1) * poolSize;
      const max = await maxConnections(db.kysely);
      if (wanted > max) {
        logger.warn(
          { workers: config.workers, poolSize, maxConnections: max },
          `GROVE_WORKERS x DATABASE_POOL_SIZE = ${wanted} connections, more than the server's max_connections (${max}): ` +
            "lower one of them, or raise max_connections",
        );
      }
    }
    return demos;
  } finally {
    await db.close();
  }
}
