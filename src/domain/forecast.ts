import { type KeyResultSpec, keyResultProgress } from "./key-result-kinds.ts";

// The forecast of a KR's end value (S2 while a period runs). Time is always passed in.

/** The readings the trend is drawn through: the latest few, so an old slope does not linger. */
export const FORECAST_READINGS = 6;
/** With fewer readings there is no trend to speak of (a baseline alone says nothing of speed). */
export const MIN_FORECAST_READINGS = 2;

const DAY = 86_400_000;

export interface Reading {
  at: Date;
  value: number;
}

export interface Forecast {
  /** The value the trend reaches at the end of the deadline day. */
  value: number;
  /** One standard error of that prediction either side (about two chances in three). */
  low: number;
  high: number;
  /** S1 progress of `value`; null when the KR cannot be measured (no baseline or target). */
  progress: number | null;
}

export interface ForecastInput {
  spec: KeyResultSpec;
  /** Any order; the latest FORECAST_READINGS are used. */
  readings: Reading[];
  /** YYYY-MM-DD: the baseline counts as a reading at the start of this day. */
  periodStartsOn: string;
  /** YYYY-MM-DD: the KR's deadline, or the period's end without one; forecast for the end of the day. */
  endsOn: string;
}

/**
 * The model, stated once (docs/pace-and-forecast.md): a least-squares straight line through the
 * latest FORECAST_READINGS readings plus, for a metric KR with a baseline, the baseline as a
 * reading at the period's start, with time in days; extrapolated to the end of the deadline
 * day. The range is that prediction plus and minus one standard error of prediction,
 * s * sqrt(1 + 1/n + (t - mean t)^2 / Sxx) with s the residual spread sqrt(SSE / (n - 2)):
 * it widens when readings scatter around the line and the deadline is far off, and closes when
 * they lie on it. With three points or fewer a spread is still taken from the residuals
 * (n - 2 floored at 1). Fewer than MIN_FORECAST_READINGS readings: no forecast.
 */
export function forecastKeyResult(input: ForecastInput): Forecast | null {
  if (input.readings.length < MIN_FORECAST_READINGS) return null;
  const start = Date.parse(`${input.periodStartsOn}T00:00:00Z`);
  const recent = [...input.readings].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, FORECAST_READINGS);
  const points = recent.map((r) => ({ t: (r.at.getTime() - start) / DAY, v: r.value }));
  if (input.spec.kind === "metric" && input.spec.baseline !== null) points.push({ t: 0, v: input.spec.baseline });
  const end = (Date.parse(`${input.endsOn}T00:00:00Z`) + DAY - start) / DAY;
  const n = points.length;
  const meanT = points.reduce((sum, p) => sum + p.t, 0) / n;
  const meanV = points.reduce((sum, p) => sum + p.v, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.t - meanT) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.t - meanT) * (p.v - meanV), 0);
  // All readings at one instant give no slope: the forecast is where they stand.
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (t: number) => meanV + slope * (t - meanT);
  const sse = points.reduce((sum, p) => sum + (p.v - at(p.t)) ** 2, 0);
  const spread = Math.sqrt(sse / Math.max(1, n - 2));
  const leverage = sxx === 0 ? 0 : (end - meanT) ** 2 / sxx;
  const error = spread * Math.sqrt(1 + 1 / n + leverage);
  const value = at(end);
  return { value, low: value - error, high: value + error, progress: keyResultProgress(input.spec, value) };
}
