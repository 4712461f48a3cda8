import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CoachRuleSetting, CoachSettingsInput } from "../../../api/client/index.ts";
import { api, unwrap } from "../../api/client.ts";
import { useOrgRead } from "../../api/org-read.ts";

export type {
  CoachFinding as ReportFinding,
  CoachPractice as Practice,
  CoachQualityReport as QualityReport,
  CoachRuleSetting,
  CoachSettingsInput,
} from "../../../api/client/index.ts";
export type RuleSetting = CoachRuleSetting["setting"];

// Under the organisation's key, so a sign-out or another admin write clears them with it.
export const coachKeys = {
  settings: (org: string) => ["org", org, "coach-settings"] as const,
  report: (org: string, period: string, locale: string) => ["org", org, "coach-report", period, locale] as const,
};

export function useCoachSettings(org: string) {
  return useOrgRead(coachKeys.settings(org), org, "/api/v1/orgs/{org}/coach/settings", {
    select: (data) => data.rules,
  });
}

export function useSaveCoachSettings(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CoachSettingsInput) =>
      unwrap(api.PUT("/api/v1/orgs/{org}/coach/settings", { params: { path: { org } }, body })),
    onSuccess: (data) => {
      client.setQueryData(coachKeys.settings(org), data);
      // The editor's live review and the report read the settings too.
      void client.invalidateQueries({ queryKey: ["coach-review", org] });
      void client.invalidateQueries({ queryKey: ["org", org, "coach-report"] });
    },
  });
}

export function useQualityReport(org: string, period: string | undefined, locale: "en" | "zh") {
  return useQuery({
    queryKey: coachKeys.report(org, period ?? "", locale),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/coach/report", {
          params: { path: { org }, query: { period: period ?? "", locale } },
        }),
      ),
    enabled: Boolean(period),
  });
}

/** A unit's findings at activation against its final bands, period after period (issue 17, S3: its own only). */
export function usePractice(org: string, unitId: string, locale: "en" | "zh") {
  return useQuery({
    queryKey: ["org", org, "coach-practice", unitId, locale] as const,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/units/{id}/practice", {
          params: { path: { org, id: unitId }, query: { locale } },
        }),
      ),
  });
}
