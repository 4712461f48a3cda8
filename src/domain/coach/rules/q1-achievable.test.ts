import { describe, expect, it } from "vitest";
import { textRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { checkAchievable } from "./q1-achievable.ts";

const review = (title: string) => checkAchievable({ title, keyResults: [] });

describe("objective achievable within the period (Q1)", () => {
  textRuleCases("Q1", review, {
    flags: [
      "Become the market leader in Spain",
      "Be the #1 OKR tool for startups",
      "Dominate the SMB accounting market",
      "Become the leading CRM for real-estate agents",
      "Lead the category of product analytics",
      "Become the global leader in cookware",
      "成为西班牙的市场领导者",
      "成为国内排名第一的 OKR 工具",
      "称霸东南亚外卖市场",
      "成为行业龙头",
      "成为云安全领域无可争议的领导者",
      "成为全国最大的线上生鲜平台",
      "成为欧洲领先的宠物保险公司",
      // Issue 17: rephrasings the sentence's shape catches (verb, object, names), no phrase added.
      "Become Norway's leading payroll app",
      "Win the German pet-food market",
      "Take over parcel lockers across the whole of France",
      "Get every dental clinic in Italy booking through us",
      "Own the Nordic freelancer banking category",
      "拿下日本的跨境支付市场",
      "让法国所有中小餐厅都用上我们的点单系统",
      "横扫整个东南亚的外卖赛道",
      // Tuning-2026-12-07 (issue 17): any kind of firm, any place-word, a country's default, colloquial rank.
      "Put our scheduler in every dental practice across the country",
      "Win every design studio on the planet",
      "Be the de facto invoicing app for freelancers in Japan",
      "做成华东生鲜配送的老大",
      "今年成为记账软件的 top 1",
    ],
    accepts: [
      "Learn whether we can practically enter the Spanish market",
      "Help team leads run better quarterly reviews",
      "Become customers' trusted technology partner",
      "Enable real-estate agents to drive more home sales with less effort",
      "Make our first-time buyers successful in their first week",
      "了解我们能否切实进入西班牙市场",
      "帮助新用户顺利完成第一次购买",
      "成为客户值得信赖的技术合作伙伴",
      "解决客户最大的痛点",
      // Issue 17 traps: the same words in a clean shape.
      "Win back customers we lost to the market leader",
      "Stop depending on the market leader's marketplace",
      "Help every clinic fill its empty slots",
      "Win more deals in Germany",
      "Own our mistakes in incident reviews",
      "帮小商家少依赖行业龙头的流量",
      "让每家门店按时开门",
      "让第一次开店的商家顺利出第一单",
      // Traps: the same words with no whole territory or rank.
      "Become the default tool for our own support team",
      "Help every agency we serve close its books faster",
      "让老大难的对账问题少一点",
    ],
  });

  it("quotes the offending words", () => {
    expect(review("Become the market leader in Spain")[0]?.message.en).toContain('"market leader"');
  });
});
