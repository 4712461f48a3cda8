import { z } from "@hono/zod-openapi";
import { authorize } from "../../domain/policies.ts";
import { TransitionRequest } from "../../schemas/periods.ts";
import { activationReadiness } from "../../services/period-lifecycle/readiness.ts";
import { listPeriodTransitions, transitionPeriod } from "../../services/period-lifecycle/transition-period.ts";
import { Finding, FindingCounts, LocaleQuery } from "../coach/schema.ts";
import type { Api } from "../shared/env.ts";
import { localeOf } from "../shared/locale.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";
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

export { TransitionRequest };

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
    summary: FindingCounts("Findings the teams set aside: they do not block"),
    blocking: z
      .number()
      .int()
      .openapi({ description: "Findings that refuse activation (errors on active objectives)" }),
  })
  .openapi("PeriodReadiness");

export function registerPeriodLifecycleRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.post("/orgs/{org}/periods/{id}/transitions", {
    operationId: "transitionPeriod",
    description:
      "Admins move the period one step; activating it runs the coach's blocking checks, closing it records final scores and bands (S2), reopening a closed one needs a reason (S7).",
    summary: "Move a period one step through its lifecycle, or reopen a closed one with a reason",
    body: TransitionRequest,
    responds: [200, TransitionResponse, "The step, recorded"],
    serve: transitionPeriod,
  });
  routes.get("/orgs/{org}/periods/{id}/transitions", {
    operationId: "listPeriodTransitions",
    description:
      "Every step of the period's lifecycle (planning, active, closing, closed, reopened), who took it, when and why (S7).",
    summary: "Every step of the period's lifecycle: who, when, from, to and why",
    responds: [200, z.object({ transitions: z.array(PeriodTransition) }), "Oldest first"],
    run: async ({ services, scope, param: { id } }) => ({
      transitions: await listPeriodTransitions(services, scope, id),
    }),
  });
  routes.get("/orgs/{org}/periods/{id}/readiness", {
    operationId: "getPeriodReadiness",
    description:
      "The coach's findings (M1, M2, M4, K1 ...) on the period's objectives before it is activated; blocking ones refuse the activation.",
    summary: "The coach's findings before activating the period; blocking ones refuse activation",
    query: LocaleQuery,
    responds: [200, Readiness, "Findings, blocking marked"],
    run: ({ c, services, scope, param, query }) => {
      // Admins take the step, so admins see the whole picture (private units included).
      authorize(scope.actor, { do: "manageOrganisation" });
      return activationReadiness(services, scope, param.id, localeOf(c, query.locale));
    },
  });
}
