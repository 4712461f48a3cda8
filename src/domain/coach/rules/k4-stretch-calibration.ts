import { calibrate, SWEET_SPOT_HIGH, SWEET_SPOT_LOW } from "../../calibration.ts";
import { metricOf, sameMetric } from "../cross-unit/metrics.ts";
import { isDiscovery, keyResultText, normalize, wordedDirection } from "../text.ts";
import type { DraftKeyResult, DraftObjective, Hit } from "../types.ts";
import { findVanityTotal } from "./k5-vanity-metric.ts";
import { checkOutcomeNotOutput } from "./k7-outcome-not-output.ts";

// K4: stretch calibration, 60-80 %. "A good target is one the team reaches 60-80 % of without
// extra effort and needs real effort to reach 100 %." What the team reaches without extra effort
// is what its own history shows, so this rule needs the unit's past: the final scores (S1) of
// its key results in its last closed periods, as src/domain/calibration.ts reads them. Without
// history (a draft in an OKR file, `grove lint`, a new unit) it says nothing: no history, no
// evidence, and the calibration card's "not enough history" advice is the planning page's job.
//
// Two readings, the sharper first:
// 1. One KR, one metric the unit has moved before. The change it reached then (final score x the
//    change it asked for) is its pace without extra effort; the change this target asks for,
//    read at that pace, is where the KR will land. Above 80 %: the target asks for less than the
//    team already does. Below 60 %: it asks for far more. Only KRs pushed the same way as before
//    are compared (cutting a cost after raising it says nothing about pace).
// 2. The whole objective, when no KR of it has such a past: the unit's final scores taken
//    together (calibrate: their median). Mostly above 80 % or mostly below 60 % means targets
//    set the way they were will land there again. One finding on the objective, not one per KR.

/** A key result of one of the unit's closed periods, with the final score it ended with (S1, 0..1, unclamped). */
export interface PastKeyResult {
  title: string;
  metric?: string | null;
  unit?: string | null;
  baseline?: number | null;
  target?: number | null;
  finalProgress: number;
  /** The period it belonged to, for the message ("2026-Q4"). */
  periodName?: string | null;
}

/** The unit's history the coach reads for K4: its KRs of its last closed periods, newest first. */
export interface UnitHistory {
  keyResults: PastKeyResult[];
}

const known = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value);
const pct = (value: number) => `${Math.round(value * 100)}%`;

export interface StretchForecast {
  /** Where the KR lands at the unit's past pace (0..1 and beyond). */
  landing: number;
  /** The past KR whose pace it is, the newest on the same metric. */
  past: PastKeyResult;
  /** The change the past KR reached, and the change this target asks for. */
  reached: number;
  asked: number;
}

/** Where this KR lands at the pace the unit moved the same metric before; null without such a past. */
export function forecastFromHistory(kr: DraftKeyResult, history: UnitHistory): StretchForecast | null {
  if (!known(kr.baseline) || !known(kr.target) || kr.target === kr.baseline) return null;
  const asked = kr.target - kr.baseline;
  const identity = metricOf({ unit: "", title: kr.title, metric: kr.metric, unitOfMeasure: kr.unit });
  for (const past of history.keyResults) {
    if (!known(past.baseline) || !known(past.target) || past.target === past.baseline) continue;
    if (!Number.isFinite(past.finalProgress)) continue;
    const pastAsked = past.target - past.baseline;
    if (Math.sign(pastAsked) !== Math.sign(asked)) continue;
    const pastIdentity = metricOf({ unit: "", title: past.title, metric: past.metric, unitOfMeasure: past.unit });
    if (!sameMetric(identity, pastIdentity)) continue;
    const reached = past.finalProgress * pastAsked;
    return { landing: reached / asked, past, reached, asked };
  }
  return null;
}

