import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "./SubmitButton.tsx";

interface Props {
  /** The save button's words. */
  children: ReactNode;
  pending: boolean;
  /** What the save says while it is sending ("Saving…" unless told). */
  busy?: string;
  disabled?: boolean;
  onCancel: () => void;
  /** Cancel as a plain button rather than a ghost one. */
  plainCancel?: boolean;
  /** Cancel waits while the save is on its way. */
  lockCancel?: boolean;
}

/** A dialog form's footer: cancel, and the save that says when it is sending (issue 19: written once). */
export function DialogFooter({ children, pending, busy, disabled, onCancel, plainCancel, lockCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dialog__footer">
      <button
        type="button"
        className={plainCancel ? "btn" : "btn btn--ghost"}
        onClick={onCancel}
        disabled={lockCancel ? pending : undefined}
      >
        {t("common.cancel")}
      </button>
      <SubmitButton pending={pending} busy={busy} disabled={disabled}>
        {children}
      </SubmitButton>
    </div>
  );
}

/**
 * The footer of a dialog that saves as it goes or only shows: its one way out, "Done" (primary)
 * after changes saved one by one, or "Close".
 */
export function CloseFooter({ onClose, done }: { onClose: () => void; done?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dialog__footer">
      <button type="button" className={done ? "btn btn--primary" : "btn btn--ghost"} onClick={onClose}>
        {done ? t("common.done") : t("common.close")}
      </button>
    </div>
  );
}
