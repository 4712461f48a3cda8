/**
 * Practice over time (issue 17, point 4): per unit, period after period, how many findings the
 * coach had on its objectives when they were activated, against the band its final score landed
 * in (S2: 60-80 % is the sweet spot of a stretch target, K4). The question it answers for the
 * team: do our better-written OKRs land in the 60-80 % band more often? About one unit only, as a
 * trend over its own periods, never compared with other units or people (S3).
 */
import { SWEET_SPOT_HIGH, SWEET_SPOT_LOW } from "../calibration.ts";
import type { Locale } from "./types.ts";

/** Where a final score landed (S2): 60 % and 80 % themselves are in the band. */
export type Band = "below" | "in_band" | "above";

export function bandOf(finalScore: number): Band {
  if (finalScore < SWEET_SPOT_LOW) return "below";
  if (finalScore > SWEET_SPOT_HIGH) return "above";
  return "in_band";
}

export interface PracticePeriodInput {
  periodId: string;
  periodName: string;
  endsOn: string;
  /** The coach's findings on the unit's objectives as they stood when activated; null when unknown. */
  findingsAtActivation: number | null;
  /** The unit's final score for the period (its objectives' mean, S2); null when none was recorded. */
  finalScore: number | null;
}

export interface PracticePeriod extends PracticePeriodInput {
  band: Band | null;
}

export type PracticeTrendKind =
  | "not_enough_periods"
  | "same_findings"
  | "better_written_land_more"
  | "better_written_land_less"
  | "no_difference";

/** A group of the unit's periods and how many of them landed in the band. */
export interface PeriodGroup {
  periods: number;
  inBand: number;
}

export interface PracticeTrend {
  kind: PracticeTrendKind;
  /** Periods that have both figures: only these are compared. */
  compared: number;
  /** The periods with the fewest findings at activation, and those with the most. */
  fewest: PeriodGroup;
  most: PeriodGroup;
}

/** Periods with both figures it takes to compare anything. */
export const MIN_PERIODS = 2;

const group = (periods: PracticePeriod[]): PeriodGroup => ({
  periods: periods.length,
  inBand: periods.filter((p) => p.band === "in_band").length,
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The unit's periods, oldest first, each with its band, and the trend: the periods with fewer
 * findings at activation than the unit's median against those with more (a period at the median
 * joins the side that would otherwise be empty), and which of them landed in the band more often.
 */
export function practiceOverTime(input: readonly PracticePeriodInput[]): {
  periods: PracticePeriod[];
  trend: PracticeTrend;
} {
  const periods = [...input]
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn))
    .map((p) => ({ ...p, band: p.finalScore === null ? null : bandOf(p.finalScore) }));
  const both = periods.filter((p) => p.findingsAtActivation !== null && p.band !== null);
  const empty = { periods: 0, inBand: 0 };
  const findings = (p: PracticePeriod) => p.findingsAtActivation as number;
  if (both.length < MIN_PERIODS) {
    return { periods, trend: { kind: "not_enough_periods", compared: both.length, fewest: empty, most: empty } };
  }
  if (both.every((p) => findings(p) === findings(both[0] as PracticePeriod))) {
    return { periods, trend: { kind: "same_findings", compared: both.length, fewest: group(both), most: empty } };
  }
  const m = median(both.map(findings));
  let fewer = both.filter((p) => findings(p) < m);
  let more = both.filter((p) => findings(p) > m);
  if (fewer.length === 0) fewer = both.filter((p) => findings(p) <= m);
  if (more.length === 0) more = both.filter((p) => findings(p) >= m);
  const fewest = group(fewer);
  const most = group(more);
  const difference = fewest.inBand / fewest.periods - most.inBand / most.periods;
  const kind =
    difference > 0 ? "better_written_land_more" : difference < 0 ? "better_written_land_less" : "no_difference";
  return { periods, trend: { kind, compared: both.length, fewest, most } };
}

/** The trend in plain words, for the unit's own page: no other unit is named or compared (S3). */
export function practiceSentence(trend: PracticeTrend, locale: Locale): string {
  const { fewest, most, compared } = trend;
  if (locale === "zh") {
    const split = `激活时发现最少的 ${fewest.periods} 个周期里，有 ${fewest.inBand} 个最终得分落在 60%–80% 区间；发现最多的 ${most.periods} 个周期里，有 ${most.inBand} 个。`;
    switch (trend.kind) {
      case "not_enough_periods":
        return `同时有激活时发现数和最终得分的已结束周期还太少，看不出趋势（目前 ${compared} 个，至少需要 ${MIN_PERIODS} 个）。`;
      case "same_findings":
        return `每个周期激活时的发现数都一样，暂时没有可比较的；其中 ${fewest.inBand} 个（共 ${fewest.periods} 个）最终得分落在 60%–80% 区间。`;
      case "better_written_land_more":
        return `${split}写得更好的 OKR 更常落在这个区间：在激活前按教练的建议修改是值得的。`;
      case "better_written_land_less":
        return `${split}写得更好的 OKR 反而没有更常落在这个区间：值得在回顾时聊聊目标是怎么定的（K4）。`;
      case "no_difference":
        return fewest.inBand === 0
          ? `${split}两边都没有落在这个区间：要看的也许是目标怎么定，而不是怎么写（K4）。`
          : `${split}两者落在这个区间的比例一样：写法暂时没有看出差别。`;
    }
  }
  const periods = (n: number) => `${n} period${n === 1 ? "" : "s"}`;
  const split = `Of the ${periods(fewest.periods)} with the fewest findings at activation, ${fewest.inBand} ended in the 60–80 % band; of the ${periods(most.periods)} with the most, ${most.inBand} did.`;
  switch (trend.kind) {
    case "not_enough_periods":
      return `Too few closed periods with both figures to see a trend yet (${compared} so far; it takes ${MIN_PERIODS}).`;
    case "same_findings":
      return `Every period had the same number of findings at activation, so there is nothing to compare yet; ${fewest.inBand} of ${fewest.periods} ended in the 60–80 % band.`;
    case "better_written_land_more":
      return `${split} Better-written OKRs landed in the band more often: acting on the coach before activating pays off.`;
    case "better_written_land_less":
      return `${split} Better-written OKRs did not land in the band more often: worth a look at how targets are set in your next review (K4).`;
    case "no_difference":
      return fewest.inBand === 0
        ? `${split} Neither landed in the band: how targets are set, not how they are written, may be what to look at (K4).`
        : `${split} Both landed in the band as often: no difference from the writing so far.`;
  }
}
