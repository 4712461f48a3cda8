import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import type { DialogState } from "../../ui/DialogAction.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { TextField } from "../../ui/TextField.tsx";
import { rangeText } from "./health-text.ts";
import { type HealthMetric, useRecordHealthReading } from "./queries.ts";
import { useHealthFields } from "./useHealthFields.ts";

/** Records a reading of a health metric, now; what was typed stays when the save fails. */
export function ReadingDialog({ metric, ...dialog }: { metric: HealthMetric } & DialogState) {
  const { t } = useTranslation();
  return (
    <Dialog {...dialog} title={t("health.reading.title", { name: metric.name })}>
      <ReadingForm metric={metric} />
    </Dialog>
  );
}

function ReadingForm({ metric }: { metric: HealthMetric }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const format = useFormat();
  const { org } = useOrg();
  const record = useRecordHealthReading(org, metric.unitId);
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const bind = useHealthFields(record.error);
  const valueError = tried ? numberError(t, value) : undefined;

  const submit = () => {
    setTried(true);
    const parsed = parseNumber(value);
    if (!parsed.ok) return;
    record.mutate({ id: metric.id, value: parsed.value, note }, { onSuccess: close });
  };
  return (
    <DialogForm
      mutation={record}
      submit={t("health.reading.save")}
      onSubmit={submit}
      label={t("health.reading.title", { name: metric.name })}
      noValidate
      lockCancel
    >
      <TextField
        label={t("health.reading.value", { unit: metric.unit || t("health.reading.noUnit") })}
        hint={t("health.reading.valueHint", { range: rangeText(t, format, metric) })}
        inputMode="decimal"
        autoComplete="off"
        {...bind("readings.0.value", value, setValue, valueError)}
      />
      <TextField label={t("health.reading.note")} rows={2} {...bind("readings.0.note", note, setNote)} />
    </DialogForm>
  );
}
