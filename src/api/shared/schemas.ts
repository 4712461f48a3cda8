import { z } from "@hono/zod-openapi";
import { Timestamp, Uuid } from "../../schemas/scalars.ts";

// Request and response shapes shared by several resources. Requests are strict: an unknown
// field is an error, not silently dropped.

export { PeriodQuery } from "../../schemas/query.ts";
export {
  DateOnly,
  EmailAddress,
  FiniteNumber,
  LongText,
  Timestamp,
  Title,
  Uuid,
} from "../../schemas/scalars.ts";

export const OrgParams = z.object({
  org: z
    .string()
    .min(1)
    .max(63)
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .openapi({ param: { name: "org", in: "path" }, example: "demo" }),
});

export const OrgIdParams = OrgParams.extend({
  id: Uuid.openapi({ param: { name: "id", in: "path" } }),
});

/** What a row of an organisation says of itself first: its id, and its organisation's. */
export const orgRowFields = { id: Uuid, orgId: Uuid };

/**
 * What a row that is changed under a version says of itself: the version (send it back with a
 * change; a stale one is refused with 409) and when it was created and last changed.
 */
export const versionedRowFields = { version: z.number().int(), createdAt: Timestamp, updatedAt: Timestamp };

/**
 * A one-time secret a person is handed in a link or by a first step (an invitation, a password
 * reset, an email verification, an unsubscribe, a sign-in's second step): it is the credential.
 */
export const LinkToken = z.string().min(10).max(200);

/** The path parameter of a link that carries its token: `.../{token}`. */
export const TokenParams = z.object({ token: LinkToken.openapi({ param: { name: "token", in: "path" } }) });

export const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .openapi({ description: "The version you last saw; a stale one is refused with 409" }),
});

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: "Stable code; a METHOD rule ID (M1, K1, ...) when a rule refused" }),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), rule: z.string(), message: z.string() })),
      reason: z
        .string()
        .optional()
        .openapi({ description: "With forbidden: a stable code of the refusal, e.g. lead_only" }),
      current: z.record(z.string(), z.unknown()).optional().openapi({
        description: "With version_conflict: the row as it is now, to reload or reapply a change",
      }),
    }),
  })
  .openapi("ErrorBody");

const errorContent = { content: { "application/json": { schema: ErrorResponse } } };

/** The error responses a route can give, for the OpenAPI document (contract.ts picks each route's). */
export const errorResponses = {
  400: { description: "Invalid request: the details name each bad field and the rule", ...errorContent },
  401: { description: "Not signed in, or the API token is not valid or was revoked", ...errorContent },
  403: {
    description:
      "Not allowed: the caller's role or the token's scope (M3), a missing CSRF header, or a setting; reason names it",
    ...errorContent,
  },
  404: { description: "Not found in this organisation (or not a member of it)", ...errorContent },
  409: {
    description: "Conflict: a method rule (M1), a stale version, a closed period or a duplicate",
    ...errorContent,
  },
  410: { description: "The link has expired or was used already", ...errorContent },
  413: { description: "The request body is larger than 1 MiB", ...errorContent },
  415: { description: "The request body is not JSON (send Content-Type: application/json)", ...errorContent },
  422: { description: "Refused by a method rule (M4, K1, S6, S7) or a rule the stored data keeps", ...errorContent },
  429: { description: "Too many requests; try again later", ...errorContent },
} as const;

/** The answer to an update of a versioned row sent without its version (docs/api-retries.md). */
export const preconditionRequired = {
  428: {
    description: "Precondition required: send `version` in the body or the row's ETag in If-Match",
    ...errorContent,
  },
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
