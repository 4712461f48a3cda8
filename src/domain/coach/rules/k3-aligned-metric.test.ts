import { describe, expect, it } from "vitest";
import { listed, textRuleCases } from "../../../../tests/support/text-rule-cases.ts";
import { reviewObjective } from "../review.ts";
import type { DraftKeyResult } from "../types.ts";
import { checkAlignedMetric } from "./k3-aligned-metric.ts";

/** The rules the whole review raises on one KR under one objective. */
const reviewKeyResult = (objective: string, title: string) =>
  reviewObjective({ title: objective, keyResults: [{ title, baseline: 1, target: 2, deadline: null }] }, {}).map(
    (f) => f.rule,
  );

const under = (objective: string, kr: string | DraftKeyResult) =>
  listed(
    checkAlignedMetric(typeof kr === "string" ? { title: kr, baseline: 1, target: 2 } : kr, {
      title: objective,
      keyResults: [],
    }),
  );

/** One shape's finds and traps, each an objective and a key result's title. */
const shape = (
  name: string,
  cases: { flags: [string, string | DraftKeyResult][]; accepts?: [string, string | DraftKeyResult][] },
) => {
  it.each(cases.flags)(`flags ${name} under %j (K3)`, (objective, title) => {
    expect(under(objective, title)).toHaveLength(1);
  });
  if (cases.accepts)
    it.each(cases.accepts)(`accepts ${name} under %j (K3)`, (objective, title) => {
      expect(under(objective, title)).toEqual([]);
    });
};

