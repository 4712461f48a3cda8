import { createRoute, z } from "@hono/zod-openapi";
import type { RuleId } from "../../domain/coach/index.ts";
import type { RuleChoice } from "../../domain/coach/settings.ts";
import { getCoachSettings, putCoachSettings } from "../../services/coach/coach-settings.ts";
import { getQualityReport } from "../../services/coach/quality-report.ts";
import { reviewDraftObjective, reviewUnitPeriod } from "../../services/coach/review-okrs.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { localeOf } from "../shared/locale.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgParams } from "../shared/schemas.ts";
import { Finding, LocaleQuery, PutSettings, QualityReport, ReportQuery, ReviewRequest, Settings } from "./schema.ts";

const tags = ["Coach"];

export function registerCoachRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/coach/review",
      tags,
      summary: "The coach's findings on a draft objective, or on what a unit stored for a period",
      request: { params: OrgParams, query: LocaleQuery, body: jsonBody(ReviewRequest) },
      responses: {
        200: jsonResponse(z.object({ findings: z.array(Finding) }), "Findings, in file order"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const locale = localeOf(c, c.req.valid("query").locale);
      const { objective, period, unitId, periodId } = c.req.valid("json");
      const services = c.get("services");
      const findings = objective
        ? await reviewDraftObjective(services, scope, { objective, period }, locale)
        : await reviewUnitPeriod(services, scope, { unitId: unitId as string, periodId: periodId as string }, locale);
      return reply(c, { findings });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/coach/settings",
      tags,
      summary: "The organisation's setting of each coach rule",
      request: { params: OrgParams },
      responses: { 200: jsonResponse(Settings, "Every rule, set or default"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, { rules: await getCoachSettings(c.get("services"), scope) });
    },
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/orgs/{org}/coach/settings",
      tags,
      summary: "Set each rule to error, warning, info or off (admins; M1 and K1 go off only with a reason)",
      request: { params: OrgParams, body: jsonBody(PutSettings) },
      responses: { 200: jsonResponse(Settings, "The settings now"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const choices = c.req.valid("json").rules as Partial<Record<RuleId, RuleChoice>>;
      return reply(c, { rules: await putCoachSettings(c.get("services"), scope, choices) });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/coach/report",
      tags,
      summary: "Open findings per unit for a period, with the organisation's settings",
      request: { params: OrgParams, query: ReportQuery },
      responses: { 200: jsonResponse(QualityReport, "The quality report"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { period, locale, unit } = c.req.valid("query");
      return reply(c, await getQualityReport(c.get("services"), scope, period, localeOf(c, locale), unit));
    },
  );
}
