import {
  FORECAST_AT_RISK_BELOW,
  LOW_CONFIDENCE,
  PACE_TOLERANCE,
  type Pace,
  type PacedKeyResult,
  type PaceReason,
  type PeriodWindow,
  paceOf,
} from "./pace.ts";
import { daysBetween } from "./period.ts";

// The leader dashboard's rules (S5): which KRs need a look now. Time is always passed in. The
// pace rule itself lives in pace.ts, so the team page and the dashboard say the same.

export { expectedProgress, LOW_CONFIDENCE, PACE_TOLERANCE, type PeriodWindow } from "./pace.ts";

/** A KR with no check-in for this many days has gone quiet. */
export const STALE_AFTER_DAYS = 14;
/** The constants the dashboard's SQL receives as parameters, so it applies the domain's rule. */
export const ASSESSMENT_RULES = {
  lowConfidence: LOW_CONFIDENCE,
  paceTolerance: PACE_TOLERANCE,
  forecastAtRiskBelow: FORECAST_AT_RISK_BELOW,
  staleAfterDays: STALE_AFTER_DAYS,
} as const;

/** S4: formal reviews every 6 weeks by default. */
export const DEFAULT_REVIEW_CADENCE_WEEKS = 6;

export type RiskReason = PaceReason;

export type TrackedKeyResult = PacedKeyResult;

export interface Assessment {
  /** Null while the KR is not measured yet. */
  pace: Pace | null;
  reasons: RiskReason[];
  /** Where the straight line from baseline (period start) to target (deadline) stands now. */
  expectedProgress: number | null;
  /** Days since the last check-in, or since the period started for a KR never checked in. */
  daysWithoutCheckIn: number | null;
  stale: boolean;
}

/** Behind or at risk: what the dashboard's "at risk" list holds. */
export function needsAttention(pace: Pace | null): boolean {
  return pace === "behind" || pace === "at_risk";
}

/**
 * Days since the last check-in. A KR never checked in counts from the period's start, whenever
 * it was added: two weeks into a period a KR without a reading is quiet, so a new organisation
 * whose KRs were never read is not told they all were.
 */
export function daysWithoutCheckIn(kr: TrackedKeyResult, period: PeriodWindow, now: Date): number | null {
  const since = kr.lastCheckInAt ? new Date(kr.lastCheckInAt) : new Date(`${period.startsOn}T00:00:00Z`);
  const days = daysBetween(since, now);
  return days < 0 ? null : days;
}

export function assessKeyResult(kr: TrackedKeyResult, period: PeriodWindow, now: Date): Assessment {
  const quiet = daysWithoutCheckIn(kr, period, now);
  const { pace, reasons, expectedProgress } = paceOf(kr, period, now);
  return {
    pace,
    reasons,
    expectedProgress,
    daysWithoutCheckIn: quiet,
    stale: quiet !== null && quiet >= STALE_AFTER_DAYS,
  };
}

export interface ReviewDate {
  on: string;
  kind: "checkpoint" | "period_end";
}

/**
 * S4: the formal reviews of a period, every `cadenceWeeks` from its start and one at its end.
 * A checkpoint closer than half a cadence to the end review is left out (no review a week
 * before another).
 */
const DAY = 86_400_000;

export function reviewSchedule(period: PeriodWindow, cadenceWeeks = DEFAULT_REVIEW_CADENCE_WEEKS): ReviewDate[] {
  const start = Date.parse(`${period.startsOn}T00:00:00Z`);
  const end = Date.parse(`${period.endsOn}T00:00:00Z`);
  const step = cadenceWeeks * 7 * DAY;
  const dates: ReviewDate[] = [];
  for (let at = start + step; at <= end - step / 2; at += step) {
    dates.push({ on: new Date(at).toISOString().slice(0, 10), kind: "checkpoint" });
  }
  dates.push({ on: period.endsOn, kind: "period_end" });
  return dates;
}
