import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Field } from "../../ui/Field.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { MutationError } from "./MutationError.tsx";
import { type ReviewDetail, useQueueNextObjective } from "./queries.ts";

/** M1 sequencing: the end-of-period review queues the unit's next objective in a later period. */
export function NextObjectiveCard({
  org,
  review,
  canWrite,
}: {
  org: string;
  review: ReviewDetail["review"];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { periods, link } = useOrg();
  const current = periods.find((p) => p.id === review.periodId);
  const later = periods.filter((p) => current && p.startsOn > current.startsOn);
  const [periodId, setPeriodId] = useState(later[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const queue = useQueueNextObjective(org, review.id ?? "");
  const queued = review.nextObjectiveId ?? queue.data?.objectiveId;
  return (
    <section className="card" aria-labelledby="review-next">
      <div className="card__header">
        <h2 id="review-next">{t("reviews.nextTitle")}</h2>
        <RuleId id="M1" />
      </div>
      <div className="card__body">
        <p className="subtle">{t("reviews.nextHint")}</p>
        {queued ? (
          <p role="status">
            {t("reviews.queued")} <Link href={link(`/objectives/${queued}/edit`)}>{t("reviews.openDraft")}</Link>
          </p>
        ) : !canWrite ? null : later.length === 0 ? (
          <p className="muted">{t("reviews.noLaterPeriod")}</p>
        ) : (
          <form
            className="learning-form"
            onSubmit={(e) => {
              e.preventDefault();
              queue.mutate({ periodId, title: title.trim() || undefined });
            }}
          >
            <Field label={t("reviews.nextPeriod")}>
              {(props) => (
                <select {...props} className="select" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
                  {later.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("reviews.nextTitleLabel")}>
              {(props) => (
                <input
                  {...props}
                  className="input"
                  value={title}
                  maxLength={300}
                  onChange={(e) => setTitle(e.target.value)}
                />
              )}
            </Field>
            <div className="review-actions">
              <button type="submit" className="btn btn--primary" disabled={queue.isPending}>
                {queue.isPending ? t("common.saving") : t("reviews.queue")}
              </button>
            </div>
            <MutationError error={queue.error} />
          </form>
        )}
      </div>
    </section>
  );
}
