import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { listCheckIns, recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { MAX_CHECK_INS_PER_BATCH, recordCheckIns } from "../../services/check-ins/record-check-ins.ts";
import { KeyResult } from "../key-results/schema.ts";
import { type Api, type AppEnv, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import {
  errorResponses,
  FiniteNumber,
  jsonBody,
  jsonResponse,
  OrgIdParams,
  OrgParams,
  Timestamp,
  Uuid,
} from "../shared/schemas.ts";

const tags = ["Check-ins"];

export const CreateCheckIn = z
  .strictObject({
    value: FiniteNumber.openapi({ description: "The metric's reading" }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .optional()
      .openapi({ description: "How likely the target is reached, 0 to 1" }),
    comment: z.string().max(5000).optional(),
    authorId: Uuid.nullable().optional(),
    checkedInAt: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: "When the value was read; defaults to now" }),
  })
  .openapi("CreateCheckIn");

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
    checkedInAt: Timestamp,
    createdAt: Timestamp,
  })
  .openapi("CheckIn");

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
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(z.object({ checkIns: z.array(CheckIn) }), "Oldest first"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, { checkIns: await listCheckIns(c.get("services"), scope, id) });
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
