import type { ReactNode } from "react";
import { Icon } from "./Icon.tsx";

/**
 * Why a control is not offered to this person, in the method's words (M3); visible, not hidden.
 * `inCard`: where the control would be a card's part, the note stands in a card body of its own.
 */
export function WhyNote({ id, inCard, children }: { id?: string; inCard?: boolean; children: ReactNode }) {
  const note = (
    <div className="why-note" id={id} role="note">
      <Icon name="lock" size={14} />
      <div className="why-note__text stack stack--lines">{children}</div>
    </div>
  );
  return inCard ? <div className="card__body">{note}</div> : note;
}
