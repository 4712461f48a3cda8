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
  return null;
}
