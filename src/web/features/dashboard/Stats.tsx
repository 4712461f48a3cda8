import { useTranslation } from "react-i18next";
import type { LeaderDashboard } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

/** Four counts that tell a leader where to look first. */
export function Stats({ dashboard }: { dashboard: LeaderDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withObjective = dashboard.units.filter((u) => u.objectives.some((o) => o.status === "active")).length;
  const nextReview = dashboard.reviews.find((r) => r.on >= dashboard.asOf.slice(0, 10));
  const stats = [
    {
      label: t("dashboard.statUnits"),
      value: t("dashboard.statUnitsValue", { count: withObjective, total: dashboard.units.length }),
    },
    { label: t("dashboard.atRisk"), value: format.number(dashboard.atRisk.length) },
    { label: t("dashboard.stale"), value: format.number(dashboard.stale.length) },
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
