import type { ReactNode } from "react";
import { Icon } from "./Icon.tsx";

/** Why a control is not offered to this person, in the method's words (M3); visible, not hidden. */
export function WhyNote({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div className="why-note" id={id} role="note">
      <Icon name="lock" size={14} />
      <div className="why-note__text stack stack--lines">{children}</div>
    </div>
  );
}
