import { useTranslation } from "react-i18next";

/** The health dialogs' footer: cancel, and the submit button that says when it is saving. */
export function FormFooter({ pending, submit, onCancel }: { pending: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog__footer">
      <button type="button" className="btn btn--ghost" onClick={onCancel} disabled={pending}>
        {t("common.cancel")}
      </button>
      <button type="submit" className="btn btn--primary" disabled={pending}>
        {pending ? t("health.form.saving") : submit}
      </button>
    </div>
  );
}
