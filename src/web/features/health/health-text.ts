import type { TFunction } from "i18next";
import type { ApiError } from "../../api/types.ts";
import { detailText } from "../editor/errors.ts";

type Format = { value: (value: number | null | undefined, unit: string) => string };

/** The healthy range in words: "at least 99.5 %", "at most 2 %", "between 10 and 20 ms". */
export function rangeText(
  t: TFunction,
  format: Format,
  metric: { rangeLow: number | null; rangeHigh: number | null; unit: string },
): string {
  const low = format.value(metric.rangeLow, metric.unit);
  const high = format.value(metric.rangeHigh, metric.unit);
  if (metric.rangeLow !== null && metric.rangeHigh !== null) {
    return metric.rangeLow === metric.rangeHigh
      ? t("health.range.exactly", { low })
      : t("health.range.between", { low, high });
  }
  return metric.rangeLow !== null ? t("health.range.atLeast", { low }) : t("health.range.atMost", { high });
}

/**
 * An API field error in this feature's words where it has its own ("range", "unique" names a
 * metric, not a period), else in the app's usual words.
 */
export function healthFieldText(t: TFunction, error: ApiError | undefined, field: string): string | undefined {
  const detail = error?.details.find((d) => d.field === field);
  if (!detail) return undefined;
  return t(`health.errors.${detail.rule}.${field}`, {
    defaultValue: t(`health.errors.${detail.rule}.default`, { defaultValue: detailText(t, detail) }),
  });
}