describe("key results aligned with their objective (K3)", () => {
  describe("under a depth objective, breadth metrics are flagged", () => {
    textRuleCases("K3", (title) => under("Build deeper workflows for users", title), {
      flags: [
        // The guide's own example (docs/method.md, worked example 4).
        "Increase monthly active users from 12,000 to 14,000",
        "Grow MAU from 40k to 55k",
        "Raise weekly active accounts from 800 to 1,000",
        "Increase sign-ups from 2,000 to 3,000 a month",
        "Increase app downloads from 10k to 20k",
        "Grow the number of users from 5,000 to 8,000",
        "将每月活跃用户从 1.2 万增加到 1.4 万",
        "将新增用户从每月 2000 提高到 3000",
        // Any kind of account counted as it joins (tuning-2026-12-07, issue 17).
        "Grow new workspaces signing up from 300 to 450 a month",
        "Raise weekly actives from 2,000 to 2,600",
        "每月新注册门店从 500 家提高到 700 家",
      ],
      accepts: [
        // Traps: depth metrics, and breadth words narrowed to depth.
        "Raise average completed workflows per user per month from 3.2 to 4.0",
        "Increase share of monthly active users who run a workflow weekly from 20% to 35%",
        "Raise active users with three or more workflows from 900 to 1,400",
        "Cut workflow completion time from 12 to 9 minutes",
        "Run 8 A/B tests on the workflow builder",
        "将每位活跃用户每月完成的工作流程数从 3.2 提高到 4.0",
        "将月活用户中完成多步骤工作流程的占比从 20% 提高到 35%",
      ],
    });
  });

  it.each([
    // The guide's sentence in its own language: 为用户创建更强大的工作流程 / 每月活跃用户.
    ["为用户创建更强大的工作流程", "增加每月活跃用户数"],
    // Heavy use is depth said plainly, and a podcast is one of our channels (tuning-2026-12-07).
    ["Get heavy users to keep every project with us", "Grow new teams signing up from 800 to 1,100 a month"],
    ["让重度商家把所有订单都放在我们这里", "每月新增商家从 800 家提高到 1100 家"],
    ["Cut the hours pickers lose to recounts", "Raise podcast completion rate from 40% to 55%"],
    ["Help power users get more done with automations", "Increase daily active users from 3k to 4k"],
    ["Deepen how agencies use reporting", "Grow active accounts from 300 to 450"],
    ["让团队更深度地使用审批流程", "将日活从 8000 提高到 12000"],
    // Issue 17: depth said otherwise, found from the words' stems and comparatives.
    ["Make our formulas more powerful for finance analysts", "Increase app downloads from 80k to 120k a month"],
    ["Get existing customers to rely more deeply on reporting", "Raise daily active users from 8k to 11k"],
    // Issue 17: one of our marketing channels under an objective that is about something else.
    ["Help pickers pick every order right the first time", "Raise newsletter sign-up rate from 1% to 2%"],
    ["让仓库发货又快又准", "将公众号文章的平均阅读完成率从 30% 提高到 45%"],

    // Keeping the customers we have, measured by how many new ones join.
    ["Keep the restaurants we already serve", "Grow new restaurants signing up from 300 to 450 a month"],
    ["Stop losing small agencies after their first year", "Increase sign-ups from 2,000 to 3,000 a month"],
    ["留住老客户", "每月新注册商家从 500 家提高到 700 家"],
    ["降低门店流失", "将新增门店从每月 80 家提高到 120 家"],
    // Saving customers time or effort, measured by how much they use the product.
    ["Give clinicians back their evenings", "Raise daily active clinicians from 900 to 1,300"],
    ["Help finance teams spend less time on month-end", "Grow weekly active users from 2k to 3k"],
    ["让财务少花时间对账", "将日活从 8000 提高到 12000"],
    ["给一线员工减负", "将月活用户从 2 万提高到 3 万"],
    // Issue 17, second edition: the metric's family against the outcomes the objective names
    // (language/metric-families.ts), in both languages.
    ["Help support teams save accounts before they churn", "Raise churn-model AUC from 0.70 to 0.82"],
    // Issue 17, sixth round: the neighbouring quantity. Reach or usage under an aim about quality,
    // safety, health, help or customers' success; money under an aim about what customers get.
    // Rephrased from the method's K3, never copied from a labelled set.
    ["Make every invoice we send accurate", "Grow weekly active users from 20k to 26k"],
    ["Help patients keep their blood pressure in range", "Raise monthly active patients from 8k to 12k"],
    ["Help customers succeed with their first campaign", "Grow new accounts from 900 to 1,400 a month"],
    ["Help customers succeed with their first campaign", "Raise ARR from $4M to $5M"],
    ["Help store managers spend less time on rotas", "Grow upsell revenue from $200k to $320k"],
    ["Make the numbers in every report right the first time", "Raise quarterly bookings from $3M to $3.6M"],
    ["让报销单不再出错", "月活用户从 5 万提高到 8 万"],
    ["让患者把血糖稳稳控制住", "月度营收从 300 万元提高到 420 万元"],
    ["让客户真正用起来、用出效果", "销售额从 2000 万元提高到 2600 万元"],
    // What a customer achieves with our help, against reach or usage.
    ["Help growers decide when to harvest", "Grow monthly active growers from 9k to 14k"],
    ["让司机在手机上就能把年审办好", "App 日活从 3 万提高到 5 万"],
    // Issue 17, seventh round (language/breadth-and-aims.ts): a plain count of reach or volume under
    // an outcome it cannot show, read by shape (the metric phrase's head noun by lemma through the
    // tagger, and what narrows it), and keeping customers measured at the funnel's top. Written for
    // this table, not taken from a labelled set.
    ["Make refunds fast for shoppers", "Grow GMV from $40M to $48M"],
    ["Give growers a credit decision before they plant", "Grow loan applications from 3,000 to 5,000"],
    ["Make invoices error-free for small firms", "Grow the number of paying customers from 1,200 to 1,500"],
    ["Help drivers get home on time", "Increase rides booked from 80k to 95k a week"],
    ["Cut the time clinics spend on insurance paperwork", "Number of paying customers from 400 to 520"],
    ["Make the app dependable on slow networks", "Monthly orders: 120k → 150k"],
    ["Let tenants report a repair without chasing anyone", "Grow monthly active users from 9,000 to 12,000"],
    ["让骑手准时把餐送到", "新用户注册数从每月 2 万提高到 3 万"],
    ["让商家对账不再出错", "GMV 从 3 亿元提高到 4 亿元"],
    ["让买家收到的水果都是新鲜的", "订单量从每月 50 万单提高到 60 万单"],
    ["让病人挂号不用排队", "合作医院数量从 120 家增加到 200 家"],

    ["Stop losing agencies after their first year", "Raise trial-to-paid conversion from 8% to 11%"],
    ["Keep the restaurants we already serve", "Cut cost per lead from $40 to $28"],
    ["降低老客户流失", "访客到注册的转化率从 3% 提升到 4.5%"],
    // The size of the business said of whatever it counts: a marker of being on our books, a verb
    // of volume, a word for a size, an input's headcount (language/breadth-and-aims.ts).
    ["Help new tenants set up their account themselves", "Active landlords from 2,000 to 2,600"],
    ["Get every boiler fixed on the first visit", "Engineers on the platform from 900 to 1,100"],
    ["Make checkout painless for first-time buyers", "Units sold from 30k to 38k"],
    ["Help agents answer customers quickly", "Support team headcount from 20 to 26"],
    ["Help borrowers understand what they sign", "Loan book from $300M to $340M"],
    ["Keep members training through the winter", "New members acquired per month from 900 to 1,200"],
    ["让家长及时知道孩子在校的情况", "签约学校数从 800 所增加到 1000 所"],
    ["让用户收到货就能放心用", "出货量从 10 万台提升到 14 万台"],
    ["让员工报销不再麻烦", "财务中心人员从 30 人增加到 36 人"],
    // Issue 17, ninth round: more ways of saying the business's size and the outcome beside it,
    // rephrased from set G (not its sentences), in both languages.
    // A minimum of activity defines an active count; a signature, a contract or a purchase puts
    // a customer on our books; a verb of volume and "new" count the business going through.
    [
      "Make booking a repair painless for tenants",
      "Landlords who list a home at least once a month from 3,000 to 3,600",
    ],
    ["Give nurses back time at the end of each shift", "Hospitals signed from 40 to 55"],
    ["Help accountants close the month with less busywork", "Paid seats from 8,000 to 9,500"],
    ["Get travellers a clear answer on refunds quickly", "Airlines under contract from 30 to 42"],
    ["Make parcels arrive undamaged", "Parcels shipped per week from 80k to 95k"],
    ["Price cover so that careful drivers stay with us", "New policies written per month from 2,000 to 2,600"],
    ["Make pharmacy payouts something owners can predict", "Gross claims processed from $40M to $48M"],
    ["Make candidates feel respected by every interview", "Job applications submitted from 40k to 52k"],
    ["让骑手少等单", "骑手 App 日活从 5 万人提升到 6 万人"],
    ["让老师把时间花在学生身上", "付费学校从 300 所提升到 380 所"],
    ["让试用团队变成长期客户", "新签客户从 50 家提升到 70 家"],
    ["让门店收款稳、结算快", "商户交易笔数从每月 300 万笔提升到 360 万笔"],
    ["让用户收到的商品和图片的一样", "合作商家从 2 万家增加到 2.6 万家"],
    ["让新学员坚持学下去", "课程销售额从 300 万元提升到 400 万元"],
    ["让投保人在理赔时真的用上保障", "新单保费从 2 亿元提升到 2.4 亿元"],
    ["让仓库新人第一天就能准确上架", "客户门店数从 500 个提升到 600 个"],
    // More ways of naming an outcome: something customers can count on, never think about, done
    // in one visit or alone, a plan stuck to, a problem fixed
    ["Give landlords a rent date they can count on", "Active landlords from 9,000 to 11,000"],
    ["Make backups something admins never think about", "Paid workspaces from 3,000 to 3,600"],
    ["Get every boiler fixed in one visit", "Bookings per month from 12k to 15k"],
    ["Help patients stick with their rehab plan", "Monthly active patients from 20k to 26k"],
    // What a customer achieves, said in English by its shape (help/let X do Y)
    ["Let agency owners run their books from their phone", "Agencies signed from 900 to 1,200"],
    ["Help shoppers find the product they came for", "Orders from 120k to 150k a month"],
    ["让审核又快又准", "签约商户从 2 万家增加到 3 万家"],
    ["让大客户长期留下来", "新签客户从 40 家提升到 60 家"],
    ["让会员续到第二年", "新入驻门店从每月 80 家提升到 120 家"],
    ["让新学员愿意留下来学第二期", "新增学员从每月 2 万提升到 3 万"],
    ["让司机在路上不被 App 卡住", "司机 App 月活从 20 万提升到 26 万"],
    ["把投诉处理得清楚明白", "付费门店从 2 万家增加到 3 万家"],
    // What a customer achieves, said in Chinese by its shape (让/帮 … 把/能/自己 …)
    ["让店员把学到的话术用到柜台上", "付费品牌客户从 300 家提升到 360 家"],
    ["让老人自己就能在手机上挂号", "App 日活从 40 万提升到 50 万"],
    ["帮小餐馆能按时拿到货款", "签约餐馆从 2 万家增加到 2.4 万家"],
    // Issue 17, tenth round: the shapes of sets H and I's misses, rephrased (never their sentences).
    // An objective written as a clause: who it serves and what happens for them.
    ["Tenants get their deposit back without a dispute", "New tenancies signed from 800 to 1,100"],
    ["Patients know what their test result means", "Monthly active patients from 20k to 26k"],
    ["Guests are greeted by name at check-in", "Bookings from 40k to 48k a month"],
    ["Get apprentices into a paid job", "Applications per cohort from 2,000 to 2,600"],
    ["Help first-time investors build a habit of saving every month", "New account sign-ups from 9k to 14k"],
    ["Commuters pay the lowest fare without checking", "Transit app MAU from 900k to 1.1M"],
    ["学员考完就能拿到证书", "报名人数从 3 万增加到 4 万"],
    ["让孩子真正读完寄到的每一本书", "付费会员数从 10 万增加到 12 万"],
    ["乘客下车前就知道下一班车几点到", "App 日活从 20 万提升到 26 万"],
    ["老板们月底对完账就能早点回家", "付费商户从 2 万家增加到 3 万家"],
    ["让用户出门时楼下总有车", "新注册用户从每月 50 万提升到 70 万"],
    // Our own cut, said as a rate, and our money or volume named by its kind.
    ["Sellers get paid the day an order ships", "Take rate from 8% to 9.5%"],
    ["Policyholders get a claim answer in a day", "Loss ratio from 62% to 66%"],
    ["Pay claims before the customer has to ask", "Written premium from $30M to $36M"],
    ["Give builders a loan answer they can plan around", "Loan originations from $20M to $26M"],
    ["Older patients see the same nurse each visit", "Hours of nursing billed from 30k to 36k"],
    ["Clinicians read a lab report without calling us", "Tests ordered per month from 5,000 to 6,500"],
    ["New musicians hear back from listeners", "Tracks uploaded per month from 40k to 60k"],
    ["Renters see every charge before they pay", "Fees collected from $3M to $3.6M"],
    ["Savers always know where their money is", "Deposits from £300M to £380M"],
    [
      "Make the monthly bill something customers can predict",
      "Recurring revenue from large accounts from $2M to $2.4M",
    ],
    ["让商户看懂每一笔扣费", "手续费收入从 800 万元提升到 1000 万元"],
    ["Give farmers a yes or no on input loans before planting", "Loan applications from 3,000 to 6,000"],
    ["让商户提现秒到账", "平台抽佣率从 5% 提升到 6%"],
    ["让观众看懂每一场比赛", "门票收入从 2000 万元提升到 2600 万元"],
    ["快递员不用在小区里找楼", "日均派送包裹量从 8000 件提升到 9000 件"],
    ["让新主播愿意持续开播", "平台日均上传视频 200 万→260 万条"],
    ["让海外买家第一次付款就放心", "询盘量每月 10 万→15 万"],
    ["集卡司机提箱不再排长队", "码头吞吐量从 150 万 TEU 增加到 170 万 TEU"],
    ["让冷链药品运到时全程合格", "承运运单量从 6 万单增加到 9 万单"],
    // Shapes that only looked like reach: winning back is keeping, more per person is
    // productivity, a customer's own time spent selling is their time.
    ["Win back the cafés that stopped ordering", "New café sign-ups from 300 to 400 a month"],
    ["让每位会计能服务更多客户", "新签客户从 800 家增加到 1200 家"],
    ["Let agents spend their day selling, not typing notes", "Seats sold from 8k to 10k"],
    // A verb of acquiring customers opens a count of them, not a task.
    ["Donors give regularly without hassle", "Onboard 300 new charities"],
    ["Give shift managers a rota they can rely on every week", "Store manager headcount from 300 to 360"],
    // The whole against the part the objective names.
    ["New hires ship a change to production in their first week", "Org-wide deploys per day from 140 to 180"],
    ["Get fleet brokers to quote us first", "Company gross written premium from £1bn to £1.1bn"],
    ["让新入职的客服第一周就能独立接待", "全公司客服满意度从 4.2 提升到 4.5"],
  ])("flags the misaligned metric under %j (K3)", (objective, kr) => {
    expect(under(objective, kr)).toHaveLength(1);
  });

  // Issue 17, sixth round: attention and outreach off the objective are K6's finding, an audience,
  // an inventory or a volume since launch K5's; K3 stays silent (one weakness, one finding: label
  // decision, tests/coach-corpus/README.md). Traps: the same metric under an aim it can show.
  it.each([
    ["K5", "Make trustworthy data the default for every analyst", "Grow the number of dbt models from 400 to 650"],
    ["K5", "让业务同学敢直接用数据做决策", "数据表数量从 3200 张增加到 4500 张"],
    ["K5", "Turn the forum into where developers get unstuck", "Grow GitHub stars from 18k to 25k"],
    ["K6", "帮慢病患者把血压稳稳控制住", "用药提醒打开率从 20% 提升到 30%"],
    ["K6", "让付款这一步不再流失订单", "分享按钮点击率从 1.2% 提升到 2%"],
    ["K6", "让用户搜索时第一屏就找到想要的商品", "人均每周搜索次数从 2 次提升到 3 次"],
    ["K6", "让店长排班更省心", "直播场均观看人数从 800 提高到 2000"],
    ["K6", "Make refunds fast and error-free", "Raise newsletter open rate from 20% to 26%"],
    // Time spent raised is K6 for every writer of the collections (set B labels this very KR K6);
    // the learned reading finds it where the rules' shapes do not (learned/reading.ts).
    ["K6", "让读者追更追得停不下来", "人均每日阅读时长从 52 分钟提升到 65 分钟"],
    // An open rate raised is K6 under any objective (README label decision), here from the learned reading.
    ["K6", "Make our brand known to more finance teams", "Raise newsletter open rate from 20% to 26%"],
    // Reviews counted per reviewer are our staff's throughput: K6 (sets K and L), so K3 steps aside.
    ["K6", "让每一份体检报告都准确无误", "审核员每人每天审核报告从 40 份提升到 60 份"],
    // People enrolled, counted bare, are K5's (README decision "People registered, counted bare, are K5", round 14b).
    ["K5", "Help people with asthma keep their symptoms under control", "Enrolled patients from 9,000 to 11,000"],
  ])("reports %s, not K3, under %j", (rule, objective, title) => {
    const found = reviewKeyResult(objective, title);
    expect(found).toContain(rule);
    expect(found).not.toContain("K3");
  });

  it.each([
    // Traps: an audience under an aim it can show is neither K3, K5 nor K6 by the objective. The
    // rules alone: writers label viewers both ways, and the learned reading trained on them may read
    // "viewers" as K6, which is its own second opinion.
    ["Grow an audience that trusts our advice", "Grow podcast viewers from 2k to 5k"],
  ])("keeps %j with %j clean of K3, K5 and K6 by the rules", (objective, title) => {
    const found = reviewObjective(
      { title: objective, keyResults: [{ title, baseline: 1, target: 2, deadline: null }] },
      { learnedModel: { rules: {} } },
    ).map((f) => f.rule);
    expect(found.filter((rule) => ["K3", "K5", "K6"].includes(rule))).toEqual([]);
  });

  it.each([
    // Traps: breadth objectives and neutral ones keep breadth metrics.
    ["Grow our user base in Brazil", "Increase monthly active users from 12,000 to 14,000"],
    ["Reach more small agencies", "Increase sign-ups from 2,000 to 3,000 a month"],
    // The guide lists monthly active users under this objective itself (worked example 2).
    ["Become customers' trusted technology partner", "Increase monthly active users from 12,000 to 14,000"],
    ["成为客户值得信赖的技术合作伙伴", "增加每月活跃用户数"],
    // "In depth" is research, not depth of use.
    ["Understand in depth why trial teams leave", "Increase sign-ups from 2,000 to 3,000"],
    ["Run a deep dive on onboarding drop-off", "Grow MAU from 40k to 55k"],
    ["深入了解试用团队流失的原因", "将新增用户从每月 2000 提高到 3000"],
    // Issue 17 traps: a channel under an objective about audience or trust measures it fairly,
    // and followers or site visits are K5's and K6's finding, not this rule's.
    [
      "Be the source of advice product managers trust",
      "Grow newsletter readers who open 3 issues a month from 2k to 5k",
    ],
    ["成为产品经理最信赖的学习平台", "将公众号文章的平均阅读完成率从 30% 提高到 45%"],
    ["Double weekly active teams", "Grow Instagram followers from 12k to 30k"],
    ["成为欧洲领先的宠物保险公司", "将官网会话数从每月 40 万提高到 60 万"],
    // Tuning-2026-12-07 traps: findability is a marketing aim; a counted post is K7's finding.
    [
      "Make founders find us when they search for payroll advice",
      "Raise share of blog readers who book a demo from 1% to 2%",
    ],
    ["让财务搜“发票怎么开”时能搜到我们", "公众号本月推送 20 篇"],

    // Traps: the objective asks for the KR's side too, the metric is narrowed, or another rule owns it.
    ["Grow and keep our base of independent shops", "Increase sign-ups from 2,000 to 3,000 a month"],
    ["Keep the restaurants we serve and win new ones", "Grow new restaurants signing up from 300 to 450"],
    ["Keep the restaurants we already serve", "Raise share of restaurants active after 90 days from 60% to 75%"],
    ["Keep the restaurants we already serve", "Cut monthly restaurant churn from 4% to 2.5%"],
    ["留住老客户，也拉新客", "每月新注册商家从 500 家提高到 700 家"],
    ["Give clinicians back their evenings", "Cut minutes of charting per visit from 12 to 7"],
    ["Give clinicians back their evenings", "Raise share of notes finished before 6 pm from 40% to 70%"],
    ["Help finance teams spend less time on month-end and use us daily", "Grow weekly active users from 2k to 3k"],
    ["让财务少花时间对账", "将每笔对账的平均耗时从 6 分钟降到 2 分钟"],
    ["Give clinicians back their evenings", "Increase logins from 20k to 30k per week"],
    ["Learn why agencies churn after their first year", "Increase sign-ups from 2,000 to 3,000 a month"],
    // Traps for the family reading: the family fits, the metric is pushed down, converted or
    // narrowed, the objective is research or names no outcome, or another rule owns the KR.
    // The family can show the outcome: a model's accuracy under trust, opens under coming back.
    ["Make forecasts accurate enough that planners trust them", "Raise model accuracy from 81% to 88%"],
    ["Get more shoppers coming back every week", "Raise push open rate from 4% to 7%"],
    // The guide's own good example: a relationship is not trust in the product's numbers.
    ["Become customers' trusted technology partner", "Increase monthly active users from 12,000 to 14,000"],
    // Pushed down, the metric is the objective's own result.
    ["Help support teams save accounts before they churn", "Cut churn-model false alarms from 30% to 15%"],
    ["让用户搜索时第一屏就找到想要的商品", "人均每周搜索次数从 3 次降到 2 次"],
    // Conversion measures what the attention led to; a share narrows a count to use.
    ["让付款这一步不再流失订单", "支付页访客到下单的转化率从 40% 提升到 48%"],
    ["让业务同学敢直接用数据做决策", "看板数量中被每周使用的占比从 30% 提高到 50%"],
    // Research objectives are not judged; no outcome named, nothing to judge.
    ["Understand why analysts distrust our data", "Grow the number of dbt models from 400 to 650"],
    ["Improve reporting", "Raise weekly active report users from 1,900 to 2,600"],
    // One weakness, one finding: GitHub stars that K5 calls a vanity total are K5's.
    ["Turn the forum into the place developers get unstuck", "Grow GitHub stars from 10k to 14k"],
    // The channel the objective names is its subject, not a side road (tuning-2026-12-08).
    ["让官网成为客户了解我们的第一站", "官网访客到预约演示的转化率由 0.9% 提升到 1.2%"],
    // Traps: money and reach under aims they show, or aims that name no outcome.
    ["Grow our base of paying agencies", "Raise ARR from $4M to $5M"],
    ["Keep the customers we have", "Grow renewal revenue from $2M to $2.4M"],
    ["Make partners a reliable source of sales pipeline", "Raise partner-sourced pipeline from $1M to $2M"],
    ["Become customers' trusted technology partner", "Grow monthly active users from 12k to 14k"],
    ["Make checkout errors rare", "Cut failed payments from 3% to 1%"],
    ["Make it safe to release on a Friday", "Raise share of releases behind a canary pipeline from 40% to 90%"],
    [
      "Help customers succeed with their first campaign",
      "Raise share of new accounts that send a campaign in week one from 30% to 45%",
    ],
    ["让客户真正用起来、用出效果", "首月完成 3 次以上对账的新客户占比从 30% 提高到 45%"],
    ["扩大华东市场", "销售额从 2000 万元提高到 2600 万元"],
    // Traps: the customer's own money is what they achieve (the guide's example 3), and a money
    // word inside a score is a score.
    ["让房产经纪人能以更少的努力卖出更多房子", "每位经纪人平均每月房屋销售额从 1.5 提高到 1.8"],
    ["让骑手出了意外也能安心", "骑手收入满意度（季度调研 5 分制）从 3.4 提升到 3.9"],
    // Issue 17, seventh round: traps for the count and the funnel readings.
    // TRAP the objective asks for reach, growth or money itself
    ["Grow our base of paying clinics", "Number of customers from 400 to 520"],
    // TRAP the objective's own kind of customer counted: adoption by the people it serves
    ["Cut the time clinics spend on insurance paperwork", "Number of clinics from 400 to 520"],
    ["让商家对账不再出错", "接入自动对账的商家数从 800 家提高到 1200 家"],
    ["Win mid-market shippers who outgrew their spreadsheets", "Grow qualified pipeline from $1.4M to $2.2M"],
    ["Keep our largest customers growing with us", "Raise expansion revenue from $1.2M to $1.6M"],
    ["拓展代账公司渠道，让入账又快又准", "渠道带来的新增客户数从 50 家到 120 家"],
    // TRAP the count is narrowed to the outcome: a share, an average, who did what, a kind of customer
    ["Make refunds fast for shoppers", "Raise share of refunds paid within a day from 60% to 80%"],
    ["Make refunds fast for shoppers", "Grow orders refunded within a day from 2,000 to 3,000"],
    ["Make refunds fast for shoppers", "Grow customers who get their refund in a day from 2k to 3k"],
    ["Help shoppers find the right size the first time", "Grow returning customers from 20k to 26k"],
    ["Help shoppers find the right size the first time", "Raise average orders per customer from 1.4 to 1.7"],
    ["让商家对账不再出错", "对账零差错的商家数从 800 家提高到 1200 家"],
    ["让商家对账不再出错", "人均对账单数从 30 提高到 45"],
    // TRAP the breadth word is not the head: what is counted is a rating, an accuracy, a cycle
    ["Make payouts predictable for couriers", "Raise customer satisfaction from 3.8 to 4.3"],
    ["Make the numbers right the first time", "Raise order accuracy from 96% to 99%"],
    ["Help sales close deals without waiting on legal", "Cut sales cycle from 60 to 45 days"],
    // TRAP pushed down, a conversion, no outcome named, research, the objective's own money
    ["Make invoices error-free", "Cut invoices sent back from 900 to 400 a month"],
    ["Make checkout painless on mobile", "Raise visitor-to-order conversion from 2.1% to 2.6%"],
    ["Launch the Android app", "Grow downloads from 20k to 50k"],
    ["Close the feature gap with Monzo and Revolut", "Monthly active users from 220k to 260k"],
    ["Learn why clinics stop using us after a month", "Number of customers from 400 to 520"],
    ["Make partners a reliable source of qualified pipeline", "Raise partner-sourced pipeline from $1M to $2M"],
    // TRAP another rule owns the KR: a running total (K5), activity (K6), an output (K7)
    ["Make refunds fast for shoppers", "Grow lifetime orders from 1M to 1.4M"],
    ["Make refunds fast for shoppers", "Grow page views from 200k to 300k"],

    // TRAP the objective asks for newcomers too, it is research, or the rate is of the stage it names
    ["Keep the customers we have and win new ones", "Raise trial-to-paid conversion from 8% to 11%"],
    ["Learn why agencies churn after their first year", "Raise trial-to-paid conversion from 8% to 11%"],
    ["Stop losing agencies after their first year", "Raise annual renewal rate from 70% to 78%"],
    ["Get new users to their first report faster", "Raise day-7 retention from 22% to 27%"],
    // TRAP the people we keep and what they pay grow as we keep them; what customers earn through us
    // grows with our volume; research; a count narrowed by who did what
    ["Keep gym members past their first month", "Paying members from 8,000 to 9,500"],
    ["Help independent shops earn more from delivery", "Shops on the platform from 8,000 to 8,600"],
    ["Understand why tenants leave after a year", "Active landlords from 2,000 to 2,600"],
    ["Get every boiler fixed on the first visit", "Engineers who pass the boiler course from 300 to 450"],
    ["Make checkout painless for first-time buyers", "Orders shipped on time from 9,000 to 9,800 a week"],
    // Issue 17, ninth round: traps for the readings above.
    // TRAP a share, depth, a count narrowed by how it went, a per-person figure, a cut
    [
      "Make booking a repair painless for tenants",
      "Share of landlords who list a home at least once a month, 30% → 36%",
    ],
    ["Build deeper workflows for users", "Users who run three workflows a week from 200 to 300"],
    ["Make parcels arrive undamaged", "Parcels shipped without damage from 80k to 95k"],
    ["Give nurses back time at the end of each shift", "Hours given back per nurse per week from 2 to 3"],
    ["Make candidates feel respected by every interview", "Candidates who rate the process fair from 2,000 to 2,600"],
    // TRAP the counted noun is before the verb, not its object (a false alarm of set G)
    ["Let learners book a driving test without a fight", "Driving schools offering online booking from 120 to 180"],
    // TRAP a running total is K5's, an open rate K6's (one weakness, one finding)
    ["Keep good drivers coming back to our app", "App downloads (all time) from 22,000 to 30,000"],
    ["Keep attackers out of staff accounts", "Security newsletter open rate from 30% to 45%"],
    // TRAP the objective names the deal itself; money per user is left to people; a thing the team
    // ships is K7's; the objective asks for reach (community, more merchants)
    ["Make service contracts pay for themselves", "Average contract value from $14k to $16k"],
    ["Make onboarding feel effortless", "New integrations shipped from 3 to 6"],
    ["Make members feel part of the community", "Paid members from 8,000 to 9,000"],
    ["让更多商家用上我们的收银", "付费商家从 2 万家增加到 3 万家"],
    ["让骑手少等单", "骑手平均等待时长从 8 分钟降到 5 分钟"],
    ["让门店收款稳、结算快", "到账超过 2 小时的交易笔数从每月 3 万笔降到 1 万笔"],
    ["让试用团队变成长期客户", "续约客户从 50 家提升到 70 家"],
    ["让用户收到的商品和图片的一样", "商品与图片一致的订单占比从 90% 提高到 96%"],
    ["让新学员坚持学下去", "坚持学满 8 周的新学员占比从 30% 提高到 40%"],
    // TRAP the verb that opens the title is not a count of installs; the count narrowed by the
    // outcome; reach asked beside the outcome
    ["Get every home a working smart meter in one appointment", "Install 40,000 smart meters"],
    ["Get every boiler fixed in one visit", "Boilers fixed on the first visit from 12k to 15k"],
    ["Grow the landlords who can count on our rent date", "Active landlords from 9,000 to 11,000"],
    // TRAP the people kept and the money they pay grow as they are kept
    ["让大客户长期留下来", "付费大客户从 300 家提升到 360 家"],
    ["让会员续到第二年", "会员续费收入从 2000 万元提升到 2400 万元"],
    ["Make teams want to keep using us", "Paid teams from 3,000 to 3,600"],
    // TRAP the count of what replaces the effort ("stop" is not read); what customers gain through us
    ["Let nurses stop walking samples to the lab", "Robot deliveries per week from 1,200 to 2,600"],
    ["Help small shops get repeat orders from email", "Orders from email from 3,000 to 4,000"],
    ["Help sellers sell more in winter", "GMV from $2M to $2.4M"],
    ["让更多玩家来玩新赛季", "新增玩家从每周 8 万提升到 10 万"],
    // TRAP trust as a relationship is not an outcome of the product (the guide's clean example)
    ["成为门店最信赖的收银伙伴", "付费门店从 2 万家增加到 3 万家"],
    ["让更多城市家庭愿意住一晚再走", "订单量从每月 5 万单提高到 6 万单"],
    // TRAP 离线 alone is not a model's score; reach words in the objective come first
    ["让车主到站就能充上电", "充电桩离线率从 2% 降到 0.5%"],
    ["让车主到站就能充上电", "充电桩离线率稳定在 0.5% 以内"],
    ["让更多老人能在手机上挂号", "App 日活从 40 万提升到 50 万"],
    ["让所有门店都能用上新收银", "付费门店从 2 万家增加到 3 万家"],
    // TRAP a standard of the market is reach; 标准 and 愉快 end on 准 and 快 but are not speed or accuracy
    ["成为全国连锁药店数字化的标准", "付费药店从 800 家增长到 1000 家"],
    ["让顾客吃得愉快", "签约餐厅从 2000 家增加到 2600 家"],
    // Issue 17, tenth round: traps for the readings above, rephrased from sets H and I.
    // TRAP an imperative of our own action names no outcome by its shape; a reach or liking aim
    ["Double repeat orders in the app", "Average basket from $38 to $42"],
    ["Become the global standard for soil imagery", "Paying farms from 300 to 400"],
    ["Brokers choose us for their fleet policies", "Gross written premium from £1.0bn to £1.1bn"],
    ["Shoppers switch to our app for their weekly shop", "Monthly active users from 200k to 260k"],
    ["Readers come back to the app every morning", "Daily active readers from 80k to 95k"],
    ["Make our app the way couriers check their route every day", "Daily active couriers from 20k to 26k"],
    // TRAP the whole asked for, pushed down, or the word names a kind of customer
    ["Grow the business in Europe", "Company-wide revenue from €40M to €48M"],
    ["Cut incidents across the platform", "Org-wide incidents from 40 to 20"],
    ["Help company admins set up single sign-on without a ticket", "Company admins who enable SSO from 200 to 400"],
    ["让顾客吃得开心", "签约餐厅从 2000 家增加到 2600 家"],
    ["让会员每周都愿意回来", "周活跃会员数从 2 万提升到 3 万"],
    ["成为客户最信赖的保险伙伴", "保费从 2 亿元提升到 2.4 亿元"],
    ["让更多小店用上我们的记账", "新签客户从 800 家增加到 1200 家"],
    // TRAP keeping (winning back, booking again, staying) shows in the money the kept pay
    ["Help dog owners find a walker they book again and again", "Gross bookings from $2M to $2.5M"],
    ["Bring in agencies who stay with us past the trial", "Raise trial-to-paid conversion from 9% to 12%"],
    // TRAP our cut pushed down, collected under an objective about paying on time, a margin
    ["Sellers get paid the day an order ships", "Cut take rate from 9% to 8%"],
    ["让业主按时缴费", "物业费按期收缴率从 78% 提升到 86%"],
    ["Make every order worth delivering", "Hold gross margin at 24%"],
    // TRAP a task counted is K7's (a verb of doing and its number); keeping on doing is not keeping
    // customers; a stay as a noun; a per-unit figure; a per-driver figure
    ["Make it easy to keep seeing the same vet", "Open 4 new clinics"],
    ["Help people claim benefits without chasing us", "Hire and train 40 new advisers"],
    ["Carriers find a return load in minutes", "Send 4 carrier newsletters a month instead of 2"],
    ["Underwriters decide without rework", "Train all 45 underwriters on the new guidelines"],
    ["Guests run their whole stay from their phone", "App downloads per stay from 0.4 to 0.6"],
    ["让司机少等、多跑", "司机日均完成单量从 3 单提升到 4 单"],
    // TRAP the clause's count narrowed to its outcome, and a person's income is theirs, not ours
    ["Tenants get their deposit back without a dispute", "Deposits returned within 7 days from 60% to 80%"],
    ["Renters see every charge before they pay", "Fee disputes from 400 to 150"],
    // TRAP a count narrowed to its source is that channel's result, not the business's reach
    ["Shoppers find what they came for in our app", "Orders from in-app search from 40k to 60k"],
    ["Renters see every charge before they pay", "Late fees waived from 200 to 400"],
    ["让骑手收入更稳定", "骑手周收入波动系数从 0.34 降至 0.27"],
    ["让新观众看懂比赛", "看完首场讲解后能说出规则的新观众占比从 30% 提升到 45%"],
  ])("accepts the metric under %j (K3)", (objective, kr) => {
    expect(under(objective, kr)).toEqual([]);
  });

  it("quotes the count and the outcome (K3)", () => {
    const hit = checkAlignedMetric(
      { title: "Grow loan applications from 3,000 to 5,000", baseline: 3000, target: 5000 },
      { title: "Give growers a decision on credit before they plant", keyResults: [] },
    );
    expect(hit?.message.en).toContain('"loan applications"');
    expect(hit?.message.en).toContain('"decision"');
    const zh = checkAlignedMetric(
      { title: "订单量从每月 50 万单提高到 60 万单" },
      { title: "让买家收到的水果都是新鲜的", keyResults: [] },
    );
    expect(zh?.message.zh).toContain("“订单量”");
    expect(zh?.message.zh).toContain("“新鲜”");
  });

  it("reads the metric field and the objective's description (K3)", () => {
    const kr = { title: "Move the north-star metric", metric: "monthly active users", baseline: 1, target: 2 };
    expect(
      listed(checkAlignedMetric(kr, { title: "Workflows", description: "Deeper use", keyResults: [] })),
    ).toHaveLength(1);
    expect(listed(checkAlignedMetric({ ...kr, unit: "%" }, { title: "Deeper workflows", keyResults: [] }))).toEqual([]);
  });

  it("quotes both sides in both languages (K3)", () => {
    const hit = checkAlignedMetric(
      { title: "将每月活跃用户从 1.2 万增加到 1.4 万" },
      { title: "为用户创建更强大的工作流程", keyResults: [] },
    );
    expect(hit?.message.zh).toContain("“每月活跃用户”");
    expect(hit?.message.zh).toContain("更强大");
    expect(hit?.message.zh).toMatch(/[^）]。$/); // the rule is a badge beside the message, not in it
    expect(hit?.message.zh).not.toContain("K3");
    expect(hit?.message.en).not.toContain("K3");
  });

  // Issue 17, eleventh round: the readings that raised false alarms on the writers of sets J, K and
  // L, narrowed by shape. Each trap is a clean case of those sets or its shape in the other language;
  // the finds beside them are the same readings still at work.
  describe("eleventh round: narrowed readings (K3)", () => {
    const kr = (title: string, extra: Partial<DraftKeyResult> = {}): DraftKeyResult => ({
      title,
      baseline: 1,
      target: 2,
      ...extra,
    });
    it.each<[string, string, string | DraftKeyResult]>([
      // money per deal is left to people
      ["money per deal", "Advertisers see a return on their first ad", "Average first-ad budget $200 → $280"],
      ["money per deal", "Small shops restock in one place", "Basket size from €214 to €240"],
      ["money per deal", "让小微企业主买对团险", "单客年保费从 3.2 万元提升到 3.8 万元"],
      ["money per deal", "让用户吃得放心", "单店日均 GMV 从 1.8 万元提升到 2.2 万元"],
      // being thought of first, a hit, earning more ourselves: reach and money asked
      ["top of mind", "让持卡人在大额消费时第一时间想到用我们的分期", "分期手续费收入从 3.2 亿元提升到 3.8 亿元"],
      ["top of mind", "Be the app riders think of first when late", "Monthly active users 40k → 60k"],
      ["a hit", "让新版本首周就火起来", "首周流水从 1.2 亿元提升至 1.5 亿元"],
      ["earn more", "Earn more per night without scaring guests off", kr("Take rate 12.1% → 12.8%", { unit: "%" })],
      // a running total said in brackets is K5's
      ["(total)", "Pet owners trust us when it matters most", "Policies sold (total) from 8,200 to 11,000"],
      ["(total)", "让宠物主在最需要时信任我们", "保单销量（累计）从 8200 提升到 11000"],
      // one thing named, or the people an interaction passes between, is not a count
      ["a listing", "Hosts run their listing in minutes a week", "Minutes a host spends managing a listing 50 → 30"],
      ["between", "Help people go on a real first date", "Messages between matched users per day from 12 to 20"],
      // failures counted, a direction after the metric, people who moved to one way of doing things
      ["failures", "Online orders arrive in one box, on the promised day", "Late deliveries from 900 to 600"],
      ["down", "Orders arrive on the promised day", kr("Missed orders down", { baseline: null, target: null })],
      ["-only", "Members settle everyday banking without visiting a branch", "Digital-only members from 12k to 15k"],
      // what the team hands out, and a task with its metric field, are K7's or K6's
      ["delivered", "Less household waste ends up in landfill", "Food waste caddies delivered from 20k to 60k"],
      ["delivered", "Every tutoring hour moves a student's grade", "Tutoring hours delivered from 40k to 55k"],
      ["task", "Stay on the right side of the regulator", kr("Write 15 new policies", { metric: "policies written" })],
      // downloads outside the guide's depth shape are K5's or K6's
      ["downloads", "Travellers buy the right ticket the first time", "App downloads from 1.2M to 2M"],
      ["downloads", "Replace check-in with an app to lift retention", "App downloads by members 12k → 30k"],
      ["downloads", "Make existing customers renew without a fight", "Raise app downloads from 40k to 60k"],
      ["downloads", "Make filing on mobile feel safe for first-timers", "Increase app downloads from 50k to 90k"],
      ["downloads", "让目标行业的销售负责人知道并信任云杉", "行业白皮书下载量从 3000 提升到 5000"],
      // content counted by the piece is K7's
      ["pieces", "让小微企业主买对团险", kr("公众号文章", { baseline: 0, target: 24, unit: "篇" })],
      ["pieces", "Help pickers pick every order right", kr("Blog", { baseline: 0, target: 24, unit: "posts" })],
      // the share of bills we collect and the money we hold are not our cut
      ["collection rate", "业主满意度提升到 90 分", kr("物业费收缴率从 88% 提升至 93%", { unit: "%" })],
      ["collection rate", "Raise tenant satisfaction with our buildings", "Rent collection rate from 91% to 95%"],
      ["money we hold", "让客户拿得住，不追涨杀跌", "客户资产规模 AUM 从 120 亿元增长到 160 亿元"],
      ["money we hold", "Savers see how close they are to a goal", "Assets under management $2.1bn → $2.5bn"],
      // the people the objective names, counted with their mark, are its subject
      ["own people", "让付费会员觉得这钱花得值", "付费会员数从 9000 万到 1 亿"],
      ["own people", "Make paying members feel every box is worth it", "Paying members from 90k to 100k"],
      // a fee kept customers pay shows keeping them
      ["fee", "Members renew because the space works for them", "Monthly membership fee from €240 to €260"],
      ["fee", "让车主愿意续保", "保费从 2 亿元提升到 2.4 亿元"],
    ])("accepts %s under %j (K3)", (_shape, objective, keyResult) => {
      expect(under(objective, keyResult)).toEqual([]);
    });

    shape("the count the narrowing keeps", {
      flags: [
        ["Online orders arrive in one box, on the promised day", "Online orders from 210k to 260k"],
        ["Our machines stay up on customers' lines", "Spare parts revenue from €1.2M to €1.6M"],
        ["Creators get paid without friction", "Take rate from 2.9% to 3.4%"],
        ["让商家少操心", "平台抽佣率从 5% 提升到 6%"],
        ["让租户报修当天就有人上门", "物业费收缴率从 85% 提升到 92%"],
        ["Tenants get repairs done the same day", "Rent collection rate from 91% to 95%"],
        // Not "New couriers onboarded per month" under "Help couriers earn more": recruiting is K7 (README, round 15).
        ["Patients come back for their six-monthly check-up", "New patient registrations from 900 to 1,500 a month"],
        ["Make the mobile app more powerful for field sales reps", "Grow app downloads from 5k to 8k a month"],
        ["Help clients hire the right freelancer on the first try", "Late-night sign-ups from 3,000 to 4,000"],
        ["让直播间买到的衣服不退货", "直播 GMV 从 8000 万元提升至 1.2 亿元"],
        ["让玩家在手机上玩大作也不卡", "付费会员数从 40 万到 60 万"],
        ["Give teachers their evenings back", "Weekly active teachers from 41,000 to 44,000"],
        ["深化商家对营销工具的使用", "App 下载量从每月 2 万提高到 3 万"],
      ],
    });

    // Newcomers under keeping said as 一直用, 第二单, 再买; newcomers counted as 新开通, 新签 (set J).
    shape("newcomers under keeping", {
      flags: [
        ["让付费会员觉得值，续费不犹豫", "新开通会员数从每月 30 万提升至 50 万"],
        ["雇主愿意一直用同一位阿姨", "新签雇主数从每月 2,000 户提升到 3,500 户"],
        ["让老顾客愿意再次光顾", "新入驻门店数从 300 家提升到 500 家"],
      ],
      accepts: [
        // TRAP the objective asks for newcomers too, or the KR is a share of them who stay
        ["拉新并让雇主一直用同一位阿姨", "新签雇主数从每月 2,000 户提升到 3,500 户"],
        ["雇主愿意一直用同一位阿姨", "新签雇主次月留存率从 60% 提升到 75%"],
        ["让付费会员觉得值，续费不犹豫", "会员续费率从 62% 提升到 70%"],
        // TRAP signing a contract is not a newcomer counted
        ["让客户一直用我们", "续签约客户数从 300 家提升到 360 家"],
      ],
    });

    // Throughput per worker under an objective about getting the case right (set J).
    shape("throughput", {
      flags: [
        ["Every basket arrives complete", "Pickers' items per hour from 120 to 160"],
        ["Store visitors leave with the plan that fits them", "Plans sold per staff member per day from 6 to 7"],
        ["让客户的货一次就发对", "拣货员每人每小时拣货件数从 90 提升到 130"],
        ["一次装好，不让业主返工", "安装师傅日均安装套数由 1.5 提升到 2.2"],
      ],
      accepts: [
        // TRAP cases handled and checks carried out per person are K6's since the fourteenth round
        // (README decision "Work handled per person")
        ["Settle claims in a way policyholders trust", "Claims processed per handler per day from 14 to 22"],
        // TRAP jobs dispatched per dispatcher are work handled per person, K6's (seventeenth round, part 3, coach-k6-17c:
        // set J labels "Jobs dispatched per dispatcher per day 60 → 95" K6; a K6 carries no K3)
        [
          "Technicians arrive with the right part and fix it on the first visit",
          "Jobs dispatched per dispatcher per day from 60 to 95",
        ],
        ["买家相信我们的检测报告", "检测员人均每天检测 8 台 → 14 台"],
        // TRAP the objective asks for speed or more work too
        ["Settle claims fast and in a way policyholders trust", "Claims processed per handler per day from 14 to 22"],
        ["让司机少等、多跑", "司机每人每天完成单量从 3 单提升到 4 单"],
        ["让质检又快又准确", "人均处理工单量从 30 提升到 45"],
        // TRAP a time per case is left to people; a rate of the right outcome is the objective's own
        ["Customers resolve billing questions on the first try", "Average handle time from 9 min to 6 min"],
        [
          "Make every invoice we send correct the first time",
          "Mean time to close a billing incident from 3 days to 1 day",
        ],
        ["Every basket arrives complete", "Share of baskets with every item from 91% to 97%"],
        ["让每一份体检报告都准确无误", "报告差错率从 0.8% 降到 0.3%"],
        // TRAP no quality asked: throughput is fair
        ["Clear the claims backlog before winter", "Claims processed per handler per day from 14 to 22"],
        // TRAP calls handled per agent are K6's (README), not K3's too
        ["Customers trust our support", "Calls handled per agent per day from 40 to 55"],
        ["让用户报修后一次修好", "工程师日均上门从 4 单提升到 6 单"],
        ["Technicians fix it on the first visit", "Home visits per technician per day from 4 to 6"],
      ],
    });
  });

  // Issue 17, eleventh round, second part (coach-k3c): the business's volume and size said in more
  // ways, each read in sets J and K, and the outcome words those writers used. Each shape with its
  // traps: the objective asks for the count itself, the count is narrowed to the outcome, or what is
  // counted is the objective's own measure (choice, adoption).
  describe("eleventh round, second part: the business's volume and size (K3)", () => {
    shape("what the business takes in, carries or enrols", {
      flags: [
        ["Make credit decisions small businesses can rely on", "Loan applications received 1,800 → 4,500/mo"],
        ["Merchants start taking payments the same week they apply", "Merchant applications received 6k → 12k"],
        ["Flights leave our hub on time", "Passengers carried from 2.1M to 2.3M"],
        ["Working adults finish the courses they start", "Enrolments from 41k to 50k"],
        [
          "Give instructors their evenings back during grading season",
          "Student enrolments on the platform 1.9M → 2.2M",
        ],
        ["Homeowners get a solar install that works from day one", "Certified installers in network from 140 to 400"],
      ],
      accepts: [
        // TRAP the objective asks for the volume itself
        ["Grow applications from first-time borrowers", "Loan applications received 1,800 → 4,500/mo"],
        ["Reach more working adults", "Enrolments from 41k to 50k"],
        // TRAP narrowed to the outcome
        ["Working adults finish the courses they start", "Enrolments completed from 4k to 6k"],
        ["Make credit decisions small businesses can rely on", "Share of applications received with every document"],
        // TRAP what is listed is the choice an objective about finding asks for
        ["Restaurants find every ingredient they need in one place", "Suppliers in network from 140 to 400"],
      ],
    });

    shape("on our platform, a marketplace's supply, what is taken in or sold (zh)", {
      flags: [
        ["让团长放心、让邻居准时拿到货", "团长数量从 1.2 万扩张到 2 万"],
        ["采购方买到的商品质量稳定，不用反复退换", "供应商数量从 2000 家提升到 3000 家"],
        ["车主不用绕圈找车位", "接入停车场数量从 800 个增加到 3,000 个"],
        ["卖家发往欧洲的包裹准时、可查、不丢", "日均揽收量从 18 万件提升至 25 万件"],
        ["农机手在春耕时不因设备趴窝误农时", "农机销量从 2,800 台提升到 6,000 台"],
      ],
      accepts: [
        // TRAP cases handled for customers are K6's, and a K6 carries no K3 (README decision, round 14b)
        ["群众办事只跑一次", "办件量从每月 40 万件提升到 60 万件"],
        // TRAP a catalogue's size is K5's, and a K5 carries no K3 (README decision, round 14)
        ["用户订到的房间和看到的一样", "上架酒店数量从 8 万家扩充至 12 万家"],
        // TRAP the objective asks for the volume or the supply itself
        ["扩大农机销量", "农机销量从 2,800 台提升到 6,000 台"],
        ["让更多团长加入", "团长数量从 1.2 万扩张到 2 万"],
        // TRAP what is listed is the choice an objective about finding asks for
        ["让顾客找到想买的东西", "上架商品数从 8 万个扩充至 12 万个"],
        // TRAP connecting machines is the adoption the objective asks for (set K labels it K7)
        ["客户工厂上线以后真的用起来", "设备接入数从 1 万台提升到 2 万台"],
        // TRAP the people the objective names, counted at the moment it names (set K)
        ["让司机愿意在高峰时段出车", "早晚高峰在线司机数从 3.1 万提升到 3.6 万"],
        // TRAP narrowed to the outcome by a clause with 的
        ["卖家发往欧洲的包裹准时、可查、不丢", "按时揽收的包裹量从 18 万件提升至 25 万件"],
      ],
    });

    // Money by its kind (set K in both languages, set L), customers paying less, a level reached.
    shape("money by its kind, paying less, a level reached", {
      flags: [
        ["Farmers get paid the day their grain is weighed", "Instant-payout fees earned from 45 to 80"],
        ["People sleeping rough move into a safe bed", "Donations from 250 to 320"],
        ["乡村孩子在学校能喝上干净的水", "筹款额从 500 提升到 800"],
        ["让中小广告主花的每一分钱都有回报", "广告主季度消耗从 2.1 亿元提升到 2.6 亿元"],
        ["Price motor policies so careful drivers pay less", "Written premium from £84M to £90M"],
        ["Players who reach level 10 stay for the whole season", "Starter pack revenue from $80k to $140k"],
      ],
      accepts: [
        // TRAP keeping donors: the money they give shows it
        ["Donors stay with us year after year", "Donations from 250 to 320"],
        // TRAP the objective asks for the money or the reach itself
        ["为乡村学校筹到更多善款", "筹款额从 500 提升到 800"],
        ["让更多中小广告主在平台投放", "广告主季度消耗从 2.1 亿元提升到 2.6 亿元"],
        ["Reach more players in Brazil", "Starter pack revenue from $80k to $140k"],
        // TRAP narrowed to the outcome
        ["Price motor policies so careful drivers pay less", "Share of careful drivers paying less from 30% to 45%"],
        ["Farmers get paid the day their grain is weighed", "Share of payouts made on weigh day from 40% to 70%"],
      ],
    });

    // What the business issues, connects or runs for customers; using less; a failure negated (J, K).
    shape("issued, connected, run; using less; a failure negated", {
      flags: [
        // Fourteenth round: "Quotes issued" is the team's own act, left to K6 (below); policies sold stay read.
        ["Price small-business policies so that good risks stay", "Policies sold per week 2,100 → 3,600"],
        ["Bookkeepers trust bank feeds to be complete", "Feeds connected per day 3k → 5k"],
        ["Doctors get results they can act on the same day", "Tests run from 410k to 450k"],
        ["Growers use less water for the same yield", "Controllers sold 4,000 → 10,000"],
        ["Customers' calls don't drop where they live and work", "Data traffic carried from 210 PB to 260 PB"],
        ["Help small firms get paid without chasing", "Invoices created per month from 41k to 60k"],
        ["Customers plan a trip with us and book it with us", "Itineraries created 40k → 65k"],
      ],
      accepts: [
        // TRAP experiments run are discovery; connecting is the adoption the objective asks for
        ["Doctors get results they can act on the same day", "Experiments run from 4 to 12"],
        ["Get every plant to put the new monitoring to use", "Sensors connected per day from 300 to 500"],
        // TRAP the objective asks for the volume itself, or the count is narrowed to the outcome
        ["Sell more controllers to growers in Spain", "Controllers sold 4,000 → 10,000"],
        ["Get more small firms invoicing with us", "Invoices created per month from 41k to 60k"],
        // TRAP what the team makes is an artefact (K7's), not the customers' volume
        ["Make onboarding effortless", "Templates created from 10 to 40"],
        ["Growers use less water for the same yield", "Litres of water per tonne of yield from 900 to 750"],
        ["Customers' calls don't drop where they live and work", "Dropped-call rate from 1.8% to 1.2%"],
      ],
    });

    // Borrowers able to repay (sets J and K); 常用 before a noun is "commonly used" (set J).
    shape("还得起; 常用 as an adjective", {
      flags: [
        ["把钱借给还得起的人", "授信用户数从 400 万提升到 480 万"],
        ["让老年客户自己在手机上把常用业务办成", "手机银行月活从 310 万提升到 360 万"],
      ],
      accepts: [
        // TRAP repayment measured; using the app often asked
        ["把钱借给还得起的人", "首期逾期率从 3.2% 降到 2.5%"],
        ["让老年客户常用手机银行", "手机银行月活从 310 万提升到 360 万"],
      ],
    });

    // 每天 is engagement only before a verb of using or visiting (set K).
    shape("每天 said of what happens to the customer", {
      flags: [
        ["糖尿病患者每天都能准确测到血糖", "试纸销量从 1200 万片提升到 1500 万片"],
        ["让销售每天都愿意在 CRM 里推进商机", "MAU 从 2.1 万提升到 2.5 万"],
      ],
      accepts: [
        // TRAP every day said of using or opening the product: engagement, which usage counts show
        ["让销售每天都用 CRM", "MAU 从 2.1 万提升到 2.5 万"],
        ["让用户天天打开 App", "日活从 120 万提升到 150 万"],
      ],
    });

    // Newcomers counted under an objective about their next step (sets J and K).
    shape("newcomers under the next step", {
      flags: [
        ["Turn new sign-ups into people who make the app part of their week", "Sign-ups from 120k to 180k a month"],
        ["Turn trial teams into paying customers who stay", "Trials started from 2,000 to 3,000 a month"],
        ["让下沉市场的新用户愿意下第二单", "下沉市场新客数从 80 万提升到 120 万"],
        ["团队试用以后，整个团队都用起来", "新注册企业数从 8 万提升到 9.5 万"],
        ["让下沉市场的新用户买第二次", "拉新人数从 80 万提升到 120 万"],
      ],
      accepts: [
        // TRAP 拉新 naming a promotion counts who claims it, not newcomers (set S, labelled K6)
        ["让下沉市场的新用户买第二次", "拉新红包领取人数从 300 万提升到 500 万"],
        // TRAP more newcomers asked too
        ["Grow sign-ups and turn them into weekly users", "Sign-ups from 120k to 180k a month"],
        ["拉新的同时让新用户愿意下第二单", "新客数从 80 万提升到 120 万"],
        // TRAP the stage itself measured
        [
          "Turn new sign-ups into people who make the app part of their week",
          "Share of new sign-ups active in week 4 from 20% to 30%",
        ],
        ["让新用户愿意下第二单", "新客次月复购率从 18% 提升到 25%"],
      ],
    });

    // Our assets' use under the customer's service (sets J and K, both languages).
    shape("utilisation under service", {
      flags: [
        ["准点发车、准点到达", "车辆平均装载率从 78% 提高到 90%"],
        ["货物准时、完好地送到每个网点", "车辆满载率从 78% 提升到 85%"],
        [
          "Data scientists get a model from notebook to production in days, not months",
          "GPU utilisation from 38% to 60%",
        ],
        ["Parcels arrive on time and intact", "Truck load factor from 71% to 85%"],
      ],
      accepts: [
        // TRAP the objective asks for fullness, efficiency or cost itself
        ["帮助单体酒店在淡季也能住满", "单体酒店淡季平均入住率从 48% 提高到 56%"],
        ["Cut the cost of every delivery", "Truck load factor from 71% to 85%"],
        ["让每一辆车都不空驶", "车辆满载率从 78% 提升到 85%"],
        // TRAP a market or keeping customers, whose renewals fill the units
        ["拿下川渝两地中小工地的高空作业车租赁", "在租设备出租率从 62% 提升到 74%"],
        ["让租客住得安心，到期愿意续租", "出租率从 93% 提升到 94%"],
        // TRAP a fill rate is how much of an order we fulfil: the customer's service
        ["Make reordering stock as easy as from a wholesaler", "Brand fill rate on reorders from 82% to 90%"],
        // TRAP the objective asks people to ride, book or use the asset (set M); "post-occupancy" is
        // not occupancy
        ["让园区上班族愿意坐定制公交而不是开车", "定制公交线路平均上座率从 48% 提升到 70%"],
        ["让院内外科研人员约得上、用得好大型仪器", "仪器有效机时利用率从 52% 提升到 65%"],
        ["Get commuters to ride the shuttle instead of driving", "Shuttle seat occupancy from 48% to 70%"],
        [
          "Design buildings that use less energy once people move in",
          "Post-occupancy evaluations done within a year of handover from 2 to 6",
        ],
      ],
    });

    // What our operation turns out, counted upward, under the result the objective names (sets M, F, J).
    shape("output under a result", {
      flags: [
        ["Move transfer cargo through the hub without misses", "ULDs built per shift from 110 to 140"],
        ["Code every discharge correctly and on time", "Charts coded per coder per day from 28 to 36"],
        ["Get a better price for the catch without landing more fish", "Tonnes landed from 1,800 to 2,100"],
        ["Payroll that customers never have to double-check", "Payroll runs processed per month 18k → 25k"],
        ["一次染对，让客户不再因色差退货", "染缸日产量从 36 缸提高到 42 缸"],
        ["设计一次做对，少返工", "出图数量从每月 300 张提高到 420 张"],
        ["门店每天拿到新鲜、不断货的面包", "工厂日产能提升到 20 万个"],
        // whatever words the objective's result is said in (set M)
        ["Never let a ward run short of clean linen", "Kilograms of linen washed from 180t to 200t a month"],
        ["Fewer households go without water when pipes burst", "Leaks repaired per crew per week 12 → 18"],
        ["票据识别结果可以直接入账，不用人工改", "日识别票据张数从 300 万张提升到 500 万张"],
        ["Get patients the meals they ordered and actually eat", "Meals produced per day from 2,200 to 2,500"],
        // the same output said as a pace or a line's speed (thirteenth round: sets S, M, Q and R)
        ["Parcels arrive when we promised", "Stops per driver per day from 120 to 140"],
        ["Stop giving away product in every pack", "Line speed from 120 to 135 packs per minute"],
        ["包裹不丢不损，用户收得放心", "网点分拣员人均分拣量从 1800 件提高到 2200 件"],
        ["让用户下单后 30 分钟内稳稳收到货", "骑手日均接单量从 28 单提升到 35 单"],
      ],
      accepts: [
        // TRAP the objective asks for the pace itself, or is about the workers whose pace it is
        ["Deliver more parcels per van without hiring", "Stops per driver per day from 120 to 140"],
        ["Help drivers earn more on every shift", "Stops per driver per day from 120 to 140"],
        ["提升分拣中心产能，旺季不积压", "网点分拣员人均分拣量从 1800 件提高到 2200 件"],
        // TRAP 人均 of a service act stays K6's (README: calls handled per agent)
        ["客服人员不再手忙脚乱", "客服人均处理量从 80 提高到 120"],
        // TRAP the objective asks for output or capacity itself
        ["Raise the mill's output without more overtime", "Tonnes milled per day from 1,800 to 2,100"],
        ["提高工厂产能，旺季不断货", "工厂日产能从 15 万个提升到 20 万个"],
        ["Grow the bakery into a regional supplier", "Loaves baked per day from 2,000 to 3,000"],
        ["Serve more patients from our central kitchen", "Meals produced per day from 2,200 to 2,500"],
        ["Clear the coding backlog before the audit", "Charts coded per day from 280 to 360"],
        // TRAP a pace per crew or route (set K's clean cases); builds run are K3 since round 15 (below)
        [
          "Homeowners go from signed contract to switched-on panels fast",
          "Installs completed per crew per week from 2.1 to 2.6",
        ],
        ["Drivers finish their route without fighting the app", "Stops completed per route-hour from 14.2 to 15.6"],
        // TRAP tickets and work orders closed are K6's (sets G, L, M)
        ["Keep the haul fleet moving without surprises", "Work orders closed from 1,900 to 2,600"],
        // TRAP the result itself, or output pushed down
        ["Get colour right the first time", "Dye lots matched on the first try from 82% to 90%"],
        ["设计一次做对，少返工", "返工图纸数量从每月 40 张降到 20 张"],
        ["Code every discharge correctly and on time", "Charts coded within 3 days of discharge from 70% to 90%"],
      ],
    });

    // Set M's false alarms (eleventh round, second part): our own staff's work and training counted,
    // a verb that opens a task, and a collection rate under an objective about collecting.
    shape("our work, training and tasks (set M)", {
      flags: [
        // still read: customers' trips and orders are the business's volume
        ["Riders trust the arrival times we show them", "Trips booked from 6.2M to 6.9M a quarter"],
        ["让小餐馆高峰期出餐不再手忙脚乱", "商家高峰期日均订单量从 120 单提升到 156 单"],
        // still read: a collection rate under an objective about something else
        ["业主报修一次就能修好", "物业费收缴率从 88% 提升到 93%"],
      ],
      accepts: [
        // TRAP trips our vans or scouts make (K6's activity)
        [
          "Make a shared bike available where and when people need one",
          "Rebalancing van trips from 900 to 1,400 a week",
        ],
        ["Bring more academy players into the first team", "Scouting trips from 20 to 45"],
        // TRAP orders our staff dispatch or work (K6's activity)
        ["让集卡司机少跑空车", "派单量从每天 1800 单提高到 2600 单"],
        ["让业主报修不再等几天", "维修工单量从每月 2400 单提高到 3000 单"],
        // TRAP training counted is K6's or K7's
        ["设计一次做对，少返工", "设计人员人均培训 40 学时"],
        ["Get every order right the first time", "Training hours per picker from 4 to 8"],
        // TRAP a verb before an article opens a task (K7)
        ["Ship ore to customers on the dates we promised", "Commission a second car dumper"],
        // TRAP collecting is the objective's own subject
        [
          "Help councils collect council tax without chasing residents",
          "In-year collection rate at our councils from 94.2% to 95.5%",
        ],
      ],
    });

    shape("outcomes said as 准点, 留得住, 卡壳, 都是对的 (zh)", {
      flags: [
        ["货车准点发车、准点到达", "运单量从每天 20 万单提升到 26 万单"],
        ["关键岗位招到对的人，并且留得住", "简历投递量从 8000 份提升到 15000 份"],
        // 留得住 is keeping hires: our money is still not its measure
        ["帮 HR 更快招到留得住的人", "平台营收从 1.6 亿元提升到 2.2 亿元"],
        ["跨境包裹清关不卡壳", "清关包裹量从 300 万件提升到 400 万件"],
        ["仓库发出的每一单都是对的", "日均出库单量从 5 万单提升到 6 万单"],
      ],
      accepts: [
        // TRAP the objective's own outcome, measured
        ["准点发车、准点到达", "准点到达率从 88% 提升到 94%"],
        ["关键岗位招到对的人，并且留得住", "新员工一年留存率从 70% 提升到 82%"],
        ["跨境包裹清关不卡壳", "清关异常率从 3% 降到 1%"],
        ["仓库发出的每一单都是对的", "错发率从 0.5% 降到 0.1%"],
      ],
    });
  });

  describe("eleventh round, third part: set O's false alarms narrowed (K3)", () => {
    shape("what stays read beside set O's traps", {
      flags: [
        // what each merchant does for us, on average, is still volume (set G)
        ["让商户收款稳、到账快", "商户日均交易笔数从 120 笔提升到 150 笔"],
        // our own assets' use, nobody else's
        ["货车准点发车、准点到达", "车辆平均装载率从 78% 提高到 90%"],
        [
          "Data scientists get a model from notebook to production in days, not months",
          "GPU utilisation from 38% to 60%",
        ],
        // a model's score under an objective that does not name the model
        ["Save accounts before they churn", "Churn model AUC from 0.71 to 0.80"],
        // a pace per crew is the operation's output
        ["Get every leak fixed before it floods a home", "Leaks repaired per crew per week from 12 to 18"],
        // the stores the business signs and covers, with no rollout: its reach
        ["让夫妻店补货不再断货", "签约覆盖门店数从 2000 家到 10000 家"],
        // active users (日活), not an event
        ["让老会员愿意一直在我们这买", "App 日活从 22 万提升到 30 万"],
      ],
      accepts: [
        // TRAP 日活动 is an event (members' day), not daily actives
        ["让老会员愿意一直在我们这买", "会员日活动短信发送量从 200 万条提高到 500 万条"],
        // TRAP the use of an asset the objective's own people own
        ["让新房东上线后很快接到稳定订单", "新房东首月入住率从 31% 提升到 40%"],
        ["Help small law firms bill every hour they work", "Billable utilisation reported by firms from 60% to 71%"],
        // TRAP 可利用率 is availability, the objective's own measure
        ["让业主电站少停机、多发电", "电站可利用率从 96.8% 提升到 98.5%"],
        // TRAP what each of the objective's people earns
        ["让团长愿意长期跟我们干", "团长月均佣金收入从 1800 元提高到 2200 元"],
        // TRAP a model's score under an objective about that model
        [
          "Make the churn model something account managers trust and use",
          "Model precision at top decile from 0.41 to 0.5",
        ],
        // TRAP a programme's length replaced, K7's output
        ["Keep gas leaks from becoming emergencies", "Mains replaced from 42 km to 60 km"],
        // TRAP a rollout's coverage is K7's output
        ["让夫妻店补货不再断货", "铺设智能补货系统覆盖门店数从 2000 家到 10000 家"],
      ],
    });

    shape("a count named alone, its figures in the fields (zh)", {
      flags: [
        ["让学员学完真的找到工作", { title: "企业合作数", baseline: 120, target: 200 }],
        ["让农户装了光伏真能挣到钱", { title: "户用电站签约量", baseline: 1.2, target: 2, unit: "万户" }],
        ["让写字楼员工午餐不用等、不踩雷", { title: "企业客户签约数", baseline: 120, target: 150 }],
      ],
      accepts: [
        // TRAP 质量 is quality, not a 量
        ["让写字楼员工午餐不用等、不踩雷", { title: "服务质量", baseline: 80, target: 90 }],
        // TRAP the count narrowed to a share
        ["让新开户客户真正开始理财", { title: "开户客户首月投资占比", baseline: 20, target: 35, unit: "%" }],
      ],
    });

    shape("acquisition cost said as CPI under keeping players", {
      flags: [
        ["让东南亚新玩家第一周就留下来", { title: "买量 CPI", baseline: 0.9, target: 0.8, unit: "美元" }],
        ["Keep the players we have playing past their first month", "Cost per install (CPI) from $2.40 to $2.00"],
      ],
      accepts: [
        // TRAP acquiring is what the objective asks for
        ["Grow new players in Brazil", "CPI from $2.40 to $2.00"],
        // TRAP a consumer price index is not an acquisition cost, and the objective asks for nothing of keeping
        ["Make our prices fair for families", "Basket price rise versus CPI from 1.2 to 0.5 points"],
      ],
    });
  });

  // Issue 17, twelfth round: readings from the misses that recur across writers (sets P, O, K, J and
  // tuning-2026-12-07), each with traps.
  describe("twelfth round: shapes recurring across writers (K3)", () => {
    shape("a breadth count under an objective that asks for a habit or coming back", {
      flags: [
        ["Players make the game part of their week", "Daily active users from 880k to 1M"],
        ["Help first-time savers build a saving habit", "Grow sign-ups from 14k to 22k a month"],
        ["Make reports something teams build once and reuse every week", "New trial sign-ups from 2,300 to 2,900"],
        ["Families order their groceries from us every week", "App installs per quarter from 210k to 260k"],
        [
          "Turn occasional exporters into people who build on our data every week",
          "Grow number of users from 50k to 60k",
        ],
        ["让玩家养成每天练一局的习惯", "日活 DAU 从 50 万提升到 65 万"],
        ["让用户养成每周运动的习惯", "月活用户从 600 万提升到 750 万"],
      ],
      accepts: [
        // TRAP the objective asks for more people as well as the habit
        ["Help more people build a daily meditation habit", "Grow sign-ups from 14k to 22k a month"],
        ["让更多用户每天都回来刷一刷", "日活从 120 万提升到 150 万"],
        // TRAP the breadth word narrowed to the habit itself
        [
          "Players make the game part of their week",
          "Share of daily active users who play 5 days a week from 20% to 26%",
        ],
        ["让用户养成每周运动的习惯", "每周运动 3 次以上的活跃用户占比从 18% 提升到 25%"],
        // TRAP a running total is K5's finding, downloads all time included
        ["Make players want to come back every day", "Total downloads from 2.4M to 3M"],
        // TRAP a habit of using or coming back to the product itself is engagement, which active counts show
        ["Readers come back to the app every morning", "Daily active readers from 80k to 95k"],
        ["让会员每周都愿意回来", "周活跃会员数从 2 万提升到 3 万"],
        // TRAP coming back to a place after work is not a habit of use
        ["让一线员工出差回来一周内拿到报销款", "报销提交到打款的中位天数从 12 天降到 5 天"],
      ],
    });

    shape("a newcomer's first purchase under a habit", {
      flags: [
        ["Help new members make yoga a weekly habit", { title: "Intro pass sales", baseline: 420, target: 600 }],
        ["Families order their groceries from us every week", "First-order promo redemptions from 9,000 to 14,000"],
        ["让用户养成每周买菜的习惯", "首单券核销量从 9000 提升到 14000"],
      ],
      accepts: [
        // TRAP a share of newcomers who come back is the habit itself
        [
          "Help new members make yoga a weekly habit",
          "Intro pass holders who book a second class within 14 days from 30% to 40%",
        ],
        // TRAP the objective asks for more people
        ["Bring more families to their first order with us", "First-order promo redemptions from 9,000 to 14,000"],
      ],
    });

    shape("customers' teams as the subject of an outcome clause", {
      flags: [
        ["Teams plan their week in our tool instead of spreadsheets", "Weekly active users from 210k to 250k"],
        ["Legal teams draft contracts with fewer rounds of review", "Weekly active users from 8,000 to 9,500"],
      ],
      accepts: [
        // TRAP our own teams' action names no outcome for anyone
        ["Our teams move the billing system to the new platform", "Weekly active users from 210k to 250k"],
        ["The team rebuilds the onboarding flow", "Sign-ups from 2,000 to 2,600 a month"],
      ],
    });

    shape("something people trust, said as a relative clause, is an outcome", {
      flags: [
        ["Keep our mass spectrometers producing data researchers trust", "Samples run from 12,000 to 16,000"],
        ["Give clinics results their doctors trust", "Tests run from 40k to 52k a month"],
      ],
      accepts: [
        // TRAP a relationship of trust is the guide's clean case, not an outcome read here
        ["Become customers' trusted technology partner", "Increase monthly active users from 12,000 to 14,000"],
        // TRAP a share of the runs that pass is the objective's own measure
        ["Keep our mass spectrometers producing data researchers trust", "Runs passing QC standards from 86% to 94%"],
      ],
    });

    shape("the whole portfolio or every channel against a part", {
      flags: [
        [
          "Fill midweek rooms without training guests to wait for discounts",
          { title: "RevPAR for the whole portfolio", baseline: 86, target: 91, unit: "EUR" },
        ],
        ["周中入住率上来，但不靠打折", { title: "全渠道 RevPAR", baseline: 310, target: 325, unit: "元" }],
      ],
      accepts: [
        // TRAP the objective asks for the whole group's money itself
        [
          "Grow the hotel group's revenue",
          { title: "RevPAR for the whole portfolio", baseline: 86, target: 91, unit: "EUR" },
        ],
        // TRAP midweek said in the KR is the part the objective names
        [
          "Fill midweek rooms without training guests to wait for discounts",
          { title: "Midweek occupancy", baseline: 61, target: 68, unit: "%" },
        ],
      ],
    });

    shape("our share of a market or of sales under an outcome", {
      flags: [
        [
          "Help prescribers get their patients using our inhaler correctly",
          { title: "Inhaler share of new asthma prescriptions from 12% to 15%", baseline: 12, target: 15, unit: "%" },
        ],
        [
          "Make sure patients who start our statin stay on it",
          { title: "New-to-brand prescription share from 7% to 9%", baseline: 7, target: 9, unit: "%" },
        ],
        ["让门店顾客买到新鲜的水果", "自有品牌市场份额从 6% 提升到 8%"],
      ],
      accepts: [
        // TRAP a share of the prescriptions that arrive in time is the outcome itself
        [
          "Make repeat prescriptions arrive before people run out",
          "Share of repeat prescriptions delivered before the previous supply ends from 63% to 75%",
        ],
        // TRAP waste as a share of sales is a ratio of something else
        ["Cut food waste in our stores", "Fresh waste as a share of fresh sales from 4.8% to 3.5%"],
        // TRAP the objective asks for the market or a launch
        ["Become the number one payroll provider in Japan", "Payroll market share in Japan from 3% to 5%"],
        // TRAP 销售 as salespeople
        ["让销售每天都愿意在 CRM 里推进商机", "每周更新商机 3 次以上的销售占比从 31% 提升到 45%"],
      ],
    });

    shape("an order ready when the customer comes is an outcome", {
      flags: [
        [
          "Make click-and-collect orders ready when customers walk in",
          { title: "Online orders per week", baseline: 6200, target: 7500 },
        ],
      ],
      accepts: [
        // TRAP the share of orders ready is the objective's own measure
        [
          "Make click-and-collect orders ready when customers walk in",
          "Share of orders ready at the promised time from 79% to 90%",
        ],
      ],
    });

    shape("leaders of a group counted under what they do next (zh)", {
      flags: [
        ["团长愿意持续开团，带着邻居一起买", "团长数量从 2 万提升到 3 万"],
        // the platform's takings are the business's size, not a driver's
        ["司机接到的单更顺路，空驶更少", "平台流水从 2 亿元提升到 3 亿元"],
      ],
      accepts: [
        // TRAP what each of the objective's people earns, said per month
        ["团长愿意长期干下去", "团长每月佣金收入从 1200 元提升到 1500 元"],
        // TRAP a driver's takings per hour are what each earns (set S; B, J, K and Q write it so too)
        ["司机接到的单更顺路，空驶更少", "司机每小时有效流水从 42 元提升到 48 元"],
        // TRAP a share of the leaders
        ["团长愿意持续开团，带着邻居一起买", "连续 3 个月开团的团长占比从 35% 提升到 45%"],
      ],
    });

    shape("downloads counted per period under an outcome", {
      flags: [
        ["Price motor policies so careful drivers pay less", "Telematics app downloads per quarter from 60k to 90k"],
        ["让车主少花冤枉钱", "App 下载量从每月 6 万提高到 9 万"],
      ],
      accepts: [
        // TRAP without a period, downloads stay K5's or K6's (sets J and K)
        ["Travellers buy the right ticket the first time", "App downloads 1.2M → 2M"],
        // TRAP a share of the downloads is an outcome
        [
          "Price motor policies so careful drivers pay less",
          "Share of app downloads that connect a car in week one from 30% to 45%",
        ],
      ],
    });

    it("says a habit is asked, not depth of workflows (K3)", () => {
      const [hit] = under("Help first-time savers build a saving habit", "Grow sign-ups from 14k to 22k a month");
      expect(hit?.message.en).toContain('asks for a habit ("habit")');
      const [zh] = under("让用户养成每周运动的习惯", "月活用户从 600 万提升到 750 万");
      expect(zh?.message.zh).toContain("养成习惯（“习惯”）");
    });

    shape("installs counted under an objective about keeping players", {
      flags: [["Players stay with us after their first month", "Installs from paid UA campaigns 220k → 350k"]],
      accepts: [
        // TRAP downloads outside depth and keeping stay K5's or K6's (sets J and K)
        ["Travellers buy the right ticket the first time", "App downloads 1.2M → 2M"],
        // TRAP a running total of installs is K5's
        ["Keep good carriers coming back to our loads", "Carrier app installs (all time) from 22,000 to 30,000"],
      ],
    });

    shape("what we list or stock, counted, under an objective about quality or keeping", {
      flags: [
        [
          "Become restaurants' most reliable fish supplier",
          { title: "Species on the price list", baseline: 64, target: 90 },
        ],
      ],
      accepts: [
        // TRAP a catalogue's size is K5's, and a K5 carries no K3 (README decision, round 14)
        ["Students keep learning with the same tutor", "Tutors listed 3,500 → 6,000"],
        // TRAP choosing from the range is what the objective asks for
        ["Help home cooks find the fish they want", { title: "Species on the price list", baseline: 64, target: 90 }],
        // TRAP the share of listed lots that sell is an outcome
        ["Farmers sell grain at a fair price without a middleman", "Listed lots selling within 7 days from 46% to 58%"],
      ],
    });
  });

  describe("twelfth round: the people who come through, counted (K3)", () => {
    shape("visitors, diners and arriving patients counted upward in Chinese", {
      flags: [
        ["游客入园不排长队", { title: "年接待游客量突破 600 万人次", baseline: 480, target: 600, unit: "万人次" }],
        ["患者术后复查不掉队", "新患者到诊量从 1.1 万人次提升到 1.5 万人次"],
        ["让员工在食堂吃得满意、浪费少", "食堂就餐人次从每天 3000 提升到 3600"],
      ],
      accepts: [
        // TRAP a count pushed down is the objective's own result
        ["让居民交电费、办业务不用去营业厅", "营业厅到访人次从每月 4.5 万降至 2.5 万"],
        // TRAP a share of the visitors is an outcome
        ["游客入园不排长队", "分时预约入园的游客占比 48%→75%"],
        // TRAP what our doctors handle is K6's activity (calls handled, README)
        ["让宠物主把我们当成家庭医生", "接诊量从每月 1.2 万到 1.6 万"],
        // TRAP the objective asks for more visitors
        ["吸引更多游客来古镇过夜", "年接待游客量从 480 万人次提升到 600 万人次"],
      ],
    });
  });

  describe("twelfth round: set P's false alarms narrowed (K3)", () => {
    shape("engineering runs and a channel the objective names", {
      flags: [
        // what customers' tests and samples run counts stays volume (sets K and M)
        ["Doctors get results they can act on the same day", "Tests run from 40k to 52k a month"],
        // a channel the objective does not name stays a side road
        ["让仓库发货又快又准", "广告投放 ROI 从 1.2 提升到 1.5"],
      ],
      accepts: [
        // (jobs and builds run were K6 traps here; round 15 reads them for K3, below)
        // TRAP the objective names the ads whose results the share measures
        ["让中小商家投广告真的带来生意", "中小商家广告投放 ROI 达到 1.5 以上的比例从 28% 提升到 38%"],
      ],
    });
  });

  describe("eleventh round, third part, continued (K3)", () => {
    const shipments = "Make shipment status something customers never have to ask about";
    it("reads a unit that is a share as a share (K3)", () => {
      const title = "Customers subscribed to milestone notifications";
      expect(under(shipments, { title, baseline: 22, target: 40, unit: "% of active customers" })).toEqual([]);
      expect(under(shipments, { title, baseline: 2200, target: 4000 })).toHaveLength(1);
    });
  });
});

