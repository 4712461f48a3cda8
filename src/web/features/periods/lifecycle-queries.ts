import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PeriodTransitionRequest as PeriodStep, UpdateOrganisation } from "../../../api/client/index.ts";
import { api, unwrap } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";

// The period lifecycle (docs/period-lifecycle.md): one step at a time, by an admin.

export type { PeriodReadiness as Readiness, PeriodTransitionRequest as PeriodStep } from "../../../api/client/index.ts";

/** A step changes what every page may do (a closed period is frozen): refresh all of the organisation. */
export function useTransitionPeriod(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: PeriodStep & { id: string }) =>
      unwrap(api.POST("/api/v1/orgs/{org}/periods/{id}/transitions", { params: { path: { org, id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.org(org) }),
  });
}

/** The coach's findings before activating, fetched fresh each time the dialog opens. */
export function usePeriodReadiness(org: string, periodId: string | undefined, locale: "en" | "zh") {
  return useQuery({
    queryKey: [...keys.org(org), "readiness", periodId ?? "", locale],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/periods/{id}/readiness", {
          params: { path: { org, id: periodId ?? "" }, query: { locale } },
        }),
      ),
    enabled: Boolean(periodId),
    staleTime: 0,
    gcTime: 0,
  });
}

/** S4: the organisation's review cadence (and its name) go through PATCH /orgs/{org}. */
export function useUpdateOrganisation(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisation) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}", { params: { path: { org } }, body })),
    onSuccess: (organisation) => client.setQueryData(keys.org(org), organisation),
  });
}
