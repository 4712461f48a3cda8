import { useTranslation } from "react-i18next";
import type { Band } from "../api/types.ts";

/** The S2 outcome band of a progress value, named in words as well as colour. */
export function BandBadge({ band }: { band: Band | null }) {
  const { t } = useTranslation();
  if (!band) return <span className="badge badge--outline">{t("band.none")}</span>;
  return (
    <span className={`badge badge--${band}`} title={t("band.help")}>
      <span className="badge__dot" aria-hidden="true" />
      {t(`band.${band}`)}
    </span>
  );
}
