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

/** An error response with a description of its own (the shared ones are `errorDescriptions`). */
export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ErrorResponse } } } as const;
}

/**
 * What each error status a route can give means. The OpenAPI document holds each once, as a
 * response component that operations cite (contract.ts registers them and picks each route's).
 */
export const errorDescriptions = {
  400: "Invalid request: the details name each bad field and the rule",
  401: "Not signed in, or the API token is not valid or was revoked",
  403: "Not allowed: the caller's role or the token's scope (M3), a missing CSRF header, or a setting; reason names it",
  404: "Not found in this organisation (or not a member of it)",
  409: "Conflict: a method rule (M1), a stale version, a closed period or a duplicate",
  410: "The link has expired or was used already",
  413: "The request body is larger than 1 MiB",
  415: "The request body is not JSON (send Content-Type: application/json)",
  422: "Refused by a method rule (M4, K1, S6, S7) or a rule the stored data keeps",
  /** The answer to an update of a versioned row sent without its version (docs/api-retries.md). */
  428: "Precondition required: send `version` in the body or the row's ETag in If-Match",
} as const;

/**
 * True when two types are the same both ways. Where a service or the domain keeps a type of its own
 * that a schema answers with, `true satisfies SameShape<z.infer<typeof Schema>, Type>` keeps the two
 * equal at compile time (the domain and services cannot import the schema).
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
