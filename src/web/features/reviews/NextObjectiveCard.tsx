import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { idOptions, SelectField } from "../../ui/SelectField.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
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
    <Card titleId="review-next" title={t("reviews.nextTitle")} rule="M1">
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
            <SelectField
              label={t("reviews.nextPeriod")}
              options={idOptions(later, (p) => p.name)}
              value={periodId}
              onChange={setPeriodId}
            />
            <TextField label={t("reviews.nextTitleLabel")} maxLength={300} value={title} onChange={setTitle} />
            <div className="review-actions">
              <SubmitButton pending={queue.isPending}>{t("reviews.queue")}</SubmitButton>
            </div>
            <MutationError error={queue.error} />
          </form>
        )}
      </div>
    </Card>
  );
}
