import type { ReactNode } from "react";

/** A sentence the person must read now (a refusal, a wait), announced; nothing when there is none. */
export function Alert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <p className="alert" role="alert">
      {children}
    </p>
  );
}
