import { createHash, timingSafeEqual } from "node:crypto";
import type { Hono, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { AppError } from "../domain/errors.ts";
import { httpDuration, httpErrors, httpRequests, metricsContentType, metricsText } from "../metrics.ts";
import type { ServiceContext } from "../services/context.ts";
import { assertDatabaseAnswers, assertReady } from "../services/database.ts";
import { packageVersion } from "../version.ts";
import type { AppEnv } from "./shared/env.ts";

// What an operator's tools read (docs/operations.md, "Health" and "Metrics"): liveness,
// readiness, the old combined health check, and Prometheus metrics behind a bearer token.

/** Counts every answer by its route pattern, so /orgs/acme/... and /orgs/beta/... are one series. */
export const countRequests: MiddlewareHandler<AppEnv> = async (c, next) => {
  const end = httpDuration.startTimer();
  await next();
  const route = routePath(c) || "unmatched";
  const method = c.req.method;
  end({ method, route });
  httpRequests.inc({ method, route, status: String(c.res.status) });
  if (c.res.status >= 500) httpErrors.inc({ route });
};

export interface OperatorDeps {
  services: ServiceContext;
  workerId?: number;
  /** GROVE_METRICS_TOKEN; without it /metrics is off (404). */
  metricsToken?: string | null;
}

export function registerOperatorRoutes(app: Hono<AppEnv>, deps: OperatorDeps): void {
  const db = deps.services.db;
  const unavailable = (cause: unknown, message: string) =>
    // 503 with Retry-After (errors.ts): a load balancer or orchestrator asks again then, not at once.
    Object.assign(new AppError("unavailable", message), { cause });

  // Liveness: the process answers. Restarting it would not help a database that is down.
  app.get("/api/health/live", (c) => c.json({ status: "ok" }));
  // Readiness: send traffic here only once migrations ran and while the database answers.
  app.get("/api/health/ready", async (c) => {
    await assertReady(db).catch((cause: unknown) => {
      throw unavailable(cause, "Not ready: the database does not answer or is not migrated; try again shortly");
    });
    return c.json({ status: "ok" });
  });
  app.get("/api/health", async (c) => {
    await assertDatabaseAnswers(db).catch((cause: unknown) => {
      throw unavailable(cause, "The database does not answer; try again shortly");
    });
    // The worker's number (1 to GROVE_WORKERS), not its pid: which process answered, nothing more.
    return c.json({ status: "ok", version: packageVersion(), ...(deps.workerId ? { worker: deps.workerId } : {}) });
  });

  const token = deps.metricsToken;
  if (!token) return;
  const expected = digest(`Bearer ${token}`);
  app.get("/metrics", async (c) => {
    // Compared as digests of equal length: the time taken says nothing about the token.
    if (!timingSafeEqual(digest(c.req.header("authorization") ?? ""), expected)) {
      return c.text("Send the metrics token as Authorization: Bearer <GROVE_METRICS_TOKEN>\n", 401, {
        "WWW-Authenticate": 'Bearer realm="metrics"',
      });
    }
    const text = await metricsText().catch((cause: unknown) => {
      throw unavailable(cause, "The workers' metrics could not be collected; try again shortly");
    });
    return c.body(text, 200, { "Content-Type": metricsContentType, "Cache-Control": "no-store" });
  });
}

const digest = (value: string) => createHash("sha256").update(value).digest();
