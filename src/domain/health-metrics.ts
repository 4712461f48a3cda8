import { type Range, type RangeSide, sideOfRange } from "./range.ts";

// Health metrics: the numbers a unit watches outside its OKRs (uptime, churn, cost, support
// backlog), each with a healthy range. They are the guardrails a stretch KR must not break (the
// "keep within range" KR kind reads the same range rule, src/domain/range.ts).

/** A metric's state by its latest reading: no reading yet, inside its range, or out of it. */
export type HealthState = "no_reading" | "in_range" | "below" | "above";

export interface HealthReadingState extends Range {
  /** The latest reading that counts (withdrawn ones do not); null before the first. */
  currentValue: number | null;
}

export function healthStateOf(metric: HealthReadingState): HealthState {
  if (metric.currentValue === null) return "no_reading";
  const side: RangeSide = sideOfRange(metric, metric.currentValue);
  return side === "inside" ? "in_range" : side;
}

/** Out of range: what the team page marks and the dashboard alerts on. */
export function isOutOfRange(metric: HealthReadingState): boolean {
  const state = healthStateOf(metric);
  return state === "below" || state === "above";
}

/** How many readings the team page's sparkline draws. */
export const SPARKLINE_READINGS = 12;
