import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/create-db.ts";
import { routeReads } from "../../src/db/read-routing.ts";
import { inTenant } from "../../src/db/tenant.ts";
import { startGroveServer } from "../support/grove-server.ts";
import { seriesValue } from "../support/promtool.ts";
import {
  findPostgresBin,
  startThrowawayPostgres,
  startThrowawayStandby,
  type ThrowawayPostgres,
} from "../support/throwaway-postgres.ts";
import { ACME_SIGN_UP } from "./grove-process.ts";

// A read replica (issue 18 point 5; docs/operations.md, "Read replica"): a real `grove serve` on
// two PostgreSQL 15 servers in streaming replication. With the standby's replay paused, what a
// read returns shows which server answered it: a browser that did not write reads the paused
// replica (and misses the new unit), while the browser that wrote reads its own write at once,
// because it sends back the position of its write (grove_lsn) and the replica has not replayed
// that far. Past the lag bound, and with the standby stopped, reads are answered by the primary.

const postgresBin = findPostgresBin();
const METRICS_TOKEN = "metrics-token-for-the-replica-test";
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A browser: its cookies, kept from every answer, sent with every request (and the CSRF header on writes). */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async send(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.method && init.method !== "GET") headers["x-csrf-token"] = this.cookies.get("grove_csrf") ?? "";
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }

  /** The WAL position of this browser's last write, from its grove_lsn cookie. */
  position(): string {
    return decodeURIComponent(this.cookies.get("grove_lsn") ?? "");
  }

  async unitNames(): Promise<string[]> {
    const res = await this.send("/api/v1/orgs/acme/units");
    expect(res.status).toBe(200);
    return ((await res.json()).units as { name: string }[]).map((unit) => unit.name);
  }
}

