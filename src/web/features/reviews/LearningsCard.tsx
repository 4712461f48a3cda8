import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { Field } from "../../ui/Field.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
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
    <section className="card" aria-labelledby="review-learnings">
      <div className="card__header">
        <h2 id="review-learnings">{t("reviews.learningsTitle")}</h2>
        <RuleId id="S7" />
      </div>
      <div className="card__body">
        <p className="subtle">{t("reviews.learningsHint")}</p>
        {learnings.length === 0 ? (
          <p className="muted">{t("reviews.noLearnings")}</p>
        ) : (
          <ul className="learning-list">
            {learnings.map((learning) => (
              <li key={learning.id} className="learning">
                <p className="learning__body user-text">{learning.body}</p>
                <p className="learning__meta subtle">
                  <BandBadge band={learning.band} />
                  {learning.keyResultTitle && <span className="user-text">{learning.keyResultTitle}</span>}
                  <time dateTime={learning.createdAt}>{format.date(learning.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
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
            <Field label={t("reviews.learningLabel")}>
              {(props) => (
                <textarea
                  {...props}
                  className="textarea"
                  rows={3}
                  maxLength={4000}
                  value={body}
                  onChange={(e) => setBody(e.target.value)}
                />
              )}
            </Field>
            <Field label={t("reviews.learningAbout")}>
              {(props) => (
                <select {...props} className="select" value={about} onChange={(e) => setAbout(e.target.value)}>
                  <option value="">{t("reviews.learningAboutObjective")}</option>
                  {keyResults.map((kr) => (
                    <option key={kr.id} value={kr.id}>
                      {kr.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="review-actions">
              <button type="submit" className="btn btn--primary" disabled={!body.trim() || add.isPending}>
                {add.isPending ? t("common.saving") : t("reviews.addLearning")}
              </button>
            </div>
            <MutationError error={add.error} />
          </form>
        )}
      </div>
    </section>
  );
}
