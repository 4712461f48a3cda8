import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { bindFields } from "../../ui/bindFields.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { ReasonField } from "../../ui/ReasonField.tsx";
import { emptyMetric, type MetricDraft, MetricFields } from "./MetricFields.tsx";
import { type Experiment, type ExperimentMetric, useChangeMetric } from "./queries.ts";
import { RuleHint } from "./RuleHint.tsx";
import { experimentErrors } from "./rule-errors.ts";

export type MetricEdit = { action: "change" | "drop"; metric: ExperimentMetric } | { action: "add" };

interface Props {
  experiment: Experiment;
  edit: MetricEdit | null;
  onClose: () => void;
}

/**
 * Change, drop or add a success metric. In draft that is free; once the experiment runs the API
 * asks for a reason (422, S6), which this dialog shows under the reason field, and the change is
 * recorded with the original kept beside it.
 */
export function ChangeMetricDialog({ experiment, edit, onClose }: Props) {
  const { t } = useTranslation();
  const title =
    edit?.action === "add"
      ? t("experiments.change.addTitle")
      : edit?.action === "drop"
        ? t("experiments.change.dropTitle")
        : t("experiments.change.title");
  return (
    <Dialog open={edit !== null} onClose={onClose} title={title}>
      {edit && (
        <ChangeMetricForm
          key={edit.action === "add" ? "add" : `${edit.action}-${edit.metric.id}`}
          experiment={experiment}
          edit={edit}
        />
      )}
    </Dialog>
  );
}

function ChangeMetricForm({ experiment, edit }: { experiment: Experiment; edit: MetricEdit }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const change = useChangeMetric(org, experiment.id);
  const running = experiment.status === "running";
  const [draft, setDraft] = useState<MetricDraft>(
    edit.action === "add"
      ? { ...emptyMetric }
      : {
          name: edit.metric.name,
          direction: edit.metric.direction,
          threshold: String(edit.metric.threshold),
          unit: edit.metric.unit,
        },
  );
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const errors = experimentErrors(t, change.error);
  const field = bindFields(errors);
  const thresholdError = checked && edit.action !== "drop" ? numberError(t, draft.threshold) : undefined;

  const save = () => {
    setChecked(true);
    const base = { reason: reason.trim() || undefined };
    if (edit.action === "drop") {
      change.mutate({ action: "drop", metricId: edit.metric.id, ...base }, { onSuccess: close });
      return;
    }
    const threshold = parseNumber(draft.threshold);
    if (!threshold.ok) return;
    change.mutate(
      {
        action: edit.action,
        ...(edit.action === "change" ? { metricId: edit.metric.id } : {}),
        name: draft.name.trim(),
        direction: draft.direction,
        threshold: threshold.value,
        unit: draft.unit.trim(),
        ...base,
      },
      { onSuccess: close },
    );
  };

  return (
    <DialogForm
      className="experiment-form"
      mutation={change}
      submit={running ? t("experiments.change.save") : t("experiments.change.saveDraft")}
      busy={t("experiments.change.saving")}
      onSubmit={save}
    >
      {running && (
        <p className="muted">
          <RuleHint rule="S6">
            {edit.action === "drop" ? t("experiments.change.dropNote") : t("experiments.change.runningNote")}
          </RuleHint>
        </p>
      )}
      {edit.action === "drop" ? (
        <p className="user-text metric__name">{edit.metric.name}</p>
      ) : (
        <MetricFields
          value={draft}
          onChange={setDraft}
          errorOf={(field) => (field === "threshold" ? (thresholdError ?? errors.get(field)) : errors.get(field))}
        />
      )}
      {(running || experiment.status === "ended") && (
        <ReasonField
          rule="S6"
          label={t("experiments.change.reason")}
          hint={t("experiments.change.reasonHint")}
          {...field("reason", reason, setReason)}
        />
      )}
    </DialogForm>
  );
}
