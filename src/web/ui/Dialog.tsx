import { type ReactNode, useEffect, useId, useRef } from "react";
import { DialogCloseContext } from "./dialogClose.ts";

interface Props {
  open: boolean;
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** A modal built on <dialog>: the browser traps focus, handles Escape and restores focus. */
export function Dialog({ open, title, description, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </div>
      <DialogCloseContext.Provider value={onClose}>{open && children}</DialogCloseContext.Provider>
    </dialog>
  );
}
