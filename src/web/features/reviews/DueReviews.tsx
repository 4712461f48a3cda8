import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { QueryState } from "../../ui/QueryList.tsx";
import { reviewHref, useReviews } from "./queries.ts";
import "./reviews.css";

const SHOWN = 12;

/** The dashboard's reviews still owed (S4), each linking to the unit's review. By date, then unit name (S3). */
export function DueReviews() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, period, link } = useOrg();
  const due = useReviews(org, period?.id, { due: true });
  const reviews = due.data?.reviews ?? [];
  return (
    <Card titleId="due-reviews-title" title={t("reviews.dueTitle")} rule="S4">
      <div className="card__body">
        <p className="subtle">{t("reviews.dueHint")}</p>
        {due.data === undefined ? (
          <QueryState query={due} height={64} />
        ) : reviews.length === 0 ? (
          <p className="muted">{t("reviews.dueEmpty")}</p>
        ) : (
          <ul className="due-reviews">
            {reviews.slice(0, SHOWN).map((review) => (
              <li key={`${review.unitId}-${review.on}`}>
                <Link href={reviewHref(link, review.unitId, review.on)} className="due-reviews__item">
                  <Icon name="calendar" size={14} />
                  <span className="user-text due-reviews__unit">{review.unitName}</span>
                  <span className="subtle">
                    {review.state === "in_progress"
                      ? t("reviews.inProgressSince", { date: format.shortDate(review.on) })
                      : t("reviews.dueSince", { date: format.shortDate(review.on) })}
                  </span>
                </Link>
              </li>
            ))}
            {due.data.total > SHOWN && (
              <li className="subtle">{t("reviews.dueMore", { count: due.data.total - SHOWN })}</li>
            )}
          </ul>
        )}
      </div>
    </Card>
  );
}

/** The team page's note of its review still owed (S4): "Review due since 12 Nov". */
export function ReviewDueBanner({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, period, link } = useOrg();
  const reviews = useReviews(org, period?.id, { unit: unitId, due: true });
  const owed = reviews.data?.reviews[0];
  if (!owed) return null;
  return (
    <Link href={reviewHref(link, unitId, owed.on)} className="review-banner">
      <Icon name="calendar" size={16} />
      <span>
        {owed.state === "in_progress"
          ? t("reviews.inProgressSince", { date: format.shortDate(owed.on) })
          : t("reviews.dueSince", { date: format.shortDate(owed.on) })}
      </span>
      <span className="review-banner__action">{t("reviews.openReview")}</span>
      <Icon name="chevronRight" size={14} />
    </Link>
  );
}
