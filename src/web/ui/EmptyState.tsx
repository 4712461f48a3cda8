import type { ReactNode } from "react";

/** Nothing to show yet: what is missing, the line of help on what to do (`hint`), and any action. */
export function EmptyState({ title, hint, children }: { title: string; hint?: ReactNode; children?: ReactNode }) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      {hint !== undefined && <p className="muted">{hint}</p>}
      {children}
    </div>
  );
}
