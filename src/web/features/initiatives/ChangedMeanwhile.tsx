import { useTranslation } from "react-i18next";

/**
 * A save refused because the initiative or KR changed since the dialog opened (409), said in the
 * initiative dialogs' words in place of the failure alert.
 */
export function ChangedMeanwhile() {
  const { t } = useTranslation();
  return (
    <p className="alert" role="alert">
      {t("initiatives.form.changedMeanwhile")}
    </p>
  );
}
