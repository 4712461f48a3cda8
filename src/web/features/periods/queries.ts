import type { CreatePeriod as NewPeriod, UpdatePeriod as PeriodChange } from "../../../api/client/index.ts";
import { api, deleteById, unwrap } from "../../api/client.ts";
import { useOrgWrite } from "../../api/queries.ts";

export type { CreatePeriod as NewPeriod, UpdatePeriod as PeriodChange } from "../../../api/client/index.ts";

export function useCreatePeriod(org: string) {
  return useOrgWrite(org, (body: NewPeriod) =>
    unwrap(api.POST("/api/v1/orgs/{org}/periods", { params: { path: { org } }, body })),
  );
}

export function useUpdatePeriod(org: string) {
  return useOrgWrite(
    org,
    ({ id, ...body }: PeriodChange & { id: string }) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/periods/{id}", { params: { path: { org, id } }, body })),
    { settled: true },
  );
}

/** 204 has no body to unwrap: only a refusal (409 while the period still has objectives) throws. */
export function useDeletePeriod(org: string) {
  return useOrgWrite(org, deleteById(org, "/api/v1/orgs/{org}/periods/{id}"), { settled: true });
}
