import type { ReactNode } from "react";

interface Props {
  /** The heading's id; the card is named by it (aria-labelledby). */
  titleId: string;
  title: ReactNode;
  /** What stands in the header after the title: a rule id, a hint. */
  aside?: ReactNode;
  className?: string;
  id?: string;
  busy?: boolean;
  children: ReactNode;
}

/** A card named by its header's heading (issue 19: the card's frame written once). */
export function Card({ titleId, title, aside, className, id, busy, children }: Props) {
  return (
    <section className={className ? `card ${className}` : "card"} id={id} aria-labelledby={titleId} aria-busy={busy}>
      <div className="card__header">
        <h2 id={titleId}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
