import { describe, expect, it } from "vitest";
import {
  type DraftKeyResult,
  type DraftObjective,
  quarterPeriod,
  reviewObjective,
  reviewOkrSet,
  ruleCards,
} from "../../src/domain/coach/index.ts";
import { chineseStyleProblems } from "./chinese-style.ts";

const period = quarterPeriod("2027-Q1");
const kr = (title: string, more: Partial<DraftKeyResult> = {}): DraftKeyResult => ({
  title,
  metric: null,
  baseline: 10,
  target: 20,
  deadline: "2027-03-31",
  ...more,
});
const good: [DraftKeyResult, DraftKeyResult] = [
  kr("将复购率从 5% 提高到 15%"),
  kr("将退款率从 0.5% 降低到 0.2%", { baseline: 0.5, target: 0.2 }),
];

/** One draft per message branch of every rule, so every message the coach can say is read. */
const branches: [DraftObjective, ...DraftObjective[]] = [
  { title: "提升客户留存", keyResults: [] },
  { title: "", keyResults: good },
  { title: "提升客户留存", keyResults: [good[0]] },
  { title: "提升客户留存", keyResults: [...good, ...good, ...good] },
  {
    title: "提升客户留存",
    keyResults: [kr("复购率", { metric: "复购率" }), kr("复购", { metric: "复购率" }), ...good],
  },
  { title: "成为市场领导者", keyResults: good },
  { title: "上线新版应用", keyResults: good },
  { title: "与竞争对手功能对等", keyResults: good },
  { title: "让收入翻一番", keyResults: good },
  {
    title: "提升客户留存",
    keyResults: [
      kr("提高复购率", { baseline: null, target: null }),
      kr("提高复购率", { baseline: null }),
      kr("提高复购率", { target: null }),
      kr("提高复购率", { baseline: 5, target: 5 }),
      kr("提高复购率", { baseline: 15, target: 5 }),
      kr("降低退款率", { baseline: 0.2, target: 0.5 }),
      kr("提高复购率", { deadline: null }),
      kr("提高复购率", { deadline: "三月底" }),
      kr("提高复购率", { deadline: "2027-09-30" }),
      kr("累计注册用户数", { baseline: 1000, target: 5000 }),
      kr("提高每周登录次数"),
      kr("上线新的结账页面", { baseline: 0, target: 1 }),
      kr("将周活跃团队数设为目标", { baseline: 120, target: 180 }),
    ],
  },
  {
    title: "让团队更深度地使用审批流程",
    keyResults: [kr("将日活从 8000 提高到 12000", { baseline: 8000, target: 12000 }), ...good],
  },
  // K3's family reading (language/metric-families.ts): its own message.
  {
    title: "让业务同学敢直接用数据做决策",
    keyResults: [kr("数据表数量从 3200 张增加到 4500 张", { baseline: 3200, target: 4500 }), ...good],
  },
  {
    title: "提升客户留存",
    keyResults: [kr("将客单价从 100 元提高到 200 元", { baseline: 100, target: 200, unit: "元" }), ...good],
  },
  // Issue 17, seventh round: K3's count under an outcome and conversion under keeping customers,
  // and K4's new readings of a target's own numbers.
  {
    title: "让买家收到的水果都是新鲜的",
    keyResults: [kr("订单量从每月 50 万单提高到 60 万单", { baseline: 50, target: 60 }), ...good],
  },
  {
    title: "降低老客户流失",
    keyResults: [kr("访客到注册的转化率从 3% 提升到 4.5%", { baseline: 3, target: 4.5 }), ...good],
  },
  {
    title: "让客户更快拿到报告",
    keyResults: [
      kr("售假投诉每万单从 12 起降到 0.2 起", { baseline: 12, target: 0.2 }),
      kr("发货准确率从 85% 提升到 99.5%", { baseline: 85, target: 99.5 }),
      kr("续费率从 82% 到 78%", { baseline: 82, target: 78 }),
      kr("NPS 从 12 提高到 60", { baseline: 12, target: 60 }),
    ],
  },
];