// Issue 17, twelfth round, second part (set Q first, each checked on the other writers): offer acceptance
// under what hires do once they have joined, and more ways of saying volume and our assets' use.
// Rephrased, not copied from a labelled set.
describe("twelfth round, second part (K3)", () => {
  shape("offer acceptance under what hires do once they have joined", {
    flags: [
      ["Help new hires become productive in their first month", "Offer acceptance rate from 70% to 80%"],
      ["Hire support agents who are still here and doing well a year on", "Offers accepted from 120 to 160"],
      ["让新入职的工程师尽快上手、留得住", "offer 接受率从 60% 提升到 72%"],
    ],
    accepts: [
      // TRAP the objective asks for the choosing or joining that acceptance shows
      ["Be the employer good nurses choose and stay with", "Offer acceptance rate from 70% to 80%"],
      ["Fill engineering roles faster without lowering the bar", "Offer acceptance rate from 70% to 80%"],
      ["让优秀的应届生愿意加入我们并留下来", "offer 接受率从 58% 提升到 70%"],
      ["关键岗位不再长期空缺，新人留得住", "offer 接受率从 58% 提升到 70%"],
      // TRAP a measure of the later stage itself
      [
        "Help new hires become productive in their first month",
        "Share of new hires shipping alone by day 30 from 40% to 60%",
      ],
    ],
  });

  shape("what a carrier loads, a clinic's visits, students taken in, a machine's running time", {
    flags: [
      ["Shippers can rely on our barges arriving when we said", "Containers loaded from 42,000 to 46,000"],
      ["学员毕业后真的找到对口工作", "招生人数从 1800 提升到 2200"],
      ["交给客户的电池包不出现批量故障", "产线稼动率从 70% 提升到 82%"],
    ],
    accepts: [
      // TRAP loaded within a window is a share of an outcome; a share of visits; a time per visit
      ["Ship grain to buyers on the dates we promised", "Barges loaded within their window from 80% to 92%"],
      ["患者在镇卫生院看病不用久等", "分时段预约就诊的门诊量占比从 40% 提升到 60%"],
      ["患者在镇卫生院看病不用久等", "门诊挂号到就诊等待时长从 60 分钟降到 30 分钟"],
      // TRAP the objective asks for more students or patients
      ["招到更多适合我们专业的学生", "招生人数从 1800 提升到 2200"],
      // TRAP our doctors' handling is K6's activity (README: calls handled), and so are consultations in total
      // (README, round 15b: the sixteenth round's reading below)
      ["患者在线提的问题都能得到靠谱的答复", "医生接诊量从每月 3 万提升到 4 万"],
      ["患者在镇卫生院看病不用久等", "门诊量从每日 800 人次增加到 950 人次"],
      ["患者在线提的问题都能得到靠谱的答复", "问诊量从每月 3 万提升到 4 万"],
      // TRAP OEE counts good parts too; a machine's running time under an objective about efficiency
      ["交给客户的电池包不出现批量故障", "产线 OEE 从 70% 提升到 78%"],
      ["把每台测试机的成本降下来", "测试机稼动率从 70% 提升到 82%"],
    ],
  });

  shape("a count of the people who have or run some number of things", {
    flags: [
      // the count of the business's accounts stays read where nothing narrows it
      ["Make month-end close painless for finance teams", "Number of paying accounts from 1,020 to 1,350"],
    ],
    accepts: [
      // TRAP the accounts or teams are counted, narrowed by how many things they run or have
      [
        "Keep the customers who get real value from us",
        "Number of accounts running 4+ active automations from 800 to 1,100",
      ],
      ["Make month-end close painless for finance teams", "Teams with 5 active members from 200 to 300"],
    ],
  });

  shape("who is active now under an objective that asks people to come back", {
    flags: [
      ["Readers enjoy the new stories enough to come back", "Monthly active readers from 310k to 380k"],
      ["Gamers come back to the app because the puzzles stay fresh", "Peak concurrent users from 40k to 52k"],
      ["让老玩家因为新玩法而回来", "月活从 120 万提升到 150 万"],
    ],
    accepts: [
      // TRAP the objective asks for more people too, or for a habit of use said by its frequency
      ["Get more readers to come back after their first story", "Monthly active readers from 310k to 380k"],
      ["Readers come back to the app every morning", "Daily active users from 200k to 260k"],
      ["让更多用户每天都回来看看", "日活从 50 万提升到 65 万"],
      // TRAP a share of the actives, or coming back measured itself
      [
        "Gamers come back to the app because the puzzles stay fresh",
        "Share of monthly active users who play 3+ days a week from 20% to 28%",
      ],
      ["让老玩家因为新玩法而回来", "流失玩家 30 天回流率从 8% 提升到 12%"],
    ],
  });

  shape("people on shift and jobs started or under way", {
    flags: [
      ["Diners get their food hot and on time", "Couriers on shift at lunch from 80 to 110"],
      ["Patients on the ward get their medicines on time", "Nurses on duty at night from 12 to 15"],
      ["让业主的新房按期交付、不返工", "开工楼盘数从 40 个提升到 55 个"],
      ["让业主的新房按期交付、不返工", "在建项目数从 300 个提升到 380 个"],
    ],
    accepts: [
      // TRAP a share of shifts, a cut, the objective asks for more capacity itself
      ["Diners get their food hot and on time", "Share of lunch shifts fully staffed from 70% to 90%"],
      ["Grow our courier fleet in the north", "Couriers on shift at lunch from 80 to 110"],
      ["让业主的新房按期交付、不返工", "按期交付的在建项目占比从 60% 提升到 80%"],
      ["让业主的新房按期交付、不返工", "延期开工项目数从 30 个降到 10 个"],
    ],
  });

  shape("volume under an objective about where the time of each visit goes", {
    flags: [
      ["Vets spend more of each consultation with the animal", "Consultations booked from 9,000 to 11,000 a month"],
    ],
    accepts: [
      // TRAP the time itself, or a share of visits
      ["Vets spend more of each consultation with the animal", "Minutes of admin per consultation from 14 to 8"],
      [
        "Vets spend more of each consultation with the animal",
        "Share of consultations with notes done in the room from 40% to 70%",
      ],
      // TRAP the objective asks for more visits
      ["Grow consultations at our new clinics", "Consultations booked from 9,000 to 11,000 a month"],
    ],
  });

  shape("a count raised by a percent", {
    flags: [
      ["让借款人借得明白、还得起", "消费贷交易额同比增长 25%"],
      ["Make returns painless for shoppers", "Grow orders by 20%"],
    ],
    accepts: [
      // TRAP a share or a rate raised by a percent stays a share or a rate
      ["让新学员坚持练过第一个月", "坚持到第二个月的新学员占比提升 5%"],
      ["Make returns painless for shoppers", "Returns conversion up by 20%"],
      // TRAP the objective asks for the growth itself
      ["扩大消费贷规模", "消费贷交易额同比增长 25%"],
      // TRAP footfall is K6's, and a K6 carries no K3 (README decision "Footfall is K6", round 14)
      ["让新学员坚持练过第一个月", "门店客流量 +30%"],
    ],
  });

  // Issue 17, twelfth round, third part (set R's false alarms; rephrased): what each of the objective's
  // people gives on average, newcomers who came by invitation under an objective about recommending, and
  // an asset's use under an objective naming its owners are the objective's own measures.
  shape("what each of the objective's people gives on average", {
    flags: [["让山区孩子喝上干净的水", "捐款额从 500 提升到 800"]],
    accepts: [
      ["让老会员捐了还愿意继续捐", "老会员年均捐款额从 500 元提升到 560 元"],
      ["让常客愿意常来", "常客月均消费从 90 元提升到 110 元"],
    ],
  });

  shape("newcomers who came by invitation", {
    flags: [["让商家的货卖个好价钱", "被邀请注册数从 300 提升到 500"]],
    accepts: [
      ["让用过的人愿意把我们推荐给同行", "被邀请注册数从 300 提升到 500"],
      ["Members recommend us to their friends", "Sign-ups from referred friends from 1,200 to 2,000"],
    ],
  });

  shape("an asset's use under an objective naming its owners", {
    flags: [["让旅客订到的房间和看到的一样", "合作民宿淡季入住率从 35% 提升到 45%"]],
    accepts: [
      ["让民宿老板觉得跟我们合作生意更好", "合作民宿淡季入住率从 35% 提升到 45%"],
      ["Hotel owners do better business with us", "Partner hotels' off-season occupancy from 41% to 48%"],
    ],
  });

  // Issue 17, twelfth round, third part (set R): what the objective's people earn, said with the people
  // first in Chinese, is their income, not ours, so a count of breadth under it is read (rephrased).
  shape("breadth under what the objective's people earn", {
    flags: [["让司机跑得更安心、收入更稳", "司机 App 日活从 12 万提升到 13 万"]],
    accepts: [
      // TRAP our own income asked for; the people's own share
      ["提升平台收入，跑得更稳", "司机 App 日活从 12 万提升到 13 万"],
      ["让司机跑得更安心、收入更稳", "月收入波动低于 10% 的司机占比从 40% 提升到 55%"],
    ],
  });

  // Thirteenth round (drawn from set S; found on O and R too): the top of a funnel under an objective
  // that asks for the right ones.
  shape("the top of a funnel under an objective that asks for fit", {
    flags: [
      ["Enrol admitted students who will thrive here", "Applications received this cycle from 34k to 38k"],
      ["Sign customers who will succeed with us, not just customers", "Demo requests from 900 to 1,400"],
      ["让招聘经理更快招到留得住的人", "简历投递量从每月 8 万份提升到 12 万份"],
      ["获客成本降下来，来的人更对口", "线索数从 3 万增加到 5 万"],
    ],
    accepts: [
      // TRAP the fit measured as a conversion or a share
      ["Bring in agencies who stay with us past the trial", "Trial-to-paid conversion from 9% to 12%"],
      [
        "Enrol admitted students who will thrive here",
        "Share of first-years still enrolled in term two from 88% to 92%",
      ],
      // TRAP a count the KR calls qualified claims the fit
      ["Sign customers who will succeed with us, not just customers", "Qualified demo requests from 300 to 420"],
      ["获客成本降下来，来的人更对口", "有效线索数从 1 万增加到 1.5 万"],
      // TRAP fewer applications, and an objective that does not ask for fit
      [
        "Enrol admitted students who will thrive here",
        { title: "Incomplete applications from 4,000 to 2,500", baseline: 4000, target: 2500 },
      ],
      ["Grow applications from students who will thrive here", "Applications from 18,000 to 24,000"],
    ],
  });

  // Thirteenth round (set S): a transport's riders counted are its rides, a head the count reading had.
  shape("ridership under reliability", {
    flags: [
      [
        "Riders can count on the bus",
        { title: "Ridership from 2.1M to 2.4M monthly boardings", baseline: 2.1, target: 2.4 },
      ],
      ["Trains leave on time, every time", "Passengers carried from 41k to 47k a day"],
    ],
    accepts: [
      // TRAP an objective that asks people to ride (set M's trap), and a share of boardings
      [
        "Make the bus the obvious choice for commuting in the eastern districts",
        "Weekday boardings on eastern routes from 41k to 47k",
      ],
      ["Riders can count on the bus", "Share of boardings within 2 minutes of the timetable from 78% to 88%"],
    ],
  });

  // Thirteenth round (set S; R, H and Q label the same K6): our own people's support sessions are K6's.
  shape("appointments booked", {
    flags: [
      ["Patients get seen by the right clinician the first time", "Appointments booked per day from 3,400 to 4,100"],
    ],
    accepts: [
      ["First-generation students get through their first term", "Advising appointments booked from 1,200 to 2,000"],
      ["Students who start a course finish it", "Advising appointments held from 3,000 to 5,000"],
    ],
  });

  // Thirteenth round, second part (set T's false alarms, each a fault of a reading's words): a hyphen's
  // first half is not the counted noun, 流水线 is an assembly line and not 流水 (takings), and a clause
  // with 的 that says what the people did again narrows the count to that behaviour.
  shape("words that only look like a count (thirteenth round, second part)", {
    flags: [
      // the readings still hold for the plain words
      ["Drivers feel safe and want to stay", "Rides per month from 30k to 36k"],
      ["医生更快拿到准确的检验结果", "检验科月流水从 300 万元提升到 360 万元"],
      ["让第一次海淘的用户敢下第二单", "首单用户数从 1.8 万提升到 2.4 万"],
    ],
    accepts: [
      // TRAP a compound's first half; an assembly line; a count narrowed to a second order
      ["Drivers feel safe and want to stay", "Ride-alongs by depot managers from 30 to 120"],
      ["Drivers feel safe and want to stay", "User-reported near misses reviewed within a day from 60% to 90%"],
      ["医生更快拿到准确的检验结果", "引进全自动流水线"],
      ["让第一次海淘的用户敢下第二单", "60 天内下第二单的首单用户数从 1.8 万提升到 2.4 万"],
      ["让新会员愿意续费", "90 天内续费的新会员数从 3000 提升到 4200"],
    ],
  });

  // Thirteenth round, second part (drawn from set T; found on S): how often we release under an objective
  // that asks for stability and not for shipping. Rephrased, not copied from a labelled set.
  shape("release frequency under stability", {
    flags: [
      ["Releases stop breaking our customers' dashboards", "Deploys per week from 10 to 25"],
      ["Checkout has no outages through the holiday peak", "Production deployments from 40 to 90 a month"],
      ["支付系统稳定，大促不掉链子", "发布次数从每月 6 次提升到 15 次"],
    ],
    accepts: [
      // TRAP an objective that asks to ship, fast or without fear; releases rolled back; the verb
      ["Let product teams ship on a Friday without fear", "Deploys per day from 12 to 30"],
      ["让业务团队发布不再担心把线上搞挂", "每日发布次数从 40 次提升到 80 次"],
      [
        "Releases stop breaking our customers' dashboards",
        { title: "Releases rolled back from 1 in 6 to 1 in 20", baseline: 16, target: 5 },
      ],
      [
        "Releases stop breaking our customers' dashboards",
        "Share of releases with no customer incident from 80% to 95%",
      ],
      ["Checkout has no outages through the holiday peak", "Deploy the new load balancer"],
    ],
  });

  // Thirteenth round, second part (drawn from set T; found on Q): the brand searched for under buying again.
  shape("brand searches under a second purchase", {
    flags: [
      ["Get more guests to book a second stay with us", "Brand search volume from 30k to 45k a month"],
      ["Keep the customers who bought once buying", "Brand search index from 120 to 160"],
      ["让买过一次的顾客愿意再买", "品牌搜索指数从 800 提升到 1200"],
    ],
    accepts: [
      // TRAP an objective about the brand; grow new customers; a second stay measured
      ["上线新官网提升品牌影响力", "品牌搜索指数从 800 提升到 1200"],
      ["Win new travellers in Portugal", "Brand search volume from 30k to 45k a month"],
      ["Get more guests to book a second stay with us", "Guests who book a second stay within a year from 18% to 24%"],
    ],
  });
});

