import { englishWords } from "../language/english.ts";
import { BOUND_WORDS } from "../language/metric-polarity.ts";
import { isChinese } from "../language/shape.ts";
import { normalize, wordedDirection } from "../text.ts";
import type { DraftKeyResult, Hit } from "../types.ts";
import { statesReachedTarget } from "./k4-stretch-calibration.ts";

const known = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value);

const SUGGEST_VALUES = {
  en: 'Give the current value as baseline and the end state as target, e.g. "Reduce refund rate from 0.5% to 0.2%" with baseline 0.5 and target 0.2.',
  zh: "把当前值填为基线、目标终态填为目标值，例如“将退款率从 0.5% 降低到 0.2%”，基线 0.5，目标 0.2。",
};

/**
 * The words that say which way the KR moves, without those that describe what it counts (issue 17,
 * eleventh round, K1's false alarms on sets B, G and J): a verb of the people counted ("App users who
 * cut their usage by 5% or more … from 18% to 25%": the users cut, the share rises) and 提到 as
 * "mentioned" ("差评中提到‘逼氪’的比例从15%降到9%": reviews that mention it, not "raise to").
 * The same verb as a participle after the plural it describes, with no "who" (issue 17, eleventh
 * round, third part, set O): "Households cutting consumption 5%+ … after joining", 12 % → 16 %: the
 * households cut, the share of them rises.
 */
function keyResultDirectionText(title: string): string {
  return normalize(title)
    .replace(/\b(who|that|which) (\w+)/g, "$1")
    .replace(/\b(\w+[^\Ws]s) \w+ing\b/g, "$1")
    .replace(/(中|里|被|曾|有|所)提到/g, "$1提及");
}

/**
 * A place in a ranking: its number falls as it rises ("应用商店财务类排名从第 9 名提升到第 1 名", set P,
 * "Rank from 9th to 3rd"), so the wording and the values agree whichever way they look (issue 17,
 * twelfth round).
 */
const RANK = /排名|名次|第\s*\d+\s*(名|位)|\brank(ed|ing|s)?\b|\b\d+(st|nd|rd|th) (place|position|spot)\b|#\s*\d/;

/**
 * The direction the wording asks, reading the first direction word only where it is a verb. "Repeat
 * call-outs to the same lift within 30 days from 14% to 8%" (set P, a trap: a lift is the machine) and
 * "Customers using a price cut" name a thing with the verb's spelling: after a determiner ("the same
 * lift", "per lift"), or where the English tagger reads a noun, the word is not what the KR asks
 * (issue 17, twelfth round). The title's first word is its imperative. Asked only where the wording
 * and the values disagree, as the tagger costs more than the words.
 */
const DETERMINER = /^(the|a|an|same|each|every|per|our|their|its|this|that|your|any|one)$/;

function wordedAsVerb(title: string): ReturnType<typeof wordedDirection> {
  const worded = wordedDirection(keyResultDirectionText(title));
  if (worded === null || isChinese(title)) return worded;
  const words = englishWords(title);
  const at = words.findIndex((w) => wordedDirection(w.text) !== null);
  const word = words[at];
  if (at <= 0 || !word) return worded;
  const noun = DETERMINER.test(words[at - 1]?.text ?? "") || (word.noun && !word.verb);
  if (!noun) return worded;
  return wordedDirection(
    keyResultDirectionText(
      words
        .filter((_, i) => i !== at)
        .map((w) => w.raw)
        .join(" "),
    ),
  );
}

/**
 * The size of a cut, as a share that grows as the cut deepens (fifteenth round, set AD: "科室二级库库存金额下降 20%", 0 →
 * 20 %, "客户停机时长较接入前下降比例 8%→20%", both clean): the Chinese of a reduction named as a noun ("Reported pain
 * score reduction at week 6", set AA; "Negotiate 5% price reduction", set AD; the tagger reads no verb there). Only the
 * drop's own measure (下降比例, 降幅) or a percent right after the verb: "从 18% 降低到 24%" is still values the wrong way.
 */
