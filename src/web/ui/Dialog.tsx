import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

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
      {open && children}
    </dialog>
  );
}

/** A form dialog's footer: Cancel, and the save button that says it is saving while `pending`. */
export function DialogSaveFooter({
  pending,
  save,
  onCancel,
}: {
  pending: boolean;
  save: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__footer">
      <button type="button" className="btn btn--ghost" onClick={onCancel} disabled={pending}>
        {t("common.cancel")}
      </button>
      <button type="submit" className="btn btn--primary" disabled={pending}>
        {pending ? t("common.saving") : save}
      </button>
    </div>
  );
}
