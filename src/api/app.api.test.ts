import { gunzipSync } from "node:zlib";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { expect, it } from "vitest";
import { describeApi } from "../../tests/support/api-test.ts";
import { adminSessions, type TestSession } from "../../tests/support/factories.ts";
import type { Database } from "../db/schema.ts";
import { createLogger } from "../logger.ts";
import { createApp } from "./app.ts";

describeApi("HTTP edges", (t) => {
  it("answers health and serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const health = await t.call("GET", "/api/health");
    expect({ status: health.status, body: health.body }).toEqual({
      status: 200,
      body: { status: "ok", version: expect.any(String) },
    });
    const doc = await t.call("GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/orgs/{org}/objectives",
        "/api/v1/orgs/{org}/tree",
        "/api/v1/orgs/{org}/key-results/{id}/check-ins",
      ]),
    );
    expect(doc.body.components.schemas.CreateObjective.properties.keyResults).toBeDefined();
  });

  it("sends security headers, a strict content security policy among them", async () => {
    const res = await t.call("GET", "/api/health");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("answers health with 503 and Retry-After when the database does not answer", async () => {
    const broken = createApp({ services: { ...t.services, db: brokenDb() }, logger: createLogger("silent") });
    const res = await broken.request("/api/health");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({
      error: { code: "unavailable", message: "The database does not answer; try again shortly", details: [] },
    });
  });

  it("answers liveness always, and readiness only while the database answers with every migration", async () => {
    expect((await t.call("GET", "/api/health/ready")).status).toBe(200);
    const broken = createApp({ services: { ...t.services, db: brokenDb() }, logger: createLogger("silent") });
    expect((await broken.request("/api/health/live")).status).toBe(200);
    const down = await broken.request("/api/health/ready");
    expect({ status: down.status, retryAfter: down.headers.get("retry-after") }).toEqual({
      status: 503,
      retryAfter: "5",
    });
    // A database that answers but lacks a migration (another instance is still migrating it):
    // the latest one taken away inside a transaction that is then rolled back.
    await expect(
      t.services.db.transaction().execute(async (tx) => {
        await sql`delete from schema_migrations where name = (select max(name) from schema_migrations)`.execute(tx);
        const behind = createApp({ services: { ...t.services, db: tx }, logger: createLogger("silent") });
        expect((await behind.request("/api/health")).status).toBe(200);
        expect((await behind.request("/api/health/ready")).status).toBe(503);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await t.call("GET", "/api/health/ready")).status).toBe(200);
  });

  it("serves /metrics only when the operator set a token, and then only to it", async () => {
    expect((await t.call("GET", "/metrics")).status).toBe(404);
    const token = "a-metrics-token-0123456789";
    const app = createApp({ services: t.services, logger: createLogger("silent"), metricsToken: token });
    expect((await app.request("/metrics")).status).toBe(401);
    const res = await app.request("/metrics", { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("# TYPE grove_http_requests_total counter");
  });

  it("serves /backup only when the operator set GROVE_BACKUP_TOKEN, and then only to it, as one whole backup", async () => {
    expect((await t.call("GET", "/backup")).status).toBe(404);
    const token = "a-backup-token-0123456789";
    const app = createApp({
      services: t.services,
      logger: createLogger("silent"),
      metricsToken: "a-metrics-token-0123456789",
      backup: { token, database: "test" },
    });
    // The metrics token is not the backup's: a backup holds every password hash.
    const wrong = await app.request("/backup", { headers: { authorization: "Bearer a-metrics-token-0123456789" } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe('Bearer realm="backup"');
    const res = await app.request("/backup", { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    const lines = gunzipSync(Buffer.from(await res.arrayBuffer()))
      .toString("utf8")
      .trimEnd()
      .split("\n");
    expect(JSON.parse(lines[0] as string)).toMatchObject({ format: "grove-backup", database: "test" });
    expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ end: true });
  });

  it("hides internals: a 500 says only that something went wrong, with no stack trace or SQL", async () => {
    const broken = createApp({ services: { ...t.services, db: brokenDb() }, logger: createLogger("silent") });
    const res = await broken.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "someone@example.com", password: "a password" }),
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: {
        code: "internal_error",
        message: "Something went wrong on our side; the change was not saved",
        details: [],
      },
    });
  });

  it("names each bad field and its rule in a 400", async () => {
    const org = await t.buildOrg();
    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/objectives`, {
      unitId: "nope",
      title: "",
      keyResults: [{ title: "x", baseline: "high" }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const fields = res.body.error.details.map((d: { field: string; rule: string }) => `${d.field}:${d.rule}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        "unitId:invalid_format",
        "periodId:invalid_type",
        "title:too_small",
        "keyResults.0.baseline:invalid_type",
      ]),
    );
  });

  it("refuses unknown fields instead of silently dropping them", async () => {
    const org = await t.buildOrg();
    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/units`, {
      name: "Growth",
      kind: "team",
      colour: "green",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ rule: "unrecognized_keys" })]);
  });

  it.each([
    ["malformed JSON", "{not json", "application/json"],
    ["a JSON array", "[]", "application/json"],
    ["a JSON string", '"hello"', "application/json"],
  ])("answers 400, never 500, for %s", async (_name, body, contentType) => {
    const org = await t.buildOrg();
    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/units`, body, { "content-type": contentType });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect((await t.call("GET", `/api/v1/orgs/${org.slug}/units`)).body.units).toEqual([]);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const org = await t.buildOrg();
    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/units`, "name=Growth", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(415);
    expect(res.body.error.details).toEqual([{ field: "content-type", rule: "json", message: "use application/json" }]);
  });

  it("refuses bodies over 1 MiB with 413", async () => {
    const org = await t.buildOrg();
    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/units`, { name: "x".repeat(1_100_000), kind: "team" });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("answers 404 for unknown organisations, ids and routes", async () => {
    const org = await t.buildOrg();
    const missing = "6f1c1a52-1111-4222-8333-444455556666";
    const admin = adminSessions.get(org.slug) as TestSession;
    expect((await t.callAs(admin, "GET", "/api/v1/orgs/no-such-org/units")).body.error).toEqual({
      code: "not_found",
      message: "Organisation not found",
      details: [],
    });
    expect((await t.call("GET", `/api/v1/orgs/${org.slug}/units/${missing}`)).status).toBe(404);
    expect((await t.call("GET", `/api/v1/orgs/${org.slug}/objectives/${missing}`)).status).toBe(404);
    expect(
      (await t.call("PATCH", `/api/v1/orgs/${org.slug}/key-results/${missing}`, { title: "x", version: 1 })).status,
    ).toBe(404);
    expect(
      (await t.call("POST", `/api/v1/orgs/${org.slug}/key-results/${missing}/check-ins`, { value: 1 })).status,
    ).toBe(404);
    expect((await t.call("GET", "/api/v1/nothing-here")).status).toBe(404);
  });

  it("never lets one organisation reach another's rows by id", async () => {
    const a = await t.buildOrg();
    const b = await t.buildOrg();
    const unitOfB = await t.buildUnit(b.id);
    expect((await t.call("GET", `/api/v1/orgs/${a.slug}/units/${unitOfB.id}`)).status).toBe(404);
    expect((await t.call("PATCH", `/api/v1/orgs/${a.slug}/units/${unitOfB.id}`, { name: "Taken over" })).status).toBe(
      404,
    );
    expect((await t.call("DELETE", `/api/v1/orgs/${a.slug}/units/${unitOfB.id}`)).status).toBe(404);
    const child = await t.call("POST", `/api/v1/orgs/${a.slug}/units`, {
      name: "Child",
      kind: "team",
      parentId: unitOfB.id,
    });
    expect(child.status).toBe(400);
    expect((await t.call("GET", `/api/v1/orgs/${b.slug}/units/${unitOfB.id}`)).body.name).toBe(unitOfB.name);
  });
});

/** A database handle whose every query fails (nothing listens on port 1). */
function brokenDb(): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ host: "127.0.0.1", port: 1, connectionTimeoutMillis: 500 }) }),
  });
}
