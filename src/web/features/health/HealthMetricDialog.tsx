import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { usePeople } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Field } from "../../ui/Field.tsx";
import { numberError } from "../../ui/numberError.ts";
import { numberText, parseNumber } from "../../ui/parse-number.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { healthFieldText } from "./health-text.ts";
import { type HealthMetric, useSaveHealthMetric } from "./queries.ts";

interface Props {
  unitId: string;
  /** The metric to change; a new one when null. */
  metric: HealthMetric | null;
  open: boolean;
  onClose: () => void;
}

/** Adds or changes a health metric: its name, unit, healthy range, owner and why it matters. */
export function HealthMetricDialog({ unitId, metric, open, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={metric ? t("health.form.editTitle") : t("health.form.addTitle")}
      description={t("health.form.intro")}
    >
      <HealthMetricForm key={metric?.id ?? "new"} unitId={unitId} metric={metric} onClose={onClose} />
    </Dialog>
  );
}

function HealthMetricForm({ unitId, metric, onClose }: Omit<Props, "open">) {
  const { t } = useTranslation();
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
  const { errors, fix } = useFieldErrors(save.error);
  const apiText = (field: string) => (errors.has(field) ? healthFieldText(t, refusalOf(save.error), field) : undefined);
  const bind = (field: string, value: string, set: (v: string) => void, local?: string) => ({
    value,
    error: local ?? apiText(field),
    onChange: (next: string) => {
      set(next);
      fix(field);
    },
  });
  const lowError = tried ? numberError(t, low, true) : undefined;
  const highError = tried ? numberError(t, high, true) : undefined;

  const bound = (text: string) => {
    const parsed = parseNumber(text);
    return parsed.ok ? parsed.value : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
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
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={metric ? t("health.form.editTitle") : t("health.form.addTitle")}>
      <div className="dialog__body health-form">
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
        <Field label={t("health.form.owner")} error={apiText("ownerId")}>
          {(props) => (
            <select
              {...props}
              className="select"
              value={ownerId}
              onChange={(e) => {
                setOwnerId(e.target.value);
                fix("ownerId");
              }}
            >
              <option value="">{t("health.form.noOwner")}</option>
              {(people.data ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t("health.form.description")}
          hint={t("health.form.descriptionHint")}
          rows={3}
          {...bind("description", description, setDescription)}
        />
        <FailureAlert error={save.error} onRetry={resend(save)} busy={save.isPending} />
      </div>
      <DialogFooter pending={save.isPending} onCancel={onClose} lockCancel>
        {t("health.form.save")}
      </DialogFooter>
    </form>
  );
}
