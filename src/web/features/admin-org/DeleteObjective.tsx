import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { useDeleteObjective } from "./queries.ts";
import "./admin-org.css";

/**
 * Deletes an objective after saying what goes with it: its key results, their check-ins and
 * discussion; objectives cascaded from its key results stay, without the link (M5). The caller
 * offers it only to whoever may set the objective (its unit's lead or an admin, M3), and the button
 * only while the period is not closed (`offered`); the API still decides, and its refusal (a closed period, a change meanwhile)
 * shows in the dialog, which stays open.
 */
export function DeleteObjective({ objective, offered }: { objective: ScoredObjective; offered: boolean }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useDeleteObjective(org);
  const [open, setOpen] = useState(false);
  const keyResults = objective.keyResults.length;
  const cascaded = new Set(objective.keyResults.flatMap((kr) => kr.childObjectiveIds)).size;
  return (
    <>
      {offered && (
        <RowAction
          quiet
          icon="x"
          named={t("adminOrg.objective.deleteOf", { title: objective.title })}
          onClick={() => setOpen(true)}
        >
          {t("adminOrg.objective.delete")}
        </RowAction>
      )}
      <ConfirmRun
        changedMeanwhile={t("adminOrg.changedMeanwhile")}
        open={open}
        title={t("adminOrg.objective.title")}
        confirm={t("adminOrg.objective.confirm")}
        step={remove}
        variables={{ id: objective.id, version: objective.version }}
        // The card goes away with the dialog's button: the page's top takes focus, not the body.
        onDone={() => document.getElementById("main")?.focus()}
        onClose={() => setOpen(false)}
      >
        <p className="user-text confirm-dialog__what">{objective.title}</p>
        <ul className="confirm-dialog__list">
          <li>
            {keyResults > 0
              ? t("adminOrg.objective.goes", { count: keyResults })
              : t("adminOrg.objective.noKeyResults")}
          </li>
          <li>
            {cascaded > 0 ? t("adminOrg.objective.cascaded", { count: cascaded }) : t("adminOrg.objective.noCascade")}
          </li>
          <li>
            <RuleId id="S7" /> {t("adminOrg.objective.history")}
          </li>
        </ul>
      </ConfirmRun>
    </>
  );
}
