import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Person, ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { DeleteObjective } from "../admin-org/DeleteObjective.tsx";
import { usePermissions } from "../auth/usePermissions.ts";
import { ObjectiveDecisions } from "../decisions/ObjectiveDecisions.tsx";
import { ScoreLine } from "../pace/ScoreLine.tsx";
import { ServesStrategy } from "../strategy/ServesStrategy.tsx";
import { DiscussionThread } from "./DiscussionThread.tsx";
import { HistoryTimeline } from "./HistoryTimeline.tsx";
import { KeyResultCard } from "./KeyResultCard.tsx";
import { namedReason, useUnitLeads } from "./lead-reason.ts";

export function ObjectiveCard({
  objective,
  peopleById,
  company = false,
}: {
  objective: ScoredObjective;
  peopleById: Map<string, Person>;
  /** The unit has no parent: its objective is a company objective, which serves a strategy (M8). */
  company?: boolean;
}) {
  const { t } = useTranslation();
  const { org, link, period } = useOrg();
  const can = usePermissions(org, objective.unitId);
  const leads = useUnitLeads(org, objective.unitId);
  const whyId = `why-${objective.id}`;
  // Each refusal once, in the order a person meets them: objective, key results, check-ins.
  const reasons = [...new Set([can.why.editObjective, can.why.editKeyResults, can.why.checkIn])].filter(
    (reason): reason is string => reason !== null,
  );
  return (
    <section className="card objective-card" aria-labelledby={`objective-${objective.id}`}>
      <div className="objective-card__header">
        <div className="objective-card__title stack stack--1">
          <span className="eyebrow">
            {t("team.objective")}
            {objective.status !== "active" && <span className="badge">{t(`objectiveStatus.${objective.status}`)}</span>}
          </span>
          <h2 id={`objective-${objective.id}`} className="user-text">
            {objective.title}
          </h2>
          {objective.description && <p className="muted user-text">{objective.description}</p>}
          <ServesStrategy strategyId={objective.strategyId} company={company} />
        </div>
        <div className="objective-card__actions row-actions">
          {period?.status === "closed" ? (
            // A closed period is frozen: the banner above says why and who can reopen it.
            <button type="button" className="btn btn--small" disabled aria-describedby="period-banner-text">
              <Icon name="lock" />
              {t("team.edit")}
            </button>
          ) : can.editObjective || can.editKeyResults ? (
            <Link href={link(`/objectives/${objective.id}/edit`)} className="btn btn--small">
              <Icon name="edit" />
              {t("team.edit")}
            </Link>
          ) : (
            can.ready && (
              <button type="button" className="btn btn--small" disabled aria-describedby={whyId}>
                <Icon name="lock" />
                {t("team.edit")}
              </button>
            )
          )}
          {/* Deleting is setting the objective (M3): its lead or an admin; the why-note says so. It
              stays mounted when the period closes meanwhile, so the refusal stays in its dialog. */}
          {can.editObjective && <DeleteObjective objective={objective} offered={period?.status !== "closed"} />}
        </div>
      </div>
      {can.ready && reasons.length > 0 && (
        <WhyNote id={whyId}>
          {reasons.map((reason) => (
            <p key={reason}>{namedReason(t, reason, leads)}</p>
          ))}
        </WhyNote>
      )}
      <ScoreLine scored={objective} className="objective-card__score" />
      <div className="kr-section-title">
        <h3>{t("team.keyResults", { count: objective.keyResults.length })}</h3>
        <span className="subtle">
          <RuleId id="M2" /> {t("help.m2.short")}
        </span>
      </div>
      <ul className="kr-list stack">
        {objective.keyResults.map((kr) => (
          <KeyResultCard
            key={kr.id}
            keyResult={kr}
            unitId={objective.unitId}
            owner={kr.ownerId ? peopleById.get(kr.ownerId) : undefined}
          />
        ))}
      </ul>
      <ObjectiveDecisions objective={objective} />
      <HistoryTimeline objectiveId={objective.id} peopleById={peopleById} />
      <details className="objective-discussion">
        <summary>{t("krHistory.discussion.objectiveTitle")}</summary>
        <DiscussionThread
          thread={{ objectiveId: objective.id }}
          unitId={objective.unitId}
          title={t("krHistory.discussion.objectiveTitle")}
          titleHidden
        />
      </details>
    </section>
  );
}
