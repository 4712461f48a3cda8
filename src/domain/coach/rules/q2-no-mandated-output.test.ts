import { describe } from "vitest";
import { textRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { checkNoMandatedOutput } from "./q2-no-mandated-output.ts";

const review = (title: string) => checkNoMandatedOutput({ title, keyResults: [] });

describe("objective mandates no product output (Q2)", () => {
  textRuleCases("Q2", review, {
    flags: [
      "Sunset least-used features to raise margin",
      "Launch the new mobile app",
      "Build a Salesforce integration",
      "Remove the legacy reporting module",
      "Rewrite the checkout page in React",
      "Deprecate the v1 API",
      "淘汰最少使用的功能以提高利润率",
      "上线新版移动应用",
      "开发 Salesforce 集成",
      "新版仪表盘上线",
      "Replace our legacy search with Elasticsearch",
      "Rebuild the reporting engine on ClickHouse",
      "用 Elasticsearch 替换旧的搜索",
      "发布 v3 温控器固件",
      "Deliver the offline mode for technicians",
      "为技术人员交付离线模式",
      // Issue 17: rephrasings the sentence's shape catches (verb, object, names), no phrase added.
      "Roll out SAML single sign-on to all enterprise tenants",
      "Add a chatbot to the help center",
      "Introduced AI meeting notes for every plan",
      "Deliver one-tap reorder for repeat shoppers",
      "Kill the free tier to lift margin",
      "接入医保线上结算",
      "推出会员积分体系",
      "为客服后台加入 AI 助手",
      // Tuning-2026-12-07 (issue 17): live / out the door as a launch, a move onto a new system, more build verbs.
      "Get the new onboarding flow live by March",
      "Push the mobile wallet out the door",
      "Migrate every tenant onto the new storage layer",
      "Productionize the demand-forecast model",
      "Hook up the Xero and Sage connectors",
      "Kill off the three oldest export formats",
      "把会员小程序做出来",
      "年底前把新版收银台推出去",
      "把客服系统换成智能客服",
      "打通订单系统和仓储系统",
    ],
    accepts: [
      "Remove friction from the checkout page",
      "Build deeper workflows for users",
      "Build trust with first-time sellers",
      "Become home cooks' trusted cookware supplier",
      "Make onboarding effortless for small teams",
      "Let product teams build consistent screens without waiting for design",
      "让开发者更快地完成集成",
      "成为家庭厨师信赖的炊具供应商",
      "让房地产经纪人能够以更少的努力推动更多的房屋销售",
      // Issue 17 traps: the same words in a clean shape.
      "Build confidence among first-time investors",
      "Deliver every parcel on the promised day",
      "Ship faster without breaking checkout",
      "Create a calmer first week for new hires",
      "Offer everything Revolut offers",
      "Launch more customers into their first campaign",
      "打造商家的信任",
      "建立中小商家的口碑",
      "让业务团队敢在周五发布",
      // Traps: an outcome put live, a rival's product displaced, a clause, an outcome in 把.
      "Get customers live on day one",
      "Get new restaurants live within a week",
      "Switch more shoppers to the new app",
      "Replace Excel for small accounting firms",
      "Offer what our best customers ask for",
      "Move customers to a plan that fits them",
      "把新客体验做好",
      "把老客户留住",
      "打通线上线下的购物体验",
    ],
  });
});
