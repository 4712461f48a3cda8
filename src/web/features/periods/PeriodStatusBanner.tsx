import { useTranslation } from "react-i18next";
import type { Period } from "../../api/types.ts";
import { Icon } from "../../ui/Icon.tsx";
import "./periods.css";

/**
 * Says on the team page and the map when the period shown is in review or closed: a closed
 * period is frozen (no check-ins, no edits) until an admin reopens it with a reason.
 */
export function PeriodStatusBanner({ period }: { period: Period | undefined }) {
  const { t } = useTranslation();
  if (!period || (period.status !== "closed" && period.status !== "in_review")) return null;
  const closed = period.status === "closed";
  return (
    <div className={`period-banner period-banner--${period.status}`} role="note" data-period-status={period.status}>
      <Icon name={closed ? "lock" : "history"} size={16} />
      <div>
        <p className="period-banner__title">{t(`lifecycle.banner.${period.status}.title`, { name: period.name })}</p>
        <p className="period-banner__text" id="period-banner-text">
          {t(`lifecycle.banner.${period.status}.text`, { name: period.name })}
        </p>
      </div>
    </div>
  );
}
