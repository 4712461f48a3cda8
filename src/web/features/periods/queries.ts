import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Schemas } from "../../../api/client/index.ts";
import { api, unwrap } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";

export type NewPeriod = Schemas["CreatePeriod"];
export type PeriodChange = Schemas["UpdatePeriod"];

// A period changes what every page shows (the picker, the map, the dashboard): refresh the
// organisation's reads, as the other admin writes do.
function useInvalidate(org: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.org(org) });
}

export function useCreatePeriod(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: (body: NewPeriod) =>
      unwrap(api.POST("/api/v1/orgs/{org}/periods", { params: { path: { org } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdatePeriod(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: ({ id, ...body }: PeriodChange & { id: string }) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/periods/{id}", { params: { path: { org, id } }, body })),
    onSettled: invalidate,
  });
}

/** 204 has no body to unwrap: only a refusal (409 while the period still has objectives) throws. */
export function useDeletePeriod(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: async (id: string) => {
      const { response, error } = await api.DELETE("/api/v1/orgs/{org}/periods/{id}", {
        params: { path: { org, id } },
      });
      if (!response.ok) await unwrap(Promise.resolve({ error, response }));
    },
    onSettled: invalidate,
  });
}
