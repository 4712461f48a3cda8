import type { KeyResultRow, Period } from "../../db/schema.ts";

/** A KR's forecast of its end value (src/domain/forecast.ts), for the date it is drawn to. */
export interface ForecastView {
  value: number;
  low: number;
  high: number;
  /** S1 progress of `value`; null when the KR cannot be measured. */
  progress: number | null;
  /** YYYY-MM-DD: the KR's deadline, or the period's end. */
  on: string;
}

/**
 * The stored forecast as the views show it; null without one (fewer than two readings) and for
 * a rolled-up KR (M5), whose progress comes from the objectives below, not its own readings.
 */
export function forecastOf(
  kr: Pick<
    KeyResultRow,
    "forecastValue" | "forecastLow" | "forecastHigh" | "forecastProgress" | "deadline" | "rolledUp"
  >,
  period: Pick<Period, "endsOn">,
): ForecastView | null {
  if (kr.rolledUp || kr.forecastValue === null || kr.forecastLow === null || kr.forecastHigh === null) return null;
  return {
    value: kr.forecastValue,
    low: kr.forecastLow,
    high: kr.forecastHigh,
    progress: kr.forecastProgress,
    on: kr.deadline ?? period.endsOn,
  };
}