describe("thirteenth round, third part (K3)", () => {
  // Drawn from sets U and V's false alarms, found on J, O, R, S and T too: the money lent under an
  // objective that asks that people can borrow is its own measure. Rephrased, not copied.
  shape("money lent under a decision", {
    flags: [
      ["Give shop owners a lending decision they can plan around", "Loan book from £200M to £260M"],
      ["Tell farmers yes or no on a loan within a day", "Loan volume from €30M to €40M"],
      ["让小商户当天就知道能不能贷到款", "贷款余额从 30 亿元增加到 36 亿元"],
      ["让个体户能快速拿到贷款", "贷款余额从 12 亿元增加到 15 亿元"],
      // A balance, not the money lent in the period: K3 under borrowing too since the fourteenth round
      // (README decision "A balance is not K5").
      ["Help nurses borrow without going to a payday lender", "Loan book from £200M to £260M"],
      ["让县里的种植户贷得到、还得上", "涉农贷款余额从 30 亿元提升到 36 亿元"],
      ["让小店老板用得上、用得起贷款", "小微贷款余额从 30 亿元提升到 36 亿元"],
    ],
    accepts: [
      // TRAP the objective asks that people can borrow: the money lent in the period is what they got
      ["Small farms get working capital when they need it", "Loan volume from €30M to €40M"],
    ],
  });
  // A count of loans under the same objective is still read (set J: 放款笔数 under 贷得到, K3), and borrowers,
  // the noun, do not ask for borrowing (set F: "Loan book" under "Help first-time borrowers understand…").
  shape("loans counted, or borrowers named", {
    flags: [
      ["Help first-time borrowers understand what they are signing", "Loan book from $300M to $350M"],
      ["让个体户贷得到、还得上", "放款笔数从每月 5000 笔提升到 9000 笔"],
    ],
  });

  // Drawn from set V's trap: a rating names what it judges, it does not count it.
  shape("a rating of what the objective names", {
    flags: [
      ["Give farmers a yes or no on input loans before planting", "Number of loan applications from 4,000 to 9,000"],
    ],
    accepts: [
      // TRAP a rating or a score on a scale of the thing, not a count of it
      [
        "Give farmers a yes or no on input loans before planting",
        { title: "Farmer rating of the loan decision from 3.6 to 4.2", baseline: 3.6, target: 4.2, unit: "/5" },
      ],
      ["Passengers with bikes board without stress", "Passenger score for boarding from 7 to 8"],
      ["让农户播种前就拿到贷或不贷的答复", { title: "农户对审批的评分从 3.6 提升到 4.2", baseline: 3.6, target: 4.2 }],
    ],
  });

  // Drawn from sets U and V's traps (the same reading found on F and M): coming to the seats is using them,
  // and an objective that asks for the units full names fullness as its own.
  shape("seats or rooms filled, asked by the objective", {
    flags: [
      ["Guests check in without a wait and sleep well", "Occupancy from 70% to 80%"],
      ["让老人住得安心，家属放心", "入住率从 80% 提升到 90%"],
    ],
    accepts: [
      // TRAP coming to a match is using the seats; a calendar booked full is fullness asked
      ["让观众每场演出都愿意来", "剧场平均上座率从 60% 提升到 72%"],
      ["Fans attend every home game", "Average stadium occupancy from 62% to 75%"],
      ["让民宿房东不用天天改价也能把房排满", "房源入住率从 50% 提升到 58%"],
    ],
  });
});

