import { daysBetween } from "./period.ts";

// The leader dashboard's rules (S5): which KRs need a look now. Time is always passed in.

/** Confidence below this is a team saying it does not expect to reach the target. */
export const LOW_CONFIDENCE = 0.5;
/** A KR with no check-in for this many days has gone quiet. */
export const STALE_AFTER_DAYS = 14;
/** S4: formal reviews every 6 weeks by default. */
export const DEFAULT_REVIEW_CADENCE_WEEKS = 6;

export type RiskReason = "low_confidence" | "behind_pace";

export interface TrackedKeyResult {
  kind: "metric" | "range";
  /** S1 progress, unclamped; null while the KR cannot be measured. */
  progress: number | null;
  confidence: number | null;
  /** YYYY-MM-DD; the period's end stands in when the KR has none. */
  deadline: string | null;
  lastCheckInAt: Date | string | null;
  /** When the KR was written; a KR added mid-period is not quiet before it existed. */
  createdAt?: Date | string | null;
}

export interface PeriodWindow {
  startsOn: string;
  endsOn: string;
}

export interface Assessment {
  reasons: RiskReason[];
  /** Where the straight line from baseline (period start) to target (deadline) stands now. */
  expectedProgress: number | null;
  /** Days since the last check-in; without one, since the period started or the KR was added. */
  daysWithoutCheckIn: number | null;
  stale: boolean;
}

const DAY = 86_400_000;

function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The share of the time from the period's start to the end of the deadline day that has
 * passed at `now`, from 0 before the start to 1 after the deadline.
 */
export function expectedProgress(startsOn: string, deadline: string, now: Date): number {
  const start = startOfDay(startsOn).getTime();
  const end = startOfDay(deadline).getTime() + DAY;
  if (end <= start) return 1;
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** Why a KR is at risk: low confidence, or behind the straight-line pace. Empty when it is not. */
export function riskReasons(kr: TrackedKeyResult, period: PeriodWindow, now: Date): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (kr.confidence !== null && kr.confidence < LOW_CONFIDENCE) reasons.push("low_confidence");
  if (isBehindPace(kr, period, now)) reasons.push("behind_pace");
  return reasons;
}

function isBehindPace(kr: TrackedKeyResult, period: PeriodWindow, now: Date): boolean {
  if (kr.progress === null) return false; // not measurable yet: nothing to compare
  // A guardrail (range KR) has no pace: outside its range it is behind whatever the date.
  if (kr.kind === "range") return kr.progress < 1;
  return kr.progress < expectedProgress(period.startsOn, kr.deadline ?? period.endsOn, now);
}

/**
 * Days since the last check-in. A KR never checked in counts from the period's start, or from
 * when it was added if that was later.
 */
export function daysWithoutCheckIn(kr: TrackedKeyResult, period: PeriodWindow, now: Date): number | null {
  const periodStart = startOfDay(period.startsOn);
  const added = kr.createdAt ? new Date(kr.createdAt) : periodStart;
  const since = kr.lastCheckInAt
    ? new Date(kr.lastCheckInAt)
    : new Date(Math.max(added.getTime(), periodStart.getTime()));
  const days = daysBetween(since, now);
  return days < 0 ? null : days;
}

export function assessKeyResult(kr: TrackedKeyResult, period: PeriodWindow, now: Date): Assessment {
  const quiet = daysWithoutCheckIn(kr, period, now);
  const isMetric = kr.kind === "metric";
  return {
    reasons: riskReasons(kr, period, now),
    expectedProgress: isMetric ? expectedProgress(period.startsOn, kr.deadline ?? period.endsOn, now) : null,
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
export function reviewSchedule(period: PeriodWindow, cadenceWeeks = DEFAULT_REVIEW_CADENCE_WEEKS): ReviewDate[] {
  const start = startOfDay(period.startsOn).getTime();
  const end = startOfDay(period.endsOn).getTime();
  const step = cadenceWeeks * 7 * DAY;
  const dates: ReviewDate[] = [];
  for (let at = start + step; at <= end - step / 2; at += step) {
    dates.push({ on: new Date(at).toISOString().slice(0, 10), kind: "checkpoint" });
  }
  dates.push({ on: period.endsOn, kind: "period_end" });
  return dates;
}
