import type { ReactNode } from "react";
import { type Loadable, LoadError, loadFailed } from "./LoadError.tsx";
import { Skeleton } from "./Skeleton.tsx";

interface Props<T> {
  query: Loadable & { data?: readonly T[] };
  /** What an empty list says; without it an empty list renders as the (empty) list. */
  none?: ReactNode;
  /** The skeleton's height while the list loads. */
  height?: number;
  /** The list's class. */
  className?: string;
  /** The list's accessible name, where nothing around it names it. */
  label?: string;
  /** An `ol` (the order means something: a thread) rather than a `ul`. */
  ordered?: boolean;
  /** One item of the list (an `li`, or a row component that is one), with its key. */
  children: (item: T) => ReactNode;
}

/**
 * A card's list in each of its states: its load failure (compact, with retry), a skeleton of its
 * size while it loads, what an empty list says, or the list of its items (issue 19: written once).
 */
export function QueryList<T>({ query, none, height = 44, className, label, ordered, children }: Props<T>) {
  if (loadFailed(query) || query.data === undefined) return <QueryState query={query} height={height} />;
  if (query.data.length === 0 && none !== undefined) return <p className="subtle">{none}</p>;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={className} aria-label={label}>
      {query.data.map((item) => children(item))}
    </List>
  );
}

/** A card's query with nothing to show yet: its load failure (compact, with retry), or a skeleton. */
export function QueryState({ query, height = 44 }: { query: Loadable; height?: number }) {
  return loadFailed(query) ? <LoadError queries={[query]} compact /> : <Skeleton height={height} />;
}
