import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { Field } from "../../ui/Field.tsx";
import { Progress } from "../../ui/Progress.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { MutationError } from "./MutationError.tsx";
import { type ReviewKeyResult, useDecide, useSaveAnswers } from "./queries.ts";

type Decision = "keep" | "revise" | "drop";

/** Parses a number typed with either decimal separator ("52,5" and "52.5"). */
function parseNumber(text: string): number | undefined {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() === "" || !Number.isFinite(value) ? undefined : value;
}

/**
 * One key result in a review: where it stood at the review date and since the last one, its
 * band with the band's questions (S2), and the team's decision (S7).
 */
export function ReviewKeyResultBlock({
  org,
  reviewId,
  keyResult: kr,
  previousOn,
  editable,
}: {
  org: string;
  reviewId: string | null;
  keyResult: ReviewKeyResult;
  previousOn: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [answers, setAnswers] = useState<Record<string, string>>(kr.answers);
  const [decision, setDecision] = useState<Decision>(kr.decision?.decision ?? "keep");
  const [target, setTarget] = useState("");
  const [reason, setReason] = useState("");
  const save = useSaveAnswers(org, reviewId ?? "");
  const decide = useDecide(org, reviewId ?? "");
  const changed = kr.questions.some((q) => (answers[q] ?? "") !== (kr.answers[q] ?? ""));
  const titleId = `review-kr-${kr.id}`;

  return (
    <article className="review-kr" aria-labelledby={titleId}>
      <header className="review-kr__header">
        <h4 id={titleId} className="user-text">
          {kr.title}
        </h4>
        <span className="review-kr__band">
          <BandBadge band={kr.band} />
          <span className="subtle">{t(`reviews.basis.${kr.basis}`)}</span>
        </span>
      </header>
      <div className="review-kr__numbers">
        <div>
          <span className="eyebrow">{t("reviews.atReview")}</span>
          <Progress progress={kr.progressAtReview} band={kr.band} label={t("common.progressOf", { title: kr.title })} />
        </div>
        <p className="review-kr__trend">
          <span className="eyebrow">{t("reviews.trendLabel")}</span>
          <span>
            {t("reviews.trend", {
              before: format.progress(kr.progressBefore),
              date: format.shortDate(previousOn),
              now: format.progress(kr.progressAtReview),
            })}
          </span>
        </p>
        <p className="review-kr__trend">
          <span className="eyebrow">{kr.finalProgress != null ? t("reviews.finalScore") : t("reviews.nowLabel")}</span>
          <span>{format.progress(kr.finalProgress ?? kr.progress)}</span>
        </p>
      </div>
      {!editable ? (
        <section className="review-questions" aria-label={t("reviews.questionsTitle")}>
          <h5 className="review-questions__title">
            {t("reviews.questionsTitle")} <RuleId id="S2" />
          </h5>
          <dl className="review-answers">
            {kr.questions.map((question) => (
              <div key={question}>
                <dt>{t(`reviews.question.${question}`)}</dt>
                <dd className={kr.answers[question] ? "user-text" : "muted"}>
                  {kr.answers[question] || t("reviews.noAnswer")}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : (
        <fieldset className="review-questions">
          <legend>
            {t("reviews.questionsTitle")} <RuleId id="S2" />
          </legend>
          {kr.questions.map((question) => (
            <Field key={question} label={t(`reviews.question.${question}`)}>
              {(props) => (
                <textarea
                  {...props}
                  className="textarea"
                  rows={2}
                  maxLength={4000}
                  value={answers[question] ?? ""}
                  onChange={(e) => setAnswers({ ...answers, [question]: e.target.value })}
                />
              )}
            </Field>
          ))}
          <div className="review-actions">
            <button
              type="button"
              className="btn btn--small"
              disabled={!changed || save.isPending}
              onClick={() =>
                save.mutate({
                  answers: kr.questions.map((question) => ({
                    keyResultId: kr.id,
                    question,
                    answer: answers[question] ?? "",
                  })),
                })
              }
            >
              {save.isPending ? t("common.saving") : t("reviews.saveAnswers")}
            </button>
            {save.isSuccess && !changed && (
              <span className="subtle" role="status">
                {t("reviews.saved")}
              </span>
            )}
          </div>
          <MutationError error={save.error} />
        </fieldset>
      )}
      {kr.decision ? (
        <p className="review-decision" role="status">
          <strong>{t("reviews.decisionTitle")}:</strong>{" "}
          {t(`reviews.decided.${kr.decision.decision}`, {
            before: format.value(kr.decision.targetBefore, kr.unit),
            after: format.value(kr.decision.targetAfter, kr.unit),
            reason: kr.decision.reason,
          })}
        </p>
      ) : (
        editable && (
          <fieldset className="review-decide">
            <legend>
              {t("reviews.decisionTitle")} <RuleId id="S7" />
            </legend>
            <p className="subtle">{t("reviews.decisionHelp")}</p>
            <div className="review-decide__choices" role="radiogroup">
              {(["keep", "revise", "drop"] as const).map((choice) => (
                <label key={choice} className="review-decide__choice">
                  <input
                    type="radio"
                    name={`decision-${kr.id}`}
                    value={choice}
                    checked={decision === choice}
                    disabled={choice === "revise" && kr.kind !== "metric"}
                    onChange={() => setDecision(choice)}
                  />
                  {t(`reviews.decision.${choice}`)}
                </label>
              ))}
            </div>
            {decision === "revise" && (
              <TextField
                label={`${t("reviews.newTarget")} (${format.value(kr.target, kr.unit)})`}
                className="review-decide__target"
                inputMode="decimal"
                value={target}
                onChange={setTarget}
              />
            )}
            {decision !== "keep" && (
              <TextField
                label={t("reviews.reason")}
                hint={t("reviews.reasonHint")}
                rows={2}
                value={reason}
                onChange={setReason}
              />
            )}
            <div className="review-actions">
              <button
                type="button"
                className="btn btn--small"
                disabled={decide.isPending}
                onClick={() =>
                  decide.mutate({
                    keyResultId: kr.id,
                    decision,
                    target: decision === "revise" ? parseNumber(target) : undefined,
                    reason: decision === "keep" ? undefined : reason,
                  })
                }
              >
                {decide.isPending ? t("common.saving") : t("reviews.recordDecision")}
              </button>
            </div>
            <MutationError error={decide.error} />
          </fieldset>
        )
      )}
    </article>
  );
}
