import { randomUUID } from "node:crypto";
import { createServer as httpServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations } from "../../src/db/migrate.ts";
import { weeklySlot } from "../../src/domain/notifications.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../support/throwaway-postgres.ts";
import { currentQuarter, type GroveProcess, logLines, runGrove, until, waitForStart } from "./grove-process.ts";

// Several instances on one PostgreSQL (issue 18 point 4; docs/deployment.md, "Several instances"):
// three separate `grove serve` processes (GROVE_WORKERS=1 each, own ports) on one real PostgreSQL
// 15, started together, behind a round-robin proxy written here with node:http. Migrations and the
// demo run once; a session made on one instance works on the others; two edits of one objective
// through two instances still meet optimistic concurrency (409); the scheduled jobs and a metric
// source's sync run once per slot however many instances tick; and a rolling restart (SIGTERM one
// instance, start it again, then the next) while a client writes check-ins through the proxy loses
// no acknowledged write and writes none twice.

const DEMO_PASSWORD = "grove-demo-okrs";
const INSTANCES = 3;
const cleanups: (() => Promise<void> | void)[] = [];
const running: GroveProcess[] = [];

afterAll(async () => {
  for (const proc of running) if (proc.child.exitCode === null) proc.child.kill("SIGKILL");
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface LogLine {
  msg: string;
  applied?: string[];
  jobs?: string[];
}

/**
 * A round-robin reverse proxy. Each request goes to the next instance on a connection of its own;
 * a request is tried on the next instance only when its connection was refused, so that no byte of
 * it reached any instance (as nginx's `proxy_next_upstream error` does for a non-idempotent
 * request). Any other failure is a 502 for the client to handle.
 */
function roundRobinProxy(ports: number[]): Promise<{ url: string; server: Server; refusedRetries: () => number }> {
  let next = 0;
  let refused = 0;
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, tries: number) => {
    const port = ports[next++ % ports.length] as number;
    const upstream = request(
      { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error: NodeJS.ErrnoException) => {
      if (res.headersSent) return res.destroy();
      if (error.code === "ECONNREFUSED" && tries < ports.length) {
        refused++;
        return forward(req, res, body, tries + 1);
      }
      res.writeHead(502, { "content-type": "text/plain" }).end(`bad gateway: ${error.code}`);
    });
    upstream.end(body);
  };
  const server = httpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => forward(req, res, Buffer.concat(chunks), 1));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        server,
        refusedRetries: () => refused,
      }),
    ),
  );
}

/** The headers of a signed-in browser: its cookies and the CSRF token it echoes. */
type Session = Record<string, string>;

async function signIn(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "amara@demo.grove.dev", password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0] as string);
  const csrf = cookies.find((c) => c.startsWith("grove_csrf="))?.slice("grove_csrf=".length) ?? "";
  return { cookie: cookies.join("; "), "x-csrf-token": csrf };
}

