import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateStrategy as StrategyInput } from "../../../api/client/index.ts";
import { api, deleteById, noContent, unwrap } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";
import { useWholeList } from "../../api/whole-list.ts";

// The organisation's own administration (issue 12, point 10): its name, its vision and strategy
// (M8), deleting an objective, and the organisations one belongs to (the switcher).

export type { CreateStrategy as StrategyInput, Strategy } from "../../../api/client/index.ts";

export const adminOrgKeys = {
  /** Not under an organisation's key: the list spans them all. */
  myOrganisations: ["my-organisations"] as const,
  strategies: (org: string) => ["org", org, "strategies"] as const,
};

/** The organisations the signed-in person belongs to, for the switcher (GET /orgs). */
export function useMyOrganisations() {
  return useWholeList(
    adminOrgKeys.myOrganisations,
    "organisations",
    (paging) => api.GET("/api/v1/orgs", { params: { query: paging } }),
    { staleTime: 60_000 },
  );
}

/** Renames the organisation; its slug, and so every link into it, stays as it is. */
export function useRenameOrganisation(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}", { params: { path: { org } }, body: { name } })),
    onSuccess: (organisation) => {
      client.setQueryData(keys.org(org), organisation);
      // The name also shows in the switcher and in the account's list of organisations.
      void client.invalidateQueries({ queryKey: adminOrgKeys.myOrganisations });
      void client.invalidateQueries({ queryKey: ["me"] });
    },
  });
}

export function useStrategies(org: string) {
  return useWholeList(adminOrgKeys.strategies(org), "strategies", (paging) =>
    api.GET("/api/v1/orgs/{org}/strategies", { params: { path: { org }, query: paging } }),
  );
}

/** Creates a statement, or edits one when `id` is given. */
export function useSaveStrategy(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: StrategyInput & { id?: string }) =>
      id
        ? unwrap(api.PATCH("/api/v1/orgs/{org}/strategies/{id}", { params: { path: { org, id } }, body }))
        : unwrap(api.POST("/api/v1/orgs/{org}/strategies", { params: { path: { org } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: adminOrgKeys.strategies(org) }),
  });
}

/** Deletes a statement; objectives that served it stay and lose the link (the API clears it). */
export function useDeleteStrategy(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteById(org, "/api/v1/orgs/{org}/strategies/{id}"),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.org(org) }),
  });
}

/**
 * Deletes an objective with its key results, their readings and discussion; objectives cascaded
 * from its key results stay, without that link (M5). `version` guards against a change meanwhile.
 */
export function useDeleteObjective(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      sendDelete(
        api.DELETE("/api/v1/orgs/{org}/objectives/{id}", { params: { path: { org, id }, query: { version } } }),
      ),
    onSuccess: (_, { id }) => client.removeQueries({ queryKey: keys.objective(org, id) }),
    // Refused too (a change meanwhile, a period closed meanwhile): the page shows it as it is now.
    onSettled: () => client.invalidateQueries({ queryKey: keys.org(org) }),
  });
}

/** A 204 carries no body for `unwrap` to return (api/client.ts' noContent, under the name decisions import). */
export const sendDelete = noContent;
