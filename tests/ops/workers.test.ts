import { type ClientRequest, request } from "node:http";
import { type AddressInfo, createServer } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { seriesValue } from "../support/promtool.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../support/throwaway-postgres.ts";
import { type GroveProcess, logLines, processAlive, runGrove, until, waitForStart } from "./grove-process.ts";

// All cores on PostgreSQL (issue 15 point 2; docs/operations.md, "All cores"): a real
// `grove serve` with GROVE_WORKERS=2 on a real PostgreSQL 15. Requests are answered by two
// worker processes; a worker killed outright is started again while the port keeps answering;
// the scheduled jobs still run once per slot; SIGTERM to the primary (and to each worker, as a
// signal to the process group arrives) lets a request that is in the middle of arriving finish,
// and everything exits 0.

const METRICS_TOKEN = "metrics-token-for-the-workers-test";
const running: GroveProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
const workerPids = new Set<number>();

afterAll(async () => {
  for (const proc of running) if (proc.child.exitCode === null) proc.child.kill("SIGKILL");
  for (const pid of workerPids) if (processAlive(pid)) process.kill(pid, "SIGKILL");
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface LogLine {
  msg: string;
  worker?: number;
  pid?: number;
  jobs?: string[];
}

/** Each worker's pid, from the primary's latest "is listening" line for it. */
function workerPidsOf(proc: GroveProcess): Map<number, number> {
  const pids = new Map<number, number>();
  for (const line of logLines<LogLine>(proc)) {
    if (/^worker \d+ \(pid \d+\) is listening$/.test(line.msg)) pids.set(line.worker as number, line.pid as number);
  }
  for (const pid of pids.values()) workerPids.add(pid);
  return pids;
}

/** GET /api/health on a connection of its own (no keep-alive), so each one is handed to a worker anew. */
function health(base: string, timeoutMs?: number): Promise<{ status: number; worker?: number }> {
  return new Promise((resolve, reject) => {
    const probe = request(`${base}/api/health`, { agent: false, timeout: timeoutMs }, (res) => {
      let body = "";
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, worker: JSON.parse(body).worker }));
    });
    // No answer in time: a probe that failed, not yet a refused port (the caller asks again).
    probe.on("timeout", () => probe.destroy(Object.assign(new Error("no answer in time"), { code: "ETIMEDOUT" })));
    probe.on("error", reject).end();
  });
}

const postgresBin = findPostgresBin();
let postgres: Promise<ThrowawayPostgres> | undefined;
function sharedPostgres(): Promise<ThrowawayPostgres> {
  postgres ??= startThrowawayPostgres(postgresBin as string).then((started) => {
    cleanups.unshift(() => started.stop());
    return started;
  });
  return postgres;
}

