import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { DecisionDialog, type DecisionDraft } from "./DecisionDialog.tsx";
import { EditableDecision } from "./EditableDecision.tsx";
import { useDecisions } from "./queries.ts";
import "./decisions.css";

/** How many of an objective's decisions its card shows; the log has the rest. */
const SHOWN = 3;

/**
 * The decisions taken on an objective and its KRs (P4), newest first, on the objective's card:
 * the unit's lead and members record one from here (M6); everyone else reads them.
 */
export function ObjectiveDecisions({ objective }: { objective: ScoredObjective }) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const can = usePermissions(org, objective.unitId);
  const decisions = useDecisions(org, { objective: objective.id });
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const list = decisions.data ?? [];
  const headingId = `decisions-of-${objective.id}`;
  const keyResults = objective.keyResults.map((kr) => ({ id: kr.id, title: kr.title, unit: kr.unit }));
  return (
    <section className="objective-decisions" aria-labelledby={headingId}>
      <div className="objective-decisions__header cluster">
        <h3 id={headingId} className="objective-decisions__title">
          {t("decisions.ofObjective", { count: list.length })}
        </h3>
        <span className="subtle">
          <RuleId id="P4" /> {t("decisions.hint")}
        </span>
        {can.recordDecision ? (
          <RowAction onClick={() => setDraft({ objectiveId: objective.id, keyResults })} icon="plus">
            {t("decisions.add")}
          </RowAction>
        ) : (
          can.ready && can.why.recordDecision && <span className="subtle">{reasonText(t, can.why.recordDecision)}</span>
        )}
      </div>
      {decisions.isError && list.length === 0 ? (
        <p className="subtle" role="alert">
          {t("decisions.loadFailed")}{" "}
          <RowAction onClick={() => void decisions.refetch()} quiet>
            {t("decisions.retry")}
          </RowAction>
        </p>
      ) : (
        list.length > 0 && (
          <div className="decision-list">
            {list.slice(0, SHOWN).map((decision) => (
              <EditableDecision
                key={decision.id}
                decision={decision}
                showSubject={false}
                onEdit={(d) => setDraft({ decision: d })}
              />
            ))}
          </div>
        )
      )}
      {list.length > 0 && (
        <Link href={link(`/decisions?objective=${objective.id}`)} className="objective-decisions__all">
          {t("decisions.allOfObjective", { count: list.length })}
        </Link>
      )}
      <DecisionDialog draft={draft} onClose={() => setDraft(null)} />
    </section>
  );
}

/** On a KR's card: how many decisions are about it, and recording one (P4). */
export function KeyResultDecisions({
  keyResult,
  unitId,
}: {
  keyResult: { id: string; objectiveId: string; title: string; unit: string };
  unitId: string;
}) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const can = usePermissions(org, unitId);
  const decisions = useDecisions(org, { objective: keyResult.objectiveId });
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const count = (decisions.data ?? []).filter((d) => d.keyResultId === keyResult.id).length;
  return (
    <>
      {count > 0 && (
        <Link href={link(`/decisions?keyResult=${keyResult.id}`)} className="btn btn--ghost btn--small">
          <Icon name="flag" />
          {t("decisions.ofKeyResult", { count })}
        </Link>
      )}
      {can.recordDecision && (
        <button
          type="button"
          className="btn btn--ghost btn--small"
          aria-label={t("decisions.addOnKeyResult", { title: keyResult.title })}
          onClick={() =>
            setDraft({
              objectiveId: keyResult.objectiveId,
              keyResults: [{ id: keyResult.id, title: keyResult.title, unit: keyResult.unit }],
              keyResultId: keyResult.id,
            })
          }
        >
          <Icon name="plus" />
          {t("decisions.addShort")}
        </button>
      )}
      <DecisionDialog draft={draft} onClose={() => setDraft(null)} />
    </>
  );
}
