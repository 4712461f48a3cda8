import type { ReactNode } from "react";

export interface ListProps<T> {
  items: readonly T[];
  /** What stands instead of an empty list (its own element and class); without it, the empty list. */
  none?: ReactNode;
  /** The list's class. */
  className?: string;
  /** The list's accessible name, where nothing around it names it. */
  label?: string;
  /** An `ol` (the order means something: a thread) rather than a `ul`. */
  ordered?: boolean;
  /** One item of the list (an `li`, or a row component that is one), with its key. */
  children: (item: T) => ReactNode;
}

/** A list of items, or what stands for it when there are none (issue 19: the choice written once). */
export function ListOf<T>({ items, none, className, label, ordered, children }: ListProps<T>) {
  if (items.length === 0 && none !== undefined) return none;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={className} aria-label={label}>
      {items.map((item) => children(item))}
    </List>
  );
}
