import type { Bilingual } from "./coach/types.ts";

// K4: stretch calibration. A good target is one the team reaches 60-80 % of without extra effort.
// At planning a unit sees how its own past KRs landed (their final scores in closed periods) and
// plain advice: mostly above 80 % -> aim higher; mostly below 60 % -> too hard, or too many KRs;
// mostly 60-80 % -> the sweet spot. About the unit only: never compared across people or units
// (S3), and no figure per person.

export const SWEET_SPOT_LOW = 0.6;
export const SWEET_SPOT_HIGH = 0.8;
/** Fewer final scores than this say too little: one period of three KRs is the least to read. */
export const MIN_FINAL_SCORES = 3;

export type CalibrationVerdict = "too_easy" | "too_hard" | "sweet_spot" | "not_enough_history";

export interface Calibration {
  verdict: CalibrationVerdict;
  /** How many final scores it read, and how they fall around the 60-80 % sweet spot. */
  scores: number;
  above: number;
  within: number;
  below: number;
  /** The middle final score (0..1); null without history. */
  median: number | null;
  advice: Bilingual;
}

/**
 * The verdict on a unit's past final scores (0..1, S1, unclamped). "Mostly" is the median: more
 * than half above 80 % is too easy, more than half below 60 % too hard; everything else, a
 * mixed record included, centres in the sweet spot. 60 % and 80 % themselves are inside it.
 */
export function calibrate(finalScores: readonly number[]): Calibration {
  const scores = finalScores.filter((score) => Number.isFinite(score));
  const above = scores.filter((score) => score > SWEET_SPOT_HIGH).length;
  const below = scores.filter((score) => score < SWEET_SPOT_LOW).length;
  const counts = { scores: scores.length, above, below, within: scores.length - above - below };
  if (scores.length < MIN_FINAL_SCORES) {
    return { verdict: "not_enough_history", ...counts, median: median(scores), advice: ADVICE.not_enough_history };
  }
  const middle = median(scores) as number;
  const verdict: CalibrationVerdict =
    middle > SWEET_SPOT_HIGH ? "too_easy" : middle < SWEET_SPOT_LOW ? "too_hard" : "sweet_spot";
  return { verdict, ...counts, median: middle, advice: ADVICE[verdict] };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

/** The advice in plain words, both languages (K4). */
export const ADVICE: Record<CalibrationVerdict, Bilingual> = {
  too_easy: {
    en: "Your key results mostly ended above 80 %: the targets were too easy. Aim higher this time, so reaching them takes real effort (K4).",
    zh: "你们的关键结果大多以 80% 以上收尾：目标定得太容易了。这次把目标定高一些，让达成它需要真正的努力（K4）。",
  },
  too_hard: {
    en: "Your key results mostly ended below 60 %: the targets were too hard, or there were too many key results. Set fewer, more reachable targets this time (K4).",
    zh: "你们的关键结果大多以 60% 以下收尾：目标定得太难，或者关键结果太多。这次少定几个、更可达成的目标（K4）。",
  },
  sweet_spot: {
    en: "Your key results mostly ended between 60 % and 80 %: the sweet spot of stretch targets. Keep setting targets this way (K4).",
    zh: "你们的关键结果大多以 60% 到 80% 收尾：正是有挑战性目标的理想区间。继续这样设定目标（K4）。",
  },
  not_enough_history: {
    en: "Not enough history yet: fewer than three of your key results have a final score from a closed period. Aim for targets you would reach 60-80 % of (K4).",
    zh: "历史还不够：你们在已关闭的周期里有最终得分的关键结果不到三个。目标以能达成 60% 到 80% 为宜（K4）。",
  },
};
