import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Part } from "../../ui/Part.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import type { Decision } from "./queries.ts";

/**
 * One decision of the log (P4): what was decided, on which objective or KR, the options weighed,
 * the evidence and who decided when. A decision whose revisit date has come is marked.
 */
export function DecisionItem({
  decision,
  showSubject = true,
  onEdit,
}: {
  decision: Decision;
  /** The objective and KR it is about; left out where the page already says. */
  showSubject?: boolean;
  /** Offered to those who may change it. */
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { link, periods } = useOrg();
  const periodName = periods.find((p) => p.id === decision.periodId)?.name;
  const headingId = `decision-${decision.id}`;
  return (
    <article className={`decision decision--${decision.status}`} aria-labelledby={headingId}>
      <header className="decision__header cluster">
        <h3 id={headingId} className="user-text">
          {decision.title}
        </h3>
        <span className={`badge decision__status decision__status--${decision.status}`}>
          {t(`decisions.status.${decision.status}`)}
        </span>
        {decision.revisitDue && (
          <span className="badge decision__due">
            <Icon name="clock" size={12} />
            {t("decisions.revisitDue", { date: format.date(decision.revisitOn) })}
          </span>
        )}
        {onEdit && (
          <RowAction
            onClick={onEdit}
            named={t("decisions.editOf", { title: decision.title })}
            icon="edit"
            quiet
            className="decision__edit"
          >
            {t("decisions.edit")}
          </RowAction>
        )}
      </header>
      {showSubject && (
        <p className="decision__subject subtle">
          <span className="user-text">{decision.unitName}</span>
          <Link
            href={`${link(`/units/${decision.unitId}`, periodName)}#objective-${decision.objectiveId}`}
            className="user-text"
          >
            {decision.objectiveTitle}
          </Link>
          {decision.keyResultTitle && <span className="user-text">{decision.keyResultTitle}</span>}
        </p>
      )}
      {!showSubject && decision.keyResultTitle && (
        <p className="decision__subject subtle">
          {t("decisions.onKeyResult")} <span className="user-text">{decision.keyResultTitle}</span>
        </p>
      )}
      <dl className="parts decision__parts">
        {decision.context && <Part term={t("decisions.field.context")} text={decision.context} />}
        {decision.options.length > 0 && (
          <div>
            <dt>{t("decisions.field.options")}</dt>
            <dd>
              <ol className="decision__options">
                {decision.options.map((option) => (
                  <li key={option} className="user-text">
                    {option}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        )}
        {(decision.evidence || decision.evidenceRefs.length > 0) && (
          <div>
            <dt>{t("decisions.field.evidence")}</dt>
            <dd>
              {decision.evidence && <p className="user-text">{decision.evidence}</p>}
              {decision.evidenceRefs.length > 0 && (
                <ul className="decision__refs">
                  {decision.evidenceRefs.map((ref) => (
                    <li key={`${ref.kind}-${ref.ref}`}>
                      {ref.kind === "link" ? (
                        <a href={ref.ref} target="_blank" rel="noreferrer noopener" className="user-text">
                          {ref.label || ref.ref}
                        </a>
                      ) : (
                        <span>
                          {t(`decisions.refKind.${ref.kind}`)}
                          {ref.label ? ` · ${ref.label}` : ""}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        )}
        {decision.decision && <Part term={t("decisions.field.decision")} text={decision.decision} />}
      </dl>
      <p className="decision__meta subtle">
        {decision.decidedByName
          ? t("decisions.decidedBy", { name: decision.decidedByName, date: format.date(decision.decidedOn) })
          : t("decisions.decidedOn", { date: format.date(decision.decidedOn) })}
        {decision.revisitOn && !decision.revisitDue && (
          <span> · {t("decisions.revisitOn", { date: format.date(decision.revisitOn) })}</span>
        )}
      </p>
    </article>
  );
}
