import { useTranslation } from "react-i18next";
import type { LeaderDashboard } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

/** The reviews owed now (S4): how many units, and the date of the oldest. */
export interface ReviewsOwed {
  total: number;
  since: string | null;
}

/**
 * Four counts over the whole scope, every level included, that tell a leader where to look first.
 * While reviews are owed, the review tile says so (and links to the list) instead of naming a
 * later date: a leader must not read "next review: in six weeks" while a review is overdue.
 */
export function Stats({ dashboard, owed }: { dashboard: LeaderDashboard; owed: ReviewsOwed }) {
  const { t } = useTranslation();
  const format = useFormat();
  const nextReview = dashboard.reviews.find((r) => r.on >= dashboard.asOf.slice(0, 10));
  const reviewStat =
    owed.total > 0 && owed.since
      ? {
          label: t("dashboard.reviewsDue"),
          value: t("dashboard.reviewsDueValue", { count: owed.total, date: format.shortDate(owed.since) }),
          href: "#due-reviews-title",
        }
      : { label: t("dashboard.nextReview"), value: nextReview ? format.date(nextReview.on) : "–" };
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
    reviewStat,
  ];
  return (
    <dl className="stats">
      {stats.map((stat) => (
        <div key={stat.label} className="stat card">
          <dt className="stat__label">{stat.label}</dt>
          <dd className="stat__value num">
            {"href" in stat && stat.href ? <a href={stat.href}>{stat.value}</a> : stat.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