/** K4 reads the unit's past: the same metric moved by 10 then, so +100 now lands far below 60 %. */
const history = {
  keyResults: [
    { title: "将客单价从 80 元提高到 90 元", baseline: 80, target: 90, finalProgress: 1, periodName: "2026-Q4" },
  ],
};
/** K4 on the objective: a unit whose targets landed above 80 % three times. */
const easyHistory = {
  keyResults: [1, 0.95, 1.1].map((finalProgress) => ({ title: "提高复购率", finalProgress })),
};

function chineseTexts(): string[] {
  const texts: string[] = [];
  for (const card of Object.values(ruleCards)) {
    texts.push(card.title.zh, card.asks.zh, card.why.zh, card.weak.zh, card.strong.zh);
  }
  for (const objective of branches) {
    for (const f of reviewObjective(objective, {
      locale: "zh",
      period,
      strategy: { companyLevel: true, strategyCount: 1 },
      history,
      hints: true,
    })) {
      texts.push(f.message, f.suggestion);
      if (f.fix) texts.push(f.fix.label);
    }
  }
  for (const f of reviewObjective(branches[0], { locale: "zh", period, history: easyHistory }))
    texts.push(f.message, f.suggestion);
  const twoObjectives = { name: "增长组", objectives: [branches[0], branches[0]] };
  for (const f of reviewOkrSet({ period, units: [twoObjectives] }, { locale: "zh" }))
    texts.push(f.message, f.suggestion);
  // The collections' Chinese units are read in chinese-style-corpus.test.ts (the coach-corpus project):
  // reviewing every collection grows with each writer and held the unit project near its 15 s.
  return [...new Set(texts)];
}

describe("the coach's Chinese (issue 17)", () => {
  // The first review of the file: it pays the rules' first use. About 1-2 s alone, over 5 s when the
  // coach's 30 test files run together on a loaded 2-core machine.
  it("reads every message branch", { timeout: 30_000 }, () => {
    const rules = new Set(
      branches.flatMap((o) =>
        reviewObjective(o, { locale: "zh", period, strategy: { companyLevel: true, strategyCount: 1 }, history }).map(
          (f) => f.rule,
        ),
      ),
    );
    expect([...rules].sort()).toEqual(
      Object.keys(ruleCards)
        .filter((r) => r !== "M1")
        .sort(),
    );
  });

  it("uses full-width punctuation and spaces only between Chinese and Latin", () => {
    expect(chineseTexts().flatMap(chineseStyleProblems)).toEqual([]);
  });

  it.each([
    ["目标值（5）低于基线（15）。", []],
    ["将复购率从 5% 提高到 15%。", []],
    ["“total user accounts”是虚荣指标。", []],
    ["“开设“接单入门”直播课12场”描述的是产出。", []],
    ["“开设“接单入门”直播课”描述的是产出12场。", ["no space between Chinese and Latin"]],
    ["目标值(5)低于基线", ["half-width punctuation"]],
    ["截止日期,请写成日期", ["half-width punctuation"]],
    ["该目标 ，没有", ["space next to full-width punctuation"]],
    ["关键 结果", ["space between Chinese characters"]],
    ["从30%提高", ["no space between Chinese and Latin"]],
    ["共 1,000 个", []],
  ])("the checker itself: %s", (text, problems) => {
    expect(chineseStyleProblems(text).map((p) => p.split(":")[0])).toEqual(problems);
  });
});

describe("messages do not repeat the rule ID (issue 17: the badge shows it)", () => {
  it("no message ends in (K1) or （K1）", () => {
    const messages = branches.flatMap((o) =>
      (["en", "zh"] as const).flatMap((locale) =>
        reviewObjective(o, { locale, period, strategy: { companyLevel: true, strategyCount: 1 } }).map(
          (f) => f.message,
        ),
      ),
    );
    expect(messages.filter((m) => /[(（][MQKSP]\d+[)）]/u.test(m))).toEqual([]);
  });
});
