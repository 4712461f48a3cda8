import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateHealthMetric as HealthMetricInput } from "../../../api/client/index.ts";
import { allPages, api, unwrap } from "../../api/client.ts";
import { useWholeList } from "../../api/whole-list.ts";

// A unit's health metrics (docs/health-metrics.md): read by everyone, managed by the unit's
// members (M6). A change reloads the unit's list and the dashboard's alerts.

export type { CreateHealthMetric as HealthMetricInput, HealthAlert, HealthMetric } from "../../../api/client/index.ts";

export const healthKeys = {
  unit: (org: string, unitId: string) => ["org", org, "health", unitId] as const,
  guardrails: (org: string, unitId: string) => ["org", org, "guardrails", unitId] as const,
};

export function useHealthMetrics(org: string, unitId: string) {
  return useWholeList(healthKeys.unit(org, unitId), "healthMetrics", (paging) =>
    api.GET("/api/v1/orgs/{org}/units/{id}/health-metrics", { params: { path: { org, id: unitId }, query: paging } }),
  );
}

/** Invalidates what a change to a unit's metrics moves: its list and every dashboard's alerts. */
function useRefresh(org: string, unitId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: healthKeys.unit(org, unitId) });
    void client.invalidateQueries({ queryKey: ["org", org, "dashboard"] });
    // A KR shows its guardrails' states: they move with the metrics' readings.
    void client.invalidateQueries({ queryKey: ["org", org, "guardrails"] });
  };
}

/** Adds a metric (no id) or changes one. */
export function useSaveHealthMetric(org: string, unitId: string) {
  const refresh = useRefresh(org, unitId);
  return useMutation({
    mutationFn: ({ id, ...body }: HealthMetricInput & { id?: string | undefined }) =>
      id
        ? unwrap(api.PATCH("/api/v1/orgs/{org}/health-metrics/{id}", { params: { path: { org, id } }, body }))
        : unwrap(
            api.POST("/api/v1/orgs/{org}/units/{id}/health-metrics", { params: { path: { org, id: unitId } }, body }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteHealthMetric(org: string, unitId: string) {
  const refresh = useRefresh(org, unitId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/orgs/{org}/health-metrics/{id}", { params: { path: { org, id } } })),
    onSuccess: refresh,
  });
}

export function useRecordHealthReading(org: string, unitId: string) {
  const refresh = useRefresh(org, unitId);
  return useMutation({
    mutationFn: ({ id, value, note }: { id: string; value: number; note: string }) =>
      unwrap(
        api.POST("/api/v1/orgs/{org}/health-metrics/{id}/readings", {
          params: { path: { org, id } },
          body: { readings: [{ value, ...(note.trim() ? { note } : {}) }] },
        }),
      ),
    onSuccess: refresh,
  });
}

/**
 * The health metrics a KR must not push out of range, each with its state, from one read of the
 * guardrails of every KR of its unit (`GET /guardrails?keyResultUnit=`): a team page's cards
 * share that request instead of asking once per KR.
 */
export function useGuardrails(org: string, unitId: string, keyResultId: string) {
  return useQuery({
    queryKey: healthKeys.guardrails(org, unitId),
    queryFn: () =>
      allPages("guardrails", (paging) =>
        api.GET("/api/v1/orgs/{org}/guardrails", {
          params: { path: { org }, query: { keyResultUnit: unitId, ...paging } },
        }),
      ),
    select: (data) =>
      data.guardrails
        .filter((guardrail) => guardrail.keyResultId === keyResultId)
        .map((guardrail) => guardrail.healthMetric),
  });
}

/** Replaces a KR's guardrails; its unit's list is read again, as every card of the unit shares it. */
export function useSetGuardrails(org: string, unitId: string, keyResultId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (healthMetricIds: string[]) =>
      unwrap(
        api.PUT("/api/v1/orgs/{org}/key-results/{id}/guardrails", {
          params: { path: { org, id: keyResultId } },
          body: { healthMetricIds },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: healthKeys.guardrails(org, unitId) }),
  });
}
