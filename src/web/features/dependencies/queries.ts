import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateDependency, CrossUnitReport, Dependency } from "../../../api/client/index.ts";
import { allPages, api, deleteById, unwrap } from "../../api/client.ts";

export type { CrossUnitReport, Dependency, UnitCalibration } from "../../../api/client/index.ts";
export type DependencySide = Dependency["keyResult"];
export type CrossUnitFinding = CrossUnitReport["findings"][number];

// Under the organisation's key, so a sign-out clears them with everything else.
export const dependencyKeys = {
  all: (org: string) => ["org", org, "dependencies"] as const,
  list: (org: string, filter: DependencyFilter) => ["org", org, "dependencies", "list", filter] as const,
  conflicts: (org: string, period: string, locale: string) =>
    ["org", org, "dependencies", "conflicts", period, locale] as const,
  calibration: (org: string, unitId: string) => ["org", org, "dependencies", "calibration", unitId] as const,
};

export interface DependencyFilter {
  period?: string | undefined;
  unit?: string | undefined;
  atRisk?: boolean | undefined;
}

/** M7: the dependencies of a period, of one unit (both directions) or only those at risk. */
export function useDependencies(org: string, filter: DependencyFilter, enabled = true) {
  return useQuery({
    queryKey: dependencyKeys.list(org, filter),
    queryFn: () =>
      allPages("dependencies", (paging) =>
        api.GET("/api/v1/orgs/{org}/dependencies", {
          params: {
            path: { org },
            query: {
              ...paging,
              period: filter.period,
              unit: filter.unit,
              atRisk: filter.atRisk === undefined ? undefined : filter.atRisk ? "true" : "false",
            },
          },
        }),
      ),
    enabled,
  });
}

/** M7: the coach's cross-unit findings of a period, in the UI's language. */
export function useCrossUnitConflicts(org: string, period: string | undefined, locale: "en" | "zh") {
  return useQuery({
    queryKey: dependencyKeys.conflicts(org, period ?? "", locale),
    queryFn: () =>
      allPages("findings", (paging) =>
        api.GET("/api/v1/orgs/{org}/coach/conflicts", {
          params: { path: { org }, query: { period: period ?? "", locale, ...paging } },
        }),
      ),
    enabled: Boolean(period),
  });
}

/** K4: how the unit's past KRs landed. */
export function useUnitCalibration(org: string, unitId: string, enabled = true) {
  return useQuery({
    queryKey: dependencyKeys.calibration(org, unitId),
    queryFn: () =>
      unwrap(api.GET("/api/v1/orgs/{org}/units/{id}/calibration", { params: { path: { org, id: unitId } } })),
    enabled,
  });
}

/** After a write, every list of dependencies (both units' pages, the dashboard) reads again. */
function useDependencyMutation<I, O>(org: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    retry: false,
    onSuccess: () => void client.invalidateQueries({ queryKey: dependencyKeys.all(org) }),
  });
}

export function useCreateDependency(org: string) {
  return useDependencyMutation(org, (body: CreateDependency) =>
    unwrap(api.POST("/api/v1/orgs/{org}/dependencies", { params: { path: { org } }, body })),
  );
}

export function useUpdateDependency(org: string) {
  return useDependencyMutation(org, ({ id, note }: { id: string; note: string }) =>
    unwrap(api.PATCH("/api/v1/orgs/{org}/dependencies/{id}", { params: { path: { org, id } }, body: { note } })),
  );
}

export function useDeleteDependency(org: string) {
  return useDependencyMutation(org, deleteById(org, "/api/v1/orgs/{org}/dependencies/{id}"));
}
