import { useTranslation } from "react-i18next";
import { Link, useSearch } from "wouter";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { Card } from "../../ui/Card.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { LearningsCard } from "./LearningsCard.tsx";
import { MutationError } from "./MutationError.tsx";
import { NextObjectiveCard } from "./NextObjectiveCard.tsx";
import { reviewHref, useHoldReview, useStartReview, useUnitReview } from "./queries.ts";
import { ReviewKeyResultBlock } from "./ReviewKeyResultBlock.tsx";
import "./reviews.css";

/**
 * `/units/:unitId/review?on=`: one review session of a unit (S4). Per key result: progress at the
 * review date, the trend since the last review, the band and its questions (S2); the team's
 * decisions (S7) and learnings; the end-of-period review records the final scores and queues the
 * next objective (M1).
 */
export function ReviewPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, period, link } = useOrg();
  const on = new URLSearchParams(useSearch()).get("on") ?? undefined;
  const query = useUnitReview(org, unitId, period?.id, on);
  const can = usePermissions(org, unitId);
  const start = useStartReview(org);
  const hold = useHoldReview(org, query.data?.review.id ?? "");

  if (loadFailed(query)) return <LoadError queries={[query]} />;
  if (query.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  const { review, schedule, objectives, dropped, learnings } = query.data;
  const editable = review.state === "in_progress" && can.writeReview;
  const subtitle = t(review.kind === "period_end" ? "reviews.subtitlePeriodEnd" : "reviews.subtitleCheckpoint", {
    date: format.date(review.on),
    period: review.periodName,
  });

  return (
    <div className="page review-page">
      <nav className="breadcrumbs" aria-label={t("team.breadcrumbs")}>
        <Link href={link(`/units/${unitId}`)}>{review.unitName}</Link>
      </nav>
      <PageHeader
        title={t("reviews.title", { unit: review.unitName })}
        subtitle={subtitle}
        actions={
          <span className={`badge review-state review-state--${review.state}`}>
            {t(`reviews.state.${review.state}`)}
          </span>
        }
      />
      <nav className="card review-schedule" aria-label={t("reviews.schedule")}>
        <span className="eyebrow">
          {t("reviews.schedule")} <RuleId id="S4" />
        </span>
        <ol className="review-schedule__list">
          {schedule.map((session) => (
            <li key={session.on}>
              <Link
                href={reviewHref(link, unitId, session.on)}
                className="review-schedule__item"
                aria-current={session.on === review.on ? "page" : undefined}
              >
                <Icon name="calendar" size={14} />
                <time dateTime={session.on}>{format.date(session.on)}</time>
                <span className="subtle">
                  {t(`reviews.kind.${session.kind}`)} · {t(`reviews.state.${session.state}`)}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>

      {!review.id && (
        <section className="card review-start">
          <p>
            {review.state === "due" ? t("reviews.dueSince", { date: format.date(review.on) }) : t("reviews.notStarted")}
          </p>
          {review.startRefusal ? (
            <p className="subtle">{t(`reviews.refusal.${review.startRefusal}`)}</p>
          ) : can.writeReview ? (
            <button
              type="button"
              className="btn btn--primary"
              disabled={start.isPending}
              onClick={() => start.mutate({ unitId, periodId: review.periodId, on: review.on })}
            >
              {start.isPending ? t("reviews.starting") : t("reviews.start")}
            </button>
          ) : (
            can.ready && can.why.writeReview && <WhyNote>{reasonText(t, can.why.writeReview)}</WhyNote>
          )}
          <MutationError error={start.error} />
        </section>
      )}

      {review.id && review.state === "in_progress" && can.ready && can.why.writeReview && (
        <WhyNote>{reasonText(t, can.why.writeReview)}</WhyNote>
      )}
      {objectives.length === 0 ? (
        <div className="card">
          <EmptyState title={t("reviews.noObjectives", { period: review.periodName })} />
        </div>
      ) : (
        objectives.map((objective) => (
          <section key={objective.id} className="card review-objective" aria-labelledby={`review-o-${objective.id}`}>
            <div className="card__header">
              <h2 id={`review-o-${objective.id}`} className="user-text">
                {objective.title}
              </h2>
              <span className="review-kr__band">
                <BandBadge band={objective.band} />
                <span className="subtle">
                  {t(`reviews.basis.${objective.basis}`)} ·{" "}
                  {format.progress(objective.finalProgress ?? objective.progress)}
                </span>
              </span>
            </div>
            <div className="card__body review-objective__krs">
              <p className="subtle">{t("reviews.questionsHint")}</p>
              {objective.keyResults.map((kr) => (
                <ReviewKeyResultBlock
                  key={`${review.id}-${kr.id}`}
                  org={org}
                  reviewId={review.id}
                  keyResult={kr}
                  previousOn={review.previousOn}
                  editable={editable}
                />
              ))}
            </div>
          </section>
        ))
      )}

      {dropped.length > 0 && (
        <Card titleId="review-dropped" title={t("reviews.droppedTitle")} rule="S7">
          <ul className="card__body review-dropped">
            {dropped.map((d) => (
              <li key={d.keyResultId}>
                <span className="user-text">{d.keyResultTitle}</span>
                <span className="subtle"> — {d.reason}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {review.id && (
        <LearningsCard
          org={org}
          reviewId={review.id}
          learnings={learnings}
          objectives={objectives}
          editable={editable}
        />
      )}

      {review.id && review.state === "in_progress" && can.writeReview && (
        <section className="card review-hold">
          <p className="subtle">{t("reviews.holdHint")}</p>
          <button
            type="button"
            className="btn btn--primary"
            disabled={hold.isPending}
            onClick={() => hold.mutate(undefined)}
          >
            {hold.isPending
              ? t("common.saving")
              : t(review.kind === "period_end" ? "reviews.holdPeriodEnd" : "reviews.hold")}
          </button>
          <MutationError error={hold.error} />
        </section>
      )}
      {review.heldAt && (
        <p className="subtle review-held" role="status">
          {t("reviews.heldOn", { date: format.date(review.heldAt) })}
        </p>
      )}
      {review.id && review.kind === "period_end" && (
        <NextObjectiveCard org={org} review={review} canWrite={can.editObjective} />
      )}
    </div>
  );
}
