import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { freePort } from "../tests/support/throwaway-postgres.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Where the server under test keeps its data: a PGlite directory or a PostgreSQL URL. */
export type Target = ({ kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; workers?: number }) & {
  /** The checkout whose server runs (`--compare-with`, bench/reads-memory.ts `--root`); this one by default. */
  tree?: string;
};

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn until /api/health answered 200. */
  startMs: number;
  /** The bearer token its /metrics answers to (GROVE_METRICS_TOKEN), for the memory breakdown. */
  metricsToken: string;
  stop(): Promise<void>;
}

/**
 * Runs the server in its own process, as in production, so the benchmark's client never shares
 * its event loop. `npmStart` runs the real `npm start` (for the cold-start figure); otherwise
 * bench/serve.ts, which is the same server without the one-off web build check. `target.tree` is
 * the checkout it runs from (another worktree, to compare a commit on the same data).
 */
export async function startServerProcess(target: Target, npmStart = false): Promise<ServerProcess> {
  const port = await freePort();
  const args = ["--port", String(port), ...(target.kind === "pglite" ? ["--data-dir", target.dataDir] : [])];
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const metricsToken = randomUUID();
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    HOST: "127.0.0.1",
    GROVE_DEMO: "false",
    GROVE_METRICS_TOKEN: metricsToken,
  };
  // Said every time: unset, GROVE_WORKERS would be the machine's cores on PostgreSQL.
  env.GROVE_WORKERS = String(target.kind === "postgres" ? (target.workers ?? 1) : 1);
  if (target.kind === "postgres") env.DATABASE_URL = target.url;
  // Its own process group, so stopping `npm start` also reaches the server npm runs beneath it.
  const options: SpawnOptions = { cwd: target.tree ?? root, env, stdio: ["ignore", "ignore", "pipe"], detached: true };
  const started = performance.now();
  const child: ChildProcess = npmStart
    ? spawn("npm", ["start", "--", ...args, "--no-demo"], options)
    : spawn(process.execPath, ["--import", "tsx", "bench/serve.ts", ...args], options);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => stderr);
  const startMs = performance.now() - started;
  return { url, pid: child.pid as number, startMs, metricsToken, stop: () => stopProcess(child) };
}

async function waitForHealth(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the server did not answer within 10 minutes: ${stderr()}`);
}

/** SIGTERM lets the server close its database cleanly (PGlite must checkpoint); SIGKILL after 60 s. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 60_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Resident and peak memory of a process, from /proc (Linux), in MiB; with `children`, summed over
 * it and its child processes (a server's workers).
 */
export function memoryOf(pid: number, children = false): { rssMiB: number; peakMiB: number } | null {
  try {
    const pids = [pid, ...(children ? childPids(pid) : [])];
    let rss = 0;
    let peak = 0;
    for (const one of pids) {
      const status = readFileSync(`/proc/${one}/status`, "utf8");
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      rss += kb("VmRSS");
      peak += kb("VmHWM");
    }
    return { rssMiB: Math.round(rss / 1024), peakMiB: Math.round(peak / 1024) };
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

/** Where a server's memory is, in MiB (docs/performance.md, "Memory"); figures of /metrics' `grove_memory_bytes`. */
export interface MemoryBreakdown {
  rssMiB: number;
  peakMiB: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  /** Outside V8's heap; includes the embedded database's WebAssembly memory and the array buffers. */
  externalMiB: number;
  arrayBuffersMiB: number;
  /** PGlite's WebAssembly memory; null on PostgreSQL. */
  embeddedDatabaseMiB: number | null;
}

/**
 * Resident memory from /proc and the breakdown the server reports on /metrics (with workers, the
 * figures are summed over them as the scrape sums them); null when /proc cannot be read.
 */
export async function memoryBreakdownOf(server: ServerProcess, children = false): Promise<MemoryBreakdown | null> {
  const resident = memoryOf(server.pid, children);
  if (!resident) return null;
  const response = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${server.metricsToken}` },
  });
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const text = await response.text();
  const area = (name: string) => {
    const value = new RegExp(`^grove_memory_bytes\\{area="${name}"[^}]*\\} (\\S+)`, "m").exec(text)?.[1];
    return value === undefined ? null : Math.round(Number(value) / 1048576);
  };
  return {
    ...resident,
    heapUsedMiB: area("v8_heap_used") ?? 0,
    heapTotalMiB: area("v8_heap_total") ?? 0,
    externalMiB: area("external") ?? 0,
    arrayBuffersMiB: area("array_buffers") ?? 0,
    embeddedDatabaseMiB: area("embedded_database"),
  };
}

/** The same breakdown for this process (the benchmark's loader) and its own database. */
export function memoryOfThisProcess(embeddedDatabaseBytes: number | null): MemoryBreakdown {
  const m = process.memoryUsage();
  const mib = (bytes: number) => Math.round(bytes / 1048576);
  return {
    ...(memoryOf(process.pid) ?? { rssMiB: mib(m.rss), peakMiB: mib(m.rss) }),
    heapUsedMiB: mib(m.heapUsed),
    heapTotalMiB: mib(m.heapTotal),
    externalMiB: mib(m.external),
    arrayBuffersMiB: mib(m.arrayBuffers),
    embeddedDatabaseMiB: embeddedDatabaseBytes === null ? null : mib(embeddedDatabaseBytes),
  };
}
