import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { healthFieldText, rangeText } from "./health-text.ts";
import { type HealthMetric, useRecordHealthReading } from "./queries.ts";

/** Records a reading of a health metric, now; what was typed stays when the save fails. */
export function ReadingDialog({ metric, onClose }: { metric: HealthMetric | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={metric !== null}
      onClose={onClose}
      title={metric ? t("health.reading.title", { name: metric.name }) : ""}
    >
      {metric && <ReadingForm key={metric.id} metric={metric} onClose={onClose} />}
    </Dialog>
  );
}

function ReadingForm({ metric, onClose }: { metric: HealthMetric; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const record = useRecordHealthReading(org, metric.unitId);
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const { errors, fix } = useFieldErrors(record.error);
  const apiText = (field: string) =>
    errors.has(field) ? healthFieldText(t, refusalOf(record.error), field) : undefined;
  const valueError = tried ? numberError(t, value) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const parsed = parseNumber(value);
    if (!parsed.ok) return;
    record.mutate({ id: metric.id, value: parsed.value, note }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("health.reading.title", { name: metric.name })}>
      <div className="dialog__body">
        <TextField
          label={t("health.reading.value", { unit: metric.unit || t("health.reading.noUnit") })}
          hint={t("health.reading.valueHint", { range: rangeText(t, format, metric) })}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          error={valueError ?? apiText("readings.0.value")}
          onChange={(next) => {
            setValue(next);
            fix("readings.0.value");
          }}
        />
        <TextField
          label={t("health.reading.note")}
          rows={2}
          value={note}
          error={apiText("readings.0.note")}
          onChange={(next) => {
            setNote(next);
            fix("readings.0.note");
          }}
        />
        <FailureAlert error={record.error} onRetry={resend(record)} busy={record.isPending} />
      </div>
      <DialogFooter pending={record.isPending} onCancel={onClose} lockCancel>
        {t("health.reading.save")}
      </DialogFooter>
    </form>
  );
}
