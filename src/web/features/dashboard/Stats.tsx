import { useTranslation } from "react-i18next";
import type { LeaderDashboard } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

/** Four counts over the whole scope, every level included, that tell a leader where to look first. */
export function Stats({ dashboard }: { dashboard: LeaderDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const nextReview = dashboard.reviews.find((r) => r.on >= dashboard.asOf.slice(0, 10));
  const stats = [
    {
      label: t("dashboard.statUnits"),
      value: t("dashboard.statUnitsValue", {
        count: format.number(dashboard.totals.unitsWithActiveObjective),
        total: format.number(dashboard.totals.units),
      }),
    },
    { label: t("dashboard.atRisk"), value: format.number(dashboard.totals.atRisk) },
    { label: t("dashboard.stale"), value: format.number(dashboard.totals.stale) },
    { label: t("dashboard.nextReview"), value: nextReview ? format.date(nextReview.on) : "–" },
  ];
  return (
    <dl className="stats">
      {stats.map((stat) => (
        <div key={stat.label} className="stat card">
          <dt className="stat__label">{stat.label}</dt>
          <dd className="stat__value num">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