// Thirteenth round, third part (drawn from set V, found on K too): money the business takes, named by the
// line of business it comes from, widening the closed list of 平台收入, 租金收入 and 运费收入. Rephrased.
describe("money taken by its line of business (K3)", () => {
  shape("income by its source", {
    flags: [
      ["Finish tax returns without the April crunch", "Advisory fee income from $3.1m to $3.5m"],
      ["Donors keep giving year after year", "Charity auction income from 40 to 52"],
      ["让货主的货准时到港", "海运收入从 2.1 亿元提升到 2.5 亿元"],
      ["冬天每户都暖和", "供暖收入从 1.2 亿元提升到 1.4 亿元"],
    ],
    accepts: [
      // TRAP what the objective's people earn, or earn each; an average; an objective that asks for money
      ["Farmers earn a living from smaller plots", "Household income from £18k to £21k"],
      ["让社员的果子卖个好价钱", "社员每亩纯收入从 6800 元提升到 7500 元"],
      ["优质创作者在平台上持续更新", "创作者月收入中位数从 320 元提升到 450 元"],
      ["让骑手跑得更稳", "骑手收入从每月 5200 元提升到 6000 元"],
      ["Grow advisory revenue in the mid-market", "Advisory fee income from $3.1m to $3.5m"],
      // TRAP an objective that asks customers to take up, upgrade to or use more of what the money pays for
      ["让小团队不用找销售也能自己升级到专业版", "月增购收入从 20 万元提升到 30 万元"],
      ["让中小企业客户把宽带和云盘一起用起来", "企业云盘收入从 1.1 亿元提升到 1.4 亿元"],
      ["Small firms upgrade to the team plan on their own", "Upgrade fee income from $2.0m to $2.6m"],
    ],
  });
});

