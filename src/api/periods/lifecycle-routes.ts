import { createRoute, z } from "@hono/zod-openapi";
import { authorize } from "../../domain/policies.ts";
import { activationReadiness } from "../../services/period-lifecycle/readiness.ts";
import { listPeriodTransitions, transitionPeriod } from "../../services/period-lifecycle/transition-period.ts";
import { Finding, LocaleQuery } from "../coach/schema.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { localeOf } from "../shared/locale.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, Timestamp, Uuid } from "../shared/schemas.ts";
import { Period, PeriodStatus } from "./routes.ts";

// The period lifecycle (docs/period-lifecycle.md): planning -> active -> in_review -> closed,
// one step at a time by an admin; a closed period reopens only with a reason (S7).

const tags = ["Periods"];

export const PeriodTransition = z
  .object({
    id: Uuid,
    periodId: Uuid,
    fromStatus: PeriodStatus,
    toStatus: PeriodStatus,
    reason: z.string(),
    actorId: Uuid.nullable().openapi({ description: "The person who took the step (null: the system)" }),
    at: Timestamp,
  })
  .openapi("PeriodTransition");

export const TransitionRequest = z
  .strictObject({
    to: PeriodStatus.openapi({ description: "The next step, or in_review/active to reopen a closed period" }),
    reason: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: "Required to reopen a closed period (S7); kept with the step" }),
  })
  .openapi("PeriodTransitionRequest");

const TransitionResponse = z
  .object({
    period: Period,
    transition: PeriodTransition,
    finalScores: z
      .object({ objectives: z.number().int(), keyResults: z.number().int() })
      .openapi({ description: "Closing: the final scores it recorded (S2); those recorded by a review stay" }),
  })
  .openapi("PeriodTransitionResult");

const Readiness = z
  .object({
    units: z.array(
      z.object({
        unitId: Uuid,
        unitName: z.string(),
        findings: z.array(Finding.extend({ blocking: z.boolean() })),
      }),
    ),
    summary: z.object({
      error: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
      unitsReviewed: z.number().int(),
    }),
    blocking: z
      .number()
      .int()
      .openapi({ description: "Findings that refuse activation (errors on active objectives)" }),
  })
  .openapi("PeriodReadiness");

export function registerPeriodLifecycleRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/periods/{id}/transitions",
      tags,
      summary: "Move a period one step through its lifecycle, or reopen a closed one with a reason",
      request: { params: OrgIdParams, body: jsonBody(TransitionRequest) },
      responses: { 200: jsonResponse(TransitionResponse, "The step, recorded"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await transitionPeriod(c.get("services"), scope, id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/periods/{id}/transitions",
      tags,
      summary: "Every step of the period's lifecycle: who, when, from, to and why",
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ transitions: z.array(PeriodTransition) }), "Oldest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, { transitions: await listPeriodTransitions(c.get("services"), scope, id) });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/periods/{id}/readiness",
      tags,
      summary: "The coach's findings before activating the period; blocking ones refuse activation",
      request: { params: OrgIdParams, query: LocaleQuery },
      responses: { 200: jsonResponse(Readiness, "Findings, blocking marked"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      // Admins take the step, so admins see the whole picture (private units included).
      authorize(scope.actor, { do: "manageOrganisation" });
      const locale = localeOf(c, c.req.valid("query").locale);
      return reply(c, await activationReadiness(c.get("services"), scope, id, locale));
    },
  );
}
