import { createRoute, z } from "@hono/zod-openapi";
import { getLeaderDashboard } from "../../services/views/leader-dashboard.ts";
import { Period } from "../periods/routes.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { DateOnly, errorResponses, jsonResponse, OrgParams, PeriodQuery, Timestamp, Uuid } from "../shared/schemas.ts";
import { Unit } from "../units/routes.ts";

const tags = ["Views"];
const Band = z.enum(["not_achieved", "met", "exceeded"]).nullable().openapi({ description: "S2 outcome band" });

const DashboardKeyResult = z
  .object({
    keyResultId: Uuid,
    title: z.string(),
    unitId: Uuid,
    unitName: z.string(),
    objectiveId: Uuid,
    objectiveTitle: z.string(),
    progress: z.number().nullable().openapi({ description: "S1: fraction, unclamped" }),
    band: Band,
    confidence: z.number().nullable(),
    expectedProgress: z
      .number()
      .nullable()
      .openapi({ description: "Where the straight line from baseline to target stands today" }),
    lastCheckInAt: Timestamp.nullable(),
    daysWithoutCheckIn: z.number().int().nullable(),
    reasons: z.array(z.enum(["low_confidence", "behind_pace"])),
  })
  .openapi("DashboardKeyResult");

export const LeaderDashboard = z
  .object({
    period: Period,
    asOf: Timestamp,
    units: z.array(
      Unit.extend({
        objectives: z.array(
          z.object({
            id: Uuid,
            title: z.string(),
            status: z.string(),
            progress: z.number().nullable(),
            band: Band,
            keyResultCount: z.number().int(),
          }),
        ),
      }),
    ),
    atRisk: z
      .array(DashboardKeyResult)
      .openapi({ description: "Low confidence (< 0.5) or behind the straight-line pace" }),
    stale: z.array(DashboardKeyResult).openapi({ description: "No check-in for 14 days or more" }),
    reviews: z
      .array(z.object({ on: DateOnly, kind: z.enum(["checkpoint", "period_end"]) }))
      .openapi({ description: "S4: the period's formal reviews, every 6 weeks and at its end" }),
  })
  .openapi("LeaderDashboard");

export function registerDashboardRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/dashboard",
      tags,
      summary: "Every unit of a period at a glance, with KRs at risk and gone quiet (S5)",
      request: { params: OrgParams, query: PeriodQuery },
      responses: { 200: jsonResponse(LeaderDashboard, "The leader dashboard"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await getLeaderDashboard(c.get("services"), scope, c.req.valid("query").period));
    },
  );
}
