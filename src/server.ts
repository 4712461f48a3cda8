import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import type { AddressInfo, Socket } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "./api/app.ts";
import type { Config } from "./config.ts";
import { keepStatisticsFresh } from "./db/analyze-keeper.ts";
import { createDb, type Db } from "./db/create-db.ts";
import { gone } from "./db/data-dir-lock.ts";
import { exclusiveStart } from "./db/migrate.ts";
import type { ReplicaRouter } from "./db/replica-dialect.ts";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, loadDemoIfEmpty } from "./demo/load-demo.ts";
import { createLogger, type Logger } from "./logger.ts";
import { deliveries, gaugeDatabasePool, gaugeMemory, gaugeQueues, replicaReads } from "./metrics.ts";
import { packageRoot } from "./paths.ts";
import { newSecret } from "./services/accounts/secrets.ts";
import { backupJob } from "./services/backup/backup-job.ts";
import { defaultContext } from "./services/context.ts";
import { upgradeDatabase } from "./services/database.ts";
import { idempotencyPurgeJob } from "./services/idempotency/idempotency-keys.ts";
import { createMailDeliverer } from "./services/mail/smtp-deliverer.ts";
import { metricSyncJob } from "./services/metric-sources/sync-job.ts";
import { createMetricSyncDeliverer } from "./services/metric-sources/sync-metric-source.ts";
import { reminderJobs } from "./services/notifications/jobs/index.ts";
import type { Deliverers } from "./services/outbox/deliverers.ts";
import { createDeliveryWorker } from "./services/outbox/worker.ts";
import { queueFigures } from "./services/queue-figures.ts";
import { createChatDeliverer, createWebhookDeliverer } from "./services/webhooks/deliverers.ts";
import { packageVersion } from "./version.ts";

/** How often the server checks the embedded database's tables for stale statistics. */
const STATISTICS_INTERVAL_MS = 60_000;

export const defaultWebRoot = join(packageRoot, "dist/web");

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

export interface StartOptions {
  /**
   * The database is already migrated and the demo loaded: a worker process, whose primary did
   * both once before forking (docs/operations.md, "All cores").
   */
  prepared?: boolean;
  /** This process's number among the workers (1 to GROVE_WORKERS), shown in /api/health. */
  workerId?: number;
}

