import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateInitiative, Initiative, TurnIntoInitiative, UpdateInitiative } from "../../../api/client/index.ts";
import { api, noContent, unwrap } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";
import { useWholeList } from "../../api/whole-list.ts";

export type { CreateInitiative, Initiative, TurnIntoInitiative, UpdateInitiative } from "../../../api/client/index.ts";
export type InitiativeKind = Initiative["kind"];
export type InitiativeStatus = Initiative["status"];

// Under the organisation's key, so a sign-out or any OKR write refetches them with the rest.
export const initiativeKeys = {
  all: (org: string) => ["org", org, "initiatives"] as const,
};

/**
 * Every initiative of the organisation the person may read, in one request: the team page's
 * section and each KR card filter it, so a page of ten KRs asks once, and a KR shows the work of
 * other teams that moves it too.
 */
export function useInitiatives(org: string) {
  return useWholeList(initiativeKeys.all(org), "initiatives", (paging) =>
    api.GET("/api/v1/orgs/{org}/initiatives", { params: { path: { org }, query: paging } }),
  );
}

/** After a write the initiatives read again; turning a KR into one also changes the OKRs. */
function useInitiativeMutation<I, O>(org: string, write: (input: I) => Promise<O>, okrsMoved = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: okrsMoved ? ["org", org] : initiativeKeys.all(org) }),
  });
}

export function useCreateInitiative(org: string) {
  return useInitiativeMutation(org, (body: CreateInitiative) =>
    unwrap(api.POST("/api/v1/orgs/{org}/initiatives", { params: { path: { org } }, body })),
  );
}

export function useUpdateInitiative(org: string) {
  return useInitiativeMutation(org, ({ id, body }: { id: string; body: UpdateInitiative }) =>
    unwrap(api.PATCH("/api/v1/orgs/{org}/initiatives/{id}", { params: { path: { org, id } }, body })),
  );
}

export function useDeleteInitiative(org: string) {
  return useInitiativeMutation(org, ({ id, version }: { id: string; version: number }) =>
    noContent(api.DELETE("/api/v1/orgs/{org}/initiatives/{id}", { params: { path: { org, id }, query: { version } } })),
  );
}

/** K7: the output KR `id` becomes an initiative under an outcome KR, in one request. */
export function useTurnIntoInitiative(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TurnIntoInitiative }) =>
      unwrap(api.POST("/api/v1/orgs/{org}/key-results/{id}/initiative", { params: { path: { org, id } }, body })),
    onSuccess: (result) => {
      // The output KR is gone: nothing asks for its readings again.
      client.removeQueries({ queryKey: keys.checkIns(org, result.removedKeyResultId) });
      // Not awaited: the editor that asked reads its objective again without the output KR, and
      // the dialog's own onSuccess (which navigates) must not wait for that.
      void client.invalidateQueries({ queryKey: keys.org(org) });
    },
  });
}
