import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";

interface Props {
  open: boolean;
  title: string;
  /** What goes with it and what stays, said before anything is deleted. */
  children: ReactNode;
  confirm: string;
  pending: boolean;
  /** The failed delete: the dialog stays open and says why (a refusal) or offers a retry. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a delete; a refusal or a failure shows inside, and the dialog stays open. */
export function ConfirmDeleteDialog({ open, title, children, confirm, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const failure = failureOf(error);
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="dialog__body admin-delete">
        {children}
        {failure?.kind === "conflict" ? (
          // Someone changed it meanwhile: the page now shows it as it is; look before deleting.
          <p className="alert" role="alert">
            {t("adminOrg.changedMeanwhile")}
          </p>
        ) : (
          <FailureAlert error={error} onRetry={onConfirm} busy={pending} noFields />
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn btn--ghost" onClick={onClose} disabled={pending}>
          {t("common.cancel")}
        </button>
        {/* A refusal stands until something changes (a reopened period): asking again cannot help. */}
        <button
          type="button"
          className="btn btn--danger"
          onClick={onConfirm}
          disabled={pending || failure?.kind === "refused"}
        >
          {pending ? t("adminOrg.deleting") : confirm}
        </button>
      </div>
    </Dialog>
  );
}
