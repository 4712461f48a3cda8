import type { OpenAPIHono } from "@hono/zod-openapi";
import { CSRF_HEADER, SESSION_COOKIE } from "../auth/authenticate.ts";
import { ErrorResponse, errorDescriptions } from "./schemas.ts";

// What the OpenAPI document says of the API as a whole (docs/api.md): its tags, how a caller
// authenticates, and which errors an operation can give. Each route names its operationId,
// summary and tag; the rest is derived here so that no route repeats it.

/** Every tag an operation may carry (it has exactly one), with what it covers, in the document's order. */
const TAG_DESCRIPTIONS = {
  Accounts: "Sign-up, sign-in (with two-factor), sessions, passwords and your own account",
  Organisations: "Organisations you belong to, their settings and a new one's checklist",
  People: "People, invitations, roles (M3) and who belongs to which unit",
  "API tokens": "Bearer tokens for scripts and integrations, bounded to one organisation",
  Units: "The tree of units (company, departments, teams) that own OKRs (M5)",
  Periods: "Periods (quarters) and their lifecycle: planning, active, in review, closed (S2, S4)",
  Strategies: "Vision and strategy statements the OKRs serve (M8, P1)",
  Decisions: "The decision log of product decisions weighed against the OKRs (P4)",
  Objectives: "Objectives: one active per unit and period (M1), with their key results (M4)",
  "Key results": "Key results: metric, baseline, target and deadline (K1)",
  Initiatives: "The work a team chooses to move a key result (M6, K7)",
  Experiments: "Discovery experiments with success metrics fixed before they start (P2, S6)",
  "Check-ins": "Readings of a key result's metric, one at a time or in batches (S1, S7)",
  Discussion: "Comments with @mentions on objectives and key results",
  Views: "Read models: the alignment map, a unit's OKRs, search and the dashboard (M5, S5)",
  Coach: "The coach's findings on OKRs against the method's quality rules (Q, K, M7)",
  Reviews: "Review sessions on the organisation's cadence, ending in decisions and learnings (S2, S4, S7)",
  Learnings: "The learnings library, searchable by unit, period, band and text (S7)",
  Notifications: "The bell, each person's notification choices and one-click unsubscribe",
  Webhooks: "Outgoing webhooks and the outbox of mail, chat and webhook messages",
  "Single sign-on": "Signing in through an organisation's OpenID Connect provider",
  "Audit log": "Administrative changes, for admins",
  "Health metrics": "Numbers a unit watches outside its OKRs, and a key result's guardrails",
  "Metric sources":
    "Where a key result's readings come from when no person takes them: an HTTP JSON answer, a CSV file or a read-only PostgreSQL query, on a schedule (K1, K2)",
  Dependencies: "Key results that depend on another unit's (M7)",
  Sprints: "Sprints whose goals serve key results (P3)",
  "OKRs as code": "A period's OKRs as an OKR file: planned, applied in one transaction, exported (docs/okr-as-code.md)",
  "Import and export":
    "A period's OKRs from a CSV or XLSX table (the template, or another tool's spreadsheet through a saved column mapping) or an OKR file: previewed with the coach's findings, applied in one transaction; exported as CSV, XLSX or YAML (docs/import-export.md)",
} as const;

export type Tag = keyof typeof TAG_DESCRIPTIONS;

export const TAGS = Object.entries(TAG_DESCRIPTIONS).map(([name, description]) => ({ name: name as Tag, description }));

/** The names of the security schemes, as operations cite them. */
const SESSION = "sessionCookie";
const CSRF = "csrfHeader";
const TOKEN = "bearerToken";

type Security = Record<string, string[]>[];

/**
 * Who may call an operation: `public` (no credential), `session` (a signed-in person's own
 * account: the session cookie only), or `member` (an organisation's routes: the session cookie
 * or an API token). A write with the session cookie also sends the CSRF header.
 */
export type Caller = "public" | "session" | "member";

type Method = "get" | "post" | "put" | "patch" | "delete";

export function securityOf(caller: Caller, method: Method): Security {
  if (caller === "public") return [];
  const session: Record<string, string[]> = method === "get" ? { [SESSION]: [] } : { [SESSION]: [], [CSRF]: [] };
  return caller === "session" ? [session] : [session, { [TOKEN]: [] }];
}

export type ErrorStatus = keyof typeof errorDescriptions;

/** The names of the error responses in the document's components, as operations cite them. */
const ERROR_RESPONSES: Record<ErrorStatus, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  410: "Gone",
  413: "ContentTooLarge",
  415: "UnsupportedMediaType",
  422: "UnprocessableContent",
  428: "PreconditionRequired",
};

type ResponseReference = { $ref: string };

/**
 * The errors an organisation's operation can give, from its method and request: 400 (a bad
 * path, query or body), 401 and 403 (credential, role, token scope), 404 (the organisation, or
 * the row the path names); with a body 413 and 415; a write 409 (M1, a stale version, a closed
 * period, a duplicate) and 422 (a rule of the method or of the stored data). A read gives no 409
 * or 422.
 */
export function defaultErrors(method: Method, hasBody: boolean): ErrorStatus[] {
  const errors: ErrorStatus[] = [400, 401, 403, 404];
  if (hasBody) errors.push(413, 415);
  if (method !== "get") errors.push(409, 422);
  return errors;
}

/** The error responses of the statuses listed, for a route's `responses`: each cites its component. */
export function errorsOf<S extends ErrorStatus>(...statuses: S[]): Record<S, ResponseReference> {
  return Object.fromEntries(
    statuses.map((status) => [status, { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` }]),
  ) as Record<S, ResponseReference>;
}

/** Registers the components the operations cite: the security schemes and the error responses. */
export function registerComponents(app: Pick<OpenAPIHono, "openAPIRegistry">): void {
  app.openAPIRegistry.registerComponent("securitySchemes", SESSION, {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The session of a signed-in person, set by sign-in (POST /api/v1/auth/sign-in)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", CSRF, {
    type: "apiKey",
    in: "header",
    name: CSRF_HEADER,
    description: "With the session cookie on a write: the value of the grove_csrf cookie (double submit)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", TOKEN, {
    type: "http",
    scheme: "bearer",
    description: "An API token of one organisation (POST /api/v1/orgs/{org}/api-tokens): Authorization: Bearer <token>",
  });
  app.openAPIRegistry.register("ErrorBody", ErrorResponse);
  for (const [status, name] of Object.entries(ERROR_RESPONSES)) {
    app.openAPIRegistry.registerComponent("responses", name, {
      description: errorDescriptions[Number(status) as ErrorStatus],
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } },
    });
  }
}
