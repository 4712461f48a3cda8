import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CoachFix, DismissCoachFinding as DismissInput } from "../../../api/client/index.ts";
import { api, unwrap } from "../../api/client.ts";

export type {
  CoachDismissal as Dismissal,
  CoachFix,
  DismissCoachFinding as DismissInput,
} from "../../../api/client/index.ts";

/** The coach's findings are read in two places (the report and the editor): both read again. */
function useRefreshFindings(org: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ["org", org, "coach-report"] });
    void client.invalidateQueries({ queryKey: ["coach-review", org] });
  };
}

/** Issue 17: set a finding aside with a reason (the unit's members; kept in the history, S7). */
export function useDismissFinding(org: string) {
  const refresh = useRefreshFindings(org);
  return useMutation({
    mutationFn: (body: DismissInput) =>
      unwrap(api.POST("/api/v1/orgs/{org}/coach/dismissals", { params: { path: { org } }, body })),
    onSuccess: refresh,
  });
}

/** Open a dismissed finding again. */
export function useReopenFinding(org: string) {
  const refresh = useRefreshFindings(org);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/orgs/{org}/coach/dismissals/{id}", { params: { path: { org, id } } })),
    onSuccess: refresh,
  });
}

/**
 * A fix applied to a stored key result in one click: the key result's normal edit (PATCH), so it
 * leaves a history row like any edit (S7). The objective's pages read it again.
 */
export function useApplyFix(org: string) {
  const client = useQueryClient();
  const refresh = useRefreshFindings(org);
  return useMutation({
    mutationFn: async ({ keyResultId, fix }: { keyResultId: string; fix: CoachFix }) => {
      // An update names the version it changes (docs/api-retries.md); the report does not carry
      // it, so the fix reads the KR first and applies to it as it is now.
      const params = { path: { org, id: keyResultId } };
      const { version } = await unwrap(api.GET("/api/v1/orgs/{org}/key-results/{id}", { params }));
      const edits = Object.fromEntries(fix.edits.map((edit) => [edit.field, edit.value]));
      return unwrap(api.PATCH("/api/v1/orgs/{org}/key-results/{id}", { params, body: { ...edits, version } }));
    },
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: ["org", org] });
    },
  });
}
