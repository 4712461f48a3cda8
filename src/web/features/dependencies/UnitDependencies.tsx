import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmStep } from "../../ui/ConfirmDialog.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { QueryState } from "../../ui/QueryList.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { DeclareDependencyDialog } from "./DeclareDependencyDialog.tsx";
import { paceText } from "./dependency-text.ts";
import { NoteField } from "./NoteField.tsx";
import { type Dependency, useDeleteDependency, useDependencies, useUpdateDependency } from "./queries.ts";
import { RuleCard } from "./RuleCard.tsx";
import "./dependencies.css";

/**
 * M7 on the team page: what this unit's KRs depend on, and which other units depend on its KRs.
 * Both units see the same dependency; only the declaring unit (or an admin) edits or withdraws it.
 */
export function UnitDependencies({ unitId, objectives }: { unitId: string; objectives: ScoredObjective[] }) {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const can = usePermissions(org, unitId);
  const list = useDependencies(org, { period: period?.id, unit: unitId }, Boolean(period));
  const all = list.data?.dependencies ?? [];
  const ours = all.filter((d) => d.keyResult.unitId === unitId);
  const theirs = all.filter((d) => d.dependsOn.unitId === unitId);
  const hasKeyResults = objectives.some((o) => o.keyResults.length > 0);
  const frozen = period?.status === "closed";
  return (
    <RuleCard
      className="dependencies"
      id="dependencies"
      title={t("dependencies.title")}
      rule="M7"
      hint={t("dependencies.hint")}
      actions={
        can.editKeyResults &&
        hasKeyResults &&
        !frozen && (
          // The dialog is made only while open: each declaration starts from an empty form.
          <DialogAction button={{ label: t("dependencies.declare"), icon: "plus" }}>
            {(dialog) => dialog.open && <DeclareDependencyDialog {...dialog} unitId={unitId} objectives={objectives} />}
          </DialogAction>
        )
      }
    >
      {can.ready && can.why.editKeyResults && <WhyNote>{reasonText(t, can.why.editKeyResults)}</WhyNote>}
      {list.data === undefined ? (
        <QueryState query={list} height={72} />
      ) : (
        <div className="dependencies__columns">
          <DependencyColumn direction="ours" dependencies={ours} editable={can.editKeyResults && !frozen} />
          <DependencyColumn direction="theirs" dependencies={theirs} editable={false} />
        </div>
      )}
    </RuleCard>
  );
}

/** Each side's heading, and what it says when it has none. */
const sides = {
  ours: { title: "dependencies.dependsOn", none: "dependencies.noneDependsOn" },
  theirs: { title: "dependencies.dependedOnBy", none: "dependencies.noneDependedOnBy" },
} as const;

/** One side of the unit's dependencies: what it depends on (`ours`), or who depends on it (`theirs`). */
function DependencyColumn({
  direction,
  dependencies,
  editable,
}: {
  direction: "ours" | "theirs";
  dependencies: Dependency[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{t(sides[direction].title)}</h3>
      {dependencies.length === 0 ? (
        <p className="muted">{t(sides[direction].none)}</p>
      ) : (
        <ul className="dependencies__list">
          {dependencies.map((d) => (
            <DependencyItem key={d.id} dependency={d} direction={direction} editable={editable} />
          ))}
        </ul>
      )}
    </div>
  );
}

function DependencyItem({
  dependency: d,
  direction,
  editable,
}: {
  dependency: Dependency;
  direction: "ours" | "theirs";
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { link } = useOrg();
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const other = direction === "ours" ? d.dependsOn : d.keyResult;
  const mine = direction === "ours" ? d.keyResult : d.dependsOn;
  return (
    <li className={`dependency${d.atRisk ? " dependency--risk" : ""}`} data-dependency={d.id}>
      <p className="dependency__other">
        <Link href={link(`/units/${other.unitId}`)} className="user-text">
          {direction === "ours"
            ? t("dependencies.on", { unit: other.unitName, title: other.title })
            : t("dependencies.from", { unit: other.unitName, title: other.title })}
        </Link>
      </p>
      <p className="subtle user-text">{t("dependencies.ourKr", { title: mine.title })}</p>
      <p className={d.note ? "user-text dependency__note" : "muted"}>{d.note || t("dependencies.noNote")}</p>
      {d.atRisk && (
        <p className="badge badge--not_achieved dependency__risk">
          {t("dependencies.atRisk", { pace: paceText(t, d.dependsOn) })}
        </p>
      )}
      {editable && (
        <div className="dependency__actions">
          <RowAction onClick={() => setEditing(true)} quiet>
            {t("dependencies.edit")}
          </RowAction>
          <RowAction onClick={() => setWithdrawing(true)} quiet>
            {t("dependencies.withdraw")}
          </RowAction>
        </div>
      )}
      {editing && <EditNoteDialog dependency={d} onClose={() => setEditing(false)} />}
      {withdrawing && <WithdrawDialog dependency={d} onClose={() => setWithdrawing(false)} />}
    </li>
  );
}

function EditNoteDialog({ dependency: d, onClose }: { dependency: Dependency; onClose: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [note, setNote] = useState(d.note);
  const update = useUpdateDependency(org);
  const { bind } = useFieldErrors(update.error);
  return (
    <Dialog open onClose={onClose} title={t("dependencies.editTitle", { unit: d.dependsOn.unitName })}>
      <DialogForm
        mutation={update}
        submit={t("dependencies.saveNote")}
        onSubmit={() => update.mutate({ id: d.id, note }, { onSuccess: onClose })}
      >
        <NoteField rows={3} {...bind("note", note, setNote)} />
      </DialogForm>
    </Dialog>
  );
}

function WithdrawDialog({ dependency: d, onClose }: { dependency: Dependency; onClose: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useDeleteDependency(org);
  return (
    <ConfirmStep
      subject={d}
      step={remove}
      title={t("dependencies.withdrawTitle")}
      confirm={remove.isPending ? t("dependencies.withdrawing") : t("dependencies.withdraw")}
      onClose={onClose}
    >
      <p>{t("dependencies.withdrawBody", { unit: d.dependsOn.unitName })}</p>
    </ConfirmStep>
  );
}
