import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type Loadable, LoadError, loadFailed } from "./LoadError.tsx";
import { PageSkeleton, Skeleton } from "./Skeleton.tsx";

interface Props<T> {
  query: Loadable & { data?: readonly T[] };
  /** What an empty list says; without it an empty list renders as the list (its children). */
  none?: ReactNode;
  /** The skeleton's height while the list loads. */
  height?: number;
  children: (items: readonly T[]) => ReactNode;
}

/**
 * A card's list in each of its states: its load failure (compact, with retry), a skeleton of its
 * size while it loads, what an empty list says, or the list (issue 19: written once).
 */
export function QueryList<T>({ query, none, height = 44, children }: Props<T>) {
  if (loadFailed(query) || query.data === undefined) return <QueryState query={query} height={height} />;
  if (query.data.length === 0 && none !== undefined) return <p className="subtle">{none}</p>;
  return <>{children(query.data)}</>;
}

/** A card's query with nothing to show yet: its load failure (compact, with retry), or a skeleton. */
export function QueryState({ query, height = 44 }: { query: Loadable; height?: number }) {
  return loadFailed(query) ? <LoadError queries={[query]} compact /> : <Skeleton height={height} />;
}

/**
 * A page's results that wait on one query (a search's, a log's): its load failure (with retry), the
 * page's skeleton while it loads, or the results (issue 19: written once).
 */
export function QueryPage<T>({
  query,
  children,
}: {
  query: Loadable & { data?: T };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (loadFailed(query)) return <LoadError queries={[query]} />;
  if (query.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  return <>{children(query.data)}</>;
}