/** K4 on one KR: the unit's pace on the same metric says the target lands outside 60-80 %. */
export function checkStretchTarget(kr: DraftKeyResult, history: UnitHistory | null | undefined): Hit | null {
  if (!history) return null;
  const forecast = forecastFromHistory(kr, history);
  if (forecast === null) return null;
  const { landing, past, reached, asked } = forecast;
  if (landing >= SWEET_SPOT_LOW && landing <= SWEET_SPOT_HIGH) return null;
  const when = past.periodName ? { en: ` in ${past.periodName}`, zh: `在 ${past.periodName} ` } : { en: "", zh: "" };
  const easy = landing > SWEET_SPOT_HIGH;
  const change = (value: number) => `${value > 0 ? "+" : ""}${Number(value.toPrecision(3))}`;
  // The target whose change, at the same pace, lands at 70 %: the middle of the sweet spot.
  const suggested = Number(((kr.baseline as number) + reached / 0.7).toPrecision(3));
  return {
    message: {
      en: `At the pace this team moved "${past.title}"${when.en} (${change(reached)}), this target (${change(asked)}) lands at about ${pct(landing)}: ${easy ? "above 80 %, so it asks for less than the team already does" : "below 60 %, so it asks for far more than the team has managed"}.`,
      zh: `按本团队${when.zh}推动“${past.title}”的速度（${change(reached)}），这个目标（${change(asked)}）大约会落在 ${pct(landing)}：${easy ? "高于 80%，要求比团队已经做到的还少" : "低于 60%，要求远超团队做到过的"}。`,
    },
    suggestion: {
      en: `Set a target the team would reach 60-80 % of without extra effort, e.g. about ${suggested} (its past pace read at 70 %).`,
      zh: `设定一个团队不额外努力就能达成 60% 到 80% 的目标，例如约 ${suggested}（按过去的速度达成 70%）。`,
    },
  };
}

/**
 * K4 on an objective whose KRs have no past on their own metrics: the unit's final scores say its
 * targets land above 80 % (or below 60 %) as a rule. Null when they sit in the sweet spot, when
 * there are fewer than three, or when a KR of the objective already has its own K4 finding.
 */
export function checkStretchHistory(objective: DraftObjective, history: UnitHistory | null | undefined): Hit | null {
  if (!history) return null;
  if (objective.keyResults.some((kr) => checkStretchTarget(kr, history) !== null)) return null;
  const calibration = calibrate(history.keyResults.map((kr) => kr.finalProgress));
  if (calibration.verdict !== "too_easy" && calibration.verdict !== "too_hard") return null;
  const median = pct(calibration.median as number);
  const easy = calibration.verdict === "too_easy";
  return {
    message: {
      en: `This team's last ${calibration.scores} key results ended at a median of ${median} (${calibration.above} above 80 %, ${calibration.below} below 60 %): targets set the same way will land ${easy ? "above 80 %" : "below 60 %"} again.`,
      zh: `本团队最近 ${calibration.scores} 个关键结果的最终得分中位数是 ${median}（${calibration.above} 个高于 80%，${calibration.below} 个低于 60%）：照同样方式设定的目标还会落在${easy ? " 80% 以上" : " 60% 以下"}。`,
    },
    suggestion: calibration.advice,
  };
}

// K4 from the text alone (issue 17). Without history the coach can still read a target that no
// team needs effort for, or one no team reaches in a quarter, from the KR's own numbers. METHOD.md
// K4: "a target hit 100 % of the time stops curiosity; one hit 20 % of the time discourages."
// Three numeric readings over baseline, target and the direction they imply, not phrases:
// 1. Already reached: the title states the current value and the target, and they are the same
//    number ("we're already at 11%, target 11%"). The values are coherent, so this is not K1's
//    missing baseline; it is a target the team hits without trying. A KR worded as a range to
//    hold ("Keep uptime at 99.9%", 保持/维持) is a guardrail and is clean.
// 2. Barely past the baseline: the change asked for is under 2 % of the baseline and, for a
//    percentage going up, under 2 % of what is left to 100 too. "$21.40 to $21.50" and "9.5% to
//    9.4%" ask for nothing; "uptime 99.7% to 99.95%" is 0.25 % of its baseline but closes most of
//    what is left, and "conversion 2% to 3%" is a point of 98 left but half again its baseline.
// 3. A perfect target: a rate, time or count driven down to zero from a non-zero baseline within
//    one period (zero chargebacks, zero delinquency). Something only luck or a redesign reaches
//    in a quarter; kept at zero (a guardrail) it is clean.
// Out of reach in a quarter (issue 17, second edition), read from the numbers and the kind of
// metric, never from one team's phrases. METHOD.md K4: "one hit 20 % of the time discourages".
// 4. Perfection from below: a share of customers, orders or outcomes raised to 100 % ("on-time
//    delivery from 88% to 100%", "every customer onboarded in a week", 所有订单准时送达). Every
//    case has to go right, which no team controls. A share of the team's own work raised to 100 %
//    is a service level it controls and clean ("share of new screens passing a11y checks from 60%
//    to 100%", "review 100% of flagged listings"), a rollout's or migration's percent done is K7's
//    finding (one weakness, one finding), and 0 -> 100 is a task's "done" (K7 again).
// 5. A several-fold jump: a rate or count raised more than five-fold in one period from an
//    established baseline ("trial conversion from 1.5% to 12%", 日活从 2 万到 20 万). The tuning
//    sets label five-fold clean ("brand awareness from 2% to 10%", "deploys per team per week from
//    1 to 5"), so the bar sits above it. Cuts are not read: a time or a failure rate cut ten-fold
//    is an ordinary stretch there ("time to provision 100 seats from 50 minutes to 5").
//    Established means a share of at least 1 % or a count of at least 100: a handful of pilot
//    customers or a fraction of a percent is an early number, and early numbers move many-fold.
// 6. A bounded score pushed to its top: a rating or benchmark score raised by more than a quarter
//    of its scale to 90 % of its maximum or more ("App Store rating from 2.9 to 4.8",
//    "MMLU 从 62 分到 90 分"): an established average moves slowly. NPS (-100..100) is not read,
//    nor a count of raters ("squads rating it 4+/5, 6 of 11 -> 9 of 11").
// A running total is K5's finding ("total downloads from 1,000 to 50,000"), not read here too.
// A new metric's first baseline (0, or worded as new or first: 首次, 新) has no past to jump
// from, and a range to hold is a guardrail: both stay clean.