async function call(base: string, auth: Session, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/api/v1/orgs/demo${path}`, {
    method,
    headers: { ...auth, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const postgresBin = findPostgresBin();

describe.skipIf(!postgresBin && !process.env.CI)(
  "three grove instances on one PostgreSQL (skipped: no PostgreSQL)",
  () => {
    it("migrates once, shares sessions, keeps 409s, runs each job once and loses no acknowledged write in a rolling restart", {
      timeout: 480_000,
    }, async () => {
      if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
      const postgres: ThrowawayPostgres = await startThrowawayPostgres(postgresBin);
      cleanups.push(() => postgres.stop());
      const db = new pg.Client({ connectionString: postgres.url });
      await db.connect();
      cleanups.push(() => db.end());

      // A metric source's endpoint: counts the syncs that reach it.
      let sourceHits = 0;
      const metrics = httpServer((_req, res) => {
        sourceHits++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { total: 77 } }));
      });
      const metricsPort = await new Promise<number>((resolve) =>
        metrics.listen(0, "127.0.0.1", () => resolve((metrics.address() as AddressInfo).port)),
      );
      cleanups.push(() => new Promise<void>((resolve) => metrics.close(() => resolve())));

      const env = { DATABASE_URL: postgres.url, GROVE_DEMO_PASSWORD: DEMO_PASSWORD, LOG_LEVEL: "info" };
      const start = (port: number) => {
        const proc = runGrove(["serve", "--port", String(port), "--host", "127.0.0.1"], env);
        running.push(proc);
        return proc;
      };

      // Started together on an empty database.
      const first = Array.from({ length: INSTANCES }, () => start(0));
      const bases = await Promise.all(first.map((proc) => waitForStart(proc, 240_000)));
      const ports = bases.map((base) => Number(new URL(base).port));
      const all = () => running.flatMap((proc) => logLines<LogLine>(proc));

      // Migrations ran once, under their lock: one instance applied all of them, the others none.
      const migrated = all().filter((line) => line.msg === "migrations applied");
      expect(migrated).toHaveLength(1);
      expect(migrated[0]?.applied).toEqual(listMigrations().map((m) => m.name));
      const rows = await db.query<{ name: string }>("select name from schema_migrations order by name");
      expect(rows.rows.map((row) => row.name)).toEqual(listMigrations().map((m) => m.name));
      // The demo was loaded once too: one organisation per demo, one log line.
      expect(all().filter((line) => line.msg.startsWith("demo organisations loaded"))).toHaveLength(1);
      const orgs = await db.query<{ slug: string }>("select slug from organisations order by slug");
      expect(orgs.rows.map((row) => row.slug)).toEqual(["demo", "demo-zh"]);

      // A session made on one instance works on every other.
      const session = await signIn(bases[0] as string);
      for (const base of bases) {
        const me = await fetch(`${base}/api/v1/auth/me`, { headers: session });
        expect(me.status).toBe(200);
      }

      // Two edits of one objective from one version, through two instances: the second is a 409.
      const tree = await call(bases[1] as string, session, "GET", `/tree?period=${currentQuarter()}`);
      const cookware = tree.body.units.find((u: { name: string }) => u.name === "Cookware");
      const objective = cookware.objectives[0] as { id: string; keyResults: { id: string }[] };
      const read = await call(bases[1] as string, session, "GET", `/objectives/${objective.id}`);
      const version = read.body.version as number;
      const edits = await Promise.all(
        [1, 2].map((i) =>
          call(bases[i] as string, session, "PATCH", `/objectives/${objective.id}`, {
            title: `Cooks reach for Cookware first (edit ${i})`,
            version,
          }),
        ),
      );
      expect(edits.map((edit) => edit.status).sort()).toEqual([200, 409]);
      expect(edits.find((edit) => edit.status === 409)?.body.error.code).toBe("version_conflict");
      // The same for a key result, edited through the third instance and the first.
      const [kr, sourceKr] = objective.keyResults as [{ id: string }, { id: string }];
      const krVersion = (await call(bases[2] as string, session, "GET", `/key-results/${kr.id}`)).body.version;
      const krEdits = await Promise.all(
        [2, 0].map((i) =>
          call(bases[i] as string, session, "PATCH", `/key-results/${kr.id}`, {
            title: `Weekly active cooks reach 12k (edit ${i})`,
            version: krVersion,
          }),
        ),
      );
      expect(krEdits.map((edit) => edit.status).sort()).toEqual([200, 409]);

      // The instances claim this hour's slot of the metric sources at their first tick, before the
      // source below exists (wait for it: on a busy machine that tick may come late).
      const hour = new Date().toISOString().slice(0, 13);
      const claimed = () => db.query("select 1 from scheduled_runs where job = 'metric-sources' and slot = $1", [hour]);
      await until("this hour's first claim of the metric sources' slot", async () =>
        (await claimed()).rowCount ? true : undefined,
      );
      // A metric source on another key result, synced hourly at :00 (due at once in every hour).
      expect(
        (await call(bases[0] as string, session, "PUT", "/metric-source-hosts", { hosts: ["127.0.0.1"] })).status,
      ).toBe(200);
      const source = await call(bases[0] as string, session, "POST", `/key-results/${sourceKr.id}/sources`, {
        kind: "http_json",
        url: `http://127.0.0.1:${metricsPort}/stats.json`,
        jsonPath: "data.total",
        schedule: { every: "hourly", at: "00:00" },
      });
      expect(source.status).toBe(201);
      // This hour's slot was claimed before the source existed; forget the claim, so that the
      // instances started again below (which remember no slot) find it due and race for it.
      await db.query("delete from scheduled_runs where job = 'metric-sources' and slot = $1", [hour]);

      // Rolling restart behind the proxy while a client writes check-ins through it. The client
      // sends each write with an Idempotency-Key and retries a failed one with the same key
      // (docs/api-retries.md), as a careful client does.
      const proxy = await roundRobinProxy(ports);
      cleanups.push(() => new Promise<void>((resolve) => proxy.server.close(() => resolve())));
      const viaProxy = await signIn(proxy.url);
      const acknowledged: { key: string; value: number }[] = [];
      const failures: string[] = [];
      let writing = true;
      const writer = (async () => {
        for (let i = 1; writing; i++) {
          const key = randomUUID();
          const value = 1000 + i;
          for (let attempt = 1; ; attempt++) {
            const res = await fetch(`${proxy.url}/api/v1/orgs/demo/key-results/${kr.id}/check-ins`, {
              method: "POST",
              headers: { ...viaProxy, "content-type": "application/json", "idempotency-key": key },
              body: JSON.stringify({ value, comment: `rolling write ${key}` }),
            }).then(
              (answer) => answer.status,
              (error: Error) => error.message,
            );
            if (res === 201) {
              acknowledged.push({ key, value });
              break;
            }
            failures.push(`${value}: ${res}`);
            if (attempt === 20) throw new Error(`write ${value} failed 20 times: ${failures.slice(-5).join(", ")}`);
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      })();

      for (let n = 0; n < INSTANCES; n++) {
        const written = acknowledged.length;
        const old = running[n] as GroveProcess;
        old.child.kill("SIGTERM");
        expect(await old.exited).toBe(0);
        await until("writes while an instance is down", () => (acknowledged.length > written + 2 ? true : undefined));
        const again = start(ports[n] as number);
        await waitForStart(again, 120_000);
        const sinceStart = acknowledged.length;
        await until("writes after it is back", () => (acknowledged.length > sinceStart + 2 ? true : undefined));
      }
      writing = false;
      await writer;

      // Every acknowledged write is there once, and nothing else the client sent: a failed attempt
      // either left nothing or was the one its retry found (the same key answers the same).
      const stored = await db.query<{ comment: string; value: number; n: string }>(
        "select comment, value, count(*) as n from check_ins where comment like 'rolling write %' group by 1, 2",
      );
      const storedByKey = new Map(stored.rows.map((row) => [row.comment.slice("rolling write ".length), row]));
      expect(stored.rows.filter((row) => Number(row.n) !== 1)).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(INSTANCES * 6);
      for (const { key, value } of acknowledged) expect(storedByKey.get(key)?.value).toBe(value);
      expect(storedByKey.size).toBe(acknowledged.length);
      // The stored progress followed every write: the KR stands at the last acknowledged value.
      const after = await call(proxy.url, viaProxy, "GET", `/key-results/${kr.id}`);
      expect(after.body.currentValue).toBe(acknowledged.at(-1)?.value);

      // The metric source was fetched once for this hour, though three fresh instances found it
      // due: one fetch per reading (a test that crosses the hour syncs the next hour's too).
      const hourStart = new Date(`${hour}:00:00.000Z`).getTime();
      const readingsOf = () =>
        db.query<{ at: Date; value: number }>("select checked_in_at as at, value from check_ins where source_id = $1", [
          source.body.id,
        ]);
      await until("the source's sync", async () =>
        (await readingsOf()).rows.some((row) => row.at.getTime() === hourStart) ? true : undefined,
      );
      // Each instance ticks every 2 s: give a second fetch time to show, if there were one.
      await new Promise((r) => setTimeout(r, 4_000));
      const readings = (await readingsOf()).rows;
      expect(readings.filter((row) => row.at.getTime() === hourStart).map((row) => row.value)).toEqual([77]);
      expect(sourceHits).toBe(readings.length);

      // Every slot of every scheduled job ran once across the six processes (the metric sources'
      // hour twice: once before its claim was forgotten, once after). The weekly check-in
      // reminder's slot is due except on Mondays before 09:00 UTC (weeklySlot).
      const jobs = all().flatMap((line) => (line.msg === "scheduled jobs ran" ? (line.jobs ?? []) : []));
      const counts = new Map<string, number>();
      for (const job of jobs) counts.set(job, (counts.get(job) ?? 0) + 1);
      const week = weeklySlot(new Date(hourStart));
      const expected = [`metric-sources/${hour}`, "idempotency-purge/", ...(week ? [`checkin-reminder/${week}`] : [])];
      for (const job of expected)
        expect(
          jobs.filter((ran) => ran.startsWith(job)),
          job,
        ).not.toEqual([]);
      for (const [job, count] of counts) expect([job, count]).toEqual([job, job === `metric-sources/${hour}` ? 2 : 1]);
      const reminders = await db.query<{ to: string; n: string }>(
        "select payload->>'to' as to, count(*) as n from outbox where kind = 'checkin_reminder' group by 1",
      );
      expect(reminders.rows.filter((row) => Number(row.n) > 1)).toEqual([]);
    });
  },
);
