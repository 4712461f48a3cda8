import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScoredObjective } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmStep } from "../../ui/ConfirmDialog.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { type Sprint, useDeleteSprint } from "./queries.ts";
import { SprintForm } from "./SprintForm.tsx";
import { movementText } from "./sprint-text.ts";

interface Props {
  sprint: Sprint;
  unitId: string;
  objectives: ScoredObjective[];
  canManage: boolean;
  /** The sprint on top of the page: "current", "next" or "last". */
  emphasis?: "current" | "next" | "last";
}

/** One sprint: dates, goal, the KRs it serves with their movement during it (P3), and its review. */
export function SprintCard({ sprint, unitId, objectives, canManage, emphasis }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const remove = useDeleteSprint(org);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const headingId = `sprint-${sprint.id}`;

  if (editing)
    return (
      <section className="card sprint-card" aria-labelledby={headingId}>
        <h3 id={headingId} className="sprint-card__name user-text">
          {sprint.name}
        </h3>
        <SprintForm unitId={unitId} objectives={objectives} sprint={sprint} onDone={() => setEditing(false)} />
      </section>
    );

  return (
    <section className={`card sprint-card${emphasis ? " sprint-card--top" : ""}`} aria-labelledby={headingId}>
      {emphasis && <p className="eyebrow">{t(`sprints.top.${emphasis}`)}</p>}
      <div className="sprint-card__head">
        <h3 id={headingId} className="sprint-card__name user-text">
          {sprint.name}
        </h3>
        <span className={`badge sprint-state sprint-state--${sprint.state}`}>{t(`sprints.state.${sprint.state}`)}</span>
        <span className="subtle num">
          {format.date(sprint.startsOn)} – {format.date(sprint.endsOn)}
        </span>
      </div>
      <p className="sprint-card__goal">
        <span className="sprint-card__label">{t("sprints.goal")}</span>{" "}
        {sprint.goal ? (
          <span className="user-text">{sprint.goal}</span>
        ) : (
          <span className="subtle">{t("sprints.noGoal")}</span>
        )}
      </p>
      {sprint.keyResults.length === 0 ? (
        <p className="sprint-form__hint" role="note">
          <RuleId id="P3" /> {t("sprints.coach.notLinked")}
        </p>
      ) : (
        <ul className="sprint-card__krs stack stack--1" aria-label={t("sprints.serves")}>
          {sprint.keyResults.map((kr) => (
            <li key={kr.id} className="sprint-card__kr">
              <span className="user-text">{kr.title}</span>
              <span className="sprint-card__movement num">{movementText(t, format, kr.movement, kr.unit)}</span>
              {sprint.state !== "planned" && (
                <span className="subtle">{t("sprints.movement.readings", { count: kr.movement.readingsDuring })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {sprint.review ? (
        <p className="sprint-card__review">
          <span className="sprint-card__label">{t("sprints.review")}</span>{" "}
          <span className="user-text">{sprint.review}</span>
        </p>
      ) : (
        sprint.state === "done" && <p className="subtle">{t("sprints.noReview")}</p>
      )}
      {canManage && (
        <div className="sprint-card__actions">
          <RowAction onClick={() => setEditing(true)}>
            {sprint.state === "done" && !sprint.review ? t("sprints.writeReview") : t("sprints.edit")}
          </RowAction>
          <RowAction onClick={() => setDeleting(true)} quiet>
            {t("sprints.delete")}
          </RowAction>
        </div>
      )}
      <ConfirmStep
        subject={deleting ? sprint : null}
        step={remove}
        title={t("sprints.deleteTitle", { name: sprint.name })}
        confirm={t("sprints.delete")}
        onClose={() => setDeleting(false)}
      >
        <p>{t("sprints.deleteBody")}</p>
      </ConfirmStep>
    </section>
  );
}
