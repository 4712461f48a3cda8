import type { TFunction } from "i18next";
import type { MetricSource } from "../../api/metric-sources.ts";

/** "Daily at 06:30 UTC", "Every hour at :15", "Mondays at 09:00 UTC", in the reader's language. */
export function scheduleText(t: TFunction, schedule: MetricSource["schedule"]): string {
  if (schedule.every === "hourly") return t("source.schedule.hourlyAt", { minute: schedule.at.slice(3) });
  if (schedule.every === "daily") return t("source.schedule.dailyAt", { at: schedule.at });
  return t("source.schedule.weeklyAt", { day: t(`source.weekdays.${schedule.weekday}`), at: schedule.at });
}
