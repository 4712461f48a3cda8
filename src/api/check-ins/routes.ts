import { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { CorrectCheckIn, CreateCheckIn, WithdrawCheckIn } from "../../schemas/check-ins.ts";
import { correctCheckIn, withdrawCheckIn } from "../../services/check-ins/correct-check-in.ts";
import { listCheckIns } from "../../services/check-ins/list-check-ins.ts";
import { listOrganisationCheckIns } from "../../services/check-ins/list-organisation-check-ins.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { MAX_CHECK_INS_PER_BATCH, recordCheckIns } from "../../services/check-ins/record-check-ins.ts";
import { KeyResult } from "../key-results/schema.ts";
import { type AppEnv, scopeOf } from "../shared/env.ts";
import { readingAmendmentFields } from "../shared/history.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { asPage, PageQuery, pageOf, UpdatedSinceQuery } from "../shared/paging.ts";
import { IdQuery } from "../shared/query.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

export const CreateCheckIns = z
  .strictObject({
    checkIns: z
      .array(z.strictObject({ keyResultId: Uuid, ...CreateCheckIn.shape }).openapi("BatchCheckIn"))
      .min(1)
      .max(MAX_CHECK_INS_PER_BATCH)
      .openapi({ description: `1 to ${MAX_CHECK_INS_PER_BATCH} readings, recorded together or not at all` }),
  })
  .openapi("CreateCheckIns");

export const RecordedCheckIns = z
  .object({
    checkInIds: z.array(Uuid).openapi({ description: "The new check-ins, in the order sent" }),
    keyResults: z.array(
      z.object({
        id: Uuid,
        currentValue: z.number().nullable(),
        currentConfidence: z.number().nullable(),
        lastCheckInAt: Timestamp.nullable(),
        progress: z.number().nullable().openapi({ description: "S1 with the M5 roll-up, unclamped" }),
      }),
    ),
  })
  .openapi("RecordedCheckIns");

export const CheckIn = z
  .object({
    id: Uuid,
    orgId: Uuid,
    keyResultId: Uuid,
    value: z.number(),
    confidence: z.number().nullable(),
    comment: z.string(),
    authorId: Uuid.nullable(),
    recordedBy: Uuid.nullable().openapi({ description: "Who recorded it (null: the system, or before 0012)" }),
    checkedInAt: Timestamp,
    createdAt: Timestamp,
    ...readingAmendmentFields,
  })
  .openapi("CheckIn");

export const Reading = z
  .object({
    id: Uuid,
    keyResultId: Uuid,
    value: z.number(),
    confidence: z.number().nullable(),
    comment: z.string(),
    authorId: Uuid.nullable(),
    authorName: z
      .string()
      .nullable()
      .openapi({ description: "Whom the reading is for; null for the system or a removed person" }),
    recordedById: Uuid.nullable().openapi({ description: "Who recorded it, when known" }),
    sourceId: Uuid.nullable().openapi({
      description: "The metric source that recorded it (no author then); null again once that source is removed",
    }),
    recordedByName: z
      .string()
      .nullable()
      .openapi({ description: 'Shown as "recorded by X for Y" when it is not the author' }),
    checkedInAt: Timestamp,
    createdAt: Timestamp,
    correctedAt: Timestamp.nullable(),
    correctedByName: z.string().nullable(),
    correctionReason: z.string(),
    withdrawnAt: Timestamp.nullable().openapi({ description: "Set when withdrawn: listed, but no longer counts" }),
    withdrawnByName: z.string().nullable(),
    withdrawalReason: z.string(),
  })
  .openapi("Reading");

const ReadingsQuery = z.object({
  ...PageQuery.shape,
  ...UpdatedSinceQuery.shape,
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: "Only readings taken at or after this time" }),
});

const OrganisationCheckInsQuery = z.object({
  ...PageQuery.shape,
  ...UpdatedSinceQuery.shape,
  keyResultId: IdQuery("Only this key result's readings"),
  periodId: IdQuery("Only the readings of this period's key results"),
  unitId: IdQuery("Only the readings of this unit's key results"),
});

