import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { DeclareDependencyDialog } from "./DeclareDependencyDialog.tsx";
import { paceText } from "./dependency-text.ts";
import { type Dependency, useDeleteDependency, useDependencies, useUpdateDependency } from "./queries.ts";
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
  const [declaring, setDeclaring] = useState(false);
  const all = list.data?.dependencies ?? [];
  const ours = all.filter((d) => d.keyResult.unitId === unitId);
  const theirs = all.filter((d) => d.dependsOn.unitId === unitId);
  const hasKeyResults = objectives.some((o) => o.keyResults.length > 0);
  const frozen = period?.status === "closed";
  return (
    <section className="card dependencies" aria-labelledby="dependencies-title">
      <div className="card__header">
        <h2 id="dependencies-title">{t("dependencies.title")}</h2>
        <RuleId id="M7" />
        {can.editKeyResults && hasKeyResults && !frozen && (
          <button type="button" className="btn btn--small" onClick={() => setDeclaring(true)}>
            <Icon name="plus" />
            {t("dependencies.declare")}
          </button>
        )}
      </div>
      <div className="card__body">
        <p className="subtle">{t("dependencies.hint")}</p>
        {can.ready && can.why.editKeyResults && <WhyNote>{reasonText(t, can.why.editKeyResults)}</WhyNote>}
        {list.isPending && list.fetchStatus !== "idle" ? (
          <Skeleton height={72} />
        ) : list.isError ? (
          <p className="alert" role="alert">
            {t("errors.loadFailed")}{" "}
            <button type="button" className="btn btn--small" onClick={() => list.refetch()}>
              {t("dependencies.retry")}
            </button>
          </p>
        ) : (
          <div className="dependencies__columns">
            <div>
              <h3>{t("dependencies.dependsOn")}</h3>
              {ours.length === 0 ? (
                <p className="muted">{t("dependencies.noneDependsOn")}</p>
              ) : (
                <ul className="dependencies__list">
                  {ours.map((d) => (
                    <DependencyItem
                      key={d.id}
                      dependency={d}
                      direction="ours"
                      editable={can.editKeyResults && !frozen}
                    />
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>{t("dependencies.dependedOnBy")}</h3>
              {theirs.length === 0 ? (
                <p className="muted">{t("dependencies.noneDependedOnBy")}</p>
              ) : (
                <ul className="dependencies__list">
                  {theirs.map((d) => (
                    <DependencyItem key={d.id} dependency={d} direction="theirs" editable={false} />
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </div>
      {declaring && (
        <DeclareDependencyDialog
          unitId={unitId}
          objectives={objectives}
          open={declaring}
          onClose={() => setDeclaring(false)}
        />
      )}
    </section>
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
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setEditing(true)}>
            {t("dependencies.edit")}
          </button>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setWithdrawing(true)}>
            {t("dependencies.withdraw")}
          </button>
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
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ id: d.id, note }, { onSuccess: onClose });
        }}
      >
        <div className="dialog__body">
          <TextField
            label={t("dependencies.note")}
            hint={t("dependencies.noteHint")}
            rows={3}
            maxLength={2000}
            {...bind("note", note, setNote)}
          />
          <FailureAlert error={update.error} onRetry={resend(update)} busy={update.isPending} />
        </div>
        <DialogFooter pending={update.isPending} onCancel={onClose}>
          {t("dependencies.saveNote")}
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function WithdrawDialog({ dependency: d, onClose }: { dependency: Dependency; onClose: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useDeleteDependency(org);
  return (
    <ConfirmDialog
      open
      title={t("dependencies.withdrawTitle")}
      confirm={remove.isPending ? t("dependencies.withdrawing") : t("dependencies.withdraw")}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(d.id, { onSuccess: onClose })}
      onClose={onClose}
    >
      <p>{t("dependencies.withdrawBody", { unit: d.dependsOn.unitName })}</p>
    </ConfirmDialog>
  );
}
