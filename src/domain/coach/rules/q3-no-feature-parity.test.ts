import { describe } from "vitest";
import { objectiveRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { checkNoFeatureParity } from "./q3-no-feature-parity.ts";

describe("no feature parity with competitors (Q3)", () => {
  objectiveRuleCases("Q3", checkNoFeatureParity, {
    flags: [
      // Round 17 (sets AP, AN): 追平 or 追上 with an object, whatever is levelled.
      "全面追上阿里云DataWorks",
      "课程内容全面追平头部早教品牌",
      // Round 17 (sets AA, R, AF): a product made the same as a rival's, or more than it.
      "做出和 Apple Watch 一样的健康功能",
      "做出比抖音更全的广告产品",
      "做出比原神更好的开放世界",
      // Round 17 (set AF): 对齐 levels with a rival's offering as 追平 does.
      "技术团队对齐 Netflix 的工程能力",
      // Round 17 (sets AJ, AN): the thing offered at or by them; the rivals counted; names of several words, joined.
      "Match the amenities offered at Brightline and Castellan buildings",
      "Match the author portal features of the two biggest publishers",
      "Offer everything Le Wagon and General Assembly offer",
      "转化率对标竞品",
      // Round 17 (set AD): the rival's whole list, whatever its items are called.
      "上线化学发光新菜单，覆盖竞品所有项目",
      "门店提供竞争对手的全部服务",
      // Sixteenth round (set AH): drawing level with the competitor, whatever is levelled.
      "追平竞品的独家剧集数量",
      "追上竞争对手的门店覆盖",
      // Sixteenth round (sets AE, AA, AK): the gap named with what it is in, or drawn between ours and theirs.
      "Close the driver-assist feature gap with Tesla",
      "Close the gap between our component library and Figma's",
      "Close the gap between our buying portal and what Vodafone and Orange give their staff",
      "Offer everything the big players offer",
      // Thirteenth round, third part (sets R and V): the rival's thing named first, "the X of" them; our range
      // levelled with a rival's in Chinese.
      "Match the plant range of the big DIY chains",
      "Match the battle-pass features of Apex Legends",
      "自有品牌 SKU 数量追平永辉",
      "Bring the Figma feel to our editor",
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
      // Tenth round (coach-q): closing the gap with someone whatever the verb, drawing level with
      // what they offer, building a thing as they built it, any kind of offering they have.
      "补齐与招行App、支付宝的功能差距",
      "弥补和飞书在文档协作上的差距",
      "追平赛默飞的科研合作计划，别再丢核心实验室",
      "三个月内追上GPT的能力",
      "赶上微信的支付体验",
      "像美团一样做一套商家后台",
      "参照钉钉做一套审批流",
      "Have every template Canva has",
      "Support the payment methods Stripe supports",
      "Bring our reporting up to par with Tableau",
      "Stop losing deals over features Gusto has and we don't",
      "Offer what every other CRM already offers",
      "Get to where Monzo is on budgeting tools",
      "Close our gap to Figma",
      "Give teams the Slack experience inside our app",
      "做出淘宝那样的推荐",
      "向头部产品学习，补上短板",
      // Eleventh round (coach-k4c, sets K and L): features levelled with someone, the verb before or
      // after 功能.
      "和西门子 MindSphere 做到功能对齐",
      "功能对齐 DocuSign 国际版",
      "在功能上全面追平番茄小说",
      "三个月内和飞书拉齐文档功能",
      "模仿拼多多的砍价玩法做一套",
    ],
    accepts: [
      // Round 17 TRAPS: the rival catching up with us; our own past or plan; a comparison that makes nothing; agreeing
      // with someone; what a name does as the object of knowing (set AN); a rate benchmarked (set Z).
      "在竞品追上来之前站稳",
      "追上去年的水平",
      "追上进度",
      "做出比去年更好的产品",
      "让退货像寄信一样简单",
      "和老板对齐战略的方向",
      "Parents understand what PrepWise does before they pay",
      "Customers know what Acme does with their data",
      "组件良率对标行业第一梯队",
      "挽回被竞争对手挖走的所有代理商",
      "搞清楚试用客户为什么最后选了竞品",
      // Sixteenth round trap: the competitor catching up with us.
      "在竞品追上来之前站稳中小客户",
      // Sixteenth round traps (set AF): players are a game's customers; our own past is no rival.
      "Design decisions rest on what players do",
      "Give players what they ask for",
      "Close the gap between our prices and last year",
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
      // Tenth round (coach-q) traps: 追 for a serial, our own past, a comparison building nothing,
      // a distance to customers, a rival's customers acquired.
      "让读者追更追得停不下来",
      "追上去年的服务水平",
      "像对待自己的店一样对待客户",
      "缩短与客户之间的距离",
      "让车主换电像加油一样不用等",
      "Help the teams Acme acquired settle in",
      "Give users the templates they keep asking for",
      "Offer what every customer asks for",
      "Get to where our customers are",
      "Close our gap to breakeven",
      "Learn why buyers prefer Gusto's onboarding",
      "做成去年那样的增长",
      // Eleventh round traps: our own apps levelled with each other, agreeing with someone, learning
      // (学完, 学会) in the sense of a learner.
      "安卓版和 iOS 版功能对齐",
      "小程序与 App 功能持平",
      "和业务方对齐需求优先级",
      "让孩子学完真的能自己做出作品",
      "学员学会后能独立做出项目",
      // Thirteenth round, third part (set V): "feel" as people feeling; our own best or past as the bar.
      "Residents in the East feel safe walking in their area after dark",
      "Match the quality of our best stores",
      "门店数量追平去年",
    ],
  });
});
