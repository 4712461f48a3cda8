import { keepPreviousData, useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateDecision as DecisionChanges, CreateDecision as DecisionInput } from "../../../api/client/index.ts";
import { api, unwrap } from "../../api/client.ts";
import { useWholeList } from "../../api/whole-list.ts";
import { sendDelete } from "../admin-org/queries.ts";

// The decision log (P4): reads by objective, KR, unit or words, and the writes that record,
// revisit and delete a decision. Under the organisation's key, so a sign-out clears them.

export type {
  CreateDecision as DecisionInput,
  Decision,
  UpdateDecision as DecisionChanges,
} from "../../../api/client/index.ts";
export type DecisionFilters = { q?: string; unit?: string; objective?: string; keyResult?: string };

export const decisionKeys = {
  all: (org: string) => ["org", org, "decisions"] as const,
  list: (org: string, filters: DecisionFilters) => ["org", org, "decisions", filters] as const,
};

export function useDecisions(org: string, filters: DecisionFilters, enabled = true) {
  return useWholeList(
    decisionKeys.list(org, filters),
    "decisions",
    (paging) =>
      api.GET("/api/v1/orgs/{org}/decisions", { params: { path: { org }, query: { ...filters, ...paging } } }),
    // While the words change, the last results stay on screen instead of a skeleton.
    { placeholderData: keepPreviousData, enabled },
  );
}

/** Records a decision, or changes one when `id` is given; every list of decisions reads again. */
export function useSaveDecision(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; create?: DecisionInput; changes?: DecisionChanges }) =>
      input.id
        ? unwrap(
            api.PATCH("/api/v1/orgs/{org}/decisions/{id}", {
              params: { path: { org, id: input.id } },
              body: input.changes ?? {},
            }),
          )
        : unwrap(
            api.POST("/api/v1/orgs/{org}/decisions", {
              params: { path: { org } },
              body: input.create as DecisionInput,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: decisionKeys.all(org) }),
  });
}

export function useDeleteDecision(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      sendDelete(api.DELETE("/api/v1/orgs/{org}/decisions/{id}", { params: { path: { org, id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: decisionKeys.all(org) }),
  });
}
