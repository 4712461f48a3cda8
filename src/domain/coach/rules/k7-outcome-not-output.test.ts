import { describe, expect, it } from "vitest";
import { keyResultRuleCases, listed } from "../../../../tests/support/text-rule-cases.ts";
import { checkOutcomeNotOutput } from "./k7-outcome-not-output.ts";

describe("outcomes, not outputs (K7)", () => {
  keyResultRuleCases("K7", checkOutcomeNotOutput, {
    baseline: 0,
    target: 1,
    flags: [
      "Launch the new onboarding flow",
      "Ship dark mode by February",
      "Release version 2.0 of the mobile app",
      "Complete the billing migration project",
      "Build a Slack integration",
      "New pricing page goes live",
      "Increase features shipped per quarter from 6 to 10",
      "上线新版结账流程",
      "发布 2.0 版本",
      "完成 CRM 迁移项目",
      "新版仪表盘上线",
      "将交付的功能数从 6 个提高到 10 个",
      "Remove 5 least-used features",
      "Translate the product into German",
      "向所有设备推送 3.0 固件",
      "把所有索引迁移到新集群",
      "Offline mode available on Android and iOS",
      "离线模式在安卓和 iOS 上可用",
      // Issue 17: rephrasings the sentence's shape catches (verb, object, names), no phrase added.
      "Publish 24 tutorials on the developer blog",
      "Merged 300 pull requests into the monorepo",
      "Place 8 guest posts on partner sites",
      "Record 12 onboarding videos",
      "积分商城上线",
      "8 月 15 日前上线多币种钱包",
      "旧版报表页面全部下线",
      "本季度发布 30 篇公众号文章",
      "新版编辑器向全部商家开放",
      "灰度发布能力覆盖全部核心服务",
      // Tuning-2026-12-07 (issue 17): live / GA, more build verbs, head nouns, Chinese rollout words.
      "Put the new search live for all shoppers",
      "GA of the audit-log export by March 15",
      "Productionize the ranking model v3",
      "Wire up 8 payroll providers to the ledger",
      "新版风控策略全量",
      "旧推荐流量 50% 切到新模型",
      "订单与库存数据打通",
      "小红书本月发 30 篇",
      // Issue 17, sixth round: things made, counted noun first with their delivery participle.
      "Help articles published from 40 to 90",
      "Pull requests merged per week from 30 to 50",
      "Onboarding videos localized into 6 languages",
      "新增模板数从 40 个提高到 120 个",
      "帮助中心文章发布数量从 60 篇提高到 150 篇",
    ],
    accepts: [
      // TRAPS for the sixth round: customers making things, a share, a running total, integrations.
      "Templates created by customers from 4k to 6k a month",
      "Share of new screens built from library components from 50% to 80%",
      "Grow cumulative wiki pages created from 40k to 60k",
      "Number of product integrations from 8 to 12",
      "用户发布的笔记数量从每月 2 万提高到 3 万",
      "Increase share of users who complete onboarding from 40% to 55%",
      "Reduce time to ship a fix from 5 days to 2",
      "Complete 20 customer interviews with churned accounts",
      "Run 6 usability tests on the workflow builder",
      "Raise trial-to-paid conversion from 4% to 6%",
      "Increase number of product integrations from 8 to 12",
      "Average completed workflows per user per month",
      "将完成新手引导的用户比例从 40% 提高到 55%",
      "完成 20 次客户访谈",
      "将修复上线时间从 5 天缩短到 2 天",
      "上线以来累计扫描次数突破 1000 万",
      "Keep checkout available 99.95% of the time",
      // Issue 17 traps: the same words in a clean shape.
      "Make the reporting pages easier to use",
      "Complete 25 loss reviews with buyers who chose a rival",
      "Raise share of new accounts that publish their first page within a day from 20% to 35%",
      "Reduce time to ship a hotfix from 48 to 3 hours",
      "完成 20 次丢单客户回访",
      "将线上问题修复上线时间从 48 小时缩短到 4 小时",
      // Traps: the head noun is not an artefact; moving to a new habit is no system.
      "Run 12 migration workshops with top accounts",
      "将新客户的首单转化率从 10% 提高到 14%",
    ],
  });

  // Issue 17, second edition: the KR sentence's grammar. A deliverable as the subject with a
  // delivery state as its predicate, no verb and no metric moving; a rollout's progress in Chinese.
  it.each([
    "SAML SSO GA",
    "Audit log export live for all EU tenants",
    "Bulk edit in beta with 8 customers",
    "Tiered loyalty rewards launched in all 120 stores by 3/1",
    "Decommission the legacy invoicing service by April 30",
    "核心链路接口迁移完成率达到 100%",
    "新版对账功能灰度 5 家 KA 客户",
    "对接京东、拼多多两个平台的店铺授权",
    "安全网关覆盖 100% 办公系统",
    "司机端功能覆盖度从 70% 提升到 100%",
    "行业媒体报道 10 篇",
    "Q2 通过 OTA 推送 4 个新功能",
  ])("flags a delivery stated or rolled out: %j (K7)", (title) => {
    expect(listed(checkOutcomeNotOutput({ title, baseline: 0, target: 5 }))).toHaveLength(1);
  });

  it.each([
    // People going live are customers using the product; business work moving is an outcome.
    "New clinics live on the booking platform",
    "Orders shipped the same day",
    "Refunds released within one hour",
    // A share, a rate, or a metric stated as moving from a baseline to a target.
    "Share of stores with tiered rewards launched",
    "Checkout v2 live with error rate from 2% to 0.5%",
    "Time to first value for new workspaces",
    // Chinese: a rate of the customer's result, and coverage of customers, not systems.
    "迁移后接口错误率从 0.8% 降到 0.2%",
    "新版对账功能的商家满意度从 3.9 提升到 4.4",
    "会员权益覆盖 100% 的老客户",
    "读完 10 篇以上的用户占比从 12% 提高到 20%",
  ])("accepts an outcome that shares the words: %j (K7)", (title) => {
    expect(listed(checkOutcomeNotOutput({ title, baseline: 1, target: 5 }))).toEqual([]);
  });

  const task = (title: string, target = 100) => listed(checkOutcomeNotOutput({ title, baseline: 0, target }));

  it.each([
    "Open AI summaries to every workspace",
    "Turn on audit logs for all enterprise tenants",
    "向所有工作空间开放 AI 摘要",
  ])("flags a task's percent done, 0 to 100 with no metric in the words: %j (K7, issue 17)", (title) => {
    expect(task(title)).toHaveLength(1);
  });

  it.each([
    "Reach 100 paying customers",
    "Average completed workflows per user",
    "Checkout conversion",
    "Make onboarding delightful",
    "提高续费率",
  ])("accepts 0 to 100 with a metric, a count or a state to reach: %j (K7, issue 17)", (title) => {
    expect(task(title)).toEqual([]);
  });
});
