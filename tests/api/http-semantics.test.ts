import { randomBytes, randomUUID } from "node:crypto";
import { Agent, type IncomingHttpHeaders, request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { FREE_FAILURES } from "../../src/domain/sign-in-throttle.ts";
import { createLogger } from "../../src/logger.ts";
import { describeApi } from "../support/api-test.ts";
import { adminSessions, buildOrg, buildTeam, goodKeyResult, type TestSession } from "../support/factories.ts";
import { sessionHeaders } from "../support/test-app.ts";

// Issue 13, point 4 ("HTTP done right"), on PGlite and PostgreSQL: 405 with Allow, Location on
// 201, Retry-After on 429, authentication before validation, CORS for listed origins only, and
// a 413 that says Connection: close on a real socket instead of dropping a keep-alive one.

type Operation = { method: string; path: string; security?: unknown[] };

describeApi("HTTP semantics", (t) => {
  let operations: Operation[] = [];
  beforeAll(async () => {
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    operations = Object.entries<Record<string, { security?: unknown[] }>>(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, security: op.security })),
    );
  });

  /** A document path with its parameters filled (the organisation's slug, any id). */
  const fill = (path: string, slug: string) =>
    path.replace("{org}", slug).replace("{id}", randomUUID()).replaceAll(/{\w+}/g, "some-token-value");

  describe("405 Method Not Allowed", () => {
    it("answers a wrong method on an existing path 405 with Allow listing the path's methods", async () => {
      const org = await buildOrg(t.services);
      const res = await t.call("PUT", `/api/v1/orgs/${org.slug}/units`, { name: "x" });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, POST");
      expect(res.body.error).toEqual({
        code: "method_not_allowed",
        message: `/api/v1/orgs/${org.slug}/units does not answer PUT`,
        details: [{ field: "method", rule: "allowed", message: "use GET, HEAD, POST" }],
      });
      const one = await t.call("POST", `/api/v1/orgs/${org.slug}/key-results/${randomUUID()}`);
      expect([one.status, one.headers.get("allow")]).toEqual([405, "GET, HEAD, PATCH, DELETE"]);
      const health = await t.call("POST", "/api/health");
      expect([health.status, health.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    });

    it("keeps 404 for a path that has no operation at all, whatever the method", async () => {
      const org = await buildOrg(t.services);
      for (const method of ["GET", "POST", "DELETE"]) {
        const res = await t.call(method, `/api/v1/orgs/${org.slug}/no-such-things`);
        expect([res.status, res.headers.get("allow"), res.body.error.code]).toEqual([404, null, "not_found"]);
      }
    });

    it("lists in Allow exactly the methods the OpenAPI document has for every path (HEAD with GET)", async () => {
      const org = await buildOrg(t.services);
      // A path may match several of the document's: /auth/password-reset/confirm is POSTed, and
      // is also a {token} of GET /auth/password-reset/{token}.
      const pattern = (path: string) => new RegExp(`^${path.replaceAll(/{\w+}/g, "[^/]+")}$`);
      const paths = [...new Set(operations.map((op) => op.path))];
      expect(paths.length).toBeGreaterThan(100);
      for (const path of paths) {
        const url = fill(path, org.slug);
        const methods = operations.filter((op) => pattern(op.path).test(url)).map((op) => op.method);
        const wrong = ["DELETE", "PUT", "PATCH", "POST"].find((m) => !methods.includes(m)) as string;
        const res = await t.call(wrong, url, {});
        const expected = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"].filter((m) =>
          methods.includes(m === "HEAD" ? "GET" : m),
        );
        expect({ url, status: res.status, allow: res.headers.get("allow") }).toEqual({
          url,
          status: 405,
          allow: expected.join(", "),
        });
      }
    });
  });

  describe("Location on 201", () => {
    it("points a created unit, key result and organisation at the URL that reads it", async () => {
      const team = await buildTeam(t.services);
      const admin = adminSessions.get(team.org.slug) as TestSession;

      const unit = await t.call("POST", `${team.base}/units`, { name: "Growth", kind: "team" });
      expect(unit.status).toBe(201);
      expect(unit.headers.get("location")).toBe(`${team.base}/units/${unit.body.id}`);
      const readUnit = await t.call("GET", unit.headers.get("location") as string);
      expect([readUnit.status, readUnit.body.name]).toEqual([200, "Growth"]);

      // Added under its objective, read at the organisation's top level.
      const kr = await t.call(
        "POST",
        `${team.base}/objectives/${team.objective.id}/key-results`,
        goodKeyResult({ title: "Cut refunds from 4% to 2%", metric: "refunds", baseline: 4, target: 2 }),
      );
      expect(kr.status).toBe(201);
      expect(kr.headers.get("location")).toBe(`${team.base}/key-results/${kr.body.id}`);
      const readKr = await t.call("GET", kr.headers.get("location") as string);
      expect([readKr.status, readKr.body.id, readKr.body.title]).toEqual([
        200,
        kr.body.id,
        "Cut refunds from 4% to 2%",
      ]);

      const slug = `loc-${randomUUID().slice(0, 8)}`;
      const org = await t.callAs(admin, "POST", "/api/v1/orgs", { slug, name: "Located" });
      expect([org.status, org.headers.get("location")]).toEqual([201, `/api/v1/orgs/${slug}`]);
    });

    it("documents Location on the 201s whose created resource has a GET, and only there", async () => {
      const doc = (await t.call("GET", "/api/openapi.json")).body;
      const located = (path: string) => doc.paths[path].post.responses[201].headers?.Location;
      expect(located("/api/v1/orgs/{org}/units")).toMatchObject({ schema: { type: "string" } });
      expect(located("/api/v1/orgs/{org}/objectives/{id}/key-results")).toBeDefined();
      expect(located("/api/v1/orgs")).toBeDefined();
      // A check-in is read in its key result's list; there is no GET of one check-in.
      expect(located("/api/v1/orgs/{org}/key-results/{id}/check-ins")).toBeUndefined();
    });
  });

  describe("Retry-After on 429", () => {
    it("says how long the sign-in throttle waits, in the header and the body alike", async () => {
      // Behind one trusted proxy, so this test speaks from a client address of its own.
      const app = createApp({ services: t.services, logger: createLogger("silent"), trustProxy: 1 });
      const address = `10.${[...randomBytes(3)].join(".")}`;
      const signIn = () =>
        app.request("/api/v1/auth/sign-in", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": address },
          body: JSON.stringify({ email: "nobody@example.test", password: "not the password" }),
        });
      for (let i = 0; i <= FREE_FAILURES; i++) expect((await signIn()).status).toBe(401);
      const throttled = await signIn();
      expect(throttled.status).toBe(429);
      const body = await throttled.json();
      expect(body.error.code).toBe("rate_limited");
      expect(body.error.retryAfterSeconds).toBeGreaterThan(0);
      expect(throttled.headers.get("retry-after")).toBe(String(body.error.retryAfterSeconds));
    });
  });

  describe("authentication before validation", () => {
    it("answers an anonymous request with a bad body, query or path 401, never a 400 naming the schema", async () => {
      const org = await buildOrg(t.services);
      const base = `/api/v1/orgs/${org.slug}`;
      const unauthenticated = { code: "unauthenticated", message: "Sign in first", details: [] };
      const badBody = await t.callAs(null, "POST", `${base}/units`, { colour: "green" });
      expect([badBody.status, badBody.body.error]).toEqual([401, unauthenticated]);
      const badQuery = await t.callAs(null, "GET", `${base}/objectives?periodId=not-a-uuid`);
      expect([badQuery.status, badQuery.body.error]).toEqual([401, unauthenticated]);
      const badPath = await t.callAs(null, "GET", `${base}/units/not-a-uuid`);
      expect([badPath.status, badPath.body.error]).toEqual([401, unauthenticated]);
      const badAccountBody = await t.callAs(null, "POST", "/api/v1/auth/password", { nope: true });
      expect([badAccountBody.status, badAccountBody.body.error]).toEqual([401, unauthenticated]);
      // Signed in, the same requests are told what is wrong with them.
      expect((await t.call("POST", `${base}/units`, { colour: "green" })).status).toBe(400);
      expect((await t.call("GET", `${base}/objectives?periodId=not-a-uuid`)).status).toBe(400);
    });

    it("still validates public operations such as sign-in for anyone", async () => {
      const res = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email: "not an address" });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(["email", "password"]);
    });

    it("answers every operation that is not public 401 for an anonymous request with a bad body", async () => {
      const org = await buildOrg(t.services);
      const guarded = operations.filter((op) => !(Array.isArray(op.security) && op.security.length === 0));
      expect(guarded.length).toBeGreaterThan(100);
      for (const op of guarded) {
        const body = ["POST", "PUT", "PATCH"].includes(op.method) ? { unknownField: true } : undefined;
        const res = await t.callAs(null, op.method, `${fill(op.path, org.slug)}?unknownParameter=1`, body);
        expect({ op: `${op.method} ${op.path}`, status: res.status }).toEqual({
          op: `${op.method} ${op.path}`,
          status: 401,
        });
      }
    });
  });

  describe("CORS", () => {
    const a = "https://a.example";
    let app: ReturnType<typeof createApp>;
    beforeAll(() => {
      app = createApp({
        services: t.services,
        logger: createLogger("silent"),
        corsOrigins: [a, "https://b.example:8443"],
      });
    });
    const corsHeaders = (headers: Headers) =>
      Object.fromEntries([...headers].filter(([name]) => name.startsWith("access-control-")));

    it("answers a listed origin with its origin, credentials and the headers a client reads", async () => {
      const org = await buildOrg(t.services);
      const session = adminSessions.get(org.slug) as TestSession;
      const res = await app.request(`/api/v1/orgs/${org.slug}/units`, {
        headers: { origin: a, ...sessionHeaders(session) },
      });
      expect(res.status).toBe(200);
      expect(corsHeaders(res.headers)).toEqual({
        "access-control-allow-origin": a,
        "access-control-allow-credentials": "true",
        "access-control-expose-headers": "Location,Retry-After,ETag,Link,X-Request-Id,X-Grove-Lsn",
      });
      expect(res.headers.get("vary")).toContain("Origin");
      // A refusal reaches the page too, so it can say why.
      const anonymous = await app.request(`/api/v1/orgs/${org.slug}/units`, { headers: { origin: a } });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("access-control-allow-origin")).toBe(a);
    });

    it("answers a listed origin's preflight 204 with the methods and the headers it asked for", async () => {
      const res = await app.request("/api/v1/orgs/demo/units", {
        method: "OPTIONS",
        headers: {
          origin: "https://b.example:8443",
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, x-csrf-token",
        },
      });
      expect(res.status).toBe(204);
      expect(corsHeaders(res.headers)).toMatchObject({
        "access-control-allow-origin": "https://b.example:8443",
        "access-control-allow-credentials": "true",
        "access-control-allow-headers": "content-type,x-csrf-token",
        "access-control-max-age": "600",
      });
      expect(res.headers.get("access-control-allow-methods")?.split(",")).toEqual(
        expect.arrayContaining(["GET", "POST", "PATCH", "DELETE"]),
      );
    });

    it("sends no CORS header at all to an origin that is not listed, preflight or not", async () => {
      const plain = await app.request("/api/health", { headers: { origin: "https://evil.example" } });
      expect([plain.status, corsHeaders(plain.headers)]).toEqual([200, {}]);
      expect(plain.headers.get("vary")).toContain("Origin");
      const preflight = await app.request("/api/v1/orgs/demo/units", {
        method: "OPTIONS",
        headers: { origin: "https://a.example.evil.test", "access-control-request-method": "POST" },
      });
      expect([preflight.status, corsHeaders(preflight.headers)]).toEqual([405, {}]);
    });

    it("is off by default: no CORS header for any origin", async () => {
      const res = await t.call("GET", "/api/health", undefined, { origin: a });
      expect([res.status, corsHeaders(res.headers)]).toEqual([200, {}]);
      const preflight = await t.call("OPTIONS", "/api/v1/orgs/demo/units", undefined, {
        origin: a,
        "access-control-request-method": "POST",
      });
      expect([preflight.status, corsHeaders(preflight.headers)]).toEqual([405, {}]);
    });
  });

  describe("413 on a real socket", () => {
    let server: ReturnType<typeof serve>;
    let port = 0;
    let agent: Agent;
    beforeAll(async () => {
      const app = createApp({ services: t.services, logger: createLogger("silent") });
      server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
      });
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      agent?.destroy();
      await new Promise((resolve) => server?.close(resolve));
    });

    interface Answer {
      status: number;
      headers: IncomingHttpHeaders;
      body: string;
      /** The client's port: the same one means the same connection. */
      via: number;
    }

    /** A request through the keep-alive agent; `chunked` sends the body without a Content-Length. */
    function send(method: string, path: string, headers: Record<string, string>, body?: string, chunked = false) {
      return new Promise<Answer>((resolve, reject) => {
        const sized = body !== undefined && !chunked ? { "content-length": String(Buffer.byteLength(body)) } : {};
        const req = request({ host: "127.0.0.1", port, method, path, agent, headers: { ...headers, ...sized } });
        // The server answers a refused body before reading it and then closes: the client may
        // still be writing it and see EPIPE or ECONNRESET on the socket after the answer came.
        req.on("socket", (socket) => {
          if (socket.listenerCount("error") === 0) socket.on("error", () => {});
        });
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            text += chunk;
          });
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, via: req.socket?.localPort ?? 0 }),
          );
        });
        req.on("error", reject);
        req.end(body);
      });
    }

    it.each([
      ["with a Content-Length", false],
      ["chunked", true],
    ])(
      "refuses a body over 1 MiB (%s) with 413 and Connection: close, and the next request on the agent is answered",
      async (_how, chunked) => {
        agent = new Agent({ keepAlive: true, maxSockets: 1 });
        const org = await buildOrg(t.services);
        const headers = {
          ...sessionHeaders(adminSessions.get(org.slug) as TestSession),
          "content-type": "application/json",
        };
        const units = `/api/v1/orgs/${org.slug}/units`;

        // First a request the server answers in full: the connection is kept and used again.
        const small = await send("POST", units, headers, JSON.stringify({ kind: "team" }));
        expect([small.status, small.headers.connection]).toEqual([400, "keep-alive"]);
        const again = await send("GET", units, headers);
        expect([again.status, again.via]).toEqual([200, small.via]);

        const large = JSON.stringify({ name: "x".repeat(3_000_000), kind: "team" });
        const refused = await send("POST", units, headers, large, chunked);
        expect(refused.status).toBe(413);
        expect(refused.headers.connection).toBe("close");
        expect(JSON.parse(refused.body).error.code).toBe("payload_too_large");

        const next = await send("GET", units, headers);
        expect(next.status).toBe(200);
        expect(JSON.parse(next.body).units).toEqual([]);
        agent.destroy();
      },
    );
  });
});
