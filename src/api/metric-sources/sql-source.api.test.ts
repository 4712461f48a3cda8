import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildTeam } from "../../../tests/support/factories.ts";
import { databaseUrl } from "../../../tests/support/postgres-per-file.ts";
import { testDbKind, useTestApp } from "../../../tests/support/test-app.ts";
import { syncMetricSource } from "../../services/metric-sources/sync-metric-source.ts";

// SQL metric sources (issue 14, docs/metric-sources.md "SQL"): a second PostgreSQL database with
// a metrics table, on the PostgreSQL project's server, read through a role of its own. The
// embedded-database project has no PostgreSQL server to hold that second database, so there
// this file is skipped, saying so.

const server = testDbKind === "postgres" ? inject("postgresUrl") : "";

describe.skipIf(server === "")("SQL metric sources (needs the PostgreSQL project's server)", () => {
  const clock = new Date("2027-02-15T12:00:00Z");
  const t = useTestApp(() => clock);
  const database = `metrics_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const reader = `reader_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const password = `pw-${randomUUID()}`;
  let metricsUrl = "";

  async function onServer(url: string, work: (client: pg.Client) => Promise<unknown>) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  const countRows = async () =>
    Number(
      (
        (await onServer(databaseUrl(server, database), (c) =>
          c.query("select count(*) as n from metrics"),
        )) as pg.QueryResult
      ).rows[0].n,
    );

  beforeAll(async () => {
    await onServer(server, async (admin) => {
      await admin.query(`create database ${database}`);
      await admin.query(`create role ${reader} login password '${password}'`);
    });
    await onServer(databaseUrl(server, database), async (admin) => {
      await admin.query("create table metrics (day date primary key, signups integer not null)");
      await admin.query("insert into metrics values ('2027-02-13', 40), ('2027-02-14', 55), ('2027-02-15', 61)");
      // The reader may write, so only the source's READ ONLY transaction stops a write.
      await admin.query(`grant select, insert, delete on metrics to ${reader}`);
    });
    const url = new URL(databaseUrl(server, database));
    url.username = reader;
    url.password = password;
    metricsUrl = url.toString();
  });
  afterAll(async () => {
    await onServer(server, async (admin) => {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.query(`drop role if exists ${reader}`);
    });
  });

  async function sqlSource(query: string) {
    const team = await buildTeam(t.services);
    const host = new URL(server).hostname;
    expect((await t.call("PUT", `${team.base}/metric-source-hosts`, { hosts: [host] })).status).toBe(200);
    const kr = team.keyResults[0] as { id: string };
    const created = await t.call("POST", `${team.base}/key-results/${kr.id}/sources`, {
      kind: "sql",
      url: metricsUrl,
      query,
      schedule: { every: "daily", at: "12:00" },
    });
    expect(created.status).toBe(201);
    return { ...team, source: created.body };
  }
  const readingsOf = (sourceId: string) =>
    t.db.kysely.selectFrom("checkIns").selectAll().where("sourceId", "=", sourceId).execute();

  it("reads one number with the source's own credentials, and never returns or stores the password in the clear", async () => {
    const team = await sqlSource("select sum(signups) from metrics where day > date '2027-02-13'");
    expect(team.source.url).not.toContain(password);
    expect(team.source.url).toContain(`${reader}@`);
    const row = await t.db.kysely
      .selectFrom("metricSources")
      .selectAll()
      .where("id", "=", team.source.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(password);
    expect(row.sealedPassword).not.toBe("");
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toEqual({
      status: "recorded",
      value: 116,
    });
    expect((await readingsOf(team.source.id)).map((r) => r.value)).toEqual([116]);
  });

  it.each([
    ["insert into metrics values ('2027-02-16', 1) returning signups", "read-only transaction"],
    ["with gone as (delete from metrics returning 1) select count(*) from gone", "read-only transaction"],
    ["commit; delete from metrics", "cannot insert multiple commands into a prepared statement"],
  ])("stops a query that tries to write: %s", async (query, error) => {
    const team = await sqlSource(query);
    const outcome = await syncMetricSource(t.services, team.org.id, team.source.id, clock);
    expect(outcome).toMatchObject({ status: "failed", error: expect.stringContaining(error) });
    expect(await countRows()).toBe(3);
    expect(await readingsOf(team.source.id)).toEqual([]);
  });

  it("stops a query that runs too long, and records why", async () => {
    const team = await sqlSource("select 1 from pg_sleep(10)");
    const outcome = await syncMetricSource(t.services, team.org.id, team.source.id, clock, 500);
    expect(outcome).toEqual({
      status: "failed",
      error: "the query failed: canceling statement due to statement timeout",
    });
    const shown = await t.call("GET", `${team.base}/metric-sources/${team.source.id}`);
    expect(shown.body).toMatchObject({ lastError: outcome.status === "failed" ? outcome.error : "", failures: 1 });
    expect(await readingsOf(team.source.id)).toEqual([]);
  });

  it.each([
    ["select 'many'", 'not a number: "many"'],
    [
      "select day, signups from metrics",
      "the query must answer one row of one column (it answered 3 rows of 2 columns)",
    ],
    [
      "select signups from metrics where false",
      "the query must answer one row of one column (it answered 0 rows of 1 columns)",
    ],
  ])("writes no reading when the answer is not one number: %s", async (query, error) => {
    const team = await sqlSource(query);
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toEqual({ status: "failed", error });
  });

  it("keeps the stored password when the connection string is changed without one", async () => {
    const team = await sqlSource("select max(signups) from metrics");
    const url = new URL(metricsUrl);
    url.password = "";
    const changed = await t.call("PATCH", `${team.base}/metric-sources/${team.source.id}`, {
      url: url.toString(),
      query: "select min(signups) from metrics",
    });
    expect(changed.status).toBe(200);
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toEqual({
      status: "recorded",
      value: 40,
    });
  });

  it("refuses a connection string for an HTTP source, and an SQL source without its query", async () => {
    const team = await buildTeam(t.services);
    const kr = team.keyResults[0] as { id: string };
    const post = (body: unknown) => t.call("POST", `${team.base}/key-results/${kr.id}/sources`, body);
    const noQuery = await post({ kind: "sql", url: metricsUrl, schedule: { every: "daily" } });
    expect([noQuery.status, noQuery.body.error.details]).toEqual([
      400,
      [expect.objectContaining({ field: "query", rule: "required" })],
    ]);
    const mixed = await post({ kind: "http_json", url: metricsUrl, jsonPath: "a", schedule: { every: "daily" } });
    expect([mixed.status, mixed.body.error.details]).toEqual([
      400,
      [expect.objectContaining({ field: "url", rule: "scheme" })],
    ]);
  });
});
