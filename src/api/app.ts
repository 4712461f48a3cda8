import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { AppError } from "../domain/errors.ts";
import type { SignUpMode } from "../domain/sign-up-mode.ts";
import type { Logger } from "../logger.ts";
import type { ServiceContext } from "../services/context.ts";
import { packageVersion } from "../version.ts";
import { registerAccessRoutes } from "./access/routes.ts";
import { registerAuditLogRoutes } from "./audit-log/routes.ts";
import { authenticate } from "./auth/authenticate.ts";
import { registerEmailVerificationRoutes } from "./auth/email-verification.ts";
import { registerPasswordAndSessionRoutes } from "./auth/password-and-sessions.ts";
import { registerPasswordResetRoutes } from "./auth/password-reset.ts";
import { registerAuthRoutes } from "./auth/routes.ts";
import { registerTwoFactorRoutes } from "./auth/two-factor.ts";
import { registerCheckInRoutes } from "./check-ins/routes.ts";
import { registerCoachRoutes } from "./coach/routes.ts";
import { registerDashboardRoutes } from "./dashboard/routes.ts";
import { registerDecisionRoutes } from "./decisions/routes.ts";
import { registerDependencyRoutes } from "./dependencies/routes.ts";
import { registerDiscussionRoutes } from "./discussion/routes.ts";
import { errorBody, handleError, validationError } from "./errors.ts";
import { registerExperimentRoutes } from "./experiments/routes.ts";
import { registerGettingStartedRoutes } from "./getting-started/routes.ts";
import { registerHealthMetricRoutes } from "./health-metrics/routes.ts";
import { registerImportExportRoutes } from "./import-export/routes.ts";
import { registerInitiativeRoutes } from "./initiatives/routes.ts";
import { registerKeyResultRoutes } from "./key-results/routes.ts";
import { serveMcp } from "./mcp/http.ts";
import { registerMetricSourceRoutes } from "./metric-sources/routes.ts";
import { registerNotificationRoutes } from "./notifications/routes.ts";
import { registerObjectiveRoutes } from "./objectives/routes.ts";
import { registerOkrFileRoutes } from "./okr-file/routes.ts";
import { countRequests, registerOperatorRoutes } from "./operator.ts";
import { registerOrganisationRoutes } from "./organisations/routes.ts";
import { registerMyUnitRoutes } from "./people/my-units.ts";
import { registerPeopleRoutes } from "./people/routes.ts";
import { registerPeriodLifecycleRoutes } from "./periods/lifecycle-routes.ts";
import { registerPeriodRoutes } from "./periods/routes.ts";
import { registerReviewRoutes } from "./reviews/routes.ts";
import { registerComponents, TAGS } from "./shared/contract.ts";
import type { AppEnv } from "./shared/env.ts";
import { revalidatedJson } from "./shared/json-reads.ts";
import { documentCreatedLocations } from "./shared/org-route.ts";
import { LSN_HEADER, readYourWrites } from "./shared/read-your-writes.ts";
import { redactedPath } from "./shared/redact.ts";
import { allowedMethods, needsCaller, unknownQueryParameters } from "./shared/route-table.ts";
import { assertWellFormed, requireWellFormedUrl } from "./shared/well-formed.ts";
import { isCsv, registerSprintRoutes } from "./sprints/routes.ts";
import { registerSsoRoutes } from "./sso/routes.ts";
import { serveApiReference, serveWebApp } from "./static.ts";
import { registerStrategyRoutes } from "./strategies/routes.ts";
import { registerUnitRoutes } from "./units/routes.ts";
import { registerViewRoutes } from "./views/routes.ts";
import { registerWebhookRoutes } from "./webhooks/routes.ts";

const MAX_BODY_BYTES = 1024 * 1024;

export interface AppDeps {
  services: ServiceContext;
  logger: Logger;
  /** Directory of the built web app; omitted in API-only tests. */
  webRoot?: string;
  /** Proxies trusted to say the client's address in X-Forwarded-For (TRUST_PROXY); default none. */
  trustProxy?: number;
  /** Who may create an organisation by sign-up (GROVE_SIGN_UP); default open. */
  signUp?: SignUpMode;
  /** Origins whose pages may call the API with credentials (GROVE_CORS_ORIGINS); default none. */
  corsOrigins?: readonly string[];
  /** This process's number among GROVE_WORKERS workers; /api/health says it (docs/operations.md). */
  workerId?: number;
  /** GROVE_METRICS_TOKEN: with it, /metrics serves Prometheus (docs/operations.md "Metrics"). */
  metricsToken?: string | null;
  /** GROVE_BACKUP_TOKEN: with it, GET /backup serves a backup (docs/operations.md "Backup and restore"). */
  backup?: { token: string | null; database: string };
}