const DROP_SIZE_ZH = /(下降|降低|减少|压降|节约|节省)(比例|幅度|率)|降幅|减幅|(下降|降低|减少|压降)\s*\d+(\.\d+)?\s*%/;

/** A speed written with a time unit: raising it lowers the number. */
const SPEED_AS_TIME = /(速度|\bspeed\b)[^，,。；;]{0,12}(秒|毫秒|分钟|小时|\d\s*(s|ms|sec|seconds?|minutes?|hours?)\b)/;

/**
 * K1: a key result is a metric moving from a current state to a target end state. One finding
 * per KR, naming the first gap, so a KR with nothing filled in is not reported three times.
 */
export function checkMetricValues(kr: DraftKeyResult): Hit | null {
  const hasBaseline = known(kr.baseline);
  const hasTarget = known(kr.target);
  if (!hasBaseline || !hasTarget) {
    const missing = !hasBaseline && !hasTarget ? "both" : !hasBaseline ? "baseline" : "target";
    const en = {
      both: "no baseline and no target",
      baseline: "no baseline (current state)",
      target: "no target",
    }[missing];
    const zh = {
      both: "没有基线也没有目标值",
      baseline: "没有基线（当前状态）",
      target: "没有目标值",
    }[missing];
    return {
      message: {
        en: `This key result has ${en}; without both nobody can tell whether it moved.`,
        zh: `该关键结果${zh}；两者缺一就无法判断是否取得了进展。`,
      },
      suggestion: SUGGEST_VALUES,
    };
  }
  const baseline = kr.baseline as number;
  const target = kr.target as number;
  const worded = wordedDirection(keyResultDirectionText(kr.title));
  if (target === baseline) {
    // "Keep uptime at 99.9%" legitimately sets the target at today's value, and so does a bound to
    // hold ("90-day default rate on new loans at or below 2.3%", set K's trap; issue 17, eleventh round).
    if (worded === "keep" || BOUND_WORDS.test(normalize(kr.title))) return null;
    // The title states the same value as now and as target ("already at 11%, target 11%"): the
    // values are all there and agree, so nothing is missing (K1); it is a target with no stretch (K4).
    if (statesReachedTarget(kr)) return null;
    return {
      message: {
        en: `The target equals the baseline (${baseline}): this key result asks for no change.`,
        zh: `目标值等于基线（${baseline}）：该关键结果没有要求任何变化。`,
      },
      suggestion: {
        en: 'Set the target end state you want to reach, or word it as a range to hold ("Keep p95 latency below 300 ms").',
        zh: "设定想要达到的目标终态，或写成需要保持的范围（“将 p95 延迟保持在 300 毫秒以下”）。",
      },
    };
  }
  const valued = target > baseline ? "increase" : "decrease";
  // A speed raised is a time cut: "识别速度从每张 2.1 秒提升到 0.5 秒" (set J) words the speed, values the time.
  if (worded === "increase" && valued === "decrease" && SPEED_AS_TIME.test(normalize(kr.title))) return null;
  if (RANK.test(normalize(kr.title))) return null;
  if (worded === "decrease" && valued === "increase" && DROP_SIZE_ZH.test(normalize(kr.title))) return null;
  // Worded one way and valued the other: the values were likely entered the wrong way round.
  if ((worded === "increase" || worded === "decrease") && worded !== valued && wordedAsVerb(kr.title) === worded) {
    const [en, zh] =
      worded === "increase"
        ? [`asks for an increase but the target (${target}) is below`, `要求提高，但目标值（${target}）低于`]
        : [`asks for a reduction but the target (${target}) is above`, `要求降低，但目标值（${target}）高于`];
    return {
      message: {
        en: `The wording ${en} the baseline (${baseline}).`,
        zh: `措辞${zh}基线（${baseline}）。`,
      },
      suggestion: {
        en: "Swap baseline and target if they were entered the wrong way round, or reword the key result.",
        zh: "如果基线和目标值填反了，请对调；否则请修改关键结果的措辞。",
      },
    };
  }
  return null;
}
