import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ListOf } from "../../ui/ListOf.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { rangeText } from "./health-text.ts";
import type { HealthAlert } from "./queries.ts";
import { StateBadge } from "./StateBadge.tsx";
import "./health.css";

/**
 * The dashboard's health alerts (S5): the metrics whose latest reading left the healthy range,
 * each with its unit, in the organisation's tree order. Names the metric and the unit, never a
 * person (S3).
 */
export function HealthAlerts({ alerts, total }: { alerts: HealthAlert[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { link } = useOrg();
  return (
    <section
      className="card health-alerts"
      id="health-alerts"
      aria-labelledby="health-alerts-title"
      data-testid="health-alerts"
    >
      <div className="card__header">
        <h2 id="health-alerts-title">
          {t("health.alerts.title")} <span className="badge">{format.number(total)}</span>
        </h2>
        <RuleId id="S5" />
      </div>
      <p className="subtle health-alerts__hint">{t("health.alerts.hint")}</p>
      <ListOf
        items={alerts}
        none={<p className="muted health-alerts__empty">{t("health.alerts.empty")}</p>}
        className="health-alerts__list"
      >
        {(alert) => (
          <li key={alert.healthMetricId} className="health-alerts__item">
            <Link href={`${link(`/units/${alert.unitId}`)}#health`} className="health-alerts__name user-text">
              {alert.name}
            </Link>
            <span className="subtle"> · {alert.unitName}</span>
            <p className="health-alerts__facts">
              <span className="num health-alerts__value">{format.value(alert.currentValue, alert.unit)}</span>
              <StateBadge state={alert.side} />
              <span className="subtle">{t("health.healthy", { range: rangeText(t, format, alert) })}</span>
            </p>
          </li>
        )}
      </ListOf>
      {total > alerts.length && (
        <p className="subtle health-alerts__more">{t("health.alerts.more", { count: total - alerts.length })}</p>
      )}
    </section>
  );
}