/** The whole HTTP app: the versioned API, its OpenAPI document, health, and the web app. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.use(
    secureHeaders({
      // The web app is one bundle from this origin: no inline or foreign scripts, no framing.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "same-origin",
      // A route that sets its own header keeps it: the API reference has its own CSP (static.ts).
      overwrite: false,
    }),
  );
  app.use(countRequests);
  app.use(async (c, next) => {
    c.set("requestId", c.req.header("x-request-id")?.slice(0, 100) || randomUUID());
    c.set("services", deps.services);
    c.set("logger", deps.logger);
    c.set("trustProxy", deps.trustProxy ?? 0);
    const started = performance.now();
    await next();
    c.header("x-request-id", c.get("requestId"));
    deps.logger.info(
      {
        requestId: c.get("requestId"),
        method: c.req.method,
        path: redactedPath(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });
  if (deps.corsOrigins?.length) app.use("/api/*", allowOrigins(deps.corsOrigins));
  // Bytes on the wire (docs/performance.md): answers above 1 KiB go out gzipped (never an event
  // stream, which the filter leaves alone), and a repeated read costs a 304 (json-reads.ts).
  app.use("/api/*", compress({ threshold: 1024 }));
  app.use("/api/*", revalidatedJson);
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );
  app.use("/api/*", requireJsonBody);
  // A GET's reads may go to the read replica, unless its client's own last write is not there yet.
  app.use("/api/*", readYourWrites);
  app.use("/api/*", requireWellFormedUrl);
  app.use("/api/v1/*", (c, next) => {
    // One-click unsubscribe (RFC 8058) is posted by mail programs: no session, no CSRF token.
    if (isUnsubscribe(c.req.path)) {
      c.set("auth", null);
      return next();
    }
    return authenticate(c, next);
  });
  // Authentication before validation: an operation that needs a caller answers a request without
  // one 401 before its validators run, so an anonymous request learns nothing of the schema.
  // Public operations (security: [] in the document: sign-in, sign-up, ...) still validate.
  app.use("/api/v1/*", async (c, next) => {
    if (c.get("auth") === null && needsCaller(app, c)) throw new AppError("unauthenticated", "Sign in first");
    // Then every operation refuses a query parameter it does not declare (docs/api.md), before
    // its own validators: a misspelt filter or `updatedSnce` is a 400, never silently ignored.
    const unknown = unknownQueryParameters(app, c);
    if (unknown.length > 0) {
      throw new AppError(
        "validation_failed",
        `Unknown query parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`,
        unknown.map((name) => ({
          field: name,
          rule: "unknown_parameter",
          message: "this operation takes no such parameter",
        })),
      );
    }
    await next();
  });
  app.onError((error, c) => handleError(error, c, deps.logger));

  registerOperatorRoutes(app, deps); // /api/health, /api/health/live, /api/health/ready, /metrics
  app.route("/api/v1", createApiV1(deps.trustProxy ?? 0, deps.signUp ?? { mode: "open" }));
  registerComponents(app);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Grove API",
      version: packageVersion(),
      description:
        "OKRs that follow the method in docs/method.md; rule IDs appear in error codes. Sign in for a session " +
        "cookie (writes echo the grove_csrf cookie in the x-csrf-token header) or send an organisation's API " +
        "token as a bearer token. See docs/api.md.",
      license: { name: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" },
    },
    servers: [{ url: "/", description: "The Grove server that serves this document" }],
    tags: [...TAGS],
  });
  if (deps.webRoot) serveApiReference(app, deps.webRoot); // GET /api/docs (docs/api.md, "Reference")
  app.all("/mcp", serveMcp); // AI assistants, Model Context Protocol (docs/mcp.md)
  app.all("/api/*", (c) => {
    // A path that has operations, asked with another method: 405 naming the ones it has.
    const allow = allowedMethods(app, c.req.path);
    if (allow.length === 0) {
      return c.json(errorBody(new AppError("not_found", `No API route ${c.req.method} ${c.req.path}`)), 404);
    }
    const refused = new AppError("method_not_allowed", `${c.req.path} does not answer ${c.req.method}`, [
      { field: "method", rule: "allowed", message: `use ${allow.join(", ")}` },
    ]);
    return c.json(errorBody(refused), 405, { Allow: allow.join(", ") });
  });
  if (deps.webRoot) serveWebApp(app, deps.webRoot);
  return app;
}

/**
 * CORS for the listed origins only (docs/operations.md, "Calling the API from another origin"):
 * their requests and preflights get hono's CORS headers with credentials; any other origin gets
 * no CORS header at all, so its browser keeps the answer from its page.
 */
