import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { type AttentionList as ListName, useAttentionPages } from "../../api/queries.ts";
import type { LeaderDashboard } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Progress } from "../../ui/Progress.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { OutcomeBadge } from "../pace/OutcomeBadge.tsx";
import { PaceSummary } from "../pace/PaceSummary.tsx";

// Each list's words, and where the dashboard holds its first page and its total (S5).
const LISTS = {
  "at-risk": {
    title: "dashboard.atRisk",
    hint: "pace.listHint",
    empty: "dashboard.atRiskEmpty",
    variant: "risk",
    field: "atRisk",
  },
  stale: {
    title: "dashboard.stale",
    hint: "dashboard.staleHint",
    empty: "pace.quietEmpty",
    variant: "stale",
    field: "stale",
  },
} as const;

interface Props {
  list: ListName;
  /** The dashboard, with each list's first page and how many KRs the whole list holds. */
  dashboard: LeaderDashboard;
  /** The unit the dashboard is focused on, if any. */
  unit: string | undefined;
}

/**
 * KRs that need a look, each with why; who owns them is on the team page, not here (S3). They
 * come in the organisation's tree order, a page at a time ("show more"), never sorted by score.
 */
export function AttentionList({ list, dashboard, unit }: Props) {
  const { title, hint, empty, variant, field } = LISTS[list];
  const id = list;
  const first = dashboard[field];
  const total = dashboard.totals[field];
  const { t } = useTranslation();
  const format = useFormat();
  const { link, org, period } = useOrg();
  const [more, setMore] = useState(false);
  const pages = useAttentionPages(org, period?.id ?? "", unit, list, dashboard.nextCursors[field], more);
  const items = [...first, ...(more ? (pages.data?.pages.flatMap((page) => page.items) ?? []) : [])];
  const hasMore = items.length < total && (!more || pages.hasNextPage !== false);
  const showMore = () => {
    if (!more) setMore(true);
    else void pages.fetchNextPage();
  };
  return (
    <section className="card attention" aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="card__header">
        <h2 id={`${id}-title`}>
          {t(title)} <span className="badge">{format.number(total)}</span>
        </h2>
        <RuleId id="S5" />
      </div>
      <p className="attention__hint subtle">{t(hint)}</p>
      {items.length === 0 ? (
        <p className="attention__empty muted">{t(empty)}</p>
      ) : (
        <ul className="attention__list">
          {items.map((item) => (
            <li key={item.keyResultId} className="attention__item">
              <div className="attention__text">
                <Link href={link(`/units/${item.unitId}`)} className="attention__title user-text">
                  {item.title}
                </Link>
                <p className="attention__context subtle">
                  {item.unitName} · <span className="user-text">{item.objectiveTitle}</span>
                </p>
                <div className="attention__facts">
                  {variant === "risk" ? (
                    <div className="attention__pace">
                      <PaceSummary keyResult={item} />
                      <OutcomeBadge band={item.band} basis={item.bandBasis} />
                    </div>
                  ) : (
                    <span className="badge badge--outline">
                      {item.lastCheckInAt
                        ? t("dashboard.quietFor", { count: item.daysWithoutCheckIn ?? 0 })
                        : t("dashboard.neverCheckedIn")}
                    </span>
                  )}
                </div>
              </div>
              <Progress
                progress={item.progress}
                band={item.band}
                label={t("common.progressOf", { title: item.title })}
              />
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <div className="attention__more spread">
          <span className="subtle" aria-live="polite">
            {t("dashboard.shown", { shown: format.number(items.length), total: format.number(total) })}
          </span>
          {hasMore && (
            <RowAction describedBy={`${id}-title`} disabled={pages.isFetching} onClick={showMore}>
              {pages.isFetching ? t("common.loading") : t("dashboard.showMore")}
            </RowAction>
          )}
          {pages.isError && (
            <FailureAlert error={pages.error} onRetry={() => pages.refetch()} busy={pages.isFetching} />
          )}
        </div>
      )}
    </section>
  );
}
