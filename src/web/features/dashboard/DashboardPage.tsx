import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { useDashboard } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { CrossUnitConflicts } from "../dependencies/CrossUnitConflicts.tsx";
import { DependencyRisks } from "../dependencies/DependencyRisks.tsx";
import { HealthAlerts } from "../health/HealthAlerts.tsx";
import { DueReviews } from "../reviews/DueReviews.tsx";
import { useReviews } from "../reviews/queries.ts";
import { AttentionList } from "./AttentionList.tsx";
import { ReviewSchedule } from "./ReviewSchedule.tsx";
import { type ReviewsOwed, Stats } from "./Stats.tsx";
import { UnitsTable } from "./UnitsTable.tsx";

/**
 * All units of a period at a glance (S5): no meeting needed, and no ranking of people (S3). At
 * thousands of units it lists the top levels and lets a leader focus on one unit and those
 * below it; the KRs that need a look come a page at a time, with their totals.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  // The focus is in the address (`?unit=`), so a leader can share or bookmark one unit's dashboard.
  const focus = new URLSearchParams(useSearch()).get("unit") ?? undefined;
  const [, navigate] = useLocation();
  const setFocus = (unit: string | undefined) => {
    const to = link("/dashboard");
    navigate(unit ? `${to}${to.includes("?") ? "&" : "?"}unit=${encodeURIComponent(unit)}` : to);
  };
  const dashboard = useDashboard(org, period?.id, focus);
  // Loaded alongside the dashboard, so the due reviews do not push the lists below them down.
  const due = useReviews(org, period?.id, { due: true });
  return (
    <div className="page">
      <PageHeader title={t("dashboard.title")} subtitle={t("dashboard.subtitle")} />
      {loadFailed(dashboard) ? (
        <LoadError queries={[dashboard]} />
      ) : dashboard.data === undefined || (due.isPending && due.fetchStatus !== "idle") ? (
        <PageSkeleton label={t("common.loading")} />
      ) : (
        <>
          <Stats dashboard={dashboard.data} owed={reviewsOwed(due.data?.reviews ?? [], due.data?.total ?? 0)} />
          <UnitsTable dashboard={dashboard.data} onFocus={setFocus} />
          <DueReviews />
          <AttentionList list="at-risk" dashboard={dashboard.data} unit={focus} />
          <HealthAlerts alerts={dashboard.data.healthAlerts} total={dashboard.data.totals.healthAlerts} />
          <DependencyRisks />
          <CrossUnitConflicts />
          <div className="dashboard-grid">
            <AttentionList list="stale" dashboard={dashboard.data} unit={focus} />
            <ReviewSchedule reviews={dashboard.data.reviews} asOf={dashboard.data.asOf} />
          </div>
        </>
      )}
    </div>
  );
}

/** The due list is ordered by date, so its first entry is the oldest review owed. */
function reviewsOwed(reviews: { on: string }[], total: number): ReviewsOwed {
  return { total, since: reviews[0]?.on ?? null };
}
