import { useTranslation } from "react-i18next";

/** "Try again", which waits and says so while it is trying (issue 19: written once). */
export function RetryButton({ busy, small, onClick }: { busy: boolean; small?: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={small ? "btn btn--small" : "btn"} onClick={onClick} disabled={busy}>
      {busy ? t("failure.retrying") : t("failure.retry")}
    </button>
  );
}