describe.skipIf(!postgresBin && !process.env.CI)("grove serve with GROVE_WORKERS=2 (skipped: no PostgreSQL)", () => {
  it("says clearly when the port is taken, and exits 1", { timeout: 300_000 }, async () => {
    if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as AddressInfo).port)),
    );
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const proc = runGrove(["serve", "--port", String(port), "--host", "127.0.0.1", "--no-demo"], {
      DATABASE_URL: (await sharedPostgres()).url,
      GROVE_WORKERS: "2",
    });
    running.push(proc);
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain(`Port ${port} is already in use`);
    expect(proc.output()).toMatch(/worker \d \(pid \d+\) exited \(code 1\) before it could serve/);
  });

  it("serves from two processes, restarts a dead one, runs each job once and drains on SIGTERM", {
    timeout: 480_000,
  }, async () => {
    if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
    const postgres = await sharedPostgres();
    const proc = runGrove(["serve", "--port", "0", "--host", "127.0.0.1"], {
      DATABASE_URL: postgres.url,
      GROVE_WORKERS: "2",
      GROVE_DEMO_PASSWORD: "grove-demo-okrs",
      GROVE_METRICS_TOKEN: METRICS_TOKEN,
      LOG_LEVEL: "info",
    });
    running.push(proc);
    const base = await waitForStart(proc, 300_000);
    expect(proc.output()).toContain("(PostgreSQL (DATABASE_URL), 2 workers).");
    // The primary migrated and loaded the demo once, before forking.
    expect(logLines<LogLine>(proc).filter((line) => line.msg.startsWith("demo organisations loaded"))).toHaveLength(1);

    // Two processes answer, neither of them the primary: connections are dealt out in turn.
    // (The primary's log lines may reach its stdout a moment after the line saying it runs.)
    const pids = await until("both workers' listening lines", () => {
      const found = workerPidsOf(proc);
      return found.size === 2 ? found : undefined;
    });
    expect([...pids.keys()].sort()).toEqual([1, 2]);
    expect(new Set([...pids.values(), proc.child.pid]).size).toBe(3);
    const answered = new Set<number>();
    let healthRequests = 0;
    for (let i = 0; i < 20 && answered.size < 2; i++) {
      const res = await health(base);
      healthRequests++;
      expect(res.status).toBe(200);
      answered.add(res.worker as number);
    }
    expect([...answered].sort()).toEqual([1, 2]);

    // A scrape lands on one worker but counts both (the primary adds their registries up):
    // every health request above is in it, whichever worker answered it.
    const scrape = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    const metrics = await scrape.text();
    const series = 'grove_http_requests_total{method="GET",route="/api/health",status="200"}';
    expect(seriesValue(metrics, series)).toBe(healthRequests);

    // Both workers run the scheduled jobs (first tick 2 s after each starts); each job's slot runs once.
    const ranJobs = () =>
      logLines<LogLine>(proc).flatMap((line) => (line.msg === "scheduled jobs ran" ? (line.jobs ?? []) : []));
    await until("the scheduled jobs to run", () =>
      ranJobs().some((job) => job.startsWith("idempotency-purge/")) ? true : undefined,
    );

    // A worker killed outright is started again after its backoff, with the same number; the
    // other one answers meanwhile.
    const killed = pids.get(2) as number;
    process.kill(killed, "SIGKILL");
    await until("the primary to notice", () =>
      proc.output().includes(`worker 2 (pid ${killed}) exited (signal SIGKILL): starting it again in 1 s`)
        ? true
        : undefined,
    );
    const meanwhile: number[] = [];
    const restarted = await until("worker 2 to start again", async () => {
      meanwhile.push((await health(base)).status);
      const pid = workerPidsOf(proc).get(2);
      return pid !== undefined && pid !== killed ? pid : undefined;
    });
    expect(processAlive(killed)).toBe(false);
    expect(meanwhile.length).toBeGreaterThan(0);
    expect(meanwhile.every((status) => status === 200)).toBe(true);
    await until("worker 2 to answer again", async () => ((await health(base)).worker === 2 ? true : undefined));
    // The new worker 2 ticks too (with no memory of the slots it saw claimed); still once each.
    await new Promise((r) => setTimeout(r, 3_000)); // time for a duplicate to show, if any
    const jobs = ranJobs();
    expect(jobs.length).toBeGreaterThan(0);
    expect(new Set(jobs).size, `each job's slot ran once: ${jobs.join(", ")}`).toBe(jobs.length);
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    cleanups.push(() => client.end());
    const reminders = await client.query<{ to: string; n: string }>(
      "select payload->>'to' as to, count(*) as n from outbox where kind = 'checkin_reminder' group by 1",
    );
    expect(reminders.rows.filter((row) => Number(row.n) > 1)).toEqual([]);

    // SIGTERM while a request is arriving: the worker holding it has read its headers (it
    // answered 100 Continue), the port stops taking connections, then the body arrives and the
    // request is answered in full.
    const body = JSON.stringify({ email: "amara@demo.grove.dev", password: "grove-demo-okrs" });
    let req: ClientRequest | undefined;
    const response = new Promise<number>((resolve, reject) => {
      req = request(`${base}/api/v1/auth/sign-in`, {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          expect: "100-continue",
        },
      });
      req.on("response", (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
    });
    const sending = req as unknown as ClientRequest;
    await new Promise<void>((resolve) => sending.once("continue", () => resolve()));
    sending.write(body.slice(0, 10));
    // As a signal to the whole process group arrives (Ctrl-C in a terminal, systemd's default
    // KillMode): each worker gets it directly, then again from the primary passing it on. The
    // primary's comes once both workers have taken the first, so that it is a second signal
    // (two signals pending at once would count as one).
    for (const pid of [pids.get(1) as number, restarted]) process.kill(pid, "SIGTERM");
    await until("both workers to take the signal", () =>
      logLines<LogLine>(proc).filter((line) => line.msg === "worker shutting down: finishing in-flight requests")
        .length === 2
        ? true
        : undefined,
    );
    proc.child.kill("SIGTERM");
    // A connection the primary accepts while its workers close may be handed to none of them
    // (node:cluster re-queues one a closing worker refused) and wait until the primary exits:
    // give each probe 2 s.
    await until("the port to stop taking connections", () =>
      health(base, 2_000).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => (error.code === "ECONNREFUSED" ? true : undefined),
      ),
    );
    sending.end(body.slice(10));
    expect(await response).toBe(200);
    expect(await proc.exited).toBe(0);
    expect([pids.get(1) as number, restarted].filter(processAlive)).toEqual([]);
  });
});