/** Under this share of its room, a change asks for no effort (K4 "hit 100 % of the time"). */
const BARELY_MOVED = 0.02;

/** The numbers the title writes, in order ("3,400" -> 3400, "万分之18" -> 18). */
function titleNumbers(title: string): number[] {
  return [...normalize(title).matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, "")));
}

/**
 * The title states the value twice, now and as target, and baseline and target agree with it. "Improve
 * latency to 420 ms" with the baseline copied from the target states it once: that is K1's missing
 * current state, not a reached target.
 */
export function statesReachedTarget(kr: DraftKeyResult): boolean {
  return (
    known(kr.baseline) &&
    kr.baseline === kr.target &&
    titleNumbers(kr.title).filter((n) => n === kr.baseline).length >= 2
  );
}

function isPercentage(kr: DraftKeyResult): boolean {
  return kr.unit === "%" || /%|％/.test(kr.title);
}

/** K4 without history: a target already reached, barely past its baseline, or perfect within a quarter. */
export function checkStretchText(kr: DraftKeyResult): Hit | null {
  if (!known(kr.baseline) || !known(kr.target)) return null;
  if (wordedDirection(kr.title) === "keep") return null;
  const { baseline, target } = kr;
  if (target === baseline) {
    if (!statesReachedTarget(kr)) return null;
    return {
      message: {
        en: `The target (${target}) is where the team already is: a key result reached before the period starts stretches nobody.`,
        zh: `目标值（${target}）就是团队现在的水平：期初就已达成的关键结果没有任何挑战。`,
      },
      suggestion: STRETCH_SUGGESTION,
    };
  }
  if (target === 0 && baseline > 0) {
    return {
      message: {
        en: `Driving this from ${baseline} to zero in one period is a perfect score: teams almost never reach it, and a target hit rarely discourages.`,
        zh: `一个周期内从 ${baseline} 降到零是满分目标：团队几乎不可能达成，很少能达成的目标会打击士气。`,
      },
      suggestion: STRETCH_SUGGESTION,
    };
  }
  const change = Math.abs(target - baseline);
  // The larger of the two readings: against the baseline, and (a percentage going up) against
  // what is left to 100. 2% -> 3% doubles; 98.1% -> 99.5% closes three quarters of what is left.
  const headroom = target > baseline && isPercentage(kr) && baseline < 100 ? change / (100 - baseline) : 0;
  const moved = Math.max(baseline === 0 ? Number.POSITIVE_INFINITY : change / Math.abs(baseline), headroom);
  if (moved < BARELY_MOVED) {
    return {
      message: {
        en: `From ${baseline} to ${target} is barely a change: a target the team reaches without effort stops curiosity.`,
        zh: `从 ${baseline} 到 ${target} 几乎没有变化：不用努力就能达成的目标无法激发探索。`,
      },
      suggestion: STRETCH_SUGGESTION,
    };
  }
  const reach = outOfReach(kr, baseline, target);
  if (reach === null) return null;
  return { message: OUT_OF_REACH[reach](baseline, target), suggestion: STRETCH_SUGGESTION };
}

/** Raised more than this many times in one period, an established rate or count is out of reach. */
const SEVERAL_FOLD = 5;