async function query<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Polls `probe` until it returns true (100 ms apart); fails with `what` after the timeout. */
async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!postgresBin && !process.env.CI)("reads on a streaming replica (skipped: no PostgreSQL)", () => {
  it("reads from the replica, reads a writer's own write from the primary, and outlives the replica", {
    timeout: 300_000,
  }, async () => {
    if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
    const primary = await startThrowawayPostgres(postgresBin);
    cleanups.push(() => primary.stop());
    await query(primary.url, "create database grove");
    const standby: ThrowawayPostgres = await startThrowawayStandby(postgresBin, primary);
    cleanups.push(() => standby.stop());
    const database = (server: ThrowawayPostgres) => server.url.replace(/\/postgres$/, "/grove");

    const grove = await startGroveServer([], {
      DATABASE_URL: database(primary),
      DATABASE_REPLICA_URL: database(standby),
      // The bound is not what this test is about: a paused replay must not count as lagging.
      DATABASE_REPLICA_MAX_LAG_SECONDS: "3600",
      GROVE_DEMO: "false",
      GROVE_METRICS_TOKEN: METRICS_TOKEN,
    });
    cleanups.push(() => grove.stop());
    expect(grove.proc.output()).toContain("(PostgreSQL (DATABASE_URL, reads on DATABASE_REPLICA_URL), 1 worker)");
    const reads = async (outcome: string) => {
      const scrape = await fetch(`${grove.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      return seriesValue(await scrape.text(), `grove_db_replica_reads_total{outcome="${outcome}"}`) ?? 0;
    };

    // Ada signs up (a write: her answer carries its position); a second browser signs her in.
    const writer = new Browser(grove.base);
    const signUp = await writer.send("/api/v1/auth/sign-up", {
      method: "POST",
      body: ACME_SIGN_UP,
    });
    expect(signUp.status).toBe(201);
    expect(writer.position()).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const other = new Browser(grove.base);
    const signIn = await other.send("/api/v1/auth/sign-in", {
      method: "POST",
      body: { email: ACME_SIGN_UP.email, password: ACME_SIGN_UP.password },
    });
    expect(signIn.status).toBe(200);
    const replayed = async (lsn: string) =>
      (await query<{ ok: boolean }>(standby.url, `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as ok`))[0]
        ?.ok === true;
    await until(
      "the standby to replay both sign-ins",
      async () => (await replayed(writer.position())) && replayed(other.position()),
    );

    // Caught up, both browsers' reads are answered by the replica.
    const onReplica = await reads("replica");
    expect(await other.unitNames()).toEqual([]);
    expect(await writer.unitNames()).toEqual([]);
    expect(await reads("replica")).toBeGreaterThanOrEqual(onReplica + 2);

    // Replay paused: the standby receives the primary's WAL and applies none of it.
    await query(standby.url, "select pg_wal_replay_pause()");
    await until(
      "replay to pause",
      async () =>
        (await query<{ state: string }>(standby.url, "select pg_get_wal_replay_pause_state() as state"))[0]?.state ===
        "paused",
    );
    const created = await writer.send("/api/v1/orgs/acme/units", {
      method: "POST",
      body: { name: "Growth", kind: "team" },
    });
    expect(created.status).toBe(201);
    const wrote = created.headers.get("x-grove-lsn") as string;
    expect(wrote).toBe(writer.position());
    expect(await replayed(wrote)).toBe(false);

    // The writer reads her own write at once: the replica has not replayed it, so the primary answers.
    const behind = await reads("behind");
    expect(await writer.unitNames()).toEqual(["Growth"]);
    expect(await reads("behind")).toBeGreaterThan(behind);
    // The other browser carries only the position of its sign-in, which the replica has: the
    // paused replica answers it, without the unit.
    expect(await other.unitNames()).toEqual([]);
    // A client without cookies may send the position in the header instead (an API token's client).
    const withHeader = await fetch(`${grove.base}/api/v1/orgs/acme/units`, {
      headers: {
        cookie: `grove_session=${other.cookies.get("grove_session")}`,
        "x-grove-lsn": wrote,
      },
    });
    expect(((await withHeader.json()).units as { name: string }[]).map((unit) => unit.name)).toEqual(["Growth"]);

    // Past the lag bound, reads leave the replica: a database handle of this process with a bound
    // of 1 s reads the new unit from the primary once the paused standby is further behind.
    const strict = await createDb({
      kind: "postgres",
      url: database(primary),
      replicaUrl: database(standby),
      replicaMaxLagSeconds: 1,
      poolSize: 2,
    });
    cleanups.push(() => strict.close());
    const outcomes: string[] = [];
    strict.replica?.observe((event) => {
      if ("read" in event) outcomes.push(event.read);
    });
    const [acme] = await query<{ id: string }>(database(primary), "select id from organisations where slug = 'acme'");
    const readUnits = () =>
      routeReads({ replica: true, positions: { seen: null, wrote: null } }, () =>
        inTenant(strict.kysely, acme?.id as string, (tx) => tx.selectFrom("units").select("name").execute()),
      );
    await until(
      "the paused standby to be more than a second behind",
      async () =>
        (
          await query<{ behind: boolean }>(
            standby.url,
            "select now() - pg_last_xact_replay_timestamp() > interval '1.5 seconds' as behind",
          )
        )[0]?.behind === true,
    );
    expect(await readUnits()).toEqual([{ name: "Growth" }]);
    expect(outcomes).toEqual(["lagging"]);

    // Replay resumed: the replica catches up and shows the unit to everyone.
    await query(standby.url, "select pg_wal_replay_resume()");
    await until("the replica to show the new unit", async () => (await other.unitNames()).includes("Growth"));

    // The replica stopped: reads are answered by the primary, and /metrics says why.
    const down = await reads("down");
    await standby.stop();
    expect(await other.unitNames()).toEqual(["Growth"]);
    expect(await other.unitNames()).toEqual(["Growth"]);
    expect(await reads("down")).toBeGreaterThanOrEqual(down + 2);
    expect(grove.proc.output()).toContain("reads go to the primary: the read replica is down");
  });
});
