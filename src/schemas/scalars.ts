import { z } from "@hono/zod-openapi";

// The values many request and response shapes are made of. src/schemas holds the shapes the API
// validates and the services take (docs/architecture.md): one definition, the API's OpenAPI
// document and the services' input types both derived from it.

export const Uuid = z.uuid().openapi({ example: "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f" });
export const DateOnly = z.iso.date().openapi({ example: "2027-03-31" });
export const Timestamp = z.string().openapi({ format: "date-time", example: "2027-01-15T09:30:00.000Z" });
export const Title = z.string().trim().min(1).max(300);
export const LongText = z.string().max(10_000);
/** S7: why a change was made, kept in the history. */
export const Reason = z.string().max(2000);
/** S7: why a reading is corrected or withdrawn, which must be said: kept in the history, shown with the reading. */
export const ReasonGiven = (description: string) => z.string().trim().min(1).max(1000).openapi({ description });
/** An email address: at most 254 characters (RFC 5321), stored in lower case. */
export const EmailAddress = z.email().max(254);
export const FiniteNumber = z.number().refine(Number.isFinite, { message: "must be a finite number" });

/** The version of a row its writer last saw: a stale one is 409, none is 428 (docs/api-retries.md). */
export const SeenVersion = z.number().int().positive().optional().openapi({ description: "The version you last saw" });

/** What an edit of a versioned row says besides its fields: the version last seen (a stale one is 409) and why (S7). */
export const versionAndReason = {
  version: SeenVersion,
  reason: Reason.optional().openapi({ description: "S7: why it changed" }),
};