/** A reading as recorded, corrected or withdrawn, with its key result as the change left it. */
const ChangedReading = z.object({ checkIn: CheckIn, keyResult: KeyResult }).openapi("ChangedCheckIn");

/**
 * Resolves the organisation before the body is validated: to someone outside it, it does not
 * exist (404) whatever they send, as for the routes whose bodies are valid.
 */
const organisationFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  await scopeOf(c, c.req.param("org") ?? "");
  await next();
};

export const registerCheckInRoutes = orgRouteFamily(["Check-ins"], (routes) => {
  routes.get("/orgs/{org}/key-results/{id}/check-ins", {
    operationId: "listCheckIns",
    summary: "A key result's check-ins (its timeline of readings), newest first",
    query: ReadingsQuery,
    description:
      "Newest first by the time each reading was taken, one page at a time. updatedSince keeps the readings recorded, corrected or withdrawn since (S7); for polling the whole organisation use listOrganisationCheckIns, whose order no correction moves (docs/api.md).",
    responds: [200, pageOf("checkIns", Reading), "Newest first, one page; withdrawn readings are listed and marked"],
    serve: listCheckIns,
  });
  routes.get("/orgs/{org}/check-ins", {
    operationId: "listOrganisationCheckIns",
    summary: "The organisation's check-ins, in the order they were recorded, for syncing",
    description:
      'Every reading of the key results the caller may read (S5), withdrawn ones included and marked (S7). Paged by a keyset on when each was recorded: a walk sees every reading that existed when it began exactly once, while others are recorded, corrected or withdrawn. updatedSince keeps those recorded, corrected or withdrawn since (docs/api.md, "Paging and sync").',
    query: OrganisationCheckInsQuery,
    responds: [200, pageOf("checkIns", CheckIn), "One page, in the order the readings were recorded"],
    run: async ({ services, scope, query }) =>
      asPage("checkIns", await listOrganisationCheckIns(services, scope, query)),
  });
  routes.patch("/orgs/{org}/check-ins/{id}", {
    operationId: "correctCheckIn",
    summary: "Correct a check-in with a reason (S7)",
    description: "Corrects a reading (S7): its author, the unit's lead or an admin, with a reason.",
    body: CorrectCheckIn,
    responds: [200, ChangedReading, "Corrected; the KR's current value and the roll-up follow"],
    serve: correctCheckIn,
  });
  routes.post("/orgs/{org}/check-ins/{id}/withdrawal", {
    operationId: "withdrawCheckIn",
    summary: "Withdraw a check-in with a reason (S7)",
    description: "Withdraws a reading (S7): it stays in the history but no longer counts toward progress.",
    body: WithdrawCheckIn,
    responds: [200, ChangedReading, "Withdrawn; the KR's current value and the roll-up follow"],
    run: async ({ services, scope, param: { id }, json }) => {
      const { reason } = json;
      return await withdrawCheckIn(services, scope, id, reason);
    },
  });
  routes.post("/orgs/{org}/key-results/{id}/check-ins", {
    operationId: "recordCheckIn",
    summary: "Record a check-in: a dated reading of the key result's metric (S1)",
    description:
      "The key result's progress (S1) and its cascade's roll-up (M5) are updated in the same transaction, and so is its forecast. Members of the unit and tokens with the check_ins scope record readings; a closed period refuses them (409 period_closed).",
    body: CreateCheckIn,
    responds: [201, ChangedReading, "Recorded; the KR's current value follows the latest reading"],
    serve: recordCheckIn,
  });
  routes.post("/orgs/{org}/check-ins", {
    operationId: "recordCheckInBatch",
    summary: "Record up to 1,000 check-ins in one all-or-nothing transaction",
    description:
      "For integrations that sync metrics: every reading is checked first and all are stored or none, and a refusal (400, 403, 404) names the bad reading by its index (checkIns.N.field); each key result ends on its latest reading and the roll-up (M5) is refreshed once.",
    middleware: [organisationFirst] as const,
    body: CreateCheckIns,
    responds: [201, RecordedCheckIns, "All recorded; each KR's current value follows its latest reading"],
    serve: recordCheckIns,
    pick: "checkIns",
  });
});
