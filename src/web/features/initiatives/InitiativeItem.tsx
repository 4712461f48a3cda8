import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Person } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { Person as PersonName } from "../../ui/Person.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { type Initiative, useDeleteInitiative } from "./queries.ts";

interface Props {
  initiative: Initiative;
  owner: Person | undefined;
  /** M6: the unit's members edit and delete it; others see it only. */
  canEdit?: boolean;
  onEdit?: () => void;
  /** Under a KR: one of its KRs is that one, and it is edited from the team's Initiatives section. */
  compact?: boolean;
  /** Whose work it is, when it is another team's. */
  context?: ReactNode;
}

/** One initiative: its kind, title, status, owner, dates and the key results it should move. */
export function InitiativeItem({ initiative: it, owner, canEdit = false, onEdit, compact = false, context }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, link } = useOrg();
  const remove = useDeleteInitiative(org);
  const [deleting, setDeleting] = useState(false);
  const dates =
    it.startsOn && it.endsOn
      ? t("initiatives.dates", { start: format.date(it.startsOn), end: format.date(it.endsOn) })
      : it.startsOn
        ? t("initiatives.from", { start: format.date(it.startsOn) })
        : it.endsOn
          ? t("initiatives.until", { end: format.date(it.endsOn) })
          : null;
  return (
    <li className={`initiative initiative--${it.status} stack stack--1`} data-initiative={it.id}>
      {context}
      <div className="initiative__head cluster">
        <span className={`initiative__kind initiative__kind--${it.kind}`}>{t(`initiatives.kind.${it.kind}`)}</span>
        <span className="initiative__title user-text">{it.title}</span>
        <span className={`initiative__status initiative__status--${it.status}`}>
          {t(`initiatives.status.${it.status}`)}
        </span>
      </div>
      <div className="initiative__meta subtle">
        {owner ? <PersonName name={owner.name} /> : <span>{t("initiatives.noOwner")}</span>}
        {dates && <span className="num">{dates}</span>}
      </div>
      {!compact && (
        <p className="initiative__moves">
          <span className="subtle">{t("initiatives.moves")}: </span>
          {it.keyResults.length === 0 ? (
            <span className="subtle">{t("initiatives.movesNone")}</span>
          ) : (
            it.keyResults.map((kr, i) => (
              <span key={kr.id}>
                {i > 0 && " · "}
                <Link href={link(`/units/${kr.unitId}`)} className="user-text">
                  {kr.title}
                </Link>
              </span>
            ))
          )}
        </p>
      )}
      {it.description && !compact && <p className="initiative__description user-text">{it.description}</p>}
      {canEdit && !compact && (
        <div className="initiative__actions">
          <RowAction onClick={onEdit} named={t("initiatives.editLabel", { title: it.title })} icon="edit" quiet>
            {t("initiatives.edit")}
          </RowAction>
          <RowAction
            onClick={() => setDeleting(true)}
            named={t("initiatives.deleteLabel", { title: it.title })}
            icon="x"
            quiet
          >
            {t("initiatives.delete")}
          </RowAction>
        </div>
      )}
      <ConfirmRun
        open={deleting}
        title={t("initiatives.deleteDialog.title", { title: it.title })}
        confirm={t("initiatives.deleteDialog.confirm")}
        changedMeanwhile={t("initiatives.deleteDialog.changedMeanwhile")}
        step={remove}
        variables={{ id: it.id, version: it.version }}
        onClose={() => setDeleting(false)}
      >
        <p>{t("initiatives.deleteDialog.body")}</p>
      </ConfirmRun>
    </li>
  );
}
