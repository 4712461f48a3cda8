import { z } from "@hono/zod-openapi";

// Request and response shapes shared by several resources. Requests are strict: an unknown
// field is an error, not silently dropped.

export const Uuid = z.uuid().openapi({ example: "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f" });
export const DateOnly = z.iso.date().openapi({ example: "2027-03-31" });
export const Timestamp = z.string().openapi({ format: "date-time", example: "2027-01-15T09:30:00.000Z" });
export const Title = z.string().trim().min(1).max(300);
export const LongText = z.string().max(10_000);
/** An email address: at most 254 characters (RFC 5321), stored in lower case. */
export const EmailAddress = z.email().max(254);
export const FiniteNumber = z.number().refine(Number.isFinite, { message: "must be a finite number" });

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

export const PeriodQuery = z.object({
  period: z.string().min(1).max(100).openapi({ description: "A period id or name, e.g. 2027-Q1", example: "2027-Q1" }),
});

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
  .openapi("Error");

const errorContent = { content: { "application/json": { schema: ErrorResponse } } };

/** The error responses every route can give, for the OpenAPI document. */
export const errorResponses = {
  400: { description: "Invalid request: the details name each bad field", ...errorContent },
  404: { description: "Not found in this organisation", ...errorContent },
  409: { description: "Conflict: a method rule (M1) or a stale version", ...errorContent },
  422: { description: "Refused by a method rule (M4, K1) or a rule the stored data keeps", ...errorContent },
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
