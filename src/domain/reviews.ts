import { type PeriodWindow, type ReviewDate, reviewSchedule } from "./dashboard.ts";
import { type KeyResultSpec, keyResultProgress } from "./key-result-kinds.ts";
import { forecastProgressOf, outcomeBand } from "./pace.ts";
import { type Band, bandOf } from "./progress.ts";

// Reviews (S4) that end in learnings (S7): which sessions a unit has, which are due, what the
// team is asked per key result (S2) and what a decision may do. Time is always passed in.

/** S2: every band leads to reflection, not to reward or blame. The text is in the web catalogs. */
export const reflectionQuestions = {
  met: ["what_worked", "could_be_better", "what_surprised_us"],
  exceeded: ["ambitious_enough", "what_made_it_easy", "raise_the_bar"],
  not_achieved: ["what_blocked_us", "target_realistic", "what_we_change"],
} as const satisfies Record<Band, readonly string[]>;

export type ReflectionQuestion = (typeof reflectionQuestions)[Band][number];
export const allReflectionQuestions: readonly ReflectionQuestion[] = Object.values(reflectionQuestions).flat();

export function questionsFor(band: Band): readonly ReflectionQuestion[] {
  return reflectionQuestions[band];
}

/**
 * A session's state. `due` from its date until it is held (S4); `in_progress` once the team
 * started it (still due); `upcoming` before its date; `missed` when it was never started and the
 * next session's date has come (that one is due instead: a team owes one review at a time).
 */
export type ReviewState = "upcoming" | "due" | "in_progress" | "held" | "missed";

export interface StoredSession {
  id: string;
  dueOn: string;
  state: "in_progress" | "held";
}

export interface ScheduledReview extends ReviewDate {
  state: ReviewState;
  /** The stored session, once the team started it. */
  id: string | null;
}

/** The sessions of one unit in one period: the cadence's schedule joined with what was stored. */
export function reviewSessionsOf(
  period: PeriodWindow,
  cadenceWeeks: number,
  stored: readonly StoredSession[],
  today: string,
): ScheduledReview[] {
  const byDate = new Map(stored.map((session) => [session.dueOn, session]));
  const schedule = reviewSchedule(period, cadenceWeeks);
  return schedule.map((date, index) => {
    const session = byDate.get(date.on);
    const next = schedule[index + 1];
    return { ...date, id: session?.id ?? null, state: stateOf(date.on, next?.on, session, today) };
  });
}

function stateOf(
  on: string,
  nextOn: string | undefined,
  session: StoredSession | undefined,
  today: string,
): ReviewState {
  if (session) return session.state;
  if (on > today) return "upcoming";
  return nextOn !== undefined && nextOn <= today ? "missed" : "due";
}

/** Due means the team still owes this review: its date has come and it is not held. */
export function isDue(review: Pick<ScheduledReview, "state">): boolean {
  return review.state === "due" || review.state === "in_progress";
}

/** The review date before `on` in the schedule; the period's start for the first one. */
export function previousReviewDate(schedule: readonly ReviewDate[], on: string, period: PeriodWindow): string {
  const earlier = schedule.filter((date) => date.on < on).map((date) => date.on);
  return earlier.at(-1) ?? period.startsOn;
}

export type ReviewRefusal = "not_scheduled" | "not_yet_due" | "period_not_in_review";

/**
 * Why a session cannot start now (null: it can). A checkpoint starts once its date has come; the
 * end-of-period review once the period is in review (S2: it records the final scores).
 */
export function startRefusal(
  review: ScheduledReview | undefined,
  periodStatus: string,
  today: string,
): ReviewRefusal | null {
  if (!review) return "not_scheduled";
  if (review.kind === "period_end") return periodStatus === "in_review" ? null : "period_not_in_review";
  return review.on <= today ? null : "not_yet_due";
}

export interface Reading {
  value: number;
  /** ISO timestamp or YYYY-MM-DD. */
  at: string;
}

/**
 * S1 progress as it stood at the end of `date`: from the last reading on or before it. Null when
 * there was none yet (nothing was measured).
 */
export function progressAt(spec: KeyResultSpec, readings: readonly Reading[], date: string): number | null {
  let last: Reading | undefined;
  for (const reading of readings) {
    if (reading.at.slice(0, 10) > date) continue;
    if (!last || reading.at > last.at) last = reading;
  }
  return last ? keyResultProgress(spec, last.value) : null;
}

/**
 * Progress at the previous review, where the trend starts. At the period's start a metric KR
 * stands at its baseline, which is 0 % by S1's definition, even before its first reading.
 */
export function progressBefore(
  spec: KeyResultSpec,
  readings: readonly Reading[],
  previousOn: string,
  periodStart: string,
): number | null {
  const measured = progressAt(spec, readings, previousOn);
  if (measured !== null) return measured;
  return spec.kind === "metric" && previousOn <= periodStart ? 0 : null;
}

export interface ReviewBand {
  band: Band | null;
  /** A forecast while the period runs; final once the period's review recorded the score. */
  basis: "forecast" | "final";
}

/**
 * The one place a review asks for a KR's band (S2): the final band once recorded, else the band
 * of its forecast (src/domain/pace.ts). Where no forecast can be drawn (a single reading, or a
 * KR rolled up from the objectives below, M5) the band of its progress so far stands in, still
 * marked as a forecast, so the team has questions to reflect on.
 */
export function reviewBandOf(keyResult: {
  progress: number | null;
  finalProgress: number | null;
  forecastProgress?: number | null;
  /** A KR never checked in (and not rolled up) has no forecast yet: no band, not "not achieved". */
  lastCheckInAt?: Date | string | null;
  rolledUp?: boolean;
}): ReviewBand {
  const outcome = outcomeBand(keyResult);
  if (outcome) return outcome;
  const unmeasured = keyResult.lastCheckInAt === null && !keyResult.rolledUp;
  return { band: keyResult.progress === null || unmeasured ? null : bandOf(keyResult.progress), basis: "forecast" };
}

/** An objective's band in a review: the weighted forecast of its KRs stands in for its own (S1, S2). */
export function objectiveReviewBandOf(
  objective: { progress: number | null; finalProgress: number | null },
  keyResults: { rolledUp?: boolean; forecastProgress?: number | null; weight: number }[],
): ReviewBand {
  return reviewBandOf({ ...objective, forecastProgress: forecastProgressOf(keyResults) });
}

/** An unmeasured KR has no band yet; its team still reflects, on why it is not measured. */
export function questionsForBand(band: Band | null): readonly ReflectionQuestion[] {
  return questionsFor(band ?? "not_achieved");
}

export type Decision = "keep" | "revise" | "drop";
