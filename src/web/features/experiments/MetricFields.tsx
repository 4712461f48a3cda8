import { useTranslation } from "react-i18next";
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
  const set = (field: keyof MetricDraft) => (next: string) => onChange({ ...value, [field]: next });
  return (
    <div className="metric-fields">
      <TextField
        label={t("experiments.form.metricName")}
        value={value.name}
        onChange={set("name")}
        error={errorOf("name")}
        maxLength={200}
      />
      <SelectField
        label={t("experiments.form.metricDirection")}
        error={errorOf("direction")}
        value={value.direction}
        onChange={set("direction")}
        options={optionsOf(directions, (d) => t(`experiments.direction.${d}`))}
      />
      <TextField
        label={t("experiments.form.metricThreshold")}
        value={value.threshold}
        onChange={set("threshold")}
        error={errorOf("threshold")}
        inputMode="decimal"
      />
      <TextField
        label={t("experiments.form.metricUnit")}
        value={value.unit}
        onChange={set("unit")}
        error={errorOf("unit")}
        maxLength={40}
      />
    </div>
  );
}