function allowOrigins(origins: readonly string[]): MiddlewareHandler {
  const listed = cors({
    origin: (origin) => origin,
    credentials: true,
    // What a client reads besides the body: where a 201 put it, when to retry, caching and paging.
    exposeHeaders: ["Location", "Retry-After", "ETag", "Link", "X-Request-Id", LSN_HEADER],
    maxAge: 600,
  });
  return async (c, next) => {
    if (origins.includes(c.req.header("origin") ?? "")) return listed(c, next);
    await next();
    // Answers differ by Origin (hono's cors says so for the listed ones): a shared cache must not
    // give one origin's answer to another.
    c.header("Vary", "Origin", { append: true });
  };
}

/** Bodies of writes are JSON only: anything else would reach the validators as an empty body. */
async function requireJsonBody(c: Context, next: Next): Promise<void> {
  // A mail program's one-click unsubscribe posts a form ("List-Unsubscribe=One-Click"); it is read by nobody.
  if (isUnsubscribe(c.req.path)) return next();
  const writes = c.req.method === "POST" || c.req.method === "PUT" || c.req.method === "PATCH";
  const hasBody = c.req.raw.body !== null && c.req.header("content-length") !== "0";
  // P3: a sprint import may send its CSV file as it is (docs/sprints.md).
  if (isSprintImport(c.req.path) && isCsv(c.req.header("content-type"))) return next();
  if (writes && hasBody && !(c.req.header("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json)", [
      { field: "content-type", rule: "json", message: "use application/json" },
    ]);
  }
  await next();
}

function isSprintImport(path: string): boolean {
  return /^\/api\/v1\/orgs\/[^/]+\/units\/[^/]+\/sprints\/import$/.test(path);
}

function isUnsubscribe(path: string): boolean {
  return path.startsWith("/api/v1/unsubscribe/");
}

function createApiV1(trustProxy: number, signUp: SignUpMode): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    // Every route's path, query and body pass here: the one place that refuses text the
    // database cannot store as sent (NUL, lone surrogates), whatever schema accepted it.
    defaultHook: (result) => {
      const where = result.target === "json" ? "body" : result.target;
      if (!result.success) throw validationError(result.error, where);
      assertWellFormed(result.data, where);
    },
  });
  registerAuthRoutes(api, { trustProxy, signUp });
  registerPasswordResetRoutes(api);
  registerEmailVerificationRoutes(api);
  registerPasswordAndSessionRoutes(api, { trustProxy });
  registerTwoFactorRoutes(api, { trustProxy });
  registerOrganisationRoutes(api);
  registerAccessRoutes(api);
  registerUnitRoutes(api);
  registerPeopleRoutes(api);
  registerPeriodRoutes(api);
  registerPeriodLifecycleRoutes(api);
  registerStrategyRoutes(api);
  registerDecisionRoutes(api);
  registerObjectiveRoutes(api);
  registerKeyResultRoutes(api);
  registerInitiativeRoutes(api);
  registerExperimentRoutes(api);
  registerCheckInRoutes(api);
  registerDiscussionRoutes(api);
  registerViewRoutes(api);
  registerDashboardRoutes(api);
  registerCoachRoutes(api);
  registerReviewRoutes(api);
  registerNotificationRoutes(api);
  registerWebhookRoutes(api);
  registerGettingStartedRoutes(api);
  registerMyUnitRoutes(api);
  registerSsoRoutes(api);
  registerAuditLogRoutes(api);
  registerHealthMetricRoutes(api);
  registerMetricSourceRoutes(api);
  registerDependencyRoutes(api);
  registerSprintRoutes(api);
  documentCreatedLocations(api);
  registerOkrFileRoutes(api);
  registerImportExportRoutes(api);
  return api;
}
