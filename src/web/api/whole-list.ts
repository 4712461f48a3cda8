import { type QueryKey, type UseQueryOptions, useQuery } from "@tanstack/react-query";
import { allPages, type Paging } from "./client.ts";

type Page<K extends string> = { [P in K]: unknown[] } & { nextCursor?: string | null };

/**
 * A whole list read as one query (every page, `allPages`), shown as its rows: the cache keeps the
 * merged answer under `queryKey` and the component reads `data[key]`, or the rows in the order
 * `options.select` puts them in (issue 19: written once).
 */
export function useWholeList<K extends string, T extends Page<K>>(
  queryKey: QueryKey,
  key: K,
  page: (paging: Paging) => Promise<{ data?: T; error?: unknown; response: Response }>,
  options: Omit<UseQueryOptions<T, Error, T[K]>, "queryKey" | "queryFn"> = {},
) {
  return useQuery({ queryKey, queryFn: () => allPages(key, page), select: (data) => data[key], ...options });
}
