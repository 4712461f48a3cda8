import { z } from "@hono/zod-openapi";
import {
  DEFAULT_LIST_LIMIT,
  DEFAULT_UNIT_DEPTH,
  getAttentionPage,
  getLeaderDashboard,
} from "../../services/views/leader-dashboard.ts";
import { HealthAlert } from "../health-metrics/schema.ts";
import { Band, BandBasis, Forecast, Pace, PaceReason } from "../key-results/schema.ts";
import { Period } from "../periods/routes.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { NextCursor, PageQuery, pageOf } from "../shared/paging.ts";
import { DepthQuery, IdQuery, LimitQuery } from "../shared/query.ts";
import { DateOnly, PeriodQuery, Timestamp, Uuid } from "../shared/schemas.ts";
import { Unit } from "../units/routes.ts";

const DashboardKeyResult = z
  .object({
    keyResultId: Uuid,
    title: z.string(),
    unitId: Uuid,
    unitName: z.string(),
    objectiveId: Uuid,
    objectiveTitle: z.string(),
    kind: z.enum(["metric", "range"]),
    unit: z.string(),
    progress: z.number().nullable().openapi({ description: "S1: fraction, unclamped" }),
    band: Band,
    bandBasis: BandBasis,
    pace: Pace,
    forecast: Forecast,
    confidence: z.number().nullable(),
    expectedProgress: z
      .number()
      .nullable()
      .openapi({ description: "Where the straight line from baseline to target stands today" }),
    lastCheckInAt: Timestamp.nullable(),
    daysWithoutCheckIn: z.number().int().nullable(),
    reasons: z.array(PaceReason),
  })
  .openapi("DashboardKeyResult");

export const LeaderDashboard = z
  .object({
    period: Period,
    asOf: Timestamp,
    unit: z
      .union([Unit, z.null()])
      .openapi({ description: "The unit the dashboard is scoped to; null for the whole organisation" }),
    units: z
      .array(
        Unit.extend({
          depth: z.number().int().openapi({ description: "Levels below the scope's top unit (0 is the top)" }),
          childUnitCount: z.number().int(),
          objectives: z.array(
            z.object({
              id: Uuid,
              title: z.string(),
              status: z.string(),
              progress: z.number().nullable(),
              band: Band,
              bandBasis: BandBasis,
              keyResultCount: z.number().int(),
            }),
          ),
        }),
      )
      .openapi({
        description:
          "Each unit's progress summary, in the organisation's tree order (never ranked, S3), down to `depth` levels",
      }),
    totals: z
      .object({
        units: z.number().int(),
        unitsWithActiveObjective: z.number().int(),
        atRisk: z.number().int(),
        stale: z.number().int(),
        healthAlerts: z.number().int().openapi({ description: "Health metrics out of their healthy range" }),
      })
      .openapi({ description: "Counts over the whole scope, every level included" }),
    atRisk: z.array(DashboardKeyResult).openapi({
      description: "The first `limit` KRs with low confidence (< 0.5) or behind the straight-line pace, in tree order",
    }),
    stale: z
      .array(DashboardKeyResult)
      .openapi({ description: "The first `limit` KRs with no check-in for 14 days or more, in tree order" }),
    healthAlerts: z.array(HealthAlert).openapi({
      description:
        "The first `limit` health metrics whose latest reading left the healthy range, in tree order; the metric and its unit, never a person (S3)",
    }),
    nextCursors: z.object({ atRisk: NextCursor, stale: NextCursor }).openapi({
      description: "Where each list goes on: the `cursor` of listAtRiskKeyResults' and listStaleKeyResults' next page",
    }),
    reviews: z
      .array(z.object({ on: DateOnly, kind: z.enum(["checkpoint", "period_end"]) }))
      .openapi({ description: "S4: the period's formal reviews, every 6 weeks and at its end" }),
  })
  .openapi("LeaderDashboard");

const UnitScope = IdQuery("Only this unit and the units below it");
const ListLimit = LimitQuery(200, `At most this many KRs (default ${DEFAULT_LIST_LIMIT})`);

const DashboardQuery = PeriodQuery.extend({
  unit: UnitScope,
  depth: DepthQuery(`Levels of units listed below the scope's top (default ${DEFAULT_UNIT_DEPTH})`),
  limit: ListLimit,
});

const AttentionQuery = PeriodQuery.extend({ unit: UnitScope }).extend(PageQuery.shape);

export const AttentionPage = pageOf("items", DashboardKeyResult)
  .extend({
    list: z.enum(["at_risk", "stale"]),
    total: z.number().int().openapi({ description: "How many KRs the whole list holds" }),
  })
  .openapi("AttentionPage");

export const registerDashboardRoutes = orgRouteFamily(["Views"], (routes) => {
  routes.get("/orgs/{org}/dashboard", {
    operationId: "getDashboard",
    description:
      "S5: every unit's progress summary in the organisation's tree order, never ranked (S3), the totals of the whole scope, the first page of the KRs at risk and gone quiet with `nextCursors` to the rest, health alerts and the period's review dates (S4).",
    summary: "Every unit of a period at a glance, with KRs at risk and gone quiet (S5)",
    query: DashboardQuery,
    responds: [200, LeaderDashboard, "The leader dashboard"],
    run: ({ services, scope, query: { period, unit, depth, limit } }) =>
      getLeaderDashboard(services, scope, period, { unitId: unit, depth, limit }),
  });
  const lists = [
    {
      list: "at_risk",
      path: "at-risk",
      operationId: "listAtRiskKeyResults",
      summary: "Page through the KRs at risk, in tree order (S5)",
    },
    {
      list: "stale",
      path: "stale",
      operationId: "listStaleKeyResults",
      summary: "Page through the KRs gone quiet for 14 days, in tree order (S5)",
    },
  ] as const;
  for (const { list, path, operationId, summary } of lists) {
    routes.get(`/orgs/{org}/dashboard/${path}`, {
      operationId,
      summary,
      description:
        'S5: the KRs that need a look, never ranked by score (S3). Continues the dashboard\'s first page from its `nextCursors`; a KR that leaves the list during a walk moves no other (docs/api.md, "Paging and sync").',
      query: AttentionQuery,
      responds: [200, AttentionPage, "One page of the list"],
      run: ({ services, scope, query: { period, unit, ...page } }) =>
        getAttentionPage(services, scope, period, { list, unitId: unit, ...page }),
    });
  }
});
