import { z } from "@hono/zod-openapi";
import { AUDIT_ENTITIES, AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from "../../domain/audit-log.ts";
import { NextCursor } from "../shared/paging.ts";
import { DateOnly, Timestamp, Uuid } from "../shared/schemas.ts";

// The audit log (docs/accounts-and-access.md, "Audit log"). Query strings: unknown keys are
// ignored like on every other list, bad values are 400s naming the parameter.

const EntityType = z.enum(AUDIT_ENTITIES);

/** A day (the whole day, UTC) or an instant with its offset. */
const When = z.union([DateOnly, z.iso.datetime({ offset: true })]);

export const AuditFilterQuery = z.object({
  entityType: EntityType.optional().openapi({
    param: { name: "entityType", in: "query" },
    description: "Only changes to this kind of thing",
  }),
  actor: Uuid.optional().openapi({
    param: { name: "actor", in: "query" },
    description: "Only changes made by this person (their id)",
  }),
  from: When.optional().openapi({
    param: { name: "from", in: "query" },
    description: "From this day (UTC) or instant, inclusive",
    example: "2027-01-01",
  }),
  to: When.optional().openapi({
    param: { name: "to", in: "query" },
    description: "Up to this day (UTC, the whole day) or instant (exclusive)",
    example: "2027-03-31",
  }),
});

export const AuditPageQuery = AuditFilterQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(AUDIT_PAGE_MAX)
    .default(AUDIT_PAGE_DEFAULT)
    .openapi({
      param: { name: "limit", in: "query" },
      description: `Entries per page, 1 to ${AUDIT_PAGE_MAX} (default ${AUDIT_PAGE_DEFAULT})`,
    }),
  cursor: Uuid.optional().openapi({
    param: { name: "cursor", in: "query" },
    description: "The nextCursor of the page before: older entries",
  }),
});

export const AuditExportQuery = AuditFilterQuery.extend({
  format: z
    .enum(["csv", "json"])
    .default("csv")
    .openapi({ param: { name: "format", in: "query" }, description: "csv (default) or json" }),
});

export const AuditEntry = z
  .object({
    id: Uuid,
    changedAt: Timestamp,
    actorId: Uuid.nullable().openapi({ description: "Who made the change; null for the operator (CLI)" }),
    actorName: z.string().nullable().openapi({ description: "Null for the operator or a removed person" }),
    entityType: EntityType,
    entityId: Uuid.openapi({
      description: "The thing changed; a membership's is the person's id, an organisation setting's the organisation's",
    }),
    entityName: z.string().nullable(),
    action: z.enum(["create", "update", "delete"]),
    reason: z.string(),
    before: z.unknown().openapi({ description: "Its recorded state before the change (null for a create)" }),
    after: z.unknown().openapi({ description: "After the change (null for a delete); secrets never appear" }),
  })
  .openapi("AuditEntry");

export const AuditPage = z
  .object({
    entries: z.array(AuditEntry),
    nextCursor: NextCursor,
  })
  .openapi("AuditPage");
