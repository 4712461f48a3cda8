import { createHash, timingSafeEqual } from "node:crypto";
import type { Hono, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { AppError } from "../domain/errors.ts";
import { httpDuration, httpErrors, httpRequests, metricsContentType, metricsText } from "../metrics.ts";
import { backupForDownload } from "../services/backup/backup-file.ts";
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
  /** GROVE_BACKUP_TOKEN and which database this is; without a token GET /backup is off (404). */
  backup?: { token: string | null; database: string };
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

  if (deps.metricsToken) {
    app.get("/metrics", bearer(deps.metricsToken, "metrics", "GROVE_METRICS_TOKEN"), async (c) => {
      const text = await metricsText().catch((cause: unknown) => {
        throw unavailable(cause, "The workers' metrics could not be collected; try again shortly");
      });
      return c.body(text, 200, { "Content-Type": metricsContentType, "Cache-Control": "no-store" });
    });
  }

  // A consistent backup of the running server (docs/operations.md, "Backup and restore"): what
  // `grove backup` asks for when a server holds the embedded database. It holds every password
  // hash, so it has a token of its own rather than the metrics one.
  const backup = deps.backup;
  if (backup?.token) {
    app.get("/backup", bearer(backup.token, "backup", "GROVE_BACKUP_TOKEN"), async (c) => {
      const file = await backupForDownload(db, { database: backup.database, grove: packageVersion() });
      return c.body(file.stream, 200, {
        "Content-Type": "application/gzip",
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="${file.name}"`,
        "Cache-Control": "no-store",
      });
    });
  }
}

/** Lets through a request bearing `token` (compared as digests of equal length: the time taken says nothing about it). */
function bearer(token: string, realm: string, setting: string): MiddlewareHandler<AppEnv> {
  const expected = digest(`Bearer ${token}`);
  return async (c, next) => {
    if (!timingSafeEqual(digest(c.req.header("authorization") ?? ""), expected)) {
      return c.text(`Send the ${realm} token as Authorization: Bearer <${setting}>\n`, 401, {
        "WWW-Authenticate": `Bearer realm="${realm}"`,
      });
    }
    await next();
  };
}

const digest = (value: string) => createHash("sha256").update(value).digest();
