import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { usePeople, useUnitOkrs } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { bindFields } from "../../ui/bindFields.ts";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { KeyResultSelect, PersonSelect } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { emptyMetric, type MetricDraft, MetricFields } from "./MetricFields.tsx";
import { type Experiment, useCreateExperiment } from "./queries.ts";
import { ProseField } from "./RuleHint.tsx";
import { experimentErrors } from "./rule-errors.ts";

const kinds = ["experiment", "interview"] as const;

interface Props {
  open: boolean;
  unitId: string;
  /** The key result chosen when the dialog opened from it. */
  keyResultId?: string;
  onClose: () => void;
}

/** P2, M6: a team member writes an experiment in draft, with the KR it should move and its metrics (S6). */
export function NewExperimentDialog({ open, unitId, keyResultId, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("experiments.form.title")}
      description={t("experiments.form.description")}
    >
      <NewExperimentForm unitId={unitId} keyResultId={keyResultId} />
    </Dialog>
  );
}

function NewExperimentForm({ unitId, keyResultId }: Omit<Props, "open" | "onClose">) {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  const [, navigate] = useLocation();
  const okrs = useUnitOkrs(org, unitId, period?.id);
  const people = usePeople(org);
  const create = useCreateExperiment(org);
  const [kind, setKind] = useState<(typeof kinds)[number]>("experiment");
  const [title, setTitle] = useState("");
  const [hypothesis, setHypothesis] = useState("");
  const [krId, setKrId] = useState(keyResultId ?? "");
  const [ownerId, setOwnerId] = useState("");
  const [metrics, setMetrics] = useState<MetricDraft[]>([{ ...emptyMetric }]);
  const [checked, setChecked] = useState(false);
  const errors = experimentErrors(t, create.error);
  const field = bindFields(errors);
  const keyResults = (okrs.data?.objectives ?? []).filter((o) => o.status !== "cancelled").flatMap((o) => o.keyResults);
  // A metric row left empty is not sent; a typed threshold must read as a number.
  const filled = metrics.filter((m) => m.name.trim() || m.threshold.trim());
  const thresholdError = (m: MetricDraft) => (checked ? numberError(t, m.threshold) : undefined);

  const save = () => {
    setChecked(true);
    if (filled.some((m) => numberError(t, m.threshold))) return;
    create.mutate(
      {
        kind,
        title: title.trim(),
        hypothesis: hypothesis.trim(),
        keyResultId: krId,
        unitId,
        ownerId: ownerId || null,
        metrics: filled.map((m) => ({
          name: m.name.trim(),
          direction: m.direction,
          threshold: (parseNumber(m.threshold) as { value: number }).value,
          unit: m.unit.trim(),
        })),
      },
      { onSuccess: (experiment: Experiment) => navigate(link(`/experiments/${experiment.id}`)) },
    );
  };

  return (
    <DialogForm
      className="experiment-form"
      mutation={create}
      submit={t("experiments.form.create")}
      busy={t("experiments.form.creating")}
      onSubmit={save}
    >
      <ChoiceGroup
        name="experiment-kind"
        legend={t("experiments.form.kind")}
        choices={kinds}
        value={kind}
        onChange={setKind}
        label={(k) => t(`experiments.kind.${k}`)}
        help={(k) => t(`experiments.kindHelp.${k}`)}
        className="experiment-form__kinds"
      />
      <TextField label={t("experiments.form.name")} maxLength={300} {...field("title", title, setTitle)} />
      <ProseField
        label={t("experiments.form.hypothesis")}
        rule="P2"
        hint={t("experiments.form.hypothesisHint")}
        {...field("hypothesis", hypothesis, setHypothesis)}
      />
      <KeyResultSelect
        label={t("experiments.form.keyResult")}
        hint={
          keyResults.length === 0 && okrs.data
            ? t("experiments.form.noKeyResults", { period: period?.name ?? "" })
            : undefined
        }
        none={t("experiments.form.keyResultNone")}
        keyResults={keyResults}
        {...field("keyResultId", krId, setKrId)}
      />
      <PersonSelect
        label={t("experiments.form.owner")}
        none={t("experiments.noOwner")}
        people={people.data ?? []}
        {...field("ownerId", ownerId, setOwnerId)}
      />
      <fieldset className="experiment-form__metrics">
        <legend className="field__label">{t("experiments.form.metrics")}</legend>
        <p className="field__hint">
          <RuleId id="S6" /> {t("experiments.form.metricsHint")}
        </p>
        {metrics.map((metric, index) => (
          // Rows have no id of their own before they are saved; their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="experiment-form__metric">
            <MetricFields
              value={metric}
              onChange={(next) => setMetrics(metrics.map((m, i) => (i === index ? next : m)))}
              errorOf={(field) =>
                field === "threshold" && (metric.name.trim() || metric.threshold.trim())
                  ? (thresholdError(metric) ?? errors.get(`metrics.${filled.indexOf(metric)}.threshold`))
                  : errors.get(`metrics.${filled.indexOf(metric)}.${field}`)
              }
            />
            <button
              type="button"
              className="icon-btn"
              aria-label={t("experiments.form.removeMetric", { n: index + 1 })}
              onClick={() => setMetrics(metrics.filter((_, i) => i !== index))}
            >
              <Icon name="x" size={14} />
            </button>
          </div>
        ))}
        <RowAction onClick={() => setMetrics([...metrics, { ...emptyMetric }])} icon="plus" quiet>
          {t("experiments.form.addMetric")}
        </RowAction>
      </fieldset>
    </DialogForm>
  );
}
