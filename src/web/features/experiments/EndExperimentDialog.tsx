import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { bindFields } from "../../ui/bindFields.ts";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { definitionText } from "./definition.ts";
import { type Experiment, useEndExperiment } from "./queries.ts";
import { ProseField } from "./RuleHint.tsx";
import { experimentErrors } from "./rule-errors.ts";

const outcomes = ["supported", "refuted", "inconclusive"] as const;

/**
 * End a running experiment: its outcome, the observed value of every metric not dropped (the full
 * set, S6), and the learning that goes to the library (S7); an interview round also says who the
 * team talked to and the pain it heard (K6).
 */
export function EndExperimentDialog({
  experiment,
  open,
  onClose,
}: {
  experiment: Experiment;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t("experiments.end.title")}>
      <EndForm experiment={experiment} />
    </Dialog>
  );
}

function EndForm({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const format = useFormat();
  const { org } = useOrg();
  const end = useEndExperiment(org, experiment.id);
  const active = experiment.metrics.filter((m) => !m.dropped);
  const [outcome, setOutcome] = useState<(typeof outcomes)[number]>("supported");
  const [observed, setObserved] = useState<Record<string, string>>({});
  const [learning, setLearning] = useState("");
  const [participants, setParticipants] = useState(experiment.participants);
  const [painHeard, setPainHeard] = useState(experiment.painHeard);
  const [checked, setChecked] = useState(false);
  const errors = experimentErrors(t, end.error);
  const field = bindFields(errors);
  const interview = experiment.kind === "interview";
  // The API names a missing value by the metric's place in the whole set ("observed.2").
  const observedError = (metricId: string) => {
    const typed = observed[metricId] ?? "";
    if (checked && typed.trim()) return numberError(t, typed);
    return errors.get(`observed.${experiment.metrics.findIndex((m) => m.id === metricId)}`);
  };

  const save = () => {
    setChecked(true);
    const typed = active.filter((m) => (observed[m.id] ?? "").trim());
    if (typed.some((m) => numberError(t, observed[m.id] ?? ""))) return;
    end.mutate(
      {
        outcome,
        learning: learning.trim(),
        observed: typed.map((m) => ({
          metricId: m.id,
          value: (parseNumber(observed[m.id] ?? "") as { value: number }).value,
        })),
        ...(interview ? { participants: participants.trim(), painHeard: painHeard.trim() } : {}),
      },
      { onSuccess: close },
    );
  };

  return (
    <DialogForm
      className="experiment-form"
      mutation={end}
      submit={t("experiments.end.save")}
      busy={t("experiments.end.saving")}
      onSubmit={save}
    >
      <ChoiceGroup
        name="experiment-outcome"
        legend={t("experiments.end.outcome")}
        choices={outcomes}
        value={outcome}
        onChange={setOutcome}
        label={(o) => t(`experiments.outcome.${o}`)}
        help={(o) => t(`experiments.outcomeHelp.${o}`)}
      />
      {active.length > 0 && (
        <fieldset className="experiment-form__observed">
          <legend className="field__label">{t("experiments.end.observed")}</legend>
          <p className="field__hint">
            <RuleId id="S6" /> {t("experiments.end.observedHint")}
          </p>
          {active.map((metric) => (
            <TextField
              key={metric.id}
              label={`${metric.name} (${definitionText(t, format.value, metric)})`}
              inputMode="decimal"
              value={observed[metric.id] ?? ""}
              onChange={(value) => setObserved({ ...observed, [metric.id]: value })}
              error={observedError(metric.id)}
            />
          ))}
        </fieldset>
      )}
      {interview && (
        <>
          <ProseField
            label={t("experiments.end.participants")}
            rule="K6"
            rows={2}
            {...field("participants", participants, setParticipants)}
          />
          <ProseField
            label={t("experiments.end.painHeard")}
            rule="K6"
            {...field("painHeard", painHeard, setPainHeard)}
          />
        </>
      )}
      <ProseField
        label={t("experiments.end.learning")}
        rule="S7"
        hint={t("experiments.end.learningHint")}
        {...field("learning", learning, setLearning)}
      />
    </DialogForm>
  );
}
