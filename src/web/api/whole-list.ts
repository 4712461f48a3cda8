import { type QueryKey, type UseQueryOptions, type UseQueryResult, useQuery } from "@tanstack/react-query";
import { allPages, type Paging } from "./client.ts";

type Page<K extends string> = { [P in K]: unknown[] } & { nextCursor?: string | null };
type PageRequest<T> = (paging: Paging) => Promise<{ data?: T; error?: unknown; response: Response }>;
type Options<T, R> = Omit<UseQueryOptions<T, Error, R>, "queryKey" | "queryFn" | "select">;

/**
 * A whole list read as one query (every page, `allPages`), shown as its rows: the cache keeps the
 * merged answer under `queryKey` and the component reads `data[key]`, or what `options.select`
 * makes of those rows (sorted, filtered, the one a KR card wants) (issue 19: written once).
 */
export function useWholeList<K extends string, T extends Page<K>, R>(
  queryKey: QueryKey,
  key: K,
  page: PageRequest<T>,
  options: Options<NoInfer<T>, R> & { select: (rows: NoInfer<T>[K]) => R },
): UseQueryResult<R, Error>;
export function useWholeList<K extends string, T extends Page<K>>(
  queryKey: QueryKey,
  key: K,
  page: PageRequest<T>,
  options?: Options<NoInfer<T>, T[K]>,
): UseQueryResult<T[K], Error>;
export function useWholeList<K extends string, T extends Page<K>>(
  queryKey: QueryKey,
  key: K,
  page: PageRequest<T>,
  { select = (rows) => rows, ...options }: Options<T, unknown> & { select?: (rows: T[K]) => unknown } = {},
) {
  return useQuery({ queryKey, queryFn: () => allPages(key, page), select: (data) => select(data[key]), ...options });
}
