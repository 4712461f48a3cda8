import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { Card } from "../../ui/Card.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { KeyResultSelect } from "../../ui/SelectField.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { MutationError } from "./MutationError.tsx";
import { type Learning, type ReviewDetail, useAddLearning } from "./queries.ts";

/** The learnings a review wrote (S7), and the form for one more. */
export function LearningsCard({
  org,
  reviewId,
  learnings,
  objectives,
  editable,
}: {
  org: string;
  reviewId: string;
  learnings: Learning[];
  objectives: ReviewDetail["objectives"];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [body, setBody] = useState("");
  const [about, setAbout] = useState("");
  const add = useAddLearning(org, reviewId);
  const keyResults = objectives.flatMap((o) => o.keyResults);
  return (
    <Card titleId="review-learnings" title={t("reviews.learningsTitle")} rule="S7">
      <div className="card__body">
        <p className="subtle">{t("reviews.learningsHint")}</p>
        <ListOf items={learnings} none={<p className="muted">{t("reviews.noLearnings")}</p>} className="learning-list">
          {(learning) => (
            <li key={learning.id} className="learning">
              <p className="learning__body user-text">{learning.body}</p>
              <p className="learning__meta subtle">
                <BandBadge band={learning.band} />
                {learning.keyResultTitle && <span className="user-text">{learning.keyResultTitle}</span>}
                <time dateTime={learning.createdAt}>{format.date(learning.createdAt)}</time>
              </p>
            </li>
          )}
        </ListOf>
        {editable && (
          <form
            className="learning-form"
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate(
                { body, keyResultId: about || null },
                {
                  onSuccess: () => {
                    setBody("");
                    setAbout("");
                  },
                },
              );
            }}
          >
            <TextField label={t("reviews.learningLabel")} rows={3} maxLength={4000} value={body} onChange={setBody} />
            <KeyResultSelect
              label={t("reviews.learningAbout")}
              none={t("reviews.learningAboutObjective")}
              keyResults={keyResults}
              value={about}
              onChange={setAbout}
            />
            <div className="review-actions">
              <SubmitButton pending={add.isPending} disabled={!body.trim()}>
                {t("reviews.addLearning")}
              </SubmitButton>
            </div>
            <MutationError error={add.error} />
          </form>
        )}
      </div>
    </Card>
  );
}
