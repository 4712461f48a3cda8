import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { CorrectCheckIn, CreateCheckIn, WithdrawCheckIn } from "../../schemas/check-ins.ts";
import { correctCheckIn, withdrawCheckIn } from "../../services/check-ins/correct-check-in.ts";
import { listCheckIns, MAX_READINGS_PER_PAGE } from "../../services/check-ins/list-check-ins.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { MAX_CHECK_INS_PER_BATCH, recordCheckIns } from "../../services/check-ins/record-check-ins.ts";
import { KeyResult } from "../key-results/schema.ts";
import { type Api, type AppEnv, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, OrgParams, Timestamp, Uuid } from "../shared/schemas.ts";

const tags = ["Check-ins"];

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
    correctedAt: Timestamp.nullable(),
    correctedBy: Uuid.nullable(),
    correctionReason: z.string(),
    withdrawnAt: Timestamp.nullable().openapi({ description: "Set when withdrawn: listed, but no longer counts" }),
    withdrawnBy: Uuid.nullable(),
    withdrawalReason: z.string(),
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
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_READINGS_PER_PAGE)
    .default(50)
    .openapi({ description: `Readings per page, 1 to ${MAX_READINGS_PER_PAGE} (default 50)` }),
  cursor: z.string().max(200).optional().openapi({ description: "The nextCursor of the page before: older readings" }),
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: "Only readings taken at or after this time" }),
});

const ChangedReading = z.object({ checkIn: CheckIn, keyResult: KeyResult });

/**
 * Resolves the organisation before the body is validated: to someone outside it, it does not
 * exist (404) whatever they send, as for the routes whose bodies are valid.
 */
const organisationFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  await scopeOf(c, c.req.param("org") ?? "");
  await next();
};

export function registerCheckInRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/key-results/{id}/check-ins",
      tags,
      request: { params: OrgIdParams, query: ReadingsQuery },
      responses: {
        200: jsonResponse(
          z.object({
            checkIns: z.array(Reading),
            nextCursor: z
              .string()
              .nullable()
              .openapi({ description: "Pass as `cursor` for the older readings; null on the last page" }),
          }),
          "Newest first, one page; withdrawn readings are listed and marked",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await listCheckIns(c.get("services"), scope, id, c.req.valid("query")));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/check-ins/{id}",
      tags,
      description: "Corrects a reading (S7): its author, the unit's lead or an admin, with a reason.",
      request: { params: OrgIdParams, body: jsonBody(CorrectCheckIn) },
      responses: {
        200: jsonResponse(ChangedReading, "Corrected; the KR's current value and the roll-up follow"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await correctCheckIn(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/check-ins/{id}/withdrawal",
      tags,
      description: "Withdraws a reading (S7): it stays in the history but no longer counts toward progress.",
      request: { params: OrgIdParams, body: jsonBody(WithdrawCheckIn) },
      responses: {
        200: jsonResponse(ChangedReading, "Withdrawn; the KR's current value and the roll-up follow"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      return reply(c, await withdrawCheckIn(c.get("services"), await scopeOf(c, org), id, reason));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/key-results/{id}/check-ins",
      tags,
      request: { params: OrgIdParams, body: jsonBody(CreateCheckIn) },
      responses: {
        201: jsonResponse(
          z.object({ checkIn: CheckIn, keyResult: KeyResult }),
          "Recorded; the KR's current value follows the latest reading",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await recordCheckIn(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/check-ins",
      tags,
      middleware: [organisationFirst] as const,
      request: { params: OrgParams, body: jsonBody(CreateCheckIns) },
      responses: {
        201: jsonResponse(RecordedCheckIns, "All recorded; each KR's current value follows its latest reading"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org } = c.req.valid("param");
      const { checkIns } = c.req.valid("json");
      return reply(c, await recordCheckIns(c.get("services"), await scopeOf(c, org), checkIns), 201);
    },
  );
}