// Fourteenth round: false alarms read across writers (rephrased, not copied).
describe("fourteenth round: false alarms narrowed (K3)", () => {
  const kr = (title: string, unit: string, baseline: number, target: number): DraftKeyResult => ({
    title,
    unit,
    baseline,
    target,
  });
  // Sets T, V, Y and Z label what our own office issues K6 or K7, never K3 beside it: one finding.
  shape("what our office issues, counted", {
    flags: [
      // still read: the people or requests that come to us, counted
      ["Price small-business risk more accurately", "Policies sold from 2,400 to 3,000"],
    ],
    accepts: [
      // TRAP the team's own act, issued and counted: K6's or K7's finding
      ["Price small-business risk more accurately", "Policy quotes issued from 2,400 to 3,000"],
      ["Applicants get a planning decision on time", kr("Permits issued", "permits", 600, 700)],
      ["Members borrow from us instead of payday lenders", "Personal loans issued from 800 to 950"],
    ],
  });
  // Set Z's trap, and the rating reading of set V widened: satisfaction or a score is a judgement, not a count.
  shape("a judgement on a scale", {
    flags: [["Invoices customers understand", kr("Customers billed", "customers", 6400, 7200)]],
    accepts: [
      // TRAP satisfaction or a scale in the unit: who judges, not how many
      ["Invoices customers understand", kr("Customer satisfaction with invoices", "score /10", 6.4, 7.2)],
      ["Invoices customers understand", kr("Customer invoice clarity", "score /10", 6.4, 7.2)],
      ["让客户看得懂账单", kr("客户账单满意度", "", 82, 88)],
    ],
  });
  // Running empty is the English twin of 空驶: an objective that asks for it names the load as its own.
  shape("the load under an objective against running empty", {
    flags: [["Get every pallet to the shop on time", kr("Trailer load factor", "%", 70, 80)]],
    accepts: [
      // TRAP the objective asks for full vehicles, in English words as in 空驶
      ["Vans that don't drive back empty", kr("Trailer load factor", "%", 70, 80)],
      ["让货车少空驶", kr("车辆装载率", "%", 70, 80)],
    ],
  });
});

// Fourteenth round (sets V and Z, rephrased): new business under an objective that asks to keep customers.
describe("fourteenth round: new business under keeping (K3)", () => {
  shape("new policies, new funds and prospects under keeping", {
    flags: [
      ["让车主买了保单以后年年续保", "新单保费从 3 亿元提升到 4 亿元"],
      ["保单留得住", "新单件数从 5 万件提升到 6 万件"],
      ["让理财客户拿得住我们的产品", "新发产品规模从 20 亿元提升到 50 亿元"],
      [
        "Keep our warehouse tenants when their leases end",
        { title: "Tours for prospective tenants", unit: "tours", baseline: 80, target: 140 },
      ],
    ],
    accepts: [
      // TRAP the objective asks for growth too; a renewal counted is keeping itself
      ["保费增长，保单也留得住", "新单保费从 3 亿元提升到 4 亿元"],
      ["保费规模增长", "新单件数从 5 万件提升到 6 万件"],
      ["保单留得住", "续保件数从 5 万件提升到 6 万件"],
      ["Fill our empty units with good tenants", "Site visits by prospective tenants from 80 to 140"],
    ],
  });
});

// Fourteenth round (sets J, M, V and Z, rephrased): our people's billable time under what clients get.
describe("fourteenth round: billable time under the client's outcome (K3)", () => {
  shape("billable hours or utilisation", {
    flags: [
      ["Clients always know what their audit will cost", "Billable hours per auditor from 1,300 to 1,450"],
      ["Customers renew because the project paid off", "Billable utilisation of engineers from 70% to 78%"],
      ["Get paid for every job we finish", "Billable hours recorded from 40k to 48k"],
      ["客户对项目进度和费用心里有数", "顾问人均计费小时从 1400 提升到 1600"],
      ["客户觉得咨询费花得值", "计费工时从 2 万小时提升到 2.6 万小时"],
    ],
    accepts: [
      // TRAP the objective asks for the hours' use; the hours belong to the objective's people; hours cut
      ["Raise the utilisation of our consultants", "Billable utilisation of consultants from 70% to 78%"],
      ["Help small accounting firms bill every hour they work", "Billable hours reported by firms from 30 to 34"],
      ["提高咨询团队的人效", "顾问人均计费小时从 1400 提升到 1600"],
      [
        "Clients always know what their audit will cost",
        { title: "Billable hours per audit from 120 to 95", baseline: 120, target: 95 },
      ],
    ],
  });
});

// Fourteenth round (README decision "Bare money carries K3 when it is off its objective", rephrased):
// money per deal written bare is K3 beside K2 where the objective asks for something else.
describe("fourteenth round: bare money per deal off its objective (K3)", () => {
  const bare = (title: string, baseline: number, target: number): DraftKeyResult => ({ title, baseline, target });
  shape("money per deal written bare", {
    flags: [
      ["Tenants get a repair booked the day they ask", "Average order value from 120 to 150"],
      ["Patients get their results without chasing us", "Average basket from 42 to 48"],
      ["Shippers get a van the day they need one", bare("Gross margin per shipment from 210 to 240", 210, 240)],
      ["Farmers get a fair answer on credit fast", bare("Average loan size", 38, 45)],
      ["Residents trust the water from their tap", "ARPU from 18 to 21"],
      ["让玩家觉得每一笔充值都值", "ARPPU 从 70 提高到 82"],
      ["让买家敢在线上直接付款", "每单平均成交价从 6.2 提高到 7"],
      ["让货主的货按时到", "单票毛利从 60 提高到 75"],
      ["让病人少跑一趟", bare("客单价", 58, 66)],
    ],
    accepts: [
      // TRAP the objective's own money: what its people earn, cost, worth, funding
      ["Help independent florists earn more per wedding", "Average order value from 120 to 150"],
      ["Cut what each delivery costs us", bare("Gross margin per shipment from 210 to 240", 210, 240)],
      ["Fund next season's programmes early", "Average gift from 85 to 110"],
      // TRAP the whole spend in one place, using more: the objective asks for more of what each spends
      ["Small cafés restock everything in one place", "Average basket from 214 to 240"],
      ["Keep clinics that signed last year", "Average contract value from 84 to 96"],
      ["让中小企业客户用得越来越多", bare("客户 ARPU", 420, 480)],
      // TRAP a per-person average: the guide's example 3, silent for K2 too
      ["让代理人少跑冤枉路", "每个代理商的平均每月签单金额从 1.5 提升到 1.8"],
      ["Help agents close more homes", "Average monthly sales per agent from 1.5 to 1.8"],
    ],
  });
});

// Fourteenth round (README decision "A balance is not K5", rephrased): a loan balance is K3 under an
// objective that names what the borrower gets, borrowing included; the money lent in the period is not.
describe("fourteenth round: a balance under what the borrower gets (K3)", () => {
  shape("a loan book or balance", {
    flags: [
      ["让小店主借得到、还得上", "个体户贷款余额从 40 亿元提升到 55 亿元"],
      ["Farmers get credit before planting", "Loan book from €300M to €380M"],
      ["Help young farmers borrow for their first herd", "Loan book from €80M to €95M"],
    ],
    accepts: [
      // TRAP the money lent in the period, under an objective that asks that people can borrow
      ["Farmers get credit before planting", "Loan volume from €30M to €38M"],
      ["让小店主借得到、还得上", "贷款发放额从 12 亿元提升到 15 亿元"],
      // TRAP the objective is the book itself
      ["Grow the loan book profitably", "Loan book from €300M to €380M"],
    ],
  });
});

// Fourteenth round (README decisions "Work handled per person" and "Cases handled for customers are K6,
// in total as per person", rephrased): cases and checks per person are K6's, not K3's; the team's own
// production per person is K3 under what the customer gets.
describe("fourteenth round: work handled per person (K3)", () => {
  shape("production per person under what the customer gets", {
    flags: [
      ["Boilers fitted on the day we promised", "Installs per fitter per day from 2.5 to 3.2"],
      ["Patients find their ward room spotless", "Rooms per housekeeper per shift from 11 to 15"],
      ["住客一进门就觉得房间干净", "保洁员人均日做房数从 11 间提升到 15 间"],
      ["包裹按时送到、不送错", "分拣员人均日分拣量从 1800 件提升到 2400 件"],
    ],
    accepts: [
      // TRAP cases handled for customers or checks carried out, per person or in total: K6's
      ["Settle motor claims in a way drivers trust", "Claims processed per adjuster per day from 12 to 18"],
      ["Pensioners get their first payment without a gap", "Applications processed per caseworker from 9 to 14"],
      [
        "Clinics get paid right first time",
        { title: "Claims processed", unit: "claims", baseline: 3e6, target: 3.6e6 },
      ],
      ["买家相信我们的验车报告", "验车师人均每天检测 6 台 → 10 台"],
      // TRAP the objective asks for the team's own output or capacity
      ["Raise our installers' capacity", "Installs per fitter per day from 2.5 to 3.2"],
    ],
  });
});

// Fourteenth round (README decisions "Footfall is K6", "A catalogue's size is K5" and "People registered,
// counted bare, are K5", rephrased): shapes decided K5 or K6 carry no K3, whatever K5 and K6 read.
describe("fourteenth round: shapes decided K5 or K6 carry no K3", () => {
  shape("footfall, a catalogue's size, people registered bare", {
    flags: [
      // ridership is not footfall; sign-ups in a window are a flow
      ["乘客等车不再靠运气", "日均客流从 100 万人次提升到 110 万人次"],
      ["Help small sellers make a living", "New seller signups per month from 1,500 to 2,000"],
    ],
    accepts: [
      ["让会员坚持来练", "门店客流量从 50 万提升到 60 万"],
      ["Shoppers find fresh produce on every visit", "Store footfall from 1.1M to 1.4M"],
      ["Students stay with the tutor they like", "Tutors listed from 3,000 to 5,000"],
      ["用户订到的房间和照片一样", "上架民宿数量从 5 万家增加到 8 万家"],
      ["Help people with asthma keep their symptoms down", "Registered users from 40k to 52k"],
      ["让糖友把血糖控制住", "注册用户数从 40 万提升到 52 万"],
    ],
  });
});

// Fourteenth round, sets AA and AB (with T): a count narrowed to people who do the thing again, by a
// threshold in a period, is the depth of use, read by neither the reach nor the breadth-under-habit reading.
describe("fourteenth round: a count narrowed to repeat use by a threshold (K3)", () => {
  shape("people who do it N times or more a period", {
    flags: [
      // TRAP the same people counted with no threshold stay read
      ["Small online shops ship with us every day", "New accounts from 60 to 110"],
      ["Homeowners find a good plumber within a day", "Pros on the platform from 310 to 390"],
      ["让用户养成每周运动的习惯", "月活跃用户从 90 万提升到 110 万"],
    ],
    accepts: [
      ["Win small online shops that ship every day", "New accounts shipping ≥20 parcels a week: 60 → 110"],
      // TRAP winning shops asks for newcomers (seventeenth round, third part: AB's, P's, AA's and W's traps)
      ["Win small online shops that ship every day", "New accounts from 60 to 110"],
      ["Carriers drive fewer empty miles with us", "Carriers booking 2+ loads a week from 1,400 to 1,900"],
      [
        "Homeowners find a good plumber within a day",
        "Pros who accept at least one plumbing job a week from 310 to 390",
      ],
      [
        "Members renew because the space works for them",
        "Members booking a room 3 or more times a month, 2,100 → 2,600",
      ],
      ["让餐厅采购商稳定地从我们这里准时收到货", "每周下单 2 次以上的采购商从 3200 家提升到 4500 家"],
      ["让用户养成每周运动的习惯", "每周至少完成 1 节课的用户从 90 万提升到 110 万"],
    ],
  });
});

// Fifteenth round (sets AC and AD, README decision "People registered, counted bare, are K5"): accounts
// counted bare are the stock of everyone who signed up, K5's; narrowed by who or what, or in a window, stay read.
describe("fifteenth round: accounts counted bare carry no K3", () => {
  shape("accounts counted bare", {
    flags: [
      // TRAP narrowed by who opened them, by what they do, or counted in a window
      ["Young members make us their main bank", "Accounts opened by members under 30 from 2,100 to 3,000"],
      ["Make reports part of every week", "Active accounts from 4,000 to 5,500"],
      ["小微企业开户当天就能用起来", "月开户数从 8000 户提升到 14000 户"],
      ["新开户的客户能真正开始投资", "新开户数从 20 万户提升到 30 万户"],
      ["New businesses are ready to transact on day one", "Accounts opened from 9,000 to 15,000 per month"],
    ],
    accepts: [
      ["Small advertisers get results from their first campaign", "Advertiser accounts opened"],
      ["Clients pay freelancers on time", "Freelancer accounts"],
      ["中小商家投第一笔广告就能回本", "广告主开户数"],
      ["让安装商愿意继续装我们的机器", "安装商 App 注册数从 3800 提升到 6000"],
      // the kind of account named before 开户 (set AG)
      ["让打工人愿意每个月往个人养老金账户存一点", "个人养老金账户开户数从 120 万户提升到 200 万户"],
      // 开户 with no holder named, bare (o-zh, relabelled K5 in round 15b)
      ["让新开户客户真正开始理财", { title: "开户数", baseline: 8, target: 12, unit: "万户" }],
    ],
  });
});

// Fifteenth round (set AC, with O and U): an objective that names what newcomers do in their first days,
// weeks or months asks for that next step; newcomers counted in a window do not show it.
describe("fifteenth round: newcomers counted under what they do in their first weeks (K3)", () => {
  shape("sign-ups under a first-period objective", {
    flags: [
      ["Learners who pay in week one stay to month three", "Trial sign-ups per month 80k → 110k"],
      ["Small merchants start taking payments the day they sign up", "Merchant sign-ups per month 25k → 30k"],
      ["Agencies send an invoice in their first week", "New accounts per month from 900 to 1,200"],
      ["新司机第一个月能跑得起来", "新注册司机从 3000 人提升到 5000 人"],
    ],
    accepts: [
      // TRAP the step measured, a share of the newcomers, or something done for all of them
      ["Learners who pay in week one stay to month three", "Trial sign-ups who pay in week one from 8% to 12%"],
      ["New users find friends in their first session", "Contact-sync permission prompt shown to all new users"],
      [
        "Help new members train in their first month",
        "New members visiting 8+ times in their first month from 31% to 40%",
      ],
      // TRAP the objective asks for more newcomers too
      ["Grow sign-ups and get them paying in their first week", "Trial sign-ups per month 80k → 110k"],
    ],
  });
});

// Fifteenth round (sets AD, M, R, T, U, Z and AA): active users counted bare under an objective that asks
// for something else than how many use the product.
describe("fifteenth round: active users counted under another aim (K3)", () => {
  shape("an active count off the objective", {
    flags: [
      [
        "Make pre-op planning worth the surgeon's time",
        { title: "Weekly active surgeons", unit: "surgeons", baseline: 140, target: 220 },
      ],
      ["Customers who do their banking in the app", "Monthly active users of the app from 1.1M to 1.4M"],
      ["让外贸企业收款到账快、费用看得懂", "活跃收款账户 3.2 万→4.5 万"],
      ["用户刷到的是真正喜欢的内容", "DAU 从 1.2 亿提升到 1.25 亿"],
      ["销售少做表，多签单", "月活跃用户从 5.2 万提升到 6.5 万"],
    ],
    accepts: [
      // TRAP the objective asks for reach, more people, adoption, a switch, the count itself or a position
      ["Reach more freelance designers across Latin America", "Monthly active users from 20,000 to 26,000"],
      ["Replace Notion and Evernote for students", "Weekly active students from 210k to 230k"],
      ["Double weekly active teams", "Weekly active teams from 2,000 to 4,000"],
      ["Become customers' trusted technology partner", "Increase monthly active users from 12,000 to 14,000"],
      ["让更多三四线城市的小店主用上我们", "三四线城市月活商家从 5 万提高到 7 万"],
      // TRAP narrowed per user or per site, a share, or an event (会员日活动)
      ["Site teams report issues before they become delays", "Field app weekly active users per site from 6 to 9"],
      ["Players help each other instead of quitting", "Messages sent in guild chat per DAU 3.4 → 5"],
      ["会员更常直接订房", "会员日活动从 2 场增加到 6 场"],
      [
        "Give secondary teachers back an hour a week on marking",
        "Weekly active teachers who complete a marking session end-to-end from 2,400 to 3,100",
      ],
      // TRAP no outcome named, a competitor's features, a relaunch, our own teams' work
      ["Our teams move the billing system to the new platform", "Weekly active users from 210k to 250k"],
      ["Close the feature gap with Monzo and Revolut", "Monthly active users from 220k to 260k"],
      ["Relaunch the rewards program with tiers", "Rewards app MAU from 510k to 600k"],
    ],
  });
});

// Fifteenth round (sets M, V and AD): how many answer a survey does not show what the objective asks for.
describe("fifteenth round: survey turnout under another aim (K3)", () => {
  shape("a survey's response or participation rate", {
    flags: [
      ["Keep the service engineers we worked hard to hire", "Engagement survey participation 70% -> 90%"],
      ["People stay and grow with us on the factory floor", "Engagement survey response rate from 55% to 80%"],
      ["门店收货准时、准确，不用店长操心", "店长满意度调研参与率从 30% 提升到 60%"],
    ],
    accepts: [
      // TRAP what the survey finds, an objective about hearing from people, turnout pushed down
      [
        "Riders trust the arrival times we show them",
        "Riders who say they trust the times (quarterly survey) 49% to 62%",
      ],
      ["Hear from every store manager before we change the rota", "Survey response rate from 30% to 80%"],
      ["Subscribers skip a week instead of cancelling", "Exit survey completion from 18% to 40%"],
      ["让一线员工的声音被听到", "员工调研参与率从 40% 提升到 80%"],
    ],
  });
});

// Fifteenth round, second part: the round-15 README decisions give recruiting with the team's verb to K7
// and a stock of businesses signed onto the platform to K5; neither carries K3 (sets F, G, J, K, O, AB,
// AC and AD were K3 false alarms).
describe("fifteenth round, second part: recruiting and a signed stock carry no K3", () => {
  shape("people recruited with the team's verb, or a stock of hotels or listings", {
    flags: [
      // A headcount written as a size stays K3 under what customers get; so do customers won and
      // listings added (a flow).
      ["Riders in danger get help in minutes", "Safety agent headcount from 40 to 70"],
      ["Help clients book a table in one tap", "New restaurants onboarded from 300 to 600 a month"],
      ["线上订单一小时内送到", "骑手人数从 3000 人提升到 4500 人"],
    ],
    accepts: [
      ["Help couriers earn more and wait less on a shift", "New couriers onboarded per month from 1,800 to 2,500"],
      ["Riders want to keep riding with us", "Onboard 4,000 new riders"],
      ["Make delivery windows something a site foreman can plan around", "Onboard new haulier partners"],
      ["Drivers earn reliably on our platform", "Drivers onboarded 2,500 → 6,000"],
      ["让好司机愿意长期跑我们的平台", "新招募司机数从 8000 人提升到 12000 人"],
      ["让团长愿意长期跟我们干", "新招募团长数从 2000 人到 5000 人"],
      ["Buyers trust that the car is what the listing says", "Live listings from 48k to 60k"],
      ["让用户订到的酒店和看到的一样", "合作酒店从 12 万家增加到 15 万家"],
      ["用户订到的酒店和页面上描述的一致", "签约酒店数从 8 万家提升到 10 万家"],
    ],
  });
});

// Fifteenth round, second part (README decision "Money with its currency is read for K3 as bare money is",
// round 15): the currency clears K2, never K3, and buying again or being kept does not clear money per deal
// (会员客单价 under 会员愿意再来第二次, sets C, H, J, L, O, P, Q, S, T, Z, AA and AB were clean traps).
describe("fifteenth round, second part: money per deal with its currency (K3)", () => {
  shape("money per deal with its currency or kind", {
    flags: [
      ["Tenants get a repair booked the day they ask", "Average order value from $120 to $150"],
      ["让病人少跑一趟", "客单价从 58 元提高到 66 元"],
      ["Residents trust the water from their tap", { title: "ARPU", unit: "EUR", baseline: 18, target: 21 }],
      ["让买过一次的人愿意再买", "客单价从 168 提高到 188"],
      ["让新手妈妈放心买第二次", "客单价从 186 元提高到 210 元"],
      ["Win back the cafés that stopped ordering", "Average order value among won-back cafés from £80 to £95"],
      ["Parents keep the box because the clothes fit", "Average order value from C$74 to C$80"],
      ["Give buyers a mortgage decision they can plan on", "Average loan size $210k → $230k"],
      ["让县域农资店进货更省心", "客单价从 860 元提高到 1000 元"],
      ["付费玩家觉得花得值", "ARPPU 从 46 元提升到 52 元"],
    ],
    accepts: [
      // TRAP the objective's own money or the whole of each customer's spend: being their account,
      // the whole trip, everything in one place, using us more and more, better terms
      ["Finch becomes the account people get paid into", "Card spend per active customer per month from €310 to €360"],
      ["Holidaymakers book the whole trip with us", "Average booking value from £1,840 to £2,050"],
      ["游客把整趟行程交给我们安排", "客单价从 6800 元提升到 7500 元"],
      ["Homeowners trust Tidepool for every repair", "Average annual spend per customer from $310 to $350"],
      [
        "Our biggest importers renew on better terms for both sides",
        "Gross margin per TEU on these accounts $142 → $165",
      ],
      // TRAP what they find is what they buy: spend under finding what one wants
      ["Passengers find what they want airside", "Spend per departing passenger £7.80 → £8.60"],
      ["Help independent florists earn more per wedding", "Average order value from $120 to $150"],
    ],
  });
});