// The team's own work, counted as a share it can take to 100 % by doing it (4).
const TEAM_WORK =
  /\b(review(ed|s)?|pass(es|ing)?|check(ed|s)?|audit(ed|s)?|cover(ed|s|age)?|migrat\w*|roll(ed)? ?out|deploy\w*|localis\w*|localiz\w*|translat\w*|document(ed|ation)?|automat\w*|instrument\w*|tagg?(ed|ing)|label(l)?ed|triag\w*|train(ed|ing)|tested|test coverage|respond(ed)? to|answered|acknowledg\w*|patch(ed)?|encrypt\w*|compliant|complian\w*|backed up)\b|审核|审查|通过|检查|覆盖|迁移|上线|灰度|切流|部署|本地化|翻译|文档|自动化|埋点|标注|培训|测试|响应|回复|巡检|加密|合规|备份/;
// Every one of them (4): "every customer", "all orders", 所有/全部/每一位.
const EVERY = /\b(every|all)\b|所有|全部|每一|每个|每位|百分之百/;
// A metric with no past: its first reading is not a jump (5, 6).
const FIRST_READING = /\b(new|first|pilot|baseline)\b|首次|首个|新(指标|功能|产品|渠道|市场)|试点|基线/;
// A bounded score and its scale (6): stars and ratings out of 5 or 10, points out of 100.
const RATING = /\b(ratings?|stars?|reviews? score|csat|rated)\b|评分|星级|星|口碑分/;
const POINTS =
  /\b(score|scores|points|benchmark|accuracy|mmlu)\b|分(?!钟|享|析|类|布|配|发|成|期|店|拣|单)|得分|评测|准确率/;
const NPS = /\bnps\b|净推荐/;

function outOfReach(kr: DraftKeyResult, baseline: number, target: number): keyof typeof OUT_OF_REACH | null {
  const reading = readReach(kr, baseline, target);
  // One weakness, one finding: discovery counts, outputs (K7) and running totals (K5) are read
  // there. Asked last, as they cost more than the numbers.
  if (reading === null || isDiscovery(keyResultText(kr))) return null;
  return checkOutcomeNotOutput(kr) === null && findVanityTotal(kr) === null ? reading : null;
}

function readReach(kr: DraftKeyResult, baseline: number, target: number): keyof typeof OUT_OF_REACH | null {
  if (target <= baseline || baseline < 0) return null;
  const text = keyResultText(kr);
  if (target === 100 && baseline > 0 && (isPercentage(kr) || EVERY.test(text)) && !TEAM_WORK.test(text)) {
    return "perfect";
  }
  if (baseline === 0 || FIRST_READING.test(text)) return null;
  const established = isPercentage(kr) ? baseline >= 1 : baseline >= 100;
  if (established && target / baseline > SEVERAL_FOLD && !RATING.test(text) && !NPS.test(text)) return "fold";
  // "6 of 11 squads", "rating 4+/5": a count out of a total, not the score itself.
  if (NPS.test(text) || isPercentage(kr) || /\d\s*(of|\/)\s*\d/.test(text)) return null;
  const scale = RATING.test(text)
    ? target <= 5
      ? 5
      : target <= 10
        ? 10
        : null
    : POINTS.test(text) && target <= 100 && baseline >= 10
      ? 100
      : null;
  if (scale !== null && target >= 0.9 * scale && target - baseline > 0.25 * scale) return "top";
  return null;
}

const OUT_OF_REACH = {
  perfect: (baseline: number, target: number) => ({
    en: `Taking this from ${baseline}% to ${target}% in one period asks for every case to go right: a perfect score teams almost never reach, and a target hit rarely discourages.`,
    zh: `一个周期内从 ${baseline}% 提高到 ${target}%，要求每一例都做对：这是团队几乎达不到的满分目标，很少能达成的目标会打击士气。`,
  }),
  fold: (baseline: number, target: number) => ({
    en: `From ${baseline} to ${target} is ${Number((target / baseline).toPrecision(2))} times the baseline in one period: far beyond what a team reaches 60-80 % of, and a target hit rarely discourages.`,
    zh: `从 ${baseline} 到 ${target} 是基线的 ${Number((target / baseline).toPrecision(2))} 倍，只用一个周期：远超团队能达成 60% 到 80% 的范围，很少能达成的目标会打击士气。`,
  }),
  top: (baseline: number, target: number) => ({
    en: `Raising an established score from ${baseline} to ${target}, near the top of its scale, in one period is out of reach: an average of many ratings moves slowly, and a target hit rarely discourages.`,
    zh: `一个周期内把已有的得分从 ${baseline} 提高到接近满分的 ${target} 难以做到：大量评分的平均值变化很慢，很少能达成的目标会打击士气。`,
  }),
} as const;

const STRETCH_SUGGESTION = {
  en: "Set a target the team would reach 60-80 % of without extra effort and needs real effort to reach in full.",
  zh: "设定一个团队不额外努力能达成 60% 到 80%、需要真正努力才能全部达成的目标。",
};
