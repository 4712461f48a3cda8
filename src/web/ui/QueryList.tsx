import type { ReactNode } from "react";
import { ListOf, type ListProps } from "./ListOf.tsx";
import { type Loadable, LoadError, loadFailed } from "./LoadError.tsx";
import { Skeleton } from "./Skeleton.tsx";

interface Props<T> extends Omit<ListProps<T>, "items" | "none"> {
  query: Loadable & { data?: readonly T[] };
  /** What an empty list says; without it an empty list renders as the (empty) list. */
  none?: ReactNode;
  /** The skeleton's height while the list loads. */
  height?: number;
}

/**
 * A card's list in each of its states: its load failure (compact, with retry), a skeleton of its
 * size while it loads, what an empty list says, or the list of its items (issue 19: written once).
 */
export function QueryList<T>({ query, none, height = 44, ...list }: Props<T>) {
  if (loadFailed(query) || query.data === undefined) return <QueryState query={query} height={height} />;
  return (
    <ListOf items={query.data} none={none === undefined ? undefined : <p className="subtle">{none}</p>} {...list} />
  );
}

/** A card's query with nothing to show yet: its load failure (compact, with retry), or a skeleton. */
export function QueryState({ query, height = 44 }: { query: Loadable; height?: number }) {
  return loadFailed(query) ? <LoadError queries={[query]} compact /> : <Skeleton height={height} />;
}
