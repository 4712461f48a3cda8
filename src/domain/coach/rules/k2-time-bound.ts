import { isIsoDate, isWithin } from "../../period.ts";
import type { DraftKeyResult, Hit, Period } from "../types.ts";

/** K2 (the T of SMART): a deadline, a real date, inside the period the KR belongs to. */
export function checkTimeBound(kr: DraftKeyResult, period: Period | null | undefined): Hit | null {
  const deadline = kr.deadline?.trim() ?? "";
  const end = period?.endsOn ?? "YYYY-MM-DD";
  if (deadline === "") {
    return {
      message: {
        en: 'This key result has no deadline; a target without one is "eventually".',
        zh: "该关键结果没有截止日期；没有截止日期的目标就是“最终某天”。",
      },
      suggestion: {
        en: `Add a deadline inside the period, e.g. ${end}.`,
        zh: `在周期内添加截止日期，例如 ${end}。`,
      },
    };
  }
  if (!isIsoDate(deadline)) {
    return {
      message: {
        en: `The deadline "${deadline}" is not a date written YYYY-MM-DD.`,
        zh: `截止日期“${deadline}”不是 YYYY-MM-DD 格式的有效日期。`,
      },
      suggestion: {
        en: `Write the deadline as a date, e.g. ${end}.`,
        zh: `请写成日期，例如 ${end}。`,
      },
    };
  }
  if (period && !isWithin(deadline, period)) {
    return {
      message: {
        en: `The deadline ${deadline} is outside the period ${period.name} (${period.startsOn} to ${period.endsOn}).`,
        zh: `截止日期 ${deadline} 不在周期 ${period.name}（${period.startsOn} 至 ${period.endsOn}）内。`,
      },
      suggestion: {
        en: `Move the deadline into the period (by ${period.endsOn}), or plan this key result for a later period.`,
        zh: `把截止日期移到周期内（不晚于 ${period.endsOn}），或把该关键结果安排到后续周期。`,
      },
    };
  }
  const deferred = VAGUE_TIME.exec(kr.title.normalize("NFKC").toLowerCase())?.[0];
  if (deferred !== undefined) {
    return {
      message: {
        en: `"${deferred}" puts the target at no time: the title's own words take back the deadline, so nobody knows whether it is late.`,
        zh: `“${deferred}”没有给目标一个时间：标题自己的措辞抵消了截止日期，没人知道它是否延误。`,
      },
      suggestion: {
        en: `Say the target is due by the deadline (${deadline}) and drop the open-ended words.`,
        zh: `写明目标在截止日期（${deadline}）前达成，去掉不设期限的说法。`,
      },
    };
  }
  return null;
}

/**
 * Words that put a target at no time (issue 17, ninth round): "eventually", "over time", "ASAP",
 * 持续提升, 逐步, 尽快. SMART's T asks for a time frame; a title that defers its own target leaves
 * the deadline field a formality, and every tuning set labels such a title K2, deadline or not
 * (sets B and C). Not "on time" or "in time", which are outcomes, nor a compound that ends in one
 * of the words ("hand-over time", the guide's CRM example).
 */
const VAGUE_TIME =
  /(?<![\w-])(eventually|over time|asap|as soon as possible|some ?day|sooner or later|in the long run|in due course)\b|持续(提升|提高|改善|优化|降低|下降|增长|增加|减少)|逐步|早日|尽快/;
