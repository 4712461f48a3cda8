/**
 * Which way a metric is good (issue 17, K4): read from the words that name it, so a rule can tell
 * a target that asks for worse than today ("repeat purchase rate 35% → 30%", "续费率从 82% 到 78%")
 * from a cut the team wants. Only metrics that are good when higher in every product are listed: conversion,
 * retention, satisfaction, accuracy, success, revenue. A word that can go either way ("returns" are
 * tax returns or goods sent back) is not, and any word of a metric that is good when lower (churn,
 * errors, time, cost, repeat visits for a fault) makes the reading unknown: the rule then says
 * nothing. Reviewed as code; derived from METHOD.md K1 ("the direction follows from
 * baseline and target") and the tuning collections only, never from a blind set.
 *
 * Patterns read the normalised text (NFKC, lower case: `text.ts`), English and Chinese alike.
 */

/** Metrics that are good when higher, wherever they appear. */
const GOOD_WHEN_HIGH =
  /\b(conversion|retention|renewal rate|satisfaction|nps|net promoter|csat|rating|accuracy|success rate|completion rate|activation rate|adoption rate|uptime|availability|revenue|gross margin|arr|mrr|gmv|on-time|resolution rate|pass rate|approval rate|win rate|nrr|ndr|repeat purchase\w*|repurchase\w*)\b|复购率|转化率|留存率|续费率|续约率|满意度|评分|准确率|成功率|完成率|激活率|可用率|可用性|营收|毛利率|准时率|解决率|通过率|好评率/;

/**
 * Words of a metric that is good when lower, or of a share of failures: any of them makes the
 * direction unknown ("crash-free sessions", "conversion lost to timeouts", "时长达标率").
 * Issue 17, thirteenth round, third part (set U, both traps): a concern is a complaint ("Enterprise renewals citing
 * map accuracy as a concern from 22% to 12%"), and 差距 is the Chinese of "gap" ("评分与中文版的差距从 0.4 分缩小到 0.1 分").
 * Issue 17, sixteenth round, second part: a wrong outcome said as a participle or a mistake's own word is the same
 * class as "rejections" and "errors": rejected, declined, denied, wrongly or wrongful, false positives, inconsistent,
 * 误判, 误封, 误拦截, 误杀, 误报, 被拒, 不一致 ("Bookings rejected by hotel for 'no availability'", set AA; 误判申诉成功率,
 * sets AA and AF; "Customers describing UI as 'inconsistent' in NPS verbatims", set AF: all clean cuts, and every
 * tuning writer who cuts such a metric, C, 08, AC, AE, AG, AI, J and more, labels it clean).
 */
const GOOD_WHEN_LOW =
  /\b(churn\w*|attrition|errors?|defects?|bugs?|fail\w*|incidents?|outages?|downtime|latency|delays?|wait\w*|time|minutes|hours|days|seconds|costs?|complaints?|concerns?|refunds?|returns?|cancel\w*|abandon\w*|bounce|drop-?offs?|fraud|chargebacks?|disputes?|backlog|escalations?|tickets?|crash\w*|mistakes?|late|lost|loss\w*|leak\w*|unbilled|rejections?|declines?|repeat (visits|contacts|calls|tickets|faults|incidents)|-free|without|gap|discount\w*|write-?offs?|rebates?|concessions?|rejected|declined|denied|wrongly|wrongful\w*|false positives?|inconsistent)\b|误判|误封|误拦|误杀|误报|被拒|不一致|流失|错误|差错|缺陷|故障|失败|投诉|退款|退货|取消|放弃|跳出|欺诈|拒付|逾期|延迟|时长|耗时|等待|成本|差评|崩溃|返工|损耗|偏差|误差|差距|顾虑|驳回|退回|折扣|让利|核销|不/;

/** "up" when the metric is one that is good when higher and nothing in the text says otherwise. */
export function goodWhen(text: string): "up" | null {
  return GOOD_WHEN_HIGH.test(text) && !GOOD_WHEN_LOW.test(text) ? "up" : null;
}

/**
 * A range to hold, said in the words of a bound ("under 0.3%", "at or above 99.95%", "控制在 3% 以内"):
 * a guardrail whose target may sit on either side of today's reading on purpose.
 */
export const BOUND_WORDS =
  /\b(under|below|within|above|at most|at least|or (more|less|better|fewer|higher|lower)|no (more|less|fewer) than)\b|≤|≥|<|>|以内|以下|以上|不超过|不低于|不少于|控制在/;

/** A number written with its magnitude ("30k", "1.2M", "2 万", "3 亿"): a count, however small the digits. */
export const SCALED_NUMBER = /\d\s*(k|m|bn|million|billion|thousand)\b|\d\s*(万|亿|千)/;
