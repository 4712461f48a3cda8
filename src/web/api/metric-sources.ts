import { useMutation } from "@tanstack/react-query";
import type { CreateMetricSource, MetricSource, UpdateMetricSource } from "../../api/client/index.ts";
import { api, noContent, unwrap } from "./client.ts";
import { useOrgRead } from "./org-read.ts";
import { keys, useOrgWrite } from "./queries.ts";
import { useWholeList } from "./whole-list.ts";

// A KR's metric source and the organisation's allowed hosts (issue 14, docs/metric-sources.md).

export type { CreateMetricSource, MetricSource, SourceTestResult, UpdateMetricSource } from "../../api/client/index.ts";
export type SourceKind = MetricSource["kind"];
export type ScheduleEvery = MetricSource["schedule"]["every"];

// Under the organisation's key, so a sync's reading refreshes the KR and its source together.
export const sourceKeys = {
  ofUnit: (org: string, unitId: string) => [...keys.org(org), "metric-sources", "unit", unitId] as const,
  hosts: (org: string) => [...keys.org(org), "metric-source-hosts"] as const,
};

/**
 * The KR's source (none or one), from one read of the sources of every KR of its unit
 * (`GET /metric-sources?keyResultUnit=`): a team page's cards share that request instead of
 * asking once per KR. `poll` asks again every 2 s while a sync is on its way.
 */
export function useMetricSource(org: string, unitId: string, keyResultId: string, poll = false) {
  return useWholeList(
    sourceKeys.ofUnit(org, unitId),
    "sources",
    (paging) =>
      api.GET("/api/v1/orgs/{org}/metric-sources", {
        params: { path: { org }, query: { keyResultUnit: unitId, ...paging } },
      }),
    {
      select: (sources) => sources.find((source) => source.keyResultId === keyResultId) ?? null,
      refetchInterval: poll ? 2_000 : false,
    },
  );
}

export function useCreateMetricSource(org: string, keyResultId: string) {
  return useOrgWrite(org, (body: CreateMetricSource) =>
    unwrap(
      api.POST("/api/v1/orgs/{org}/key-results/{id}/sources", { params: { path: { org, id: keyResultId } }, body }),
    ),
  );
}

export function useUpdateMetricSource(org: string, id: string) {
  return useOrgWrite(org, (body: UpdateMetricSource) =>
    unwrap(api.PATCH("/api/v1/orgs/{org}/metric-sources/{id}", { params: { path: { org, id } }, body })),
  );
}

export function useDeleteMetricSource(org: string, id: string) {
  return useOrgWrite(org, () =>
    noContent(api.DELETE("/api/v1/orgs/{org}/metric-sources/{id}", { params: { path: { org, id } } })),
  );
}

export function useSyncMetricSource(org: string, id: string) {
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/orgs/{org}/metric-sources/{id}/sync", { params: { path: { org, id } } })),
  });
}

/** Reads the source now and says what it found; writes nothing, so nothing reloads. */
export function useTestMetricSource(org: string, id: string) {
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/orgs/{org}/metric-sources/{id}/test", { params: { path: { org, id } } })),
  });
}

export function useSourceHosts(org: string) {
  return useOrgRead(sourceKeys.hosts(org), org, "/api/v1/orgs/{org}/metric-source-hosts", {
    select: (data) => data.hosts,
  });
}

export function useSetSourceHosts(org: string) {
  return useOrgWrite(
    org,
    (hosts: string[]) =>
      unwrap(api.PUT("/api/v1/orgs/{org}/metric-source-hosts", { params: { path: { org } }, body: { hosts } })),
    { refresh: sourceKeys.hosts(org) },
  );
}
