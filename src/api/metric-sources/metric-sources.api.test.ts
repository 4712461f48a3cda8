import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { testDeliveryWorker } from "../../../tests/support/mail-delivery.ts";
import { metricSyncJob } from "../../services/metric-sources/sync-job.ts";
import { createMetricSyncDeliverer, syncMetricSource } from "../../services/metric-sources/sync-metric-source.ts";

// Metric sources (issue 14, docs/metric-sources.md): a KR measured, not remembered (K1, K2). A
// real HTTP server in this process serves JSON and CSV; the outbox's delivery workers run the
// syncs the hourly job queues, on this file's database (PGlite or PostgreSQL).

/** What the test's metrics server answers, by path; every request is counted by its full URL. */
const answers = new Map<string, (req: IncomingMessage) => { status?: number; body: string; delayMs?: number }>();
const hits = new Map<string, number>();
let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const answer = answers.get(url.split("?")[0] ?? "")?.(req) ?? { status: 404, body: "{}" };
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, { "content-type": "application/json" });
      res.end(answer.body);
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let signups = 120;
answers.set("/signups.json", () => ({ body: JSON.stringify({ data: { total: signups, note: "n/a" } }) }));
answers.set("/signups.csv", () => ({
  body: "date,signups\n2027-02-14,100\n2027-02-15,110\n2027-02-16,125\n",
}));
answers.set("/keyed.json", (req) =>
  req.headers["x-api-key"] === "s3cret-key" ? { body: '{"value": 7}' } : { status: 401, body: '{"error": "no key"}' },
);
answers.set("/slow.json", () => ({ body: '{"value": 1}', delayMs: 3_000 }));

let clock = new Date("2027-02-15T05:50:00Z");

