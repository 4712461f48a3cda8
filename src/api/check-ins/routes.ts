import { createRoute, z } from "@hono/zod-openapi";
import { listCheckIns, recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { KeyResult } from "../key-results/schema.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import {
  errorResponses,
  FiniteNumber,
  jsonBody,
  jsonResponse,
  OrgIdParams,
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
}