// Fifteenth round, second part (README decision "Work a tool or service does for its users is not K6",
// round 15; sets J, O, P, R, T and AA in both languages): a volume of the work our tool does is read for K3.
describe("fifteenth round, second part: the work a tool does for its users (K3)", () => {
  shape("a tool's volume of work", {
    flags: [
      ["Engineers ship safely without waiting on other teams", "Builds run per day from 9k to 15k"],
      ["Engineers ship changes without waiting on infrastructure", "Number of CI jobs run per day from 3,000 to 5,000"],
      ["Product teams trust the numbers they decide with", "Queries run on the warehouse per week from 40k to 60k"],
      ["HR teams never re-type data between systems", "API calls per day from 1.2M to 2M"],
      ["客户的电商店铺订单自动进仓", "开放 API 日调用量从 600 万次提升到 1000 万次"],
    ],
    accepts: [
      // TRAP use or growth asked, a share, failures or a cost, a total since launch, a count pushed down
      ["Grow usage of our API among agritech companies", "API calls per day from 1.2M to 2M"],
      ["Engineers ship safely without waiting on other teams", "Share of builds run on cached runners from 40% to 80%"],
      ["Engineers ship safely without waiting on other teams", "Failed builds run per day from 900 to 300"],
      ["Engineering teams spend cloud money wisely", "Cost per 1k API requests from $0.41 to $0.33"],
      ["Become the forecast API that agritech companies rely on", "Total API calls since launch from 2bn to 3bn"],
      ["让开发者更快接入", "接口调用失败率从 2% 降到 0.5%"],
      ["让更多商家用我们的开放平台", "开放 API 日调用量从 600 万次提升到 1000 万次"],
    ],
  });
  // Sixteenth round, third pass (AO, AP, with F, G, W, AC, AG and AF): more of the product's nouns and verbs.
  shape("more of a product's work for its users", {
    flags: [
      ["Nurses see deterioration alerts they act on, not ones they swipe away", "Alerts generated per shift 14 → 25"],
      ["Farmers trust our spray recommendations enough to follow them", "Recommendations generated 40k → 80k"],
      [
        "Help on-call engineers find the cause of an incident quickly",
        "Ingested log volume from 4.2 PB to 5 PB a month",
      ],
      ["People with asthma breathe clean air at home", "Air-quality readings uploaded per day from 30M to 50M"],
      ["Attackers can't take over customer accounts", "Credential-stuffing attempts blocked from 1.1m to 3m"],
      ["让刷单者无利可图", "日均拦截刷单订单从 12 万提升到 20 万"],
      ["客户挡住CC攻击的同时不误伤真实用户", "日均拦截恶意请求从12亿提升到20亿"],
      ["东南亚用户访问客户网站一样快", "日均请求数从300亿提升到420亿"],
      ["让客户的安全运营团队只处理真正的攻击", "每台终端日均告警数从2.8条提升到4条"],
      ["客户的数据库备份真到要用的时候能恢复", "每日备份任务从8万个提升到12万个"],
      // README round 17, "Documents a product generates are its work for its users, read for K3" (AG relabelled K7 -> K3)
      ["Advisers spend their day with clients, not paperwork", "Suitability reports generated 4,000 → 6,500"],
    ],
    accepts: [
      // TRAP checks and alerts our people handle, money blocked, a level held, a share
      ["Releases don't break customers' reports", "Test cases executed per sprint 900 → 1,500"],
      ["让客户在真正的攻击发生时第一时间知道", "安全分析师每班处理告警数从 300 提升到 450"],
      ["好客户批得快，坏账压得住", "反欺诈拦截金额从 3200 万元提升到 4500 万元"],
      ["让用户感觉不到系统在升级", { title: "将每周告警数维持在 20 条以内", baseline: 20, target: 20 }],
      ["Our customers are not scammed through our network", "Scam calls blocked before they ring from 61% to 80%"],
      ["用户不再因为发版丢数据", "每周执行测试用例从 4000 条提升到 10000 条"],
    ],
  });
});

// Fifteenth round, second part (README decision "Deliveries per courier are production", round 15; sets L,
// P and V labelled them K6 before): deliveries, stops or rooms per courier, driver or attendant are
// production per person, K3 under what the customer gets (the first time, a spotless room, intact).
describe("fifteenth round, second part: deliveries per courier under what the customer gets (K3)", () => {
  shape("production per courier or attendant", {
    flags: [
      ["Parcels reach customers the first time we try", "Stops per driver per day from 118 to 135"],
      ["Every guest walks into a spotless room", "Rooms cleaned per attendant per shift from 14 to 17"],
      ["Parcels arrive intact", "Parcels delivered per courier per day from 90 to 110"],
    ],
    accepts: [
      // TRAP the team's own cost, a share, inspections (K6)
      ["Cut what each delivery costs us", "Parcels delivered per courier per day from 90 to 110"],
      ["Parcels reach customers the first time we try", "First-attempt deliveries per driver from 80% to 90%"],
      ["Every guest walks into a spotless room", "Room inspections per supervisor per shift from 10 to 14"],
    ],
  });
});

// Sixteenth round (README decision "Consultations in total are cases handled, K6", round 15b; sets Q, S, V, AA,
// AC, AI and AF): consultations counted in total are cases our clinicians handle, K6's, which carries no K3.
describe("sixteenth round: consultations in total carry no K3", () => {
  shape("consultations counted in total", {
    flags: [
      // TRAP near the count: money and claims named after the clinic, and visitors counted, stay read
      ["患者在镇卫生院看病不用久等", "门诊收费收入从 2000 万元提升到 2600 万元"],
      ["宠物主带宠物来看病不用久等", "门诊营收从 2000 万元提升到 2600 万元"],
      ["Patients are seen the same day they ask", "New patients registered per month from 1,200 to 1,800"],
    ],
    accepts: [
      ["患者看病少排队", "门诊量从每日 8000 人次增加到 9500 人次"],
      ["慢病患者在线上就能把病管好", "问诊量从 40 万单提升到 60 万单"],
      ["复诊患者在线就能续上药", "在线问诊量从每月 8 万单提升到 15 万单"],
      ["患者问一次就把病情说清楚、医生不用反复追问", { title: "问诊单量", metric: "月问诊量", unit: "单" }],
      ["Patients with a minor illness are sorted in one visit", "Consults completed per month from 21,000 to 28,000"],
      ["Stroke patients get clot-busting treatment in time", "Telestroke consults per month 60 → 90"],
    ],
  });
});

// Sixteenth round (README decision "A partner network written as a size is read for K3", round 15; sets AE, AG
// and V): partners connected for direct billing or by our API are where the customer gets the objective's
// service, their reach its own measure.
describe("sixteenth round: a partner network connected to the customer's service (K3)", () => {
  shape("partners connected for direct billing or by API", {
    flags: [
      // TRAP no service named: devices, feeds and car parks connected stay read (set J)
      ["Bookkeepers trust bank feeds to be complete", "Feeds connected per day 3k → 5k"],
      ["车主不用绕圈找车位", "接入停车场数量从 800 个增加到 3,000 个"],
    ],
    accepts: [
      ["Vets and owners get paid without paperwork", "Vet practices connected to our direct billing API 400 → 900"],
      ["Pet owners claim vet bills without paperwork", "Vet practices connected for direct billing from 300 to 700"],
      [
        "Drivers book the right tyres and a fitting slot in one go",
        "Fitting partners connected by API from 120 to 300",
      ],
      ["客户看病后理赔不用跑腿", "直付合作医院从 80 家增加到 200 家"],
    ],
  });
});

// Sixteenth round (sets AE, Z, K and AD): being the customer's main supplier, card or bank asks for their share
// of spend, which the money through us shows; new cards or accounts under it stay the breadth under depth.
describe("sixteenth round: money under being the customer's main supplier (K3)", () => {
  shape("money under a main supplier, card or bank", {
    flags: [
      // TRAP newcomers counted under it (K, O, S, T and R: K3)
      ["让持卡人愿意把信用卡当主卡", "发卡量从 12 万张提升到 20 万张"],
      ["Young members make us their main bank", "Accounts opened by members under 30 from 2,100 to 3,000"],
      // TRAP money under an objective that asks for no share of spend
      ["Restaurants get their salad delivered fresh every morning", "Revenue from £1.1M to £1.6M"],
    ],
    accepts: [
      ["Restaurants make us their main salad supplier", "Revenue from £1.1M to £1.6M"],
      ["让持卡人把我们当主卡用", "分期交易额从 30 亿元提升到 40 亿元"],
      ["Garages make us their main parts supplier", "Parts revenue from £3M to £4M"],
    ],
  });
});

// Sixteenth round (README decision "People the team recruits are K7; a headcount is K3", round 15; AF, R, AD,
// AJ, V and S): our own staff counted as a size under an objective that is not about staffing.
describe("sixteenth round: our own staff counted under another objective (K3)", () => {
  shape("a headcount of our own people", {
    flags: [
      [
        "Make Ledgerly the most reliable accounting backend for mid-market finance teams",
        "Engineering headcount from 84 to 110",
      ],
      ["Every plant manager knows their cost per tonne weekly", "Finance headcount from 14 to 16"],
      ["Keep the service engineers we worked hard to hire", "Headcount of service engineers 210 → 260"],
      ["大促期间卖家后台不卡", { title: "大促值班人数", baseline: 10, target: 30, unit: "人" }],
      ["新客户第一周就能让整个团队用起来", { title: "设计中心人数", baseline: 20, target: 28, unit: "人" }],
      ["小区公共区域随时干净", "保洁员人数从 60 人增加到 80 人"],
      ["用户急用的东西一小时内送到手", "跑腿员在线人数从 8000 提高到 12000"],
      [
        "地铁公司早高峰上线的车一辆不少",
        { title: "驻段服务人员", metric: "人数", baseline: 60, target: 90, unit: "人" },
      ],
    ],
    accepts: [
      // TRAP an objective about staffing itself (set AI's clean case), or building the team
      ["Wards are staffed with our own nurses, not agency shifts", "Registered nurse headcount 1,840 → 1,960"],
      ["Grow the support team before peak season", "Support headcount from 20 to 32"],
      ["门店高峰期人手够用", "店员人数从 300 人增加到 360 人"],
      // TRAP a customer's own headcount, a headcount narrowed, members or students counted
      ["New hires are productive in their first month", "Customer headcount under management 310k → 360k"],
      ["Engineering cost grows slower than revenue", "Headcount per $1M ARR from 1.3 to 1.1"],
      ["会员愿意再来第二次、第三次", "月内到店 3 次及以上的会员人数从 8 万提升至 10 万"],
      // TRAP recruiting with the team's verb is K7's
      ["新代理人留得住、能开单", "增员人数从 2000 人到 5000 人"],
    ],
  });
  // Sixteenth round, third pass (README round 16d; K, AB, AF, AK, AP, with AO, AJ and J for a network of workers).
  shape("our workers written as a size", {
    flags: [
      ["邻居们收到的菜和团长说的一样好", "品控人员从 30 人增加到 50 人"],
      ["说好的当日达就一定当日到", "高峰在岗骑手从 150 人增加到 220 人"],
      ["船员按时上船,船不等人", "在册船员从3200人增加到3600人"],
      ["新客户第一个月就把机器人用起来", "交付项目经理从15人增加到25人"],
      ["Homeowners get their thermostat installed right the first time", "Installer network from 900 to 1,200 pros"],
      ["Kitchens fitted right the first time, on the day promised", "Fitter network grown from 140 to 180"],
    ],
    accepts: [
      // TRAP expanding, which writers split; partners' or customers' engineers; members; a total; staffing asked
      ["让工厂客户的设备少停机", "售后工程师从 80 人扩充到 120 人"],
      ["让ISV伙伴基于栖木做行业方案", "伙伴认证工程师从80人增加到200人"],
      ["让金融行业的DBA认可云杉", "获得DBA认证的客户工程师从300人增加到900人"],
      ["社区活动办得热闹", "志愿者协会成员从 900 人增加到 1200 人"],
      ["Repairs get fixed before tenants get angry", "Contractors in the network (total) 2,100 → 3,000"],
      ["门店高峰期人手够用", "店员从 300 人增加到 360 人"],
    ],
  });
});

// Sixteenth round (README decisions "Work handled per person" and "Deliveries per courier are production",
// rounds 14 and 15; AE, AF, AC, AI, AJ, J and T): the team's production per worker, by more of its nouns and
// verbs, under an objective that names what the customer gets; clean under the team's own cost.
describe("sixteenth round: production per worker under what the customer gets (K3)", () => {
  shape("production per worker", {
    flags: [
      ["Servicing a Valtor is painless for owners", "Workshop hours sold per technician 6.1 to 7.0"],
      ["Vineyards get sprayed within a day of asking", "Hectares sprayed per pilot per day from 40 to 60"],
      ["Dialysis patients arrive on time for every session", "Trips per driver per shift 7 → 9"],
      ["Every room ready when the guest arrives", "Rooms cleaned per attendant per shift from 13 to 16"],
      ["麦收时农户叫得到收割机", "机手人均每天作业亩数 120 亩→160 亩"],
      ["早高峰地铁口有车可骑", "调度员人均挪车量从每天 60 辆到 90 辆"],
      ["门店不缺料、不过期", "仓库人均拣货效率从 180 箱/小时提升到 220 箱/小时"],
      ["到家订单 30 分钟内送到，东西完好", "骑手人均日配送单量从 38 单提升到 46 单"],
    ],
    accepts: [
      // TRAP under the team's own cost (sets AC and AJ, clean)
      ["Keep costs down as we add stores", "Orders picked per picker hour 45 → 58"],
      ["把运维成本降下来", "运维人员人均日挪车量从 110 辆提升到 150 辆"],
      [
        "Make each watch for less without hurting water resistance",
        "Units produced per line per shift from 1,150 to 1,300",
      ],
      // TRAP cases handled or visits per worker are K6's; what the workers earn is theirs
      ["Tenants get repairs done properly", "Repair tickets closed per technician per week 19 → 28"],
      ["Drivers earn reliably on our platform", "Avg. weekly earnings per driver 3,900 → 4,400"],
      ["让正常商户的钱不被误冻结", "风控人员人均日审核量从 200 提升到 300"],
    ],
  });
});

// Sixteenth round, second pass (README "A year's count is a flow, not K5", round 15; AD, Z, V, Q, W, AB, AE): goods
// or passengers our own operation moves, counted upward, under an objective that names what the customer gets;
// a year to date is a year's flow, not a running total; clean where the objective asks people to ride at all.
describe("sixteenth round, second pass: goods or passengers moved under what the customer gets (K3)", () => {
  shape("goods or passengers moved", {
    flags: [
      ["Forwarders get their cargo released faster at our terminal", "Cargo handled, tonnes 41,000 → 48,000"],
      ["Turn ships around faster", "Containers handled year to date 310,000 → 420,000"],
      [
        "Buses come when the timetable says",
        { title: "Ridership", metric: "monthly boardings", baseline: 5.1, target: 5.6 },
      ],
      [
        "Flights leave on time from our hub",
        { title: "Passengers carried", metric: "passengers", baseline: 2.3, target: 2.5 },
      ],
      [
        "乘客在高峰也能准点到达",
        { title: "客运量", metric: "日均客运量", unit: "万人次", baseline: 1050, target: 1100 },
      ],
      [
        "卖家发到欧洲海外仓的货，时效可预期",
        { title: "承运量", metric: "承运量", unit: "吨/月", baseline: 1200, target: 2000 },
      ],
      ["货物进出港又快又不丢", { title: "货站操作量", unit: "万吨", baseline: 12, target: 15 }],
    ],
    accepts: [
      // TRAP riding itself is what the objective asks for (set R, clean)
      ["让市民愿意坐公交上班", "日均客运量从 120 万人次提升到 125 万人次"],
      ["Get more commuters to take the bus", "Ridership from 2.1M to 2.4M monthly boardings"],
      // TRAP calls or claims handled are K6's, not goods moved; a running total stays K5's
      ["Claimants are paid fairly and fast", "Claims handled per adjuster per month from 40 to 55"],
      ["船舶在港时间再缩短", "累计吞吐量从 800 万标箱到 1000 万标箱"],
    ],
  });
});

// Sixteenth round, second pass (README "Money with its currency is read for K3 as bare money is", round 15; J, AB,
// AI, W, AF, AH and T): money per deal under an objective about customers coming back; clean per person, under
// value for money, and where nobody comes back (footfall returning).
describe("sixteenth round, second pass: money per deal under customers coming back (K3)", () => {
  shape("money per deal under coming back", {
    flags: [
      ["会员愿意再来第二次、第三次", "会员客单价从 68 元提升到 74 元"],
      ["住过一次的客人还想再来", "复住客人客单价从 420 元提升到 455 元"],
      ["会员回来得更勤", "会员客单价从 32 元到 36 元"],
      ["Give regulars a reason to keep coming back", "Average basket of loyalty members from $41 to $44"],
      ["Readers who pay once pay again", "Revenue per paying user 7.4 → 8.9"],
    ],
    accepts: [
      // TRAP spend per person, value for money, the whole spend, and a mall's footfall coming back (sets R, AJ, Z)
      ["让来过的游客愿意再来", "重游游客人均消费从 260 元提升到 300 元"],
      ["Visitors spend more with us and come back", "Average spend per visit (loyalty members) £74 to £82"],
      ["商场人气回来", "周末客单价从 180 元提升到 210 元"],
      // TRAP a count of those who come back is the objective's own measure (README round 15)
      ["会员愿意再来第二次、第三次", "复购会员数从 1.2 万提升到 1.5 万"],
    ],
  });
});

// Sixteenth round, second pass: 很快 is speed, as 更快 and 尽快 are (AE, with G, H and I's objectives).
describe("sixteenth round, second pass: volume under 很快 (K3)", () => {
  shape("volume under 很快", {
    flags: [["早晚高峰也能很快打到车", "日订单量 300 万单→330 万单"]],
    accepts: [
      // TRAP the share answered fast is the objective's own measure
      ["早晚高峰也能很快打到车", "早晚高峰 3 分钟内应答的订单占比从 70% 提升到 85%"],
    ],
  });
});

// Sixteenth round, third pass (AO and AP's false alarms, with the same shapes in F, T, AH, AI, AJ, AK, AD, 08, L
// and W): our workers added with the team's verb (K7), registrations for our own event (K6), and what is signed
// under an objective that asks to sign it carry no K3.
describe("sixteenth round, third pass: recruiting, event sign-ups and signing asked carry no K3", () => {
  shape("people who work for us onboarded or hired", {
    flags: [
      // TRAP customers onboarded are customers won (README round 15b), and a size written as a size
      ["Help churches run their giving without spreadsheets", "Onboard 400 new churches"],
      ["Homeowners get their thermostat installed right the first time", "Installer network from 900 to 1,200 pros"],
    ],
    accepts: [
      ["Psychiatrists keep seeing patients with us after their first month", "Psychiatrists onboarded 40 → 70 a month"],
      ["ML teams get labels they never need to re-check", "Annotators onboarded from 200 to 350"],
      ["People feel safe posting their photos", "Moderators hired from 40 to 70"],
      ["Nothing on site waits for materials", "Onboard 12 new steel and concrete suppliers"],
    ],
  });
  shape("registrations for our own event", {
    flags: [
      // TRAP sign-ups to the product stay read
      ["Build deeper workflows for users", "Increase sign-ups from 2,000 to 3,000 a month"],
    ],
    accepts: [
      ["Make new admins confident configuring the product alone", "Webinar registrations from 300 to 800 per month"],
      ["让中型企业的IT负责人知道玄甲适合他们", "研讨会报名人数从2000人增加到5000人"],
    ],
  });
  shape("what is signed under an objective that asks to sign it", {
    flags: [
      // TRAP the objective names who should be signed by a clause: the fit the count does not show (AJ, K3)
      [
        "Sign franchisees who will still be thriving in three years",
        { title: "Franchise agreements signed from 28 to 40", baseline: 28, target: 40 },
      ],
    ],
    accepts: [
      ["Sign AI-native startups before they settle on an eval stack", "Seed to Series B logos signed from 14 to 30"],
      ["Land biotech clients for late-stage fill-finish", "Late-stage projects signed from 1 to 3"],
    ],
  });
});

