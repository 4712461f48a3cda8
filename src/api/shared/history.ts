import { z } from "@hono/zod-openapi";
import { Timestamp, Uuid } from "../../schemas/scalars.ts";

// S7: every change is recorded with who made it, why, and the row before and after. The response
// shape of one recorded change, written once for the history routes of every resource.

/** What a recorded change says after its id: the action, who and why, the row before and after, when. */
export const changeFields = {
  action: z.enum(["create", "update", "delete"]),
  actorId: Uuid.nullable(),
  reason: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  changedAt: Timestamp,
};

/**
 * One entry of a history that holds the kinds of record `entity` allows, registered in the OpenAPI
 * document as `name`. Each its own object rather than an extension of another entry: an extension
 * is an allOf in the document, and two `entity` enums would intersect to nothing in the client.
 */
export function historyEntry<E extends z.ZodType>(name: string, entity: E) {
  return z.object({ id: Uuid, entity, entityId: Uuid, ...changeFields }).openapi(name);
}

/**
 * S7: a reading (a KR's check-in, a health metric's reading) is corrected or withdrawn with a
 * reason, never edited silently: when, by whom and why, on the reading itself.
 */
export const readingAmendmentFields = {
  correctedAt: Timestamp.nullable(),
  correctedBy: Uuid.nullable(),
  correctionReason: z.string(),
  withdrawnAt: Timestamp.nullable().openapi({ description: "Set when withdrawn: listed, but no longer counts" }),
  withdrawnBy: Uuid.nullable(),
  withdrawalReason: z.string(),
};
