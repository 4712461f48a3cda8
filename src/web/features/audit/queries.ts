import { useInfiniteQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client.ts";
import { type AuditFilters, apiFilters } from "./audit-text.ts";

/** Entries per page; "load more" adds the next (the API allows up to 500). */
export const AUDIT_PAGE = 50;

/**
 * The audit log newest first, a page at a time, under the organisation's key: every admin write
 * that refreshes the organisation refreshes the log too.
 */
export function useAuditLog(org: string, filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ["org", org, "audit-log", filters] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/audit-log", {
          params: { path: { org }, query: { ...apiFilters(filters), limit: AUDIT_PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}
