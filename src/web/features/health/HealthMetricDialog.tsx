import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePeople } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import type { DialogState } from "../../ui/DialogAction.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { numberError } from "../../ui/numberError.ts";
import { numberText, parseNumber } from "../../ui/parse-number.ts";
import { PersonSelect } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { type HealthMetric, useSaveHealthMetric } from "./queries.ts";
import { useHealthFields } from "./useHealthFields.ts";

interface Props {
  unitId: string;
  /** The metric to change; a new one when null. */
  metric: HealthMetric | null;
}

/** Adds or changes a health metric: its name, unit, healthy range, owner and why it matters. */
export function HealthMetricDialog({ unitId, metric, ...dialog }: Props & DialogState) {
  const { t } = useTranslation();
  return (
    <Dialog
      {...dialog}
      title={metric ? t("health.form.editTitle") : t("health.form.addTitle")}
      description={t("health.form.intro")}
    >
      <HealthMetricForm unitId={unitId} metric={metric} />
    </Dialog>
  );
}

function HealthMetricForm({ unitId, metric }: Props) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const save = useSaveHealthMetric(org, unitId);
  const people = usePeople(org);
  const [name, setName] = useState(metric?.name ?? "");
  const [unit, setUnit] = useState(metric?.unit ?? "");
  const [low, setLow] = useState(numberText(metric?.rangeLow));
  const [high, setHigh] = useState(numberText(metric?.rangeHigh));
  const [ownerId, setOwnerId] = useState(metric?.ownerId ?? "");
  const [description, setDescription] = useState(metric?.description ?? "");
  const [tried, setTried] = useState(false);
  // The API's field errors, each gone once its field is edited; a typed bound that is no number
  // is said here before anything is sent.
  const bind = useHealthFields(save.error);
  const lowError = tried ? numberError(t, low, true) : undefined;
  const highError = tried ? numberError(t, high, true) : undefined;

  const bound = (text: string) => {
    const parsed = parseNumber(text);
    return parsed.ok ? parsed.value : null;
  };
  const submit = () => {
    setTried(true);
    if (numberError(t, low, true) || numberError(t, high, true)) return;
    save.mutate(
      {
        id: metric?.id,
        name: name.trim(),
        unit: unit.trim(),
        rangeLow: bound(low),
        rangeHigh: bound(high),
        ownerId: ownerId || null,
        description,
      },
      { onSuccess: close },
    );
  };

  return (
    <DialogForm
      mutation={save}
      submit={t("health.form.save")}
      onSubmit={submit}
      className="health-form"
      label={metric ? t("health.form.editTitle") : t("health.form.addTitle")}
      noValidate
      lockCancel
    >
      <TextField label={t("health.form.name")} hint={t("health.form.nameHint")} {...bind("name", name, setName)} />
      <TextField
        label={t("health.form.unit")}
        hint={t("health.form.unitHint")}
        autoComplete="off"
        {...bind("unit", unit, setUnit)}
      />
      <div className="health-form__range">
        <TextField
          label={t("health.form.low")}
          inputMode="decimal"
          autoComplete="off"
          {...bind("rangeLow", low, setLow, lowError)}
        />
        <TextField
          label={t("health.form.high")}
          inputMode="decimal"
          autoComplete="off"
          {...bind("rangeHigh", high, setHigh, highError)}
        />
      </div>
      <p className="subtle health-form__range-hint">{t("health.form.rangeHint")}</p>
      <PersonSelect
        label={t("health.form.owner")}
        none={t("health.form.noOwner")}
        people={people.data ?? []}
        {...bind("ownerId", ownerId, setOwnerId)}
      />
      <TextField
        label={t("health.form.description")}
        hint={t("health.form.descriptionHint")}
        rows={3}
        {...bind("description", description, setDescription)}
      />
    </DialogForm>
  );
}
