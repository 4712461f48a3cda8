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

/** A counter of this process's registry. */
function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return new Counter({ name, help, labelNames, registers: [registry] });
}

/**
 * A gauge read at scrape time: its figure, or its figure per value of its one label (a value
 * missing from a scrape is not reported). Registered afresh each time: a test process starts
 * several servers, and the latest one's reading counts.
 */
function gaugeAtScrape(
  gauge: { name: string; help: string; label?: string; aggregator?: "max" },
  read: () => number | Record<string, number> | Promise<number | Record<string, number>>,
): void {
  const { label, ...words } = gauge;
  registry.removeSingleMetric(gauge.name);
  new Gauge({
    ...words,
    labelNames: label === undefined ? [] : [label],
    registers: [registry],
    async collect() {
      const figures = await read();
      this.reset();
      if (typeof figures === "number") this.set(figures);
      else for (const [value, figure] of Object.entries(figures)) this.set({ [label as string]: value }, figure);
    },
  });
}

/** Requests answered, by route pattern (never the raw path: its ids would explode the series). */
export const httpRequests = counter(
  "grove_http_requests_total",
  "HTTP requests answered, by method, route pattern and status code.",
  ["method", "route", "status"],
);

/** Time from the request's arrival to its answer's headers. */
export const httpDuration = new Histogram({
  name: "grove_http_request_duration_seconds",
  help: "Time to answer an HTTP request, by method and route pattern.",
  labelNames: ["method", "route"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** Answers with status 500 or above: the errors an operator is paged for. */
export const httpErrors = counter(
  "grove_http_server_errors_total",
  "HTTP requests answered with a status of 500 or above, by route pattern.",
  ["route"],
);

/** Outbox deliveries this process finished, by channel and outcome (docs/notifications.md). */
export const deliveries = counter(
  "grove_outbox_deliveries_total",
  "Outbox deliveries attempted, by channel and outcome (sent, retry, dead).",
  ["channel", "outcome"],
);

/**
 * Tenant reads a GET may send to the read replica (DATABASE_REPLICA_URL, docs/operations.md "Read
 * replica"), by outcome: `replica`, or why the primary answered it instead.
 */
export const replicaReads = counter(
  "grove_db_replica_reads_total",
  "Reads that may go to the read replica, by outcome: replica, or why the primary answered (behind, lagging, down, not_standby, write, conflict).",
  ["outcome"],
);

/** The process's database pool, read at scrape time; workers' pools add up. */
export function gaugeDatabasePool(read: () => { total: number; idle: number; waiting: number }): void {
  gaugeAtScrape(
    {
      name: "grove_db_pool_connections",
      help: "Database pool connections by state: total open, idle, and requests waiting for one.",
      label: "state",
    },
    () => {
      const { total, idle, waiting } = read();
      return { total, idle, waiting };
    },
  );
}

/**
 * Where this process's memory is (docs/performance.md, "Memory"), read at scrape time: V8's heap
 * (used and reserved), memory outside it (`external`, which includes the embedded database's
 * WebAssembly memory, and `array_buffers`, part of `external`), and the embedded database's
 * WebAssembly memory on its own. Resident memory is prom-client's `process_resident_memory_bytes`.
 */
export function gaugeMemory(embeddedDatabase: () => number | null): void {
  gaugeAtScrape(
    {
      name: "grove_memory_bytes",
      help: "Process memory by area: v8_heap_used, v8_heap_total, external, array_buffers, embedded_database (PGlite's WebAssembly memory).",
      label: "area",
    },
    () => {
      const memory = process.memoryUsage();
      const wasm = embeddedDatabase();
      return {
        v8_heap_used: memory.heapUsed,
        v8_heap_total: memory.heapTotal,
        external: memory.external,
        array_buffers: memory.arrayBuffers,
        ...(wasm === null ? {} : { embedded_database: wasm }),
      };
    },
  );
}

export interface QueueFigures {
  /** Messages waiting in the outbox, per channel. */
  pending: Record<string, number>;
  /** Seconds the oldest of them has waited, or 0. */
  oldestPendingSeconds: number;
  /** Per scheduled job, when its latest slot was claimed (Unix seconds). */
  lastJobRuns: Record<string, number>;
}

/**
 * The outbox and job queues, read from the database at scrape time. Every worker reads the same
 * database, so these take the largest worker's figure instead of adding them up.
 */
export function gaugeQueues(read: () => Promise<QueueFigures>): void {
  let latest: Promise<QueueFigures> | null = null;
  // One read per scrape for all three gauges: the first collect starts it, the others share it.
  const figures = () => {
    latest ??= read().finally(() => setTimeout(() => (latest = null), 0));
    return latest;
  };
  gaugeAtScrape(
    {
      name: "grove_outbox_pending",
      help: "Messages waiting in the outbox to be delivered, by channel.",
      label: "channel",
      aggregator: "max",
    },
    async () => (await figures()).pending,
  );
  gaugeAtScrape(
    {
      name: "grove_outbox_oldest_pending_seconds",
      help: "How long the oldest message waiting in the outbox has waited, in seconds.",
      aggregator: "max",
    },
    async () => (await figures()).oldestPendingSeconds,
  );
  gaugeAtScrape(
    {
      name: "grove_job_last_run_timestamp_seconds",
      help: "When each scheduled job (reminders, digest, clean-ups) last ran, as Unix time.",
      label: "job",
      aggregator: "max",
    },
    async () => (await figures()).lastJobRuns,
  );
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
