import { z } from "@hono/zod-openapi";
import type { RuleId } from "../../domain/coach/index.ts";
import type { RuleChoice } from "../../domain/coach/settings.ts";
import { getCoachSettings, putCoachSettings } from "../../services/coach/coach-settings.ts";
import { type DismissInput, dismissFinding, removeDismissal } from "../../services/coach/dismissals.ts";
import { getPractice } from "../../services/coach/practice.ts";
import { getQualityReport } from "../../services/coach/quality-report.ts";
import { reviewDraftObjective, reviewUnitPeriod } from "../../services/coach/review-okrs.ts";
import { localeOf } from "../shared/locale.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import {
  Dismissal,
  DismissFinding,
  Finding,
  LocaleQuery,
  Practice,
  PutSettings,
  QualityReport,
  ReportQuery,
  ReviewRequest,
  Settings,
} from "./schema.ts";

export const registerCoachRoutes = orgRouteFamily(["Coach"], (routes) => {
  routes.post("/orgs/{org}/coach/review", {
    operationId: "reviewDraftWithCoach",
    description:
      "Checks an objective and its key results against the method's rules (M1, M2, M4, Q1-Q4, K1-K7) before anything is saved, or what a unit stored for a period; writes nothing.",
    summary: "The coach's findings on a draft objective, or on what a unit stored for a period",
    query: LocaleQuery,
    body: ReviewRequest,
    responds: [200, z.object({ findings: z.array(Finding) }), "Findings, in file order"],
    run: async ({ c, services, scope, query, json: { objective, period, unitId, periodId, editing } }) => {
      const locale = localeOf(c, query.locale);
      const findings = objective
        ? await reviewDraftObjective(services, scope, { objective, period, ...editing }, locale)
        : await reviewUnitPeriod(services, scope, { unitId: unitId as string, periodId: periodId as string }, locale);
      return { findings };
    },
  });

  routes.get("/orgs/{org}/coach/settings", {
    operationId: "getCoachSettings",
    description:
      "Each rule of the method the coach checks (M, Q, K) and whether it is an error, a warning, information or off.",
    summary: "The organisation's setting of each coach rule",
    responds: [200, Settings, "Every rule, set or default"],
    serve: getCoachSettings,
    field: "rules",
  });
  routes.put("/orgs/{org}/coach/settings", {
    operationId: "setCoachSettings",
    description:
      "Admins set each rule's level; M1 and K1 are the method's core and go off only with a reason, kept in the audit log.",
    summary: "Set each rule to error, warning, info or off (admins; M1 and K1 go off only with a reason)",
    body: PutSettings,
    responds: [200, Settings, "The settings now"],
    run: async ({ services, scope, json }) => {
      const choices = json.rules as Partial<Record<RuleId, RuleChoice>>;
      return { rules: await putCoachSettings(services, scope, choices) };
    },
  });
  routes.post("/orgs/{org}/coach/dismissals", {
    operationId: "dismissFinding",
    description:
      "A finding of the coach (a rule of the method: M, Q, K) set aside with a reason, for the text it is about; an edit of that text opens it again. The unit's lead and members (M6).",
    summary: "Set a finding aside with a reason, for the text it is about (the unit's members)",
    body: DismissFinding,
    responds: [201, Dismissal, "Dismissed: it opens again when the text changes"],
    run: ({ services, scope, json }) => dismissFinding(services, scope, json as DismissInput),
  });
  routes.delete("/orgs/{org}/coach/dismissals/{id}", {
    operationId: "reopenFinding",
    description: "A dismissed finding counts again, as before it was set aside.",
    summary: "Open a dismissed finding again",
    responds: [204, "Open again"],
    serve: removeDismissal,
  });
  routes.get("/orgs/{org}/coach/report", {
    operationId: "getCoachReport",
    description:
      "Per unit, the coach's open findings on its OKRs of the period (M, Q, K rules), with the organisation's setting of each rule; no ranking of units or people (S3).",
    summary: "Open findings per unit for a period, with the organisation's settings",
    query: ReportQuery,
    responds: [200, QualityReport, "The quality report"],
    run: ({ c, services, scope, query: { period, locale, unit } }) =>
      getQualityReport(services, scope, period, localeOf(c, locale), unit),
  });
  routes.get("/orgs/{org}/units/{id}/practice", {
    operationId: "getCoachPractice",
    description:
      "For one unit, period after period: the coach's findings when its objectives were activated and the band its final score landed in (S2), and whether its better-written OKRs landed in the 60-80 % band more often. The unit's own trend, never a ranking of units (S3); private units only for their members and admins.",
    summary: "A unit's findings at activation against its final bands, period after period",
    query: LocaleQuery,
    responds: [200, Practice, "The unit's practice over time"],
    run: ({ c, services, scope, param: { id }, query: { locale } }) =>
      getPractice(services, scope, id, localeOf(c, locale)),
  });
});
