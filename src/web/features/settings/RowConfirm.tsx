import { useTranslation } from "react-i18next";

interface Props {
  /** What the step will do, asked before it does. */
  question: string;
  /** The button that takes the step. */
  yes: string;
  /** The step is the row's main one (roll a secret) rather than one that cannot be undone (revoke, remove). */
  primary?: boolean;
  onYes: () => void;
  onCancel: () => void;
}

/** A token's or a webhook's step asked about in its own row: the question, the step, and Cancel. */
export function RowConfirm({ question, yes, primary, onYes, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <span className="token-list__confirm">
      <span>{question}</span>
      <button type="button" className={`btn btn--small ${primary ? "btn--primary" : "btn--danger"}`} onClick={onYes}>
        {yes}
      </button>
      <button type="button" className="btn btn--small btn--ghost" onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </span>
  );
}
