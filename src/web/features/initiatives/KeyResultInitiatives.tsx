import { useTranslation } from "react-i18next";
import { useUnit } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { InitiativeDialog } from "./InitiativeDialog.tsx";
import { InitiativeItem } from "./InitiativeItem.tsx";
import { useUnitInitiatives } from "./useUnitInitiatives.ts";
import "./initiatives.css";

interface Props {
  keyResult: { id: string; title: string };
  /** The unit whose KR it is: its members start initiatives from here (M6). */
  unitId: string;
}

/** Under a KR: the work that should move it (K7), its own team's and other teams', and "New initiative". */
export function KeyResultInitiatives({ keyResult, unitId }: Props) {
  const { t } = useTranslation();
  const { period } = useOrg();
  const { initiatives, people, can, choices, ownerOf } = useUnitInitiatives(unitId);
  const under = (initiatives.data ?? []).filter((it) => it.keyResults.some((kr) => kr.id === keyResult.id));
  const canStart = can.editInitiatives && period?.status !== "closed";
  const newFor = t("initiatives.newFor", { title: keyResult.title });
  if (initiatives.data === undefined || (under.length === 0 && !canStart)) return null;

  return (
    <section className="kr-initiatives" aria-label={t("initiatives.onKeyResult", { count: under.length })}>
      <div className="spread spread--2 spread--one-line">
        <h5 className="kr-initiatives__title">{t("initiatives.onKeyResult", { count: under.length })}</h5>
        {canStart && (
          <DialogAction button={{ label: t("initiatives.new"), named: newFor, icon: "plus", quiet: true }}>
            {(dialog) => (
              <InitiativeDialog
                {...dialog}
                unitId={unitId}
                keyResults={choices.length > 0 ? choices : [keyResult]}
                preselected={[keyResult.id]}
                people={people}
              />
            )}
          </DialogAction>
        )}
      </div>
      <ListOf
        items={under}
        none={<p className="subtle kr-initiatives__none">{t("initiatives.onKeyResultNone")}</p>}
        className="initiatives__list stack stack--2"
      >
        {(it) => (
          <InitiativeItem
            key={it.id}
            initiative={it}
            owner={ownerOf(it)}
            compact
            context={it.unitId !== unitId && <OtherUnit unitId={it.unitId} />}
          />
        )}
      </ListOf>
    </section>
  );
}

/** Whose work an initiative of another team is (it moves this KR too). */
function OtherUnit({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const unit = useUnit(org, unitId);
  return (
    <span className="subtle kr-initiatives__unit">{t("initiatives.otherUnit", { unit: unit.data?.name ?? "…" })}</span>
  );
}