/** Opens the database, migrates it, loads the demo if empty, and serves HTTP until closed. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  webRoot = defaultWebRoot,
  options: StartOptions = {},
): Promise<RunningServer> {
  if (config.db.kind === "pglite") assertWritableDir(config.db.dataDir);
  if (config.backups) assertWritableDir(config.backups.dir, "GROVE_BACKUP_DIR");
  // One process per embedded database: a second server (or a data command) is refused with
  // this one's pid, command and URL; a lock left by a killed server is taken over (data-dir-lock.ts).
  const db = await createDb(config.db, {
    onStale: (stale) => logger.warn({ staleLock: stale }, `took over the data directory's lock left by ${gone(stale)}`),
  });
  try {
    const services = servicesOf(db, config);
    if (!options.prepared) await prepareDatabase(db, config, logger);
    const app = createApp({
      services,
      logger,
      webRoot,
      trustProxy: config.trustProxy ?? 0,
      signUp: config.signUp,
      corsOrigins: config.corsOrigins,
      workerId: options.workerId,
      metricsToken: config.metricsToken,
      backup: { token: config.backupToken ?? null, database: databaseName(db) },
    });
    const server = await listen(app.fetch, config);
    const connections = trackConnections(server);
    // The embedded database has no autovacuum: keep its planner statistics fresh ourselves.
    const statistics =
      db.kind === "pglite"
        ? keepStatisticsFresh(db.kysely, STATISTICS_INTERVAL_MS, (tables, error) => {
            if (error) logger.warn({ err: error }, "analyzing changed tables failed");
            else if (tables.length > 0) logger.info({ tables }, "analyzed changed tables");
          })
        : null;
    const port = (server.address() as AddressInfo).port;
    db.lock?.annotate({ url: `http://localhost:${port}` });
    // Port 0 picks a free port: the links in messages need the one it picked.
    if (!config.publicUrl) services.messaging.publicUrl = `http://localhost:${port}`;
    // Mail, chat, webhooks and the scheduled reminders go out through the outbox
    // (docs/notifications.md); an operator may run the worker in some instances only.
    const deliverers: Deliverers = {
      // Webhooks and chat (docs/notifications.md "Webhooks and chat"): always on, as admins add them.
      webhook: createWebhookDeliverer({ db: db.kysely }),
      chat: createChatDeliverer({ db: db.kysely, newId: services.newId }),
      // KR values from metric sources (docs/metric-sources.md): the syncs the hourly job queues.
      metric_sync: createMetricSyncDeliverer(services),
    };
    // Mail (docs/notifications.md, "Mail"): on only with SMTP_URL; without it the UI offers links.
    const mail = config.smtpUrl ? createMailDeliverer({ url: config.smtpUrl, from: config.mailFrom }) : null;
    if (mail) deliverers.mail = mail.deliver;
    else logger.info("mail is off (no SMTP_URL): invitation and password reset links are shown to copy instead");
    const worker = createDeliveryWorker({
      db: db.kysely,
      deliverers,
      // Reminders: the weekly check-in reminder, review-due reminders and the leaders' digest;
      // forgetting idempotency keys older than 24 hours (docs/api-retries.md); and queuing the
      // metric sources' syncs due in each hour (docs/metric-sources.md).
      // And the scheduled backups, when GROVE_BACKUP_DIR is set (docs/operations.md, "Backup and restore").
      jobs: [
        ...reminderJobs(services),
        idempotencyPurgeJob,
        metricSyncJob(services),
        ...(config.backups
          ? [backupJob(db.kysely, { database: databaseName(db), grove: packageVersion() }, config.backups)]
          : []),
      ],
      logger,
      leaseMs: (config.deliveryLeaseSeconds ?? 60) * 1000,
      onOutcome: (channel, outcome) => deliveries.inc({ channel, outcome }),
    });
    if (config.deliveryWorker) worker.start();
    gaugeDatabasePool(db.poolStats);
    gaugeMemory(db.embeddedMemoryBytes);
    if (db.replica) watchReplica(db.replica, logger);
    gaugeQueues(() => queueFigures(db.kysely));
    let closing: Promise<void> | undefined;
    const close = () => {
      // Stop accepting, let in-flight requests finish, then close the database cleanly.
      closing ??= stopInSteps(logger, [
        ["connections", () => closeServer(server, connections, logger)],
        ["jobs", () => worker.stop()],
        ["mail", async () => mail?.close()],
        ["statistics", async () => statistics?.stop()],
        ["database", () => db.close()],
      ]);
      return closing;
    };
    return { url: `http://localhost:${port}`, port, db, close };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Runs a stop's steps in order and logs how long each took: an orchestrator kills a process that
 * has not stopped in 30 s, and the line says which step held it (in-flight requests, a running
 * job, the database).
 */
async function stopInSteps(logger: Logger, steps: [string, () => Promise<unknown>][]): Promise<void> {
  const tookMs: Record<string, number> = {};
  for (const [name, step] of steps) {
    const start = performance.now();
    const slow = setTimeout(() => logger.warn({ step: name }, `stopping: still waiting for ${name} after 5 s`), 5_000);
    slow.unref();
    await step().finally(() => clearTimeout(slow));
    tookMs[name] = Math.round(performance.now() - start);
  }
  logger.info({ tookMs }, "stopped");
}

/** The read replica's routing in /metrics, and in the log when the replica stops or starts serving reads. */
function watchReplica(replica: ReplicaRouter, logger: Logger): void {
  replica.observe((event) => {
    if ("read" in event) {
      replicaReads.inc({ outcome: event.read });
      // A read that writes is a bug: the write path (services/write.ts) runs on the primary.
      if (event.read === "write") logger.warn({ err: event.error }, "a read tried to write on the read replica");
    } else if (event.state === "up") {
      logger.info("the read replica serves reads again");
    } else {
      logger.warn(
        { err: event.error, replica: event.state },
        `reads go to the primary: the read replica is ${event.state}`,
      );
    }
  });
}

function servicesOf(db: Db, config: Config) {
  return defaultContext(db.kysely, contextOptions(config));
}

function contextOptions(config: Config) {
  return {
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    mail: config.smtpUrl !== null,
    // As loadConfig defaults it: required exactly when mail is on, unless the operator says otherwise.
    emailVerification: config.emailVerification ?? config.smtpUrl !== null,
  };
}

