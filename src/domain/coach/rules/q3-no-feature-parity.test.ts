import { describe } from "vitest";
import { textRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { checkNoFeatureParity } from "./q3-no-feature-parity.ts";

const review = (title: string) => checkNoFeatureParity({ title, keyResults: [] });

describe("no feature parity with competitors (Q3)", () => {
  textRuleCases("Q3", review, {
    flags: [
      "Close the feature gap with competitors",
      "Reach feature parity with Asana",
      "Catch up with Notion on collaboration",
      "Match every feature our competitors ship",
      "缩小我们的功能集与竞争对手的功能集之间的距离",
      "在功能上追平竞品",
      "与竞争对手的功能看齐",
      "Match every feature of the competing clinic suites",
      "Copy Figma's multiplayer editing",
      "赶上滴滴的安全功能",
      "Offer everything Revolut offers",
      "支付宝有的功能我们都要有",
      // Issue 17: rephrasings the sentence's shape catches (verb, object, names), no phrase added.
      "Be at least as complete as Xero by year end",
      "Offer every editing feature Canva has",
      "Keep pace with Linear on shortcuts",
      "Have the same integrations as HubSpot",
      "对标飞书，补齐缺失功能",
      "照着钉钉的审批流做一套",
      "缩小与美团商家版的功能差距",
      "在功能上全面赶超阿里云",
      "Bring our editor up to the level of Figma",
      "Get our reporting on a par with Tableau",
      // Tuning-2026-12-07 (issue 17): falling behind a rival, keeping up with a feature list, levelling in Chinese.
      "Never lag behind Wise on supported currencies",
      "Keep pace with the incumbents' feature sets",
      "跟飞书做到审批功能一样齐",
      "做一套和 Shopify 一样的主题功能",
      "向抖音看齐，把直播功能补上",
      "退款速度不能落后于京东",
      "照抄一下小红书的种草玩法",
      // Issue 17, the general shape: another product's list as ours, whatever the rival is called.
      "Give finance teams everything Xero gives them",
      "Have the same reporting QuickBooks has",
      "Beat Notion on features by summer",
      "Offer more integrations than Zapier",
      "Bring our app up to Canva's standard",
      "Be feature-complete against the big incumbents",
      "Build everything our rivals have and more",
      "竞品有的我们也要有",
      "别人有的功能我们不能没有",
      "比有赞多出一倍的营销工具",
      "把美团外卖的商家后台功能全部做一遍",
    ],
    accepts: [
      "Understand why prospects choose competitors",
      "Win back customers who moved away last year",
      "Close the gap between trial signup and first value",
      "弄清潜在客户为什么选择竞争对手",
      "缩短从注册到首次获得价值的时间",
      "Make our product copy clearer",
      // Issue 17 traps: the same words in a clean shape.
      "Understand why we lose enterprise deals to Salesforce",
      "Be as easy to start as a spreadsheet",
      "Win deals against HubSpot in the mid-market",
      "在与竞品的比价中赢得更多中小客户",
      "和去年一样稳定地交付",
      "缩小与去年同期的差距",
      "Be on a par with last year's reliability",
      // Traps: our own plan or past, a rival named without levelling.
      "Never fall behind on our own security patches",
      "Keep up with what our customers ask for",
      "交付节奏不能落后于上季度",
      "和团队对齐本季度的优先级",
      // Traps for the general shape: our past, a generic tool, a rival named for learning.
      "Understand why prospects pick HubSpot over us",
      "Learn what Stripe's customers love and we don't serve",
      "Make payroll as simple as sending an email",
      "Be better than yesterday for every clinic",
      "Give clinics more time than paperwork takes",
      "Serve small shops better than Square does for them",
      "弄清客户为什么选了有赞而不是我们",
      "让对账像发微信一样简单",
      "比去年更稳定",
      "比上季度多做一倍的客户访谈",
      "让客户有的放矢地选择套餐",
    ],
  });
});
