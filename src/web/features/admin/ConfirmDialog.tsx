import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../ui/Dialog.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import "./admin.css";

interface Props {
  open: boolean;
  title: string;
  /** What will happen, said before it does. */
  children: ReactNode;
  confirm: string;
  pending: boolean;
  /** The failed attempt's error: the dialog stays open with the reason (and a retry when it can help). */
  error: unknown;
  /** The refusal in words of this dialog, when the shared wording would be too vague. */
  refusal?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A confirmation for an administration step that cannot be undone from the app (delete a unit,
 * remove a person, withdraw an invitation). It closes only when the step is done or cancelled.
 */
export function ConfirmDialog({ open, title, children, confirm, pending, error, refusal, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <div className="dialog__body admin-confirm">
        {children}
        {refusal ? (
          <div className="alert failure-alert" role="alert">
            <span>{refusal}</span>
          </div>
        ) : (
          <FailureAlert error={error} onRetry={onConfirm} busy={pending} noFields />
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="button" className="btn btn--danger" disabled={pending} onClick={onConfirm}>
          {pending ? t("admin.working") : confirm}
        </button>
      </div>
    </Dialog>
  );
}
