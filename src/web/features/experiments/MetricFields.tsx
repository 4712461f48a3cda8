import { useTranslation } from "react-i18next";
import { bindDraft } from "../../ui/bindFields.ts";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { MetricDirection } from "./queries.ts";

/** A success metric as typed: the threshold stays text until it is sent (ui/parse-number.ts). */
export interface MetricDraft {
  name: string;
  direction: MetricDirection;
  threshold: string;
  unit: string;
}

const directions: readonly MetricDirection[] = ["at_least", "at_most"];

export const emptyMetric: MetricDraft = { name: "", direction: "at_least", threshold: "", unit: "" };

interface Props {
  value: MetricDraft;
  onChange: (next: MetricDraft) => void;
  /** Errors by field name (name, direction, threshold, unit). */
  errorOf: (field: keyof MetricDraft) => string | undefined;
}

/** One success metric's definition (S6): name, at least / at most, threshold and unit, on one row. */
export function MetricFields({ value, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const field = bindDraft(value, (patch) => onChange({ ...value, ...patch }), errorOf);
  return (
    <div className="metric-fields">
      <TextField label={t("experiments.form.metricName")} maxLength={200} {...field("name")} />
      <SelectField
        label={t("experiments.form.metricDirection")}
        options={optionsOf(directions, (d) => t(`experiments.direction.${d}`))}
        {...field("direction")}
      />
      <TextField label={t("experiments.form.metricThreshold")} inputMode="decimal" {...field("threshold")} />
      <TextField label={t("experiments.form.metricUnit")} maxLength={40} {...field("unit")} />
    </div>
  );
}
