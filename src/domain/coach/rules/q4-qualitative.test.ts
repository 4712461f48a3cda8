import { describe } from "vitest";
import { objectiveRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { checkQualitative } from "./q4-qualitative.ts";

describe("objective is qualitative (Q4)", () => {
  objectiveRuleCases("Q4", checkQualitative, {
    flags: [
      "Grow revenue by 20%",
      "Reach 10,000 paying teams",
      "Double the number of active workspaces",
      "Cut support costs 3x",
      "营收增长 20%",
      "付费团队翻一番",
      "将活跃团队数提升两倍",
      "Close every client's books within five working days",
      "Make signing possible from any phone in under a minute",
      "三天内完成所有客户的月结",
      // Issue 17: rephrasings the sentence's shape catches (verb, object, names), no phrase added.
      "把客诉量减半",
      "Serve 500 more schools",
      "Grow ARR 40%",
      // Tuning-2026-12-07 (issue 17): a dotted percentage is a target, not a version; magnitudes in characters.
      "Reach 99.9% availability for checkout",
      "月活突破三百万",
      // Traps for the named-number shapes: a number after the verb, a unit after a name, Title Case.
      "Win back 500 churned accounts",
      "Serve 10,000 more clinics",
      "Grow Shopify 40% faster than last year",
      "Help Our 500 Clinics Book Faster",
      "把 3 万家门店的补货做顺",
      "让 300 家门店当天补货",
      "Reach 1 million paying users",
      "把送达时间压到 30 分钟",
      "Grow from 10 to 14 markets",
    ],
    accepts: [
      "Become home cooks' trusted cookware supplier",
      // Issue 17 traps: the same words in a clean shape.
      "Pass the SOC 2 audit without slowing sales",
      "Offer 24/7 support to every hospital",
      "Make K-12 teachers' grading effortless",
      "Ship widgets for iOS 18 users",
      "Meet WCAG 2.1 for every public page",
      "上线团长小程序 2.0 版本",
      "双 11 大促期间零宕机",
      "提供 7×24 小时服务",
      "让订阅用户一个月接一个月地续下去",
      "Make B2B invoicing effortless for small firms",
      "Be ready for the 2027 tax season",
      "Help Q1 hires become productive fast",
      "Become the #1 OKR tool",
      "Double down on enterprise onboarding quality",
      "让新用户第一次使用就获得价值",
      "成为客户值得信赖的技术合作伙伴",
      "让团队成功完成季度复盘",
      "让新团队在第一周就获得价值",
      // Traps: a dotted version stays a name; 千万 as "by all means".
      "Move every customer to API 2.1",
      "千万不要让客户等太久",
      // A number that belongs to a name by its shape (issue 17, generalised from Q4 false alarms):
      // after a brand word, a rank word with a hyphen, a Chinese generation or line.
      "Make Microsoft 365 users feel at home in our add-in",
      "Win the trust of Fortune 500 procurement teams",
      "Make Windows 11 upgrades painless for IT admins",
      "Help tier-1 city stores cut waiting lines",
      "Give Level-2 support engineers their evenings back",
      "让 90 后新手妈妈放心买",
      "让00后也愿意用我们的记账 App",
      "让地铁 2 号线沿线门店更快补货",
      // A date is when, not how much, as a year is; a policy's name.
      "Launch self-serve refunds for shoppers by March 31",
      "3 月 15 日前让门店排班不再靠手工",
      "让 3·15 前的客诉不再堆积",
      "让 7 天无理由退货更省心",
      // Idioms and names built on a number.
      "Give account teams a 360-degree view of each customer",
      "Take our Brazil business from 0 to 1",
      "从 0 到 1 搭建海外业务",
      "Make 3 a.m. pages rare for the on-call team",
      "让一小时达真正做到准时",
    ],
  });
});
