import { describe, expect, it } from "vitest";
import type { CrossUnitKeyResult } from "./metrics.ts";
import { oppositePull } from "./opposite-pulls.ts";

// M7 across units on metrics named in other words: the noun-phrase reading of metric-phrase.ts
// and the head concept of metrics.ts. Each row: two units' KRs as [unit, title, metric, unit of
// measure, baseline, target]. Conflicts are one metric pulled both ways; traps share a word, a
// head or a concept and are two metrics.

type Row = [string, string, string, string, number, number];
const kr = ([unit, title, metric, unitOfMeasure, baseline, target]: Row): CrossUnitKeyResult => ({
  unit,
  title,
  metric,
  unitOfMeasure,
  kind: "metric",
  baseline,
  target,
});
const pulls = (a: Row, b: Row) => oppositePull(kr(a), kr(b))?.kind ?? null;

describe("one metric in two wordings, pulled both ways (M7)", () => {
  it.each<[string, Row, Row]>([
    [
      "a scope after the head",
      [
        "Sales",
        "Give deeper discounts on enterprise deals: 10% to 18%",
        "average discount on enterprise deals",
        "%",
        10,
        18,
      ],
      ["Finance", "Cap discounting on new contracts: 15% to 8%", "average discount on new contracts", "%", 15, 8],
    ],
    [
      "time to X and X time",
      ["Support", "Cut time to first response from 8 to 2 hours", "time to first response", "hours", 8, 2],
      ["Support Ops", "Allow thorough first replies: 2 to 6 hours", "first response time", "hours", 2, 6],
    ],
    [
      "a noun and its -ing form",
      ["Eng", "Grow engineering headcount from 40 to 60", "number of engineers", "people", 40, 60],
      ["Finance", "Cut engineering headcount from 40 to 35", "engineering headcount", "people", 40, 35],
    ],
    [
      "synonyms of a duration",
      ["Sales", "Increase average contract length from 12 to 24 months", "average contract length", "months", 12, 24],
      ["Legal", "Shorten the standard contract term from 24 to 12 months", "standard contract term", "months", 24, 12],
    ],
    [
      "a limit and a quota",
      [
        "Platform",
        "Cut the API rate limit from 1000 to 500 requests a minute",
        "API rate limit",
        "requests/min",
        1000,
        500,
      ],
      [
        "Partners",
        "Raise the API request quota from 500 to 2000 a minute",
        "API request quota per minute",
        "requests/min",
        500,
        2000,
      ],
    ],
    [
      "a fee is a price",
      ["Monetisation", "Raise the Pro plan's monthly fee from $29 to $39", "Pro plan monthly fee", "$", 29, 39],
      ["Startups", "Lower the Pro plan fee for startups from $29 to $19", "Pro plan fee", "$", 29, 19],
    ],
    [
      "首次响应与首次回复",
      ["客服", "将首次响应时间从 8 小时缩短到 2 小时", "首次响应时间", "小时", 8, 2],
      ["质检", "将首次回复时长从 2 小时放宽到 6 小时", "首次回复时长", "小时", 2, 6],
    ],
    [
      "范围放在中心词之前",
      ["销售", "把企业客户折扣从 10% 提高到 18%", "企业客户平均折扣", "%", 10, 18],
      ["财务", "把新合同折扣率从 15% 降到 8%", "新合同平均折扣率", "%", 15, 8],
    ],
    [
      "一个词是另一个的后缀",
      ["市场部", "将免费试用期从 14 天延长到 30 天", "免费试用期", "天", 14, 30],
      ["财务部", "将试用期时长从 14 天缩短到 7 天", "试用期时长", "天", 14, 7],
    ],
  ])("finds %s (M7)", (_label, a, b) => {
    expect(pulls(a, b)).toBe("opposite_directions");
  });
});

describe("traps: a shared word, head or concept, two metrics (M7)", () => {
  it.each<[string, Row, Row]>([
    [
      "two rates of one thing",
      ["Lifecycle", "Raise email open rate from 20% to 28%", "email open rate", "%", 20, 28],
      ["Deliverability", "Cut email click rate from 5% to 3%", "email click rate", "%", 5, 3],
    ],
    [
      "one cost, two denominators",
      ["Support", "Cut cost per ticket from $6 to $4", "cost per ticket", "$", 6, 4],
      ["Growth", "Raise the cost per acquisition cap from $40 to $60", "cost per acquisition", "$", 40, 60],
    ],
    [
      "calls per account and calls per rep",
      [
        "Onboarding",
        "Cut onboarding calls per new account from 3 to 1",
        "onboarding calls per new account",
        "calls",
        3,
        1,
      ],
      ["Sales Development", "Raise calls per rep per day from 40 to 60", "calls per rep per day", "calls", 40, 60],
    ],
    [
      "two times with other heads",
      ["Web", "Cut page load time from 3 to 2 s", "page load time", "s", 3, 2],
      ["Video", "Raise average watch time from 4 to 6 min", "watch time", "min", 4, 6],
    ],
    [
      "two sizes",
      ["Sales", "Raise average deal size from $8k to $10k", "average deal size", "$", 8, 10],
      ["Support", "Cut the support queue from 40 to 10", "support queue size", "tickets", 40, 10],
    ],
    [
      "two rates of orders",
      ["Ops", "Cut order error rate from 2% to 1%", "order error rate", "%", 2, 1],
      ["Growth", "Raise order conversion rate from 3% to 4%", "order conversion rate", "%", 3, 4],
    ],
    [
      "time to hire and deep-work time",
      ["HR", "Cut time to hire from 45 to 30 days", "time to hire", "days", 45, 30],
      ["Eng", "Raise deep-work time from 10 to 20 hours a week", "deep work time", "hours", 10, 20],
    ],
    [
      "邮件打开率与退订率",
      ["客服", "将邮件打开率从 20% 提高到 28%", "邮件打开率", "%", 20, 28],
      ["投递", "将邮件退订率从 0.5% 降到 0.2%", "邮件退订率", "%", 0.5, 0.2],
    ],
    [
      "推送打开率与推送次数",
      ["增长组", "将推送打开率从 5% 提高到 8%", "推送打开率", "%", 5, 8],
      ["用户体验组", "将每周推送次数从 5 次降低到 2 次", "推送次数", "次", 5, 2],
    ],
    [
      "API 错误率与调用量",
      ["平台", "将 API 错误率从 1% 降到 0.2%", "API 错误率", "%", 1, 0.2],
      ["合作伙伴", "将 API 调用量从 100 万提高到 300 万", "API 调用量", "次", 100, 300],
    ],
  ])("keeps %s apart (M7)", (_label, a, b) => {
    expect(pulls(a, b)).toBeNull();
  });
});
