import { type Band, bandOf, weightedProgress } from "./progress.ts";

// A KR's pace while its period runs, and the outcome band it shows (S2). The dashboard's SQL
// (src/db/repositories/dashboard.ts) applies the same rule with these constants as parameters.

/** Confidence below this is a team saying it does not expect to reach the target. */
export const LOW_CONFIDENCE = 0.5;
/**
 * How far (in progress points, 0.1 = 10 points) a metric KR may trail the straight line and
 * still be on track. Real metrics move in steps (a release, a campaign, a monthly report), not
 * on a line: in a quarter 10 points is about 9 days, less than the two weeks between check-ins
 * a team is asked for, so a KR read a week late is not called behind, while one a month behind
 * (about 33 points) is.
 */
export const PACE_TOLERANCE = 0.1;
/** S2: a forecast below the "met" zone (60 %) means the KR will likely end "not achieved". */
export const FORECAST_AT_RISK_BELOW = 0.6;

export type Pace = "on_track" | "behind" | "at_risk";
/**
 * Why a KR is not on track, in the order they are given, and the pace each one makes: any reason
 * that makes "at_risk" wins over "behind". The dashboard's SQL builds its flags' columns, their
 * order and its pace from this table (src/db/repositories/dashboard.ts).
 */
export const PACE_OF_REASON = {
  low_confidence: "at_risk",
  outside_range: "at_risk",
  forecast_short: "at_risk",
  behind_pace: "behind",
} as const satisfies Record<string, Exclude<Pace, "on_track">>;
export type PaceReason = keyof typeof PACE_OF_REASON;
export const PACE_REASONS = Object.keys(PACE_OF_REASON) as [PaceReason, ...PaceReason[]];

export interface PeriodWindow {
  startsOn: string;
  endsOn: string;
}

export interface PacedKeyResult {
  kind: "metric" | "range";
  /** S1 progress, unclamped; null while the KR cannot be measured (no baseline or target). */
  progress: number | null;
  confidence: number | null;
  /** YYYY-MM-DD; the period's end stands in when the KR has none. */
  deadline: string | null;
  lastCheckInAt: Date | string | null;
  /** M5: progress comes from the objectives cascaded from the KR, not from its own readings. */
  rolledUp?: boolean;
  /** S1 progress of the stored forecast (src/domain/forecast.ts); null without one. */
  forecastProgress?: number | null;
  /** S2: the score recorded at the end-of-period review or close; null until then. */
  finalProgress?: number | null;
}

export interface PaceAssessment {
  /** Null while the KR is not measured yet: no baseline/target, or no reading. */
  pace: Pace | null;
  reasons: PaceReason[];
  /** Where the straight line from baseline (period start) to target (deadline) stands now; metric KRs only. */
  expectedProgress: number | null;
}

export interface OutcomeBand {
  band: Band;
  /** "forecast" while the period runs, "final" once the review or the close recorded the score. */
  basis: "forecast" | "final";
}

const DAY = 86_400_000;

/**
 * How often the straight line moves: once a minute (0.001 % of a quarter). A view read twice in
 * one minute is then the same bytes, so its ETag holds and a repeat read costs a 304
 * (docs/performance.md); at the millisecond every read was new. The dashboard's SQL takes the
 * same instant (`paceInstant`), so the two still agree.
 */
export const PACE_RESOLUTION_MS = 60_000;

/** `now` rounded down to the pace line's resolution, in milliseconds since the epoch. */
export function paceInstant(now: Date): number {
  return Math.floor(now.getTime() / PACE_RESOLUTION_MS) * PACE_RESOLUTION_MS;
}

/**
 * The share of the time from the period's start to the end of the deadline day that has
 * passed at `now` (to the minute, `paceInstant`), from 0 before the start to 1 after the deadline.
 */
export function expectedProgress(startsOn: string, deadline: string, now: Date): number {
  const start = Date.parse(`${startsOn}T00:00:00Z`);
  const end = Date.parse(`${deadline}T00:00:00Z`) + DAY;
  if (end <= start) return 1;
  return Math.min(1, Math.max(0, (paceInstant(now) - start) / (end - start)));
}

/** A KR is measured once it can be scored from something that happened: a reading or its roll-up (M5). */
export function isMeasured(kr: PacedKeyResult): boolean {
  return kr.progress !== null && (kr.rolledUp === true || kr.lastCheckInAt !== null);
}

/**
 * The pace rule, held once. Not measured yet: no pace, never "at risk" by default. Otherwise
 * at risk when the team's confidence is low, a guardrail (range KR, which has no pace line) is
 * outside its range, or the forecast ends below 60 % (S2 "not achieved"); behind when progress
 * trails the straight line by more than PACE_TOLERANCE; on track else. A rolled-up KR (M5) is
 * judged by its roll-up, not by a forecast of its own readings.
 */
export function paceOf(kr: PacedKeyResult, period: PeriodWindow, now: Date): PaceAssessment {
  const expected = kr.kind === "metric" ? expectedProgress(period.startsOn, kr.deadline ?? period.endsOn, now) : null;
  if (!isMeasured(kr) || kr.progress === null) return { pace: null, reasons: [], expectedProgress: expected };
  const reasons: PaceReason[] = [];
  if (kr.confidence !== null && kr.confidence < LOW_CONFIDENCE) reasons.push("low_confidence");
  if (kr.kind === "range" && kr.progress < 1) reasons.push("outside_range");
  const forecast = kr.rolledUp ? null : (kr.forecastProgress ?? null);
  if (kr.kind === "metric" && forecast !== null && forecast < FORECAST_AT_RISK_BELOW) reasons.push("forecast_short");
  if (expected !== null && kr.progress < expected - PACE_TOLERANCE) reasons.push("behind_pace");
  return { pace: paceFrom(reasons), reasons, expectedProgress: expected };
}

function paceFrom(reasons: PaceReason[]): Pace {
  if (reasons.some((reason) => PACE_OF_REASON[reason] === "at_risk")) return "at_risk";
  return reasons.length > 0 ? "behind" : "on_track";
}

/**
 * S2: the band a KR shows. The final band once the period's review or close recorded the final
 * score; before that the band of the forecast; nothing without one (no readings, no band), so
 * nothing new shows "not achieved". A rolled-up KR (M5) has no forecast of its own.
 */
export function outcomeBand(
  kr: Pick<PacedKeyResult, "rolledUp" | "forecastProgress" | "finalProgress">,
): OutcomeBand | null {
  if (kr.finalProgress !== null && kr.finalProgress !== undefined) {
    return { band: bandOf(kr.finalProgress), basis: "final" };
  }
  const forecast = kr.rolledUp ? null : (kr.forecastProgress ?? null);
  return forecast === null ? null : { band: bandOf(forecast), basis: "forecast" };
}

/**
 * S2 for an objective: its final band once recorded, else the band of its forecast, the
 * weighted mean of its KRs' forecasts (those that have one, `forecastProgressOf`); null without.
 */
export function objectiveOutcomeBand(
  finalProgress: number | null,
  forecastProgress: number | null,
): OutcomeBand | null {
  return outcomeBand({ finalProgress, forecastProgress });
}

/** An objective's forecast (S1 weighted mean) over its KRs that have a forecast of their own. */
export function forecastProgressOf(
  keyResults: { rolledUp?: boolean; forecastProgress?: number | null; weight: number }[],
): number | null {
  const forecasts = keyResults.flatMap((kr) =>
    kr.rolledUp || kr.forecastProgress === null || kr.forecastProgress === undefined
      ? []
      : [{ progress: kr.forecastProgress, weight: kr.weight }],
  );
  return weightedProgress(forecasts);
}
