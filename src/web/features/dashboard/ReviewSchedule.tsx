import { useTranslation } from "react-i18next";
import type { LeaderDashboard } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { Card } from "../../ui/Card.tsx";
import { Icon } from "../../ui/Icon.tsx";

/** S4's formal reviews of the period by date; the units whose review is owed are in DueReviews. */
export function ReviewSchedule({ reviews, asOf }: { reviews: LeaderDashboard["reviews"]; asOf: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = asOf.slice(0, 10);
  return (
    <Card title={t("dashboard.reviews")} rule="S4">
      <div className="card__body">
        <p className="subtle">{t("dashboard.reviewsHint")}</p>
        <ol className="reviews">
          {reviews.map((review) => (
            <li key={review.on} className={`reviews__item${review.on < today ? " reviews__item--past" : ""}`}>
              <Icon name="calendar" />
              <time dateTime={review.on}>{format.date(review.on)}</time>
              <span className="subtle">{t(`dashboard.review.${review.kind}`)}</span>
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
