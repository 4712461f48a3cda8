import { useState } from "react";
import { useTranslation } from "react-i18next";
import { byStatus } from "../../../domain/initiatives.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { QueryState } from "../../ui/QueryList.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { InitiativeDialog } from "./InitiativeDialog.tsx";
import { InitiativeItem } from "./InitiativeItem.tsx";
import type { Initiative } from "./queries.ts";
import { useUnitInitiatives } from "./useUnitInitiatives.ts";
import "./initiatives.css";

/**
 * The team page's Initiatives: the work this unit chose to move its KRs (K7), by status (in
 * progress first), with "New initiative" for its lead and members (M6).
 */
export function InitiativesSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { period } = useOrg();
  const { initiatives, people, can, choices, ownerOf } = useUnitInitiatives(unitId);
  const [editing, setEditing] = useState<Initiative | "new" | null>(null);
  const ours = (initiatives.data ?? []).filter((it) => it.unitId === unitId);

  return (
    <Card
      className="initiatives"
      id="initiatives"
      titleId="initiatives-title"
      title={t("initiatives.title")}
      titleRules={["K7", "M6"]}
      aside={
        // A closed period's KRs take no new initiative (the API refuses, 409).
        can.editInitiatives &&
        period?.status !== "closed" && (
          <RowAction onClick={() => setEditing("new")} icon="plus">
            {t("initiatives.new")}
          </RowAction>
        )
      }
    >
      <div className="card__body">
        <p className="muted initiatives__intro">{t("initiatives.intro")}</p>
        {can.ready && can.why.editInitiatives && <WhyNote>{reasonText(t, can.why.editInitiatives)}</WhyNote>}
        {initiatives.data === undefined ? (
          <QueryState query={initiatives} height={56} />
        ) : ours.length === 0 ? (
          <EmptyState title={t("initiatives.empty")} hint={t("initiatives.emptyHint")} />
        ) : (
          byStatus(ours).map(([status, group]) => (
            <div key={status} className="initiatives__group">
              <h3 className="initiatives__status">
                {t(`initiatives.status.${status}`)} <span className="subtle num">{group.length}</span>
              </h3>
              <ListOf items={group} className="initiatives__list stack stack--2">
                {(it) => (
                  <InitiativeItem
                    key={it.id}
                    initiative={it}
                    owner={ownerOf(it)}
                    canEdit={can.editInitiatives}
                    onEdit={() => setEditing(it)}
                  />
                )}
              </ListOf>
            </div>
          ))
        )}
      </div>
      <InitiativeDialog
        open={editing !== null}
        unitId={unitId}
        initiative={editing === "new" || editing === null ? undefined : editing}
        keyResults={choices}
        people={people}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
