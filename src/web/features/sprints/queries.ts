import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateSprint, UpdateSprint } from "../../../api/client/index.ts";
import { api, deleteById, unwrap } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";
import { useWholeList } from "../../api/whole-list.ts";

// P3: a team's sprints, and the sprints that serve one KR (drawn on its chart).

export type {
  CreateSprint,
  Sprint,
  SprintImportReport as ImportReport,
  SprintKeyResult,
  UpdateSprint,
} from "../../../api/client/index.ts";

/**
 * A team's sprints (`{ unit }`), the sprints that serve one KR (`{ keyResult }`) or any KR of a
 * unit (`{ keyResultUnit }`: a team page's charts share that one request): one list, filtered. Under the organisation's key, so a check-in (which invalidates the organisation)
 * refreshes the KR's movement during each sprint too.
 */
export function useSprints(org: string, filter: { unit: string } | { keyResult: string } | { keyResultUnit: string }) {
  return useWholeList([...keys.org(org), "sprints", filter], "sprints", (paging) =>
    api.GET("/api/v1/orgs/{org}/sprints", { params: { path: { org }, query: { ...filter, ...paging } } }),
  );
}

function useInvalidateSprints(org: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [...keys.org(org), "sprints"] });
}

export function useCreateSprint(org: string) {
  const onSuccess = useInvalidateSprints(org);
  return useMutation({
    mutationFn: (body: CreateSprint) =>
      unwrap(api.POST("/api/v1/orgs/{org}/sprints", { params: { path: { org } }, body })),
    onSuccess,
  });
}

export function useUpdateSprint(org: string) {
  const onSuccess = useInvalidateSprints(org);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateSprint & { id: string }) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/sprints/{id}", { params: { path: { org, id } }, body })),
    onSuccess,
  });
}

export function useDeleteSprint(org: string) {
  const onSuccess = useInvalidateSprints(org);
  return useMutation({
    mutationFn: deleteById(org, "/api/v1/orgs/{org}/sprints/{id}"),
    onSuccess,
  });
}

/** Sends the CSV file as it is (text/csv): a preview first (dryRun), then the import itself. */
export function useImportSprints(org: string, unitId: string) {
  const onSuccess = useInvalidateSprints(org);
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      unwrap(
        api.POST("/api/v1/orgs/{org}/units/{id}/sprints/import", {
          params: { path: { org, id: unitId }, query: dryRun ? { dryRun: "true" } : {} },
          body: csv as never,
          headers: { "content-type": "text/csv" },
          bodySerializer: (body: unknown) => body as string,
        }),
      ),
    onSuccess: (_report, { dryRun }) => (dryRun ? undefined : onSuccess()),
  });
}