// Sixteenth round, fourth pass (README decision "A partner network written as a size is read for K3", round 15, its own
// example; AO, AG, with G and AI): a partner network whose kind the objective names is its own measure.
describe("sixteenth round, fourth pass: a partner network whose kind the objective names (K3)", () => {
  shape("合作 before a kind of partner the objective names", {
    flags: [
      // TRAP a kind the objective does not name (Q, K3)
      ["学员学完真的找到工作", "合作企业数量从 300 家到 500 家"],
      // TRAP money narrowed to the objective's own product stays read (T, K3)
      ["Farmers reorder our seed because it paid off", { title: "Seed sales", baseline: 12, target: 15, unit: "$M" }],
    ],
    accepts: [
      ["宠物主人看完病当天就能拿到理赔款", "合作宠物医院数量从 800 家增加到 1500 家"],
      ["让用户参加电网需求响应，拿到补贴", "合作电网公司从2家增加到5家"],
    ],
  });
});

// Sixteenth round, fourth part (README decision "Businesses that sign to sell through us are customers won", round
// 15b, its own example; L, AI, AJ, AO): franchisees newly signed, counted as "新签约加盟商 N 家", under an objective
// about the franchisees' own stores breaking even or surviving.
describe("sixteenth round, fourth part: franchisees signed under their own success (K3)", () => {
  shape("franchisees newly signed under an objective about their stores", {
    flags: [
      ["让加盟商开店后 6 个月就能回本", "本季度新签约加盟门店 300 家"],
      ["加盟诊所开业一年内能赚到钱", "新签加盟诊所 200 家"],
      ["选对加盟商，开一家活一家", "新签约加盟商 150 家"],
      ["加盟商开的店一年内能回本", "新签约加盟商15家"],
      ["加盟店开业第一年能回本", "新签约加盟商从 100 家提升到 150 家"],
      ["Sign franchisees who will still be thriving in three years", "Sign 40 new franchise agreements"],
      ["Franchisees open clubs that break even within a year", "Franchise agreements signed from 6 to 15"],
    ],
    accepts: [
      // TRAP the franchisees' own results under an objective about them (AI, AC)
      ["加盟诊所开业一年内能赚到钱", "加盟诊所月均营收从 8 万元到 11 万元"],
      ["加盟店开业第一年能回本", "新店开业首月营业额从 18 万元提升到 22 万元"],
      // TRAP shares of the franchisees signed (L, AJ)
      ["加盟店开业第一年能回本", "新签约加盟商中 6 个月内回本的比例从 40% 提升到 55%"],
      ["让加盟商开店后 6 个月就能回本", "加盟商 12 个月续约率从 78% 提升至 85%"],
      // TRAP an objective that asks to open or sign franchises: the count is its own measure (07)
      ["三个月内开出 200 家加盟店", "新签约加盟商 200 家"],
      ["签下更多优质加盟商", "新签约加盟商 200 家"],
      ["Open 40 new franchised restaurants this year", "Franchise agreements signed from 28 to 40"],
      // TRAP the franchisees' own money under an objective about them (AJ-en)
      ["Franchisees open clubs that break even within a year", "Franchisee club revenue from $1.2M to $1.5M"],
      // TRAP franchisees recommending us: new franchisees are what recommending yields
      ["加盟店主愿意推荐朋友来开店", "新签约加盟商 150 家"],
      // TRAP partners who sell for us stay K7's (README), not read as customers signed (AO)
      ["设备坏了48小时内给用户换新", "新签售后服务商110家"],
    ],
  });
});

// Seventeenth round, first part (AN, AM, AO, S, J, I): money put into advertising, counted upward or set as an
// amount, is an input the team decides, not the objective's progress.
describe("seventeenth round, first part: advertising spend raised (K3)", () => {
  shape("a marketing budget or ad spend raised", {
    flags: [
      ["Grow paid signups by 40% this quarter", "Google Ads spend from $80k to $140k"],
      ["Dominate food delivery in every German city", { title: "German marketing budget €4M", target: 4 }],
      ["Grow new customers in the UK profitably", "Paid search spend from 90 to 140"],
      ["本季度注册用户突破500万", "应用商店关键词投放费用从40万元增加到90万元"],
      ["招到适合的学员，少退费", "信息流广告消耗从300万元提升到500万元"],
      ["在天猫上有利润地获取新客", "直通车投放从90提升到140"],
      ["成为东南亚第一外卖平台", { title: "东南亚市场推广预算4000万元", target: 4000 }],
    ],
    accepts: [
      // TRAP spending pushed down is a cost cut, not an input raised
      [
        "Grow paid signups by 40% this quarter",
        { title: "Google Ads spend from $140k to $80k", baseline: 140, target: 80 },
      ],
      // TRAP a rate or return on the spend (K, Z, F)
      ["把利润率提升 5 个百分点", "营销费用率从 28% 降到 24%"],
      ["Prove to brands that our ads sell their products", "Return on ad spend reported to brands from 3.1 to 3.6"],
      // TRAP an objective about the spending itself (AA)
      ["用更少的钱拉到会留下来的用户", "投放预算从 200 万元提升到 260 万元"],
      // TRAP a customer's spend with us that is not advertising (C)
      ["Make our pre-roll inventory the easy buy for regional agencies", "Regional agency spend from 1.2 to 1.8"],
    ],
  });
});

// Seventeenth round, first part (AL, AM, AJ, AI, AN): customers counted as they come back, under an objective that
// asks them to come back, are its own measure.
describe("seventeenth round, first part: repeat customers counted under coming back (K3)", () => {
  shape("repeat customers or their money under an objective about coming back", {
    flags: [
      // TRAP money per deal of those who return stays read (Q, Z, W; README round 15)
      ["让买过一次的顾客愿意再买", "会员复购客单价从 168 元到 188 元"],
      // TRAP newcomers under coming back are still read
      ["Travellers book their second trip with us", "New users from 61k to 72k a month"],
    ],
    accepts: [
      ["Travellers book their second trip with us", "Repeat bookings from 61k to 72k a month"],
      ["让用户第二次出行还在途拾订", "每月复购用户数从18万提升到22万"],
      ["让出过一次门的用户下次还用行旅网订", "本季度回购用户数从120万提升到140万"],
      ["用户下次家里有东西坏了还找家修帮", "本季度第二次下单的用户从4万提升到4.8万"],
      [
        "Office managers reorder our catering without shopping around",
        "Catering revenue from repeat accounts £180k → £240k",
      ],
    ],
  });
});

// Seventeenth round, first part (AL, AC; clean in F, H, K, Q, R, U, AA, AH, AM, AN): what the objective's people earn,
// as a median or a count past a line, under an objective that asks that they earn.
describe("seventeenth round, first part: the earnings of the objective's people (K3)", () => {
  shape("a median or a line of earnings under an objective about earning", {
    flags: [
      // TRAP our own take from their earnings stays read (K)
      ["小商家在平台上能稳定赚到钱", { title: "平台佣金收入从 2.1 提升到 2.6", baseline: 2.1, target: 2.6 }],
    ],
    accepts: [
      ["让独立播客主靠节目挣到钱，愿意长期更新", "月收入超过1000元的播客主从800人增加到1200人"],
      ["让独立播客主靠节目挣到钱，愿意长期更新", "播客主月分成收入中位数从260元提升到380元"],
      ["小游戏开发者能在平台上赚钱", "月流水超过 10 万元的小游戏开发者数从 80 提升到 130"],
      [
        "Experts earn enough from answering to keep doing it",
        "Median monthly earnings of active experts from $38 to $55",
      ],
    ],
  });
});

// Seventeenth round, second part (AL, AM, AN; AB, AF, AM): the objective's people named with a phrase or a clause
// of 的 that says which of them, before what happens for them, is an outcome clause as the bare group's is.
describe("seventeenth round, second part: people narrowed before their verb (K3)", () => {
  shape("a count of the business under people narrowed by a phrase", {
    flags: [
      ["在直播间下单的用户收到货不后悔", "直播GMV从12亿元提升到15亿元"],
      ["招到真正能读完的成人学员", "报名人数从1.6万人增加到2.4万人"],
      ["Every fan with a resale ticket gets through the gate", "Resale GMV from £30M to £38M"],
      ["Navigation in the car works like it does on the phone", "Android Auto weekly users"],
    ],
    accepts: [
      // TRAP a causative before the phrase is not its subject
      ["Get more metal out of every tonne we mill", "Mill throughput"],
      // TRAP a clause of its own between the people and the verb
      ["Enough riders on shift when orders spike", "Riders on shift at Friday 7pm from 420 to 520"],
      // TRAP a share under the same objective
      ["在直播间下单的用户收到货不后悔", "直播订单退货率从22%降到15%"],
      // TRAP agreements the team signs with partners are its own deals (AF, AJ, AP, J, AB: K7)
      ["Customers in Southeast Asia get the same speed as customers in Europe", "Peering agreements signed"],
    ],
  });
});

// Seventeenth round, second part (B, F, G, H, I, W, AA, AC, AI, AJ, AO, AL, AN): our money under an objective that asks
// customers to feel that what they pay is worth it or fair.
describe("seventeenth round, second part: our money under worth felt (K3)", () => {
  shape("money per customer or in total under an objective about feeling it is worth it", {
    flags: [
      ["Players who pay feel it was worth it", "Revenue per paying user from 18.40 to 21"],
      ["Make spending feel fair to players who pay", "ARPPU from $21.40 to $21.50"],
      // Once a trap ("money per user is left to people"); README rounds 14, 15 and 17 ("Earlier decisions applied"):
      // ARPPU under paying feeling worth it or fair is K3.
      ["Make spending feel fair to players", "ARPPU from $21 to $24"],
      ["Firms on Starter see why Pro is worth paying for", "Raise ARPA from 38 to 46"],
      ["付费体验让玩家觉得值", "ARPPU 从 68 元到 80 元"],
      ["让开通会员的跑者觉得钱花得值，续费不犹豫", "会员收入从1200万元提升到1500万元"],
    ],
    accepts: [
      // TRAP what members save is the worth itself (AC, AE, 07)
      ["付费会员真的觉得值", "会员每年节省金额中位数从 420 元提升到 560 元"],
      ["Members feel the plan is worth it", "Median yearly savings per member from $120 to $160"],
      // TRAP worth to us, not felt by the customer (07)
      ["Make every order worth delivering", "Increase average order value from €42 to €48"],
      // TRAP a share under the same objective
      ["Players who pay feel it was worth it", "Share of payers who buy again within 30 days from 22% to 30%"],
      // TRAP money pushed down
      ["Players feel their money is well spent", { title: "Refunds paid from $40k to $25k", baseline: 40, target: 25 }],
    ],
  });
});

// Seventeenth round, second part (AA, AH, AF, AL, AM): the money advertisers pay us under an objective that asks that
// the ads work for them.
describe("seventeenth round, second part: ad money under ads that work (K3)", () => {
  shape("ad, promotion or sponsorship revenue under an objective about what the ads bring advertisers", {
    flags: [
      ["Advertisers renew because the ads worked", "Ad revenue from 5.8 to 7.2"],
      ["Brands see sales they can trace to Gleam ads", "Ad revenue from $5.6M to $7M"],
      ["Sellers pay for promotion because it sells their items faster", "Promotion revenue from €2.8M to €3.6M"],
      ["卖家愿意花钱买曝光，是因为真的卖得更快", "曝光服务收入从2200万元提升到3000万元"],
      ["赞助商续约，因为他们看到了粉丝的真实转化", "赞助收入 1800 万→2500 万"],
    ],
    accepts: [
      // TRAP advertising that should only pay off, or stay (B, K: clean)
      ["Make advertising on our marketplace pay off for small sellers", "Ad revenue from $2.1M to $2.5M per month"],
      ["广告不打扰妈妈们，品牌也愿意续投", "广告收入从 1800 万元提升到 2200 万元"],
      // TRAP a return or a figure per unit (AL, AH, F)
      ["Brands see sales they can trace to Gleam ads", "Median return on ad spend from 2.1 to 2.8"],
      ["Advertisers renew because the ads worked", "Ad revenue per thousand streamed hours from $31 to $36"],
    ],
  });
});

// Seventeenth round, third part (AL, AM, AN, P): the Chinese nouns of a sale, booking, rental or loan, and of what the
// product generates or answers, counted, under an objective naming what the customer gets.
describe("seventeenth round, third part: what is sold, booked, rented, generated or answered, counted (K3)", () => {
  shape("a Chinese volume noun of the business's transactions under an outcome (zh)", {
    flags: [
      ["提问的人更快得到靠谱的回答", "日均回答数从40万条提升到60万条"],
      ["让到店商家通过团购带来真正上门消费的客人", "团购券售出量从每月800万张提升到1000万张"],
      ["订了位的客人按时到店", "月订座量从120万单提升到150万单"],
      ["孩子问到的题，讲解能让他自己做出同类题", "AI讲解日生成量从300万次提升到600万次"],
      ["让孩子们愿意读课外书", "图书角借阅次数从每月 800 次提升到 1500 次"],
      ["让游客到了就能上船，不用排队", "船票预订量从每月 3 万张提升到 5 万张"],
    ],
    accepts: [
      // TRAP the objective asks for the volume or the customers itself (AM: clean)
      ["拿下更多大企业客户", "大企业月预订量从2500单提升到4000单"],
      // TRAP a running total is K5's, and a K5 carries no K3 (L, AN)
      ["让提问的人更快得到靠谱的回答", "累计回答数从 5 亿到 5.6 亿"],
      // TRAP a pace per head (H: K6)
      ["让市场人员写出来的文案真的能用", "人均每日生成次数从 10 次到 20 次"],
      // TRAP the verb before what is sold: the hours the objective's customers get (AP: clean)
      ["AI初创公司不用等大厂配额就能开训", "售出GPU卡时从80万提升到140万"],
      // TRAP our own pushes asking people to answer (AL: K6)
      ["提问的人更快得到靠谱的回答", "邀请回答推送从每天100万条增加到200万条"],
      // TRAP a share under the same objective
      ["订了位的客人按时到店", "周末订座中预付定金的比例从18%提升到40%"],
    ],
  });
});

// Seventeenth round, third part (AC, AI, AJ, AN; README rounds 14 and 15, "Deliveries per courier are production"):
// more Chinese verbs of the team's own production per head, and the paces of the workers the objective names.
describe("seventeenth round, third part: production per head in more Chinese verbs (K3)", () => {
  shape("pickups, pallets moved, rooms cleaned, pieces delivered per head under what the customer gets (zh)", {
    flags: [
      ["包裹送到家门口，而不是扔驿站", "快递员人均日派件从 180 件提升到 220 件"],
      ["标本在路上不坏", "物流司机人均日取件点数 18→25"],
      ["客人进门就是一间干净、没有异味的房间", "客房清洁人均每日打扫间数从 12 间提升到 15 间"],
      ["学生的申请文书能体现自己，不千篇一律", "文书老师人均每月交付文书从18篇提升到26篇"],
      ["主机厂产线不因我们断料", "叉车司机人均每小时搬运托盘数从 22 托提升到 30 托"],
    ],
    accepts: [
      // TRAP the workers the objective names: their own pace is its measure (AK, AM: clean)
      ["旺季的临时工招得来、用得上", "临时工人均日拣货从180件提升到210件"],
      ["让骑手愿意长期跑快马", "骑手人均配送单量从38单提升到44单"],
      // TRAP an objective about the team's own cost (README round 14)
      ["把仓库的人力成本降下来", "叉车司机人均每小时搬运托盘数从 22 托提升到 30 托"],
      // TRAP visits per head are K6's (README rounds 14 and 15)
      ["业主报修后当天有人上门", "维修工人均每日上门次数从 5 次提高到 8 次"],
      // TRAP a project delivered, not a pace per head (K7)
      ["医院签约后能快点用起来", "交付项目数 40 个"],
    ],
  });
});

// Seventeenth round, third part (English): the work the product does for its users by more of its shapes, and false
// alarms read by their shape (cases processed, a loyalty product named, a first place, qualified counts, winning people).
describe("seventeenth round, third part: product work and the English false alarms (K3)", () => {
  shape("what users send through the product, or documents it generates, under an outcome", {
    flags: [
      ["Senders' mail lands in the inbox, not in spam", "Emails sent through the API per month from 2B to 3B"],
      ["Freelancers get paid on time", "Invoices sent 1.2m → 1.6m"],
      ["Small businesses get paid faster", "Invoices sent per customer per month from 14 to 18"],
      [
        "Reps get value from the free plan before they ever talk to sales",
        "Emails sent through free workspaces per day from 1.1M to 1.5M",
      ],
      [
        "Hiring managers stop chasing HR for contracts",
        "Contracts generated by the new template engine from 900 to 1,500",
      ],
      ["First lessons that lead to a second", "Matches generated per day from 3,000 to 4,500"],
    ],
    accepts: [
      // TRAP a share of the invoices sent through the product (07, AG)
      ["Get freelancers paid faster", "Raise share of invoices sent through the new portal from 20% to 60%"],
      // TRAP use is the objective's own measure
      ["Grow API usage among mid-market customers", "Emails sent through the API per month from 2B to 3B"],
      // TRAP reports our own people produce are K7's pieces (Z, AG)
      ["Clients' portfolios stay within the risk they signed up for", "Risk reports produced from 40 to 60"],
    ],
  });
  shape("installs bought through paid acquisition under what newcomers do next, or under the right ones", {
    flags: [
      ["Players stay with the game after their first month", "Installs from paid UA campaigns 220k → 350k"],
      ["Acquire players who stay, not just installs", "Installs from paid channels per month 300k → 360k"],
    ],
    accepts: [
      // TRAP installs with no window are K5's (J, K)
      ["Players stay with the game after their first month", "Installs 220k → 350k"],
    ],
  });
  shape("false alarms read by their shape", {
    flags: [
      // The objective still asks for an outcome once the product's name is read as a name.
      ["Make the loyalty card save shoppers time at the till", "Monthly active users from 40k to 60k"],
    ],
    accepts: [
      // TRAP cases handled for customers, processed, are K6's (AK, AH)
      ["Suppliers get paid on the day we promised them", "Invoices processed from 48,000 to 60,000"],
      ["Customers' data requests are answered properly and on time", "DSARs processed from 900 to 1,400"],
      ["Artists are paid right and on time", "Payments processed 4,000 → 6,000"],
      // TRAP a loyalty programme named is a product, not customers kept (U, Z, R)
      ["Launch the Waypoint Plus loyalty programme", "Plus sign-ups from 40k to 100k"],
      // TRAP a first place in a market asks for the market (AC)
      ["Become the No.1 instant grocery app in Indonesia", "Jakarta test-zone orders per week from 1,000 to 5,000"],
      ["Be the #1 budgeting app in Germany", "Weekly orders from 1,000 to 5,000"],
      // TRAP a count past a bar of qualification (AL, K, AP)
      [
        "Reps get value from the free plan before they ever talk to sales",
        "Product-qualified accounts per month from 300 to 460",
      ],
      // TRAP winning people asks for newcomers; winning them back does not (AB; H)
      ["Win and keep customers in our region", "New customers per month 40 → 55"],
      // TRAP a rate per so many downloads, a phrasal verb, interviews, a newsletter by the issue (AH, AC, AK)
      ["Advertisers renew because host-read ads work for them", "Promo code redemptions per 10k downloads 3.1 → 4.5"],
      [
        "Be the paper valley readers pay for because we cover what nobody else does",
        "Stories picked up by other outlets per month, 6 to 10",
      ],
      ["listeners come back for the next episode", "Podcast interviews with lapsed listeners from 0 to 25"],
      ["Digitise the group", { title: "Transformation newsletter issues", baseline: 0, target: 12, unit: "issues" }],
      // TRAP a zero to reach with no baseline is driven down (AM, K1 alone)
      [
        "Buyers can trust that what arrives is what was listed",
        { title: "Zero counterfeit luxury handbags sold this quarter", baseline: null, target: 0, unit: "items" },
      ],
    ],
  });
  it("still reads newcomers against winning customers back (H)", () => {
    expect(
      under("Win back the restaurants that stopped ordering", "New restaurant sign-ups per month from 900 to 1,200"),
    ).toHaveLength(1);
  });
});