describeApi("metric sources", { now: () => clock }, (t) => {
  const FETCH_TIMEOUT_MS = 500;

  function worker() {
    return testDeliveryWorker(t, () => clock, {
      deliverers: { metric_sync: createMetricSyncDeliverer(t.services, { timeoutMs: FETCH_TIMEOUT_MS }) },
      jobs: [metricSyncJob(t.services)],
    });
  }

  /** A team whose admin allowed the test server's host, and a unique path for its source. */
  async function teamWithSource(body: Record<string, unknown>) {
    const team = await t.buildTeam();
    expect((await t.call("PUT", `${team.base}/metric-source-hosts`, { hosts: ["127.0.0.1"] })).status).toBe(200);
    const kr = team.keyResults[0] as { id: string; objectiveId: string };
    const created = await t.call("POST", `${team.base}/key-results/${kr.id}/sources`, body);
    expect(created.status).toBe(201);
    return { ...team, kr, source: created.body };
  }

  /** A team whose source reads the sign-ups at a path of its own, so that its fetches can be counted. */
  async function teamReadingSignups(jsonPath: string, schedule: Record<string, string>) {
    const path = `/signups.json?team=${randomUUID()}`;
    return { ...(await teamWithSource({ kind: "http_json", url: `${origin}${path}`, jsonPath, schedule })), path };
  }

  const readingsOf = (sourceId: string) =>
    t.db.kysely.selectFrom("checkIns").selectAll().where("sourceId", "=", sourceId).orderBy("checkedInAt").execute();
  const sourceRow = (id: string) =>
    t.db.kysely.selectFrom("metricSources").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("records readings on schedule as check-ins by the source, which roll up (M5) and keep the owner's confidence", async () => {
    const { path, ...team } = await teamReadingSignups("data.total", { every: "hourly", at: "00:15" });
    // The owner's own check-in sets the confidence the source's readings keep.
    const own = await t.call("POST", `${team.base}/key-results/${team.kr.id}/check-ins`, {
      value: 4.5,
      confidence: 0.7,
    });
    expect(own.status).toBe(201);
    const before = await t.call("GET", `${team.base}/objectives/${team.kr.objectiveId}`);

    clock = new Date("2027-02-15T06:00:05Z");
    await worker().runOnce();
    expect(hits.get(path) ?? 0).toBe(0); // queued for 06:15, not before
    clock = new Date("2027-02-15T06:16:00Z");
    await worker().runOnce();
    expect(hits.get(path)).toBe(1);

    const [reading] = await readingsOf(team.source.id);
    expect(reading).toMatchObject({ value: 120, confidence: 0.7, authorId: null, recordedBy: null });
    expect(reading?.checkedInAt.toISOString()).toBe("2027-02-15T06:15:00.000Z");
    const kr = await t.call("GET", `${team.base}/key-results/${team.kr.id}`);
    expect(kr.body).toMatchObject({ currentValue: 120, currentConfidence: 0.7 });
    const after = await t.call("GET", `${team.base}/objectives/${team.kr.objectiveId}`);
    expect(after.body.progress).toBeGreaterThan(before.body.progress);
    const source = await t.call("GET", `${team.base}/metric-sources/${team.source.id}`);
    expect(source.body).toMatchObject({
      lastValue: 120,
      lastError: "",
      failures: 0,
      lastSyncedAt: "2027-02-15T06:15:00.000Z",
      nextSyncAt: "2027-02-15T07:15:00.000Z",
    });

    // The next hour's tick reads again.
    signups = 130;
    clock = new Date("2027-02-15T07:20:00Z");
    await worker().runOnce();
    expect((await readingsOf(team.source.id)).map((r) => [r.checkedInAt.toISOString(), r.value])).toEqual([
      ["2027-02-15T06:15:00.000Z", 120],
      ["2027-02-15T07:15:00.000Z", 130],
    ]);
  });

  it("writes a retried or repeated sync once: per source and time", async () => {
    clock = new Date("2027-02-15T08:30:24Z");
    const { path, ...team } = await teamReadingSignups("$.data.total", { every: "daily", at: "23:00" });
    const first = await t.call("POST", `${team.base}/metric-sources/${team.source.id}/sync`);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ sourceId: team.source.id, at: "2027-02-15T08:30:20.000Z", queued: true });
    const again = await t.call("POST", `${team.base}/metric-sources/${team.source.id}/sync`);
    expect(again.body).toMatchObject({ at: "2027-02-15T08:30:20.000Z", queued: false });
    await worker().runOnce();
    // The same sync delivered again (a worker whose lease ran out mid-sync): fetched, not written.
    const at = new Date("2027-02-15T08:30:20.000Z");
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, at)).toMatchObject({
      status: "already_recorded",
    });
    expect(hits.get(path)).toBe(2);
    expect(await readingsOf(team.source.id)).toHaveLength(1);
  });

  it("records a failing source's error and no reading: host not allowed, not a number, timeout, unreachable, HTTP error", async () => {
    clock = new Date("2027-02-15T09:00:00Z");
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const cases: [Record<string, unknown>, string][] = [
      [{ url: `${origin}/signups.json`, jsonPath: "data.note" }, 'not a number: "n/a"'],
      [{ url: `${origin}/signups.json`, jsonPath: "data.missing" }, "nothing at data.missing in the answer"],
      [{ url: `${origin}/slow.json`, jsonPath: "value" }, `no answer within ${FETCH_TIMEOUT_MS / 1000} s`],
      [{ url: `http://127.0.0.1:${closedPort}/x.json`, jsonPath: "value" }, "unreachable: connect ECONNREFUSED"],
      [{ url: `${origin}/keyed.json`, jsonPath: "value" }, "answered HTTP 401"],
      [
        { url: `http://localhost:${closedPort}/x.json`, jsonPath: "value" },
        "localhost is not on the organisation's list",
      ],
    ];
    for (const [fields, error] of cases) {
      const team = await teamWithSource({ kind: "http_json", ...fields, schedule: { every: "weekly" } });
      const outcome = await syncMetricSource(t.services, team.org.id, team.source.id, clock, FETCH_TIMEOUT_MS);
      expect(outcome).toMatchObject({ status: "failed" });
      const row = await sourceRow(team.source.id);
      expect(row.lastError).toContain(error);
      expect(row).toMatchObject({ failures: 1, lastErrorAt: clock, lastSyncedAt: null, lastValue: null });
      expect(await readingsOf(team.source.id)).toEqual([]);
      const shown = await t.call("GET", `${team.base}/key-results/${team.kr.id}/sources`);
      expect(shown.body.sources[0].lastError).toContain(error);
    }
  });

  it("refuses link-local and metadata addresses even when an admin lists them", async () => {
    const team = await t.buildTeam();
    await t.call("PUT", `${team.base}/metric-source-hosts`, {
      hosts: ["169.254.169.254", "fe80::1", "metadata.google.internal"],
    });
    const kr = team.keyResults[0] as { id: string };
    for (const url of [
      "http://169.254.169.254/latest/meta-data",
      "http://[fe80::1]/x",
      "http://metadata.google.internal/x",
    ]) {
      const created = await t.call("POST", `${team.base}/key-results/${kr.id}/sources`, {
        kind: "http_json",
        url,
        jsonPath: "value",
        schedule: { every: "hourly" },
      });
      expect(created.status).toBe(201);
      const outcome = await syncMetricSource(t.services, team.org.id, created.body.id, clock);
      expect(outcome).toMatchObject({ status: "failed" });
      expect((await sourceRow(created.body.id)).lastError).toContain("link-local or metadata address");
      expect((await t.call("DELETE", `${team.base}/metric-sources/${created.body.id}`)).status).toBe(204);
    }
  });

  it("keeps a secret header encrypted at rest, never returns it, and sends it", async () => {
    const team = await teamWithSource({
      kind: "http_json",
      url: `${origin}/keyed.json`,
      jsonPath: "value",
      headers: [
        { name: "X-Api-Key", value: "s3cret-key", secret: true },
        { name: "Accept-Language", value: "en" },
      ],
      schedule: { every: "daily", at: "06:00" },
    });
    expect(team.source.headers).toEqual([
      { name: "X-Api-Key", value: null, secret: true },
      { name: "Accept-Language", value: "en", secret: false },
    ]);
    expect(JSON.stringify((await sourceRow(team.source.id)).headers)).not.toContain("s3cret-key");
    const history = await t.db.kysely
      .selectFrom("history")
      .selectAll()
      .where("entityId", "=", team.source.id)
      .execute();
    expect(JSON.stringify(history)).not.toContain("s3cret-key");
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toEqual({
      status: "recorded",
      value: 7,
    });

    // An update that names the secret header without a value keeps it; one without it drops it.
    const kept = await t.call("PATCH", `${team.base}/metric-sources/${team.source.id}`, {
      headers: [{ name: "X-Api-Key", secret: true }],
    });
    expect(kept.status).toBe(200);
    const later = new Date(clock.getTime() + 60_000);
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, later)).toMatchObject({
      status: "recorded",
    });
    const dropped = await t.call("PATCH", `${team.base}/metric-sources/${team.source.id}`, { headers: [] });
    expect(dropped.body.headers).toEqual([]);
    const noKey = await syncMetricSource(t.services, team.org.id, team.source.id, new Date(later.getTime() + 60_000));
    expect(noKey).toEqual({ status: "failed", error: "answered HTTP 401" });
  });

  it("reads a CSV file's last row, or the row of the reading's date", async () => {
    clock = new Date("2027-02-17T13:00:00Z");
    const last = await teamWithSource({
      kind: "csv",
      url: `${origin}/signups.csv`,
      column: "signups",
      schedule: { every: "daily", at: "12:00" },
    });
    expect(await syncMetricSource(t.services, last.org.id, last.source.id, new Date("2027-02-15T12:00:00Z"))).toEqual({
      status: "recorded",
      value: 125,
    });
    const dated = await teamWithSource({
      kind: "csv",
      url: `${origin}/signups.csv`,
      column: "signups",
      row: "date",
      dateColumn: "date",
      schedule: { every: "daily", at: "12:00" },
    });
    const at = new Date("2027-02-15T12:00:00Z");
    expect(await syncMetricSource(t.services, dated.org.id, dated.source.id, at)).toEqual({
      status: "recorded",
      value: 110,
    });
    const missing = await syncMetricSource(t.services, dated.org.id, dated.source.id, new Date("2027-02-17T12:00:00Z"));
    expect(missing).toEqual({ status: "failed", error: 'no row dated 2027-02-17 in column "date"' });
  });

  it("syncs each source once per tick with two instances on one database", async () => {
    const { path, ...team } = await teamReadingSignups("data.total", { every: "hourly", at: "00:05" });
    clock = new Date("2027-02-15T13:06:00Z");
    // Allowed by name: the connection goes to the address the guarded lookup checked.
    expect((await t.call("PUT", `${team.base}/metric-source-hosts`, { hosts: ["localhost"] })).status).toBe(200);
    const byName = await t.call("PATCH", `${team.base}/metric-sources/${team.source.id}`, {
      url: `${origin.replace("127.0.0.1", "localhost")}${path}`,
    });
    expect(byName.status).toBe(200);
    const [first, second] = [worker(), worker()];
    await Promise.all([first.runOnce(), second.runOnce()]);
    await Promise.all([first.runOnce(), second.runOnce()]);
    expect(hits.get(path)).toBe(1);
    expect((await readingsOf(team.source.id)).map((r) => r.checkedInAt.toISOString())).toEqual([
      "2027-02-15T13:05:00.000Z",
    ]);
  });

  it("refuses bad input with 400 naming the field and rule", async () => {
    const team = await t.buildTeam();
    const kr = team.keyResults[0] as { id: string };
    const post = (body: unknown) => t.call("POST", `${team.base}/key-results/${kr.id}/sources`, body);
    const base = {
      kind: "http_json",
      url: "https://metrics.example.com/a.json",
      jsonPath: "a",
      schedule: { every: "hourly" },
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ url: "ftp://example.com/a" }, "url", "invalid_format"],
      [{ jsonPath: "a..b" }, "jsonPath", "custom"],
      [{ jsonPath: undefined }, "jsonPath", "required"],
      [{ kind: "csv", jsonPath: undefined }, "column", "required"],
      [{ kind: "csv", column: "n", row: "date" }, "dateColumn", "required"],
      [{ schedule: { every: "daily", at: "25:00" } }, "schedule.at", "invalid_format"],
      [{ schedule: { every: "monthly" } }, "schedule.every", "invalid_value"],
      [{ headers: [{ name: "X-Key", value: "a\r\nInjected: 1" }] }, "headers.0.value", "invalid_format"],
      [{ headers: [{ name: "X-Key", secret: true }] }, "headers.0.value", "required"],
    ];
    for (const [change, field, rule] of cases) {
      const response = await post({ ...base, ...change });
      expect([response.status, response.body.error.details]).toEqual([
        400,
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      ]);
    }
    const hosts = await t.call("PUT", `${team.base}/metric-source-hosts`, { hosts: ["https://example.com/"] });
    expect(hosts.status).toBe(400);
    expect(hosts.body.error.details).toEqual([expect.objectContaining({ field: "hosts.0" })]);
  });

  it("lets whoever may edit the KR manage its source (M3), and only admins the hosts", async () => {
    const team = await t.buildTeamWithMember();
    const kr = team.keyResults[0] as { id: string };
    const body = {
      kind: "http_json",
      url: `${origin}/signups.json`,
      jsonPath: "data.total",
      schedule: { every: "hourly" },
    };
    const outsider = await t.buildMember(team.org.id);
    const viewer = await t.buildMember(team.org.id, { orgRole: "viewer" });
    for (const who of [outsider, viewer]) {
      expect((await t.callAs(who, "POST", `${team.base}/key-results/${kr.id}/sources`, body)).status).toBe(403);
    }
    const created = await t.callAs(team.member, "POST", `${team.base}/key-results/${kr.id}/sources`, body);
    expect(created.status).toBe(201);
    expect((await t.callAs(viewer, "GET", `${team.base}/metric-sources/${created.body.id}`)).status).toBe(200);
    expect((await t.callAs(outsider, "POST", `${team.base}/metric-sources/${created.body.id}/sync`)).status).toBe(403);
    const second = await t.callAs(team.member, "POST", `${team.base}/key-results/${kr.id}/sources`, body);
    expect([second.status, second.body.error.details]).toEqual([
      409,
      [expect.objectContaining({ field: "keyResultId" })],
    ]);
    const hosts = await t.callAs(team.member, "PUT", `${team.base}/metric-source-hosts`, { hosts: ["example.com"] });
    expect(hosts.status).toBe(403);
  });
});