/**
 * What happens once per start, before any request: the migrations (under their own lock,
 * src/db/migrate.ts), then the demo organisations into an empty database, all under the start
 * lock: instances started together take turns, so the demo is loaded once. With workers the
 * primary does it alone, so N processes never race to load the demo.
 */
export async function prepareDatabase(db: Db, config: Config, logger: Logger): Promise<void> {
  await exclusiveStart(db.kysely, async (conn) => {
    const ctx = defaultContext(conn, contextOptions(config));
    const applied = await upgradeDatabase(conn);
    if (applied.length > 0) logger.info({ applied }, "migrations applied");
    // A shared server must not carry a published password: its demo accounts get a random one.
    const demoPassword = config.demoPassword ?? (config.db.kind === "postgres" ? newSecret() : DEMO_PASSWORD);
    const demoSlugs = config.demoOnEmpty ? await loadDemoIfEmpty(ctx, demoPassword) : [];
    if (demoSlugs.length > 0) {
      logger.info(
        {
          slugs: demoSlugs,
          signIn: DEMO_ADMIN_EMAIL,
          ...(config.db.kind === "postgres" ? { password: demoPassword } : {}),
        },
        `demo organisations loaded (slugs: ${demoSlugs.join(", ")})`,
      );
    }
  });
}

/**
 * How long an idle keep-alive connection stays open. Node's default, 5 s, is timed by a timer that
 * fires before the pending request is read when the event loop was held longer than that (PGlite
 * runs each query on it): the request already sent on that connection was then dropped, as the
 * benchmark's mixed load saw at medium size on a busy machine (docs/performance.md). 65 s also
 * outlasts the 60 s idle timeout of common load balancers, so they never reuse a closed socket.
 */
export const KEEP_ALIVE_MS = 65_000;

/**
 * How long a stop waits for in-flight requests before it closes their connections: well inside
 * the 30 s an orchestrator grants before it kills the process, leaving time for the running job
 * and the database to close cleanly after.
 */
export const CONNECTION_GRACE_MS = 10_000;

/**
 * Stops accepting and resolves once every connection is gone. Idle keep-alive connections are
 * closed at once, and each busy one as soon as its in-flight request is answered: left to
 * themselves they would hold the stop for KEEP_ALIVE_MS (a browser keeps one open), longer than
 * the 30 s an orchestrator waits before it kills the process mid-write. A connection still open
 * after CONNECTION_GRACE_MS is closed, and logged with what it carried.
 */
function closeServer(server: ReturnType<typeof serve>, open: Map<Socket, number>, logger: Logger): Promise<void> {
  return new Promise<void>((resolve) => {
    const closeIdle = () => ("closeIdleConnections" in server ? server.closeIdleConnections() : undefined);
    const sweep = setInterval(closeIdle, 100);
    const cut = setTimeout(() => {
      logger.warn(
        { connections: [...open].map(describeConnection) },
        `stopping: closing ${open.size} connection(s) still open after ${CONNECTION_GRACE_MS / 1000} s`,
      );
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, CONNECTION_GRACE_MS);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      resolve();
    });
    closeIdle();
  });
}

/** The server's open sockets, each with when it connected: what a stop that has to cut them logs. */
function trackConnections(server: ReturnType<typeof serve>): Map<Socket, number> {
  const open = new Map<Socket, number>();
  server.on("connection", (socket: Socket) => {
    open.set(socket, Date.now());
    socket.once("close", () => open.delete(socket));
  });
  return open;
}

function describeConnection([socket, since]: [Socket, number]) {
  return {
    remote: `${socket.remoteAddress}:${socket.remotePort}`,
    openMs: Date.now() - since,
    bytesRead: socket.bytesRead,
    bytesWritten: socket.bytesWritten,
  };
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], config: Config) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(server));
    if ("keepAliveTimeout" in server) server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${config.port} is already in use: stop the other program or choose another with --port or PORT`,
            )
          : error,
      );
    });
  });
}

function assertWritableDir(dir: string, setting?: string): void {
  if (dir.startsWith("memory://")) return;
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new Error(
      setting
        ? `${setting} ${dir} is not a directory Grove may write to: choose another`
        : `The data directory ${dir} is not writable: choose another with --data-dir or GROVE_DATA_DIR`,
    );
  }
}

/** How a backup names the database it came from. */
const databaseName = (db: Db) => (db.kind === "postgres" ? "postgres" : "embedded");
