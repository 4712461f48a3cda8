/** S2: the three outcome bands of a period. */
export type Band = "not_achieved" | "met" | "exceeded";

/** S2: below 60 % not achieved, 60-80 % met (the expected zone), above 80 % exceeded. */
export function bandOf(progress: number): Band {
  if (progress < 0.6) return "not_achieved";
  if (progress <= 0.8) return "met";
  return "exceeded";
}

/** S1: progress is shown clamped to 0-100 % but stored unclamped. */
export function clampForDisplay(progress: number): number {
  return Math.min(1, Math.max(0, progress));
}

export interface Weighted {
  progress: number | null;
  weight: number;
}

/**
 * S1: an objective's progress is the weighted mean of its KRs' progress. Unmeasurable KRs count
 * as 0 so a missing baseline never inflates the objective. Null when there are no KRs (M4).
 */
export function weightedProgress(items: Weighted[]): number | null {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (items.length === 0 || totalWeight <= 0) return null;
  const sum = items.reduce((acc, item) => acc + (item.progress ?? 0) * item.weight, 0);
  return sum / totalWeight;
}
