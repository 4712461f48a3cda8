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
    ],
  });

  it("quotes the offending words", () => {
    expect(review("Become the market leader in Spain")[0]?.message.en).toContain('"market leader"');
  });
});
