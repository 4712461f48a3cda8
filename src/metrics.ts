import cluster from "node:cluster";
import { AggregatorRegistry, Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

// The operator's view (docs/operations.md, "Metrics"): what this process counts, in Prometheus'
// text format, through prom-client. One registry per process; under GROVE_WORKERS the primary
// adds up the workers' registries (prom-client's AggregatorRegistry), so a scrape that lands on
// any worker sees the whole server, not one worker's share.

export const registry = new Registry();
collectDefaultMetrics({ register: registry });
// Three of prom-client's defaults are gauges named like counters, which promtool refuses; their
// per-type gauges without the suffix (nodejs_active_handles, ...) stay.
for (const name of ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"]) {
  registry.removeSingleMetric(name);
}

/** Requests answered, by route pattern (never the raw path: its ids would explode the series). */
export const httpRequests = new Counter({
  name: "grove_http_requests_total",
  help: "HTTP requests answered, by method, route pattern and status code.",
  labelNames: ["method", "route", "status"] as const,
  registers: [registry],
});

/** Time from the request's arrival to its answer's headers. */
export const httpDuration = new Histogram({
  name: "grove_http_request_duration_seconds",
  help: "Time to answer an HTTP request, by method and route pattern.",
  labelNames: ["method", "route"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** Answers with status 500 or above: the errors an operator is paged for. */
export const httpErrors = new Counter({
  name: "grove_http_server_errors_total",
  help: "HTTP requests answered with a status of 500 or above, by route pattern.",
  labelNames: ["route"] as const,
  registers: [registry],
});

/** Outbox deliveries this process finished, by channel and outcome (docs/notifications.md). */
export const deliveries = new Counter({
  name: "grove_outbox_deliveries_total",
  help: "Outbox deliveries attempted, by channel and outcome (sent, retry, dead).",
  labelNames: ["channel", "outcome"] as const,
  registers: [registry],
});

/**
 * Tenant reads a GET may send to the read replica (DATABASE_REPLICA_URL, docs/operations.md "Read
 * replica"), by outcome: `replica`, or why the primary answered it instead.
 */
export const replicaReads = new Counter({
  name: "grove_db_replica_reads_total",
  help: "Reads that may go to the read replica, by outcome: replica, or why the primary answered (behind, lagging, down, not_standby, write, conflict).",
  labelNames: ["outcome"] as const,
  registers: [registry],
});

/** The process's database pool, read at scrape time; workers' pools add up. */
export function gaugeDatabasePool(read: () => { total: number; idle: number; waiting: number }): void {
  registry.removeSingleMetric("grove_db_pool_connections"); // a test process starts several servers
  new Gauge({
    name: "grove_db_pool_connections",
    help: "Database pool connections by state: total open, idle, and requests waiting for one.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = read();
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
}

/**
 * Where this process's memory is (docs/performance.md, "Memory"), read at scrape time: V8's heap
 * (used and reserved), memory outside it (`external`, which includes the embedded database's
 * WebAssembly memory, and `array_buffers`, part of `external`), and the embedded database's
 * WebAssembly memory on its own. Resident memory is prom-client's `process_resident_memory_bytes`.
 */
export function gaugeMemory(embeddedDatabase: () => number | null): void {
  registry.removeSingleMetric("grove_memory_bytes");
  new Gauge({
    name: "grove_memory_bytes",
    help: "Process memory by area: v8_heap_used, v8_heap_total, external, array_buffers, embedded_database (PGlite's WebAssembly memory).",
    labelNames: ["area"] as const,
    registers: [registry],
    collect() {
      const memory = process.memoryUsage();
      this.set({ area: "v8_heap_used" }, memory.heapUsed);
      this.set({ area: "v8_heap_total" }, memory.heapTotal);
      this.set({ area: "external" }, memory.external);
      this.set({ area: "array_buffers" }, memory.arrayBuffers);
      const wasm = embeddedDatabase();
      if (wasm !== null) this.set({ area: "embedded_database" }, wasm);
    },
  });
}

export interface QueueFigures {
  /** Messages waiting in the outbox, per channel. */
  pending: Record<string, number>;
  /** Seconds the oldest of them has waited, or 0. */
  oldestPendingSeconds: number;
  /** Per scheduled job, when its latest slot was claimed (Unix seconds). */
  lastJobRuns: Record<string, number>;
}

const QUEUE_GAUGES = [
  "grove_outbox_pending",
  "grove_outbox_oldest_pending_seconds",
  "grove_job_last_run_timestamp_seconds",
];

/**
 * The outbox and job queues, read from the database at scrape time. Every worker reads the same
 * database, so these take the largest worker's figure instead of adding them up.
 */
export function gaugeQueues(read: () => Promise<QueueFigures>): void {
  let latest: Promise<QueueFigures> | null = null;
  // One read per scrape for all three gauges: the first collect starts it, the others share it.
  for (const name of QUEUE_GAUGES) registry.removeSingleMetric(name);
  const figures = () => {
    latest ??= read().finally(() => setTimeout(() => (latest = null), 0));
    return latest;
  };
  new Gauge({
    name: "grove_outbox_pending",
    help: "Messages waiting in the outbox to be delivered, by channel.",
    labelNames: ["channel"] as const,
    aggregator: "max",
    registers: [registry],
    async collect() {
      this.reset();
      for (const [channel, count] of Object.entries((await figures()).pending)) this.set({ channel }, count);
    },
  });
  new Gauge({
    name: "grove_outbox_oldest_pending_seconds",
    help: "How long the oldest message waiting in the outbox has waited, in seconds.",
    aggregator: "max",
    registers: [registry],
    async collect() {
      this.set((await figures()).oldestPendingSeconds);
    },
  });
  new Gauge({
    name: "grove_job_last_run_timestamp_seconds",
    help: "When each scheduled job (reminders, digest, clean-ups) last ran, as Unix time.",
    labelNames: ["job"] as const,
    aggregator: "max",
    registers: [registry],
    async collect() {
      this.reset();
      for (const [job, at] of Object.entries((await figures()).lastJobRuns)) this.set({ job }, at);
    },
  });
}

const ASK_PRIMARY = "grove:metrics";
const PRIMARY_ANSWERS = "grove:metrics-text";

/** The text a scrape gets: this process's registry, or under workers all of theirs added up. */
export function metricsText(): Promise<string> {
  return cluster.isWorker ? askPrimary() : registry.metrics();
}

export const metricsContentType = registry.contentType;

interface PrimaryAnswer {
  type?: string;
  id?: number;
  text?: string;
  error?: string;
}

let asked = 0;
const waiting = new Map<number, (answer: PrimaryAnswer) => void>();

function askPrimary(): Promise<string> {
  const id = ++asked;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error("the primary process did not send the workers' metrics in time"));
    }, 10_000);
    waiting.set(id, (answer) => {
      clearTimeout(timer);
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer.text ?? "");
    });
    process.send?.({ type: ASK_PRIMARY, id });
  });
}

/** In a worker: answers the primary's collection requests and receives the added-up text. */
export function serveMetricsToPrimary(): void {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry(); // adds prom-client's listener that sends this registry when asked
  process.on("message", (message: PrimaryAnswer) => {
    if (message?.type !== PRIMARY_ANSWERS || message.id === undefined) return;
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
}

/** In the primary: a worker asking for the server's metrics gets every worker's, added up. */
export function aggregateWorkersMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== ASK_PRIMARY) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: PRIMARY_ANSWERS, id: message.id, text }),
      (error: Error) => worker.send({ type: PRIMARY_ANSWERS, id: message.id, error: error.message }),
    );
  });
}
