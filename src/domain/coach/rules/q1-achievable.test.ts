import { describe, expect, it } from "vitest";
import { objectiveRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { checkAchievable } from "./q1-achievable.ts";

describe("objective achievable within the period (Q1)", () => {
  objectiveRuleCases("Q1", checkAchievable, {
    flags: [
      // Round 17 (set AJ): a capitalised place's possessive, its "'s" split off by the tagger.
      "Become the UK's most sustainable fit-out contractor",
      "Become the UK's favourite bank",
      // Sixteenth round (sets AF, AI): 第一 before the kind of firm is a rank.
      "成为日本跨境电商第一平台",
      "成为肿瘤领域第一药企",
      // Twelfth round, second part (set Q): 第一 before a noun after a whole territory or industry.
      "成为全国农产品上行的第一平台",
      "成为欧洲跨境电商的第一服务商",
      "做成华南生鲜配送的第一平台",
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
      // Issue 17, the shape of an absolute claim: a superlative, "the only" or a majority of a
      // whole territory or market, in both languages.
      "Build the most loved banking app in Spain",
      "Be the fastest-growing payroll tool in Europe",
      "Offer the cheapest shipping in the country",
      "Run the most reliable network on the planet",
      "Win a majority of the UK's independent pharmacies",
      "Own half of the Nordic e-invoicing market",
      "Become the only HR tool German startups consider",
      "Outsell every competitor in Japan",
      "Become the preferred supplier for restaurants across Italy",
      "成为全国最受欢迎的记账软件",
      "做全网最便宜的快递",
      "成为全国中小企业的首选收银系统",
      "让全国每一家药店都用上我们的系统",
      "成为华东地区最值得信赖的家装品牌",
      "在东南亚做到无人不知",
      "占据一半以上的本地外卖市场",
      // Present across a whole territory.
      "Be in every city in Brazil by summer",
      "Open in every state across the country",
      "Go global with our payroll app",
      "业务覆盖全国所有县城",
      "让门店开遍全国",
      // Tenth round (coach-q): the standard or default of a whole world, country, industry or of
      // every firm of a kind; a market won outright; a rank 第一 that ends its phrase.
      "Become the global standard for crop-health imagery",
      "Be the industry benchmark for claims handling",
      "Become the de facto standard for freight APIs",
      "Become the default XDR vendor for every DAX-40 company this quarter",
      "Become the go-to payroll app for all German startups",
      "成为全国养猪场数字化的唯一标准",
      "成为行业公认的服务标杆",
      "Win the mid-market in Germany",
      "Win the SMB market before our rivals do",
      "成为全国销量第一",
      "做到行业第一的品牌",
      "Own the SMB payroll space in Germany",
      "Be the name every Dutch accountant knows",
      "Become Europe's favourite travel app",
      "Become the world's most trusted lab network",
      "坐上行业头把交椅",
      "成为细分领域的隐形冠军",
      // Eleventh round (coach-k4c, set L): every case of a whole continent or the world, every one of
      // anything in a whole country or province.
      "Deliver every parcel in Europe within 2 hours",
      "Answer every claim across Latin America the same day",
      "Make all payments in the world settle instantly",
      "全省所有社保业务都不用再跑窗口",
      "全国每一所医院都能当天出结果",
    ],
    accepts: [
      // Round 17 (set Z): a rank benchmarked against is someone else's.
      "组件良率对标行业第一梯队",
      "交付周期参照行业第一的水平",
      // Round 17 TRAP: a place's possessive with no superlative.
      "Help the UK's small builders win more fit-out work",
      // Sixteenth round traps: 第一 before an entry point or a thing done first is an ordinal.
      "让 App 成为旅客出行的第一入口",
      "让平台成为新卖家第一次开店的地方",
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
      // Traps for the absolute shape: a superlative of something smaller than a territory.
      "Fix the biggest pain in onboarding for our newest teams",
      "Make the fastest checkout flow for our busiest stores",
      "Help the most valuable accounts get answers in minutes",
      "Give the best support we can to clinics in Ohio",
      "Become the most recommended invoicing tool among our pilot customers",
      "Make us the best-rated app in our own beta group",
      "Win half of the deals we lose on price",
      "把我们的最大痛点解决掉",
      "为最重要的客户提供最快的响应",
      "成为试点客户最常推荐的工具",
      "让门店首选我们的补货工具",
      "让每家门店的店长准时下班",
      "Help every city team we have hit its plan",
      "Be in every meeting room our customers use",
      "覆盖全部试点门店",
      // Tenth round (coach-q), from the false alarms of sets B, C, F, G, I: a market word in a
      // hyphenated modifier names customers of a size; 第一 before a noun is an ordinal; a standard or
      // default with no whole, or of our own teams.
      "Win mid-market shippers who outgrew their spreadsheet-and-phone freight process",
      "Win the mid-market deals where we are the best fit",
      "Win mid-market companies that will stay with us",
      "Win go-to-market teams over to our planning tool",
      "让官网成为客户了解我们的第一站",
      "成为新用户打开 App 的第一步",
      "让客服成为客户遇到问题时的第一反应",
      "Become the standard way our teams file expenses",
      "Become the default tool for every team in our company",
      "让全国门店的陈列符合统一标准",
      "成为团队内部的服务标杆",
      "Own the space between sales and support",
      "Help every German customer we have file on time",
      "Become our customers' favourite support channel",
      "让每个店员都能成为销售冠军",
      // Eleventh round traps: our own people or accounts across a continent, a city's cases, ours in
      // a province.
      "Give every customer in Europe a local-language invoice",
      "Help all our users across APAC reset passwords themselves",
      "Deliver every order in Berlin within 2 hours",
      "全省所有自营门店当天补货",
      "让我们在全国的每个网点都能当天结算",
      "让所有社保业务都能在手机上办",
      // Twelfth round, second part traps: 第一 as an ordinal after 成为, with no territory or industry.
      "成为新客户下单的第一选择之前先试用",
      "让门店成为居民买菜的第一站",
      "成为全国门店店长第一次上手就会用的工具",
    ],
  });

  it("quotes the offending words", () => {
    expect(checkAchievable({ title: "Become the market leader in Spain", keyResults: [] })[0]?.message.en).toContain(
      '"market leader"',
    );
  });
});
