import { describe, expect, it } from "vitest";
import {
  keyResultDecisionCases,
  keyResultRuleCases,
  keyResultUnitCases,
  listed,
  type TitleCases,
} from "../../../../tests/support/text-rule-cases.ts";
import { checkCustomerValue } from "./k6-customer-value.ts";

const review = (title: string, baseline = 1, target = 2) => checkCustomerValue({ title, baseline, target });

describe("customer value, not activity (K6)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "Increase number of logins from 20k to 30k per week",
      "Get more users to log in daily",
      "Raise blog page views from 40k to 60k",
      "Grow website visits from 10k to 15k a month",
      "Increase average time spent in app from 6 to 9 minutes",
      "Increase ad impressions from 1M to 1.5M",
      "将每周登录次数从 2 万提高到 3 万",
      "将文章浏览量从 4 万提高到 6 万",
      "提高用户人均使用时长",
      "将官网会话数从每月 40 万提高到 60 万",
      "Increase average play time per session from 22 to 35 minutes",
      // Issue 17: rephrasings the sentence's shape catches (verb, object, names), no phrase added.
      "Make 600 outbound calls a week, up from 400",
      "Send 5,000 prospecting emails a week",
      "Hold 40 QBR meetings with key accounts",
      "Close 12,000 tickets a month",
      "将每周外呼电话数从 800 个提高到 1200 个",
      "将每月拜访客户次数从 120 次提高到 200 次",
      "每季度与重点客户开会 60 次",
      "将直播间观看人次从每月 50 万提高到 120 万",
      "Grow emails sent per rep from 40 to 60 a day",
      "Increase demos booked from 30 to 50 a month",
      "Raise number of outbound calls from 400 to 600",
      // Tuning-2026-12-07 (issue 17): taps and PVs, dials and workshops held.
      "Grow taps per checkout from 9 to 12",
      "Increase UVs on the landing page from 5k to 9k",
      "Make 4,000 dials a month",
      "Run 30 onboarding workshops with new accounts",
      // Chinese by the verb-object shape (a way of reaching customers, counted): README's decision
      // that calls made, handled or answered are all activity.
      "外呼 3000 通电话",
      "发短信 10 万条触达沉睡客户",
      "每月群发消息 20 次",
      "推送发送量从每天 500 万条提高到 800 万条",
      "客服人均每天接待量从 80 通提高到 120 通",
      "每周电话回访老客户 400 次",
      "将坐席每天接听电话从 60 通提高到 90 通",
      "给沉睡会员发送邮件 5 万封",
      // Issue 17, sixth round: meetings held and work items handled, counted (the Chinese of
      // "Hold 40 QBR meetings" and "Close 12,000 tickets").
      "和大客户开 40 次季度业务回顾会",
      "每月处理完 6000 张维修工单",
      "关闭 5000 个客服工单",
    ],
    accepts: [
      // TRAPS for the sixth round: discovery, how well, and fewer.
      "开 20 次客户访谈，找出对账痛点",
      "工单一次解决率从 70% 提高到 85%",
      "重复报修的工单从每月 900 张降到 400 张",
      "举办 3 场可用性测试",
      "Complete 20 customer interviews on invoicing pain",
      "Increase customer interviews per month from 4 to 12",
      "Run 8 A/B tests on the workflow builder",
      "Raise average completed workflows per user per month from 3.2 to 4.0",
      "Raise visitor-to-trial conversion from 2% to 3%",
      "Increase share of visitors who start a trial from 2% to 3%",
      "Reduce login failure rate from 3% to 1%",
      "Reduce page views needed to finish checkout from 7 to 4",
      // Issue 17 traps: the same words in a clean shape.
      "Raise share of seats signing in through SSO from 35% to 80%",
      "Raise first-call resolution rate from 70% to 85%",
      "Run 12 discovery calls with churned admins",
      "将工单一次解决率从 70% 提高到 85%",
      "完成 20 次丢单客户回访",
      "Raise share of demos that convert to trials from 20% to 30%",
      "Reduce tickets per customer from 2 to 1",
      "Cut time spent on manual data entry from 5 to 2 hours a week",
      "Increase the number of app store reviews from 120 to 300",
      "完成 20 次客户访谈",
      "Raise share of patients completing 80% of prescribed sessions from 38% to 50%",
      "将登录失败率从 3% 降低到 1%",
      "将访客到试用的转化率从 2% 提高到 3%",
      // Traps: the interaction is a kind of rating, a denominator, a login method or what each customer does.
      "Raise call quality rating from 3.9 to 4.4",
      "Raise share of pricing-page visits that end in a trial from 2% to 4%",
      "通过扫码登录的门店员工占比从 20% 提高到 60%",
      "将每位活跃用户每周发出的消息数从 10 条提高到 14 条",
      "Wire up Teams notifications for approvals",
      "买家与卖家互发消息数从每单 2 条提高到 3 条",
      // Traps for the Chinese shape: content counted (K7's), a rate, a reduction, customers' own acts.
      "公众号本季度推送 60 篇",
      "将短信带来的复购率从 5% 提高到 8%",
      "将每次群发的退订率从 0.9% 降低到 0.5%",
      "将收到主动推送后按时签收的包裹占比从 81% 提高到 90%",
      "用户主动拨打客服电话次数从每月 2 万次降到 1 万次",
      "会员之间互发私信 3 万条",
    ],
  });

  // Issue 17, second edition: tuning-2026-12-08's shapes, rephrased, with traps.
  it.each([
    "Send 40,000 appointment SMS reminders",
    "Text 5,000 waitlist notifications to patients",
    "社群消息发送量每周从 2 万条提升到 5 万条",
    "直播间平均观看时长从 100 秒提升到 180 秒",
  ])("flags our messages sent or watch time: %j (K6)", (title) => {
    expect(listed(review(title, 10, 20))).toHaveLength(1);
  });

  it.each([
    // A rating of an interaction is how the customer judged it.
    "Player CSAT after ticket closed from 3.6 to 4.1",
    "Raise satisfaction with calls handled from 4.0 to 4.5",
    // The customer books the demo: their request, not our activity.
    "官网预约演示量每月从 120 个提升至 170 个",
    // Customers messaging each other is their use of the product.
    "买家消息发送量从每天 2 万条提升到 3 万条",
    // A sign-in feature released is an output (K7's one finding), not logins counted.
    "企微扫码登录正式发布",
    // Sending something built is K7's ("Ship the SMS reminders feature").
    "Ship the SMS reminders feature",
  ])("accepts a rating, a customer's request or an output: %j (K6)", (title) => {
    expect(listed(review(title, 10, 20))).toEqual([]);
  });

  // Issue 17, eighth round: the measured quantity's head noun (an act of attention, an interaction
  // with the verb that handled it) and a customer reached by the title's own verb;
  // in Chinese an act of looking with what it counts. Written for this table, with traps: the
  // same head narrowed to an outcome, a share of something else, a rate cut, learning.
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 1900,
    target: 2600,
    flags: [
      "Catalogue searches from 1.1M to 1.5M",
      "Email opens from 40k to 60k",
      "Chat conversations handled by agents from 3,000 to 4,500 a week",
      "Call 500 dormant customers",
      "Reach out to 200 churned accounts",
      "HR 每日打开 App 次数从 4 次提升到 8 次",
      "落地页按钮点击从每月 5000 次提到 1 万次",
      "销售人均每天拜访客户从 2 家提升到 4 家",
      "本季度陌拜工地 200 个",
      "触达用户数从 10 万提升到 20 万",
    ],
    accepts: [
      // The brief's traps.
      "Weekly active teams who invite a colleague from 30 % to 45 %",
      "复购用户占比从 18% 提升到 25%",
      // Attention narrowed to what came of it, or a share whose subject is something else.
      "Searches that end in add-to-cart from 14% to 19%",
      "Viewers who stay past half-time: 62% → 70%",
      "Sites using remote SDV for ≥50% of visits: 12% → 30%",
      "Search-to-click success on docs search from 52% to 68%",
      "开服首日登录排队超过 10 分钟的玩家占比维持在 2%-5%",
      // A viewer of our content is its audience; conversations with qualified buyers are the goal.
      "Grow podcast viewers from 2k to 5k",
      "Raise conversations with new qualified customers from 120 to 180 a month",
      // Calls and visits to learn, and a share reached.
      "Call 20 churned customers to learn why they left",
      "Visit 12 customer sites to observe setup",
      "Contact 100% of at-risk accounts within 24h",
      "走访 30 户没按提醒采摘的茶农，弄清原因",
      // Customers among themselves; a share of reports looked at after sharing (a completed loop).
      "每件闲置商品买卖双方互发消息数从 1.2 条提升到 2.5 条",
      "报表分享后被查看的比例从 30% 提高到 45%",
    ],
  });

  // Set F (issue 17, eighth round, after its held-out look): our staff's interactions, operational
  // work and training counted, time on a screen, a page's bounce rate; rephrased, with traps.
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 85,
    target: 120,
    flags: [
      "Handle 30% more calls per agent per day",
      "Follow-up calls by advisors from 2,000 to 3,500 a week",
      "Each rep makes 60 calls a day",
      "Client meetings per consultant per week from 9 to 12",
      "Cold emails from 1,500 to 3,000",
      "Average time on the pricing page from 40 s to 90 s",
      "Minutes watched per lesson from 14 to 22",
      "Coaching hours delivered from 2,000 to 3,500",
      "Help-centre bounce rate from 58% to 45%",
      "巡检次数从每周 60 次提高到 150 次",
      // (培训课时数, set F's K6 here before, is K7's since the README's decision "Training our own people is K7".)
      "优惠券发放量从 200 万张提高到 500 万张",
      "开发信发送量从每月 3 万封提高到 6 万封",
      "客户座谈会召开次数从 30 次提高到 80 次",
      "经纪人每天刷新房源的次数从 5 次提高到 12 次",
      "验车报告查看次数从 300 万提高到 600 万",
    ],
    accepts: [
      // Training our own people is K7's, not K6's (README decision "Training our own people is K7", round 14).
      "培训课时数从 1600 小时提高到 3000 小时",
      "Searches on low-end Android answered within 2 seconds from 55% to 68%",
      "Reminder SMS that lead to a booked slot from 20% to 35%",
      "Outbound calls that reach a decision-maker from 10% to 18%",
      "Raise successful searches from 60% to 75%",
      "Searches resulting in a booking from 8k to 12k",
      "Cut calls per order from 0.4 to 0.2",
      "Raise share of chats resolved without an agent from 30% to 45%",
      "Cut time spent on manual data entry from 5 to 2 hours a week",
      "Raise completed lessons per learner from 3 to 5",
      "Onboarding drop-off rate from 40% to 25%",
      "贷款发放量从 20 亿元提高到 30 亿元",
      // 会员 is no meeting (会); visits to a store counted up are K6 since the tenth round ("store
      // visits" in English, 会员日均到店人次 in set I), so the trap keeps 会员 on a purchase instead.
      "会员复购次数从 3 次提高到 5 次",
      "新手引导跳出率从 40% 降到 25%",
      "买家消息发送量从每天 2 万条提升到 3 万条",
    ],
  });

  // Labelled K6 in the tuning sets but left unread: a round that read these shapes failed the blind
  // sets' precision floors in both languages (docs/coach.md), so other writers keep them clean.
  // (Open and click-through rates raised are read since the twelfth round: see the table below; and viewers
  // of a report or a dashboard, the content's own views, since the twelfth round's coach-k56f. A stream's or
  // a broadcast's viewers stay unread.)
  it.each([
    "Livestream viewers from 300 to 800 per month",
    "Webinar registrations from 300 to 800 per month",
    "线上实施培训报名人次从每月 400 提升到 1000",
  ])("leaves viewers and event sign-ups to people: %j (K6)", (title) => {
    expect(review(title, 10, 20)).toBeNull();
  });

  // Ninth round: our staff's throughput and posts, messages sent by what they are or the channel, a
  // look-up counted; events staged left to K7. Written for this table, with traps in both languages.
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      "Cases handled per claims adjuster per day from 30 to 45",
      "Complaints processed per agent per shift from 30 to 45",
      "Replies by support staff in the forum from 30 to 45 a day",
      "Payment reminder texts sent from 30k to 45k",
      "Send 45,000 product tips by SMS",
      "Renewal nudges sent per month from 30k to 45k",
      "客服人均每天处理投诉从 30 件提升到 45 件",
      "坐席人均每小时接待会话从 30 个提升到 45 个",
      "助教人均每天答疑从 30 条提升到 45 条",
      "官方账号回帖量从每周 30 条提升到 45 条",
      "车主 App 查询次数从每天 30 万次提升到 45 万次",
      "Search queries per session from 30 to 45",
      "Double the number of sales calls",
      "Hours of coaching delivered to merchants from 30 to 45",
      "每周电话回访 45 位老客户",
      "外呼 4500 名沉睡会员",
      "给 4500 名老客户发送关怀短信",
      "Demos delivered per AE per month from 30 to 45",
      "Sales meetings conducted per week from 30 to 45",
      "Customer success check-in calls per month from 30 to 45",
      "客户经理每月面访客户数从 30 家提升到 45 家",
    ],
    accepts: [
      // Events staged are K7's; what members do for each other; a result per recruiter; a rate.
      "Run 4 customer appreciation events",
      "举办 4 场车主见面会",
      "Community answers per question from 30 to 45",
      "Roles filled per recruiter per quarter from 30 to 45",
      "Claims paid within 5 days from 30% to 45%",
      "Cases resolved on first contact from 30% to 45%",
      "Send 45 customers a renewal quote",
      "玩家之间的互相回复数从每周 30 万条提升到 45 万条",
      "客服首次回复时长从 45 分钟缩短到 30 分钟",
      "查询成功率从 30% 提升到 45%",
      "Search queries answered in under 100 ms from 30% to 45%",
      "线下活动举办场次从 30 场提升到 45 场",
      "Open 45 new fulfilment centres",
      "Share of check-in calls that end in an upsell from 30% to 45%",
      "Sales calls that end in a booked demo from 30% to 45%",
      "回访后 7 天内复购的客户占比从 30% 提升到 45%",
      "完成 45 位流失客户回访",
    ],
  });

  it("accepts an open or click rate cut (K6)", () => {
    expect(review("Cut phishing-drill email click rate from 12% to 4%", 12, 4)).toBeNull();
    expect(review("钓鱼演练邮件点击率从 12% 降到 4%", 12, 4)).toBeNull();
  });

  it("accepts fewer page views when only the values say so (K6)", () => {
    expect(review("Page views per completed checkout", 7, 4)).toBeNull();
  });

  it("leaves a vanity total to K5 (K6)", () => {
    expect(review("Grow total views from 1M to 2M")).toBeNull();
  });
});

// Tenth round (coach-k7): in Chinese an act counted by how often it happens (次数, 人次) pushed up is
// activity whatever the act; the acts that are the value (a purchase, a completion), training by
// heads (K7), a place's guests (K3), a rate and a reduction stay clean. Written for this table.
describe("an act counted by its occurrences (K6, tenth round)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      "报价计算器使用次数从每月 30 万次到 45 万次",
      "门店自助机扫码次数 30 万→45 万",
      "语音助手唤醒次数日均 30 万→45 万",
      "活动页分享次数每月 30 万→45 万",
      "课程音频收听次数 30 万→45 万",
      "学员人均刷题次数 30→45",
      "顾问每日陪同看房次数从 3 次提升到 4 次",
      "会员每周到店人次 30 万→45 万",
      "导购主动迎宾服务人次每月 30 万→45 万",
      "每日 AI 生成次数人均从 30 次到 45 次",
    ],
    accepts: [
      "会员月均下单次数从 30 次提升到 45 次",
      "车主月均充电次数从 3 次提升到 4.5 次",
      "会员月均骑行次数从 3 次提升到 4.5 次",
      "每桌加单加菜次数从 0.3 次提升到 0.45 次",
      "连续完成 12 周训练的次数占比从 30% 提升到 45%",
      "每月因账单问题联系客服的次数从 45 次降到 30 次",
      "平台上线以来累计扫码次数从 30 万到 45 万",
      "组织骑手安全培训 45 人次",
      "景区年接待游客量突破 45 万人次",
      "扫码支付成功率从 30% 提升到 45%",
      // Eleventh round (sets J, K, M, K3's): riders, arriving patients and diners, the demand a place serves.
      "地铁日均客流从 30 万人次提升到 45 万人次",
      "早高峰进站客流从每天 30 万人次提高到 45 万人次",
      "新患者到诊量从 30 万人次提升到 45 万人次",
      "员工食堂就餐人次从每天 30 提升到 45",
    ],
  });
});

// Tenth round (coach-k7): our outreach and our staff's work in Chinese by shape: a message counted by
// the message (条, 封, 通), a handling verb per head, a seller's visits counted by the place, rounds,
// a look or an impression with its number of times, a clock-in counted, our app for merchants as the
// channel. Traps: customers writing to each other, content by the piece (篇), a visit to learn, a
// check-in spot, a review of quality per head.
describe("our outreach and our staff's work, by shape (K6, tenth round)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      "骑手召回短信 30 万条→45 万条",
      "商家端每日通知推送从 30 条增加到 45 条",
      "每月续费提醒邮件发送 30 万封→45 万封",
      "售后热线接通量从每日 3 万通提升到 4.5 万通",
      "店长群发消息数每周 30 万→45 万",
      "客服群每日回复消息 30 条→45 条",
      "营养师每日外呼用户从 30 人提高到 45 人",
      "药师人均日接诊量由 30 单提升到 45 单",
      "运维台人均日处理告警单 30→45",
      "业务员每月上门走访门店 30 家",
      "安保夜间巡查每晚 30 次→45 次",
      "车主每周在 App 查看车辆状态从 30 次到 45 次",
      "活动页曝光 45 万次",
      "员工 App 晨会打卡率 30%→45%",
    ],
    accepts: [
      "买家之间互发消息从每天 30 万条提升到 45 万条",
      "公众号推送文章从 30 篇增加到 45 篇",
      "客户经理上门走访 45 户商户，了解贷款卡在哪一步",
      "打卡点周边商户周末营业额从 30 万元提升到 45 万元",
      // 审核员人均审核量 was a trap here (a check of quality); sets K and L label a review count K6 three
      // times and no tuning set keeps one clean, so it is now a flag (coach-k7b, below).
      "骑手人均日接单量从 30 单提升到 45 单",
      "当天回复的客户留言占比从 30% 提升到 45%",
      "热线一次接通率从 30% 提升到 45%",
    ],
  });
});

// Tenth round (coach-k7), English: our staff as the kind of an interaction, staff roles of care and
// pharma, activities logged, streams and videos watched, footfall, one-to-one sessions held; a share
// of visits or sessions narrowed to a condition stays clean. Written for this table.
describe("activity by the measured head, tenth round (K6, English)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      "Agent emails to lapsed accounts per week, 300 → 450",
      "Nurse app check-ins per shift from 3 to 5",
      "Enquiries answered per liaison per week: 30 → 45",
      "Activities logged per rep per day from 30 to 45",
      "Streams 30M → 45M per month",
      "Onboarding videos watched 3,000 → 4,500",
      "Foot traffic 300k → 450k a week",
      "Mentoring sessions held: 300 → 450",
    ],
    accepts: [
      "Revenue streams from 3 to 5",
      "Booked consultations that patients attend: 80% → 90%",
      "Sessions that end in a saved plan: 30% → 45%",
      "Visits completed by the customer's usual engineer: 54% → 75%",
      "Training sessions held per quarter from 3 to 6",
      "Guides read per help-centre visit from 1.1 to 1.6",
      "Agent handling time from 45 to 30 minutes",
    ],
  });
});

// Round 14's README decision "Events held are K7": a webinar is staged for an audience whoever watches, prospects
// too, so K6 leaves it to K7; a workshop with one account stays K6's meeting.
describe("webinars are K7's, for prospects too; workshops with accounts K6's (K6, tenth round; round 14)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 4,
    target: 12,
    flags: ["Hold 12 migration workshops with desktop-heavy accounts"],
    // Webinars held for prospects were K6 here before; the README's decision "Events held are K7" (round 14) relabelled
    // set 07's one case K7: an event for an audience, whoever it is for.
    accepts: ["Run 12 partner webinars", "Run 12 webinars for prospects"],
  });
});

// Tenth round, its own commit: reading, study, play and listening time raised is K6 in Chinese (every
// tuning writer labelled it so); cut, or as a share of time, it stays clean.
describe("time spent reading, studying or listening (K6, tenth round)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      "人均每日阅读时长从 30 分钟提升到 45 分钟",
      "学员日均学习时长从 30 分钟提升到 45 分钟",
      "有声书人均收听时长 30→45 分钟",
    ],
    accepts: ["读完整本书的用户占比从 30% 提升到 45%", "通过结业考试的学员比例从 30% 提升到 45%"],
  });
  it("accepts the time cut (K6)", () => {
    expect(review("完成一次报销的平均学习时长从 45 分钟降到 30 分钟", 45, 30)).toBeNull();
  });
});

// Issue 17, tenth round (coach-k7b), from the false alarms of sets J, K and L: a contract signed in a
// period is no sign-in; a share of visits narrowed by who made them is the condition's share; what
// passes between customers (buyer–seller, 之间) is among themselves (README's label decision); a
// challenge completed, counted, is the workflow done. Each flag beside its traps must still be read.
describe("activity that is not ours or not attention (K6, tenth round, coach-k7b)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 40,
    flags: [
      "Users signed in per week from 20k to 40k",
      "Carer visits per client from 20 to 40",
      "Messages sent to buyers from 20k to 40k",
      "客服每天给买家发消息从 2 万条提升到 4 万条",
      "功能使用次数从 20 万提升到 40 万",
    ],
    accepts: [
      "New district contracts signed in Q1 from 20 to 40",
      "Agreements signed in the quarter from 20 to 40",
      "Visits by the client's regular carer from 20% to 40%",
      "Buyer–seller messages before purchase from 20k to 40k",
      "Host-to-guest messages per stay from 20 to 40",
      "Messages between players per week from 20k to 40k",
      "群内邻居之间的互动消息从 20 万条提升到 40 万条",
      "学员之间的回复从每周 2 万条提升到 4 万条",
      "老玩家周均完成深渊挑战次数 20 → 40",
    ],
  });
});

// A gathering put on for an audience, counted, is K7's staged event (coach-k7b): K6 leaves it, and keeps
// meetings with one account.
describe("gatherings for an audience are K7's, meetings with an account K6's (K6, tenth round)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 0,
    target: 40,
    flags: [
      "和重点客户开 40 次季度复盘会",
      "Hold 40 QBR meetings with top accounts",
      "QBR 召开次数从 0 次提高到 40 次",
      // A QBR held by 举办 is still a meeting with one account (README decision, round 14; set J's K7 before).
      "QBR 会议举办 40 场",
      "Route planning meetings held with schools from 0 to 40",
    ],
    // 举办 and 组织 whatever is held (eleventh round, sets G to M label every one K7).
    accepts: [
      "举办 40 场 HR 线下沙龙",
      "举办学术会议 40 场",
      "Run 40 engagement town halls",
      "本季度举办 40 场线下分享会",
      "举办 40 场校园招聘会",
      "组织 40 场合规培训",
      "客户沙龙组织 40 次",
      "Community meetings held from 0 to 40",
      "Public forums held with residents: 40",
    ],
  });
});

// Issue 17, tenth round (coach-k7b), misses of sets J, K and L in Chinese: a service act only our staff
// perform (接诊, 带看, 上门, 查勘, 回访, 审核, 走访) counted upward; a reach per customer (每个客户拜访); thousands
// with a comma; a mass send (群发) is ours. Traps: a review passed, a visit to learn, fewer visits, a
// rate, customers writing to each other, a customer's own use per head.
describe("our staff's service acts counted (K6, tenth round, coach-k7b, Chinese)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 40,
    flags: [
      "查勘员日均现场查勘从 20 件提升到 40 件",
      "经纪人人均每月带看从 20 次提升至 40 次",
      "接诊量从每月 20 万到 40 万",
      "合同审核量从 20 万份提升到 40 万份",
      "工程师日均上门从 20 单提升到 40 单",
      "走访农户 40 户",
      "审核员人均审核量从 20 件提升到 40 件",
      "每个 KA 客户每月拜访 40 次",
      "客户经理外呼 4,000 通电话",
      "客户群发消息量从每月 20 亿条到 40 亿条",
    ],
    accepts: [
      "首个商品审核通过的中位时间从 40 小时缩短到 20 小时",
      "审核通过的商家从 20 家增加到 40 家",
      "走访 40 户茶农，弄清流失原因",
      "查勘员上门次数每月从 40 万次降到 20 万次",
      "上门维修一次修好率从 20% 提升到 40%",
      "买家之间互发消息从 20 万条提升到 40 万条",
      "每位会员每月下单次数从 20 次提升到 40 次",
    ],
  });
});

// Issue 17, tenth round (coach-k7b), misses of sets J and L: any plural sent, counted, is our message
// whatever it carries (the English of 发送量). Traps: a share or a timeliness of sending, sent back or to
// an internal queue, fewer sent, invites sent per workspace (customers inviting, tuning-2026-12-07).
describe("messages sent, whatever they carry (K6, tenth round, coach-k7b)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 40,
    flags: [
      "SMS announcements sent about outages: 40k",
      "Interruption warnings sent by SMS 20k → 40k",
      "Win-back offers sent from 20k to 40k",
      "Supplier invites sent 20k → 40k",
      "Renewal letters sent per month from 20k to 40k",
    ],
    accepts: [
      "Share of renewal letters sent by post from 20% to 40%",
      "Outage notices sent within 15 minutes of detection from 20% to 40%",
      "Expense reports sent back for missing receipts: 20 → 40 fewer",
      "Transactions sent to manual review from 40 to 20",
      "Raise invites sent per new workspace in week one from 20 to 40",
      "Median days from invoice sent to paid from 40 to 20",
    ],
  });
});

// Issue 17, tenth round (coach-k7b), set L: an app launched or an assistant woken, counted (亿 次 too), is
// the product opened, as 打开 is. Traps: a launch's success rate, a cold start's time, fewer launches.
describe("the product opened, counted (K6, tenth round, coach-k7b, Chinese)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 1.2,
    target: 1.5,
    flags: [
      "日均导航启动从 1.2 亿次到 1.5 亿次",
      "语音助手唤醒从每天 120 万次到 150 万次",
      "小程序打开从每天 1.2 亿次到 1.5 亿次",
    ],
    accepts: [
      "启动成功率从 90% 提升到 99%",
      "App 冷启动耗时从 1.5 秒降到 1.2 秒",
      "误唤醒从每天 1.5 万次降到 1.2 万次",
    ],
  });
});

// Issue 17, eleventh round (coach-k7c). People reading or viewing what we send or show them, as a share or
// a count (sets J and K, the same shape in G, H and I): a read is a view (README: an open rate raised is
// K6). Calls answered or taken, counted upward whoever answers them (sets I and K, README's label
// decision). Lessons or sessions started, and the hours of a service our people give, raised (sets F, I,
// J and K). Search sessions, replays watched and screens or offers shown (sets B, J and L): attention and
// impressions. Traps: what they do after reading, a reading product's own content, a report shared with a
// second person, a review within a window, a cut; fewer calls, a share of calls, calls to learn; quotes
// started, a share that converts, finished lessons, a response or wait time cut, hours saved.
describe("reads, calls answered, sessions started and service hours (K6, eleventh round, coach-k7c)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 50,
    flags: [
      "Recipe search sessions +40%",
      "Lesson recordings watched from 30k to 50k",
      "Promo banners shown per visit from 3 to 5",
      "Tenants viewing the monthly energy statement: 30% → 50%",
      "Coach notes read by players from 30% to 50%",
      "Release notes read by 50% of workspace admins",
      "Store managers who check the daily sales digest from 30 to 50",
      "每周查看用电月报的业主比例从 30% 提升到 50%",
      "店长阅读经营周报的比例 30% → 50%",
      "Night-shift nurses take 900 calls a week",
      "Support leads answer 900 chats a month each",
      "Workouts started per member per week from 12 to 20",
      "Guided sessions started per learner: 12 → 20",
      "Coaching hours delivered from 12k to 20k",
      "Volunteer hours logged from 12,000 to 20,000",
      "药师咨询时长从每月 12 万分钟提升到 20 万分钟",
      "老师人均每天辅导时长从 12 分钟提升到 20 分钟",
    ],
    accepts: [
      "Search sessions that end in a booking: 30% → 50%",
      "Share of checkouts with an offer shown from 30% to 50%",
      "Cut pop-ups shown per visit from 5 to 3",
      "Tenants who read the energy statement and switch to off-peak: 30% → 50%",
      "Readers who finish the books they start from 30% to 50%",
      "Share of reports opened by a second person from 30% to 50%",
      "Incident reports reviewed by the safety team within 2 days: 30% → 50%",
      "Parents reading the progress summary after each lesson, cut from 50% to 30%",
      "查看月报后调整用电习惯的业主比例从 30% 提升到 50%",
      "工单当天查看处理的比例从 30% 提升到 50%",
      "Cut the calls nurses take from 900 to 400 a week",
      "Calls answered within 20 seconds from 40% to 90%",
      "Product managers make 900 discovery calls with churned customers",
      "Quotes started by partners through our API from 12k to 20k",
      "Share of sessions started that end in a booking from 12% to 20%",
      "Lessons completed per learner per week from 12 to 20",
      "Coaching hours saved per manager from 12 to 20",
      "客服平均响应时长从 20 秒降到 12 秒",
      "患者平均等待时长从 20 分钟降到 12 分钟",
    ],
  });
});

// Issue 17, eleventh round (coach-k7c), sets K and L, Chinese: a noun phrase with its count in the fields
// ("采购员走访基地" with 60 次), read with it as K7 reads it, and our SMS or e-mail named after the people we
// send it to ("会员短信发送量"). Traps: an internal meeting (S&OP, 周会), customers writing to each other.
// Fourteenth round (coach-k56l, set Y), English: calls, emails, messages or conversations in the unit field, raised,
// count our contact whatever the title says, the twin of 通, 条 and 封 in the unit. Traps: messages customers exchange,
// calls to learn, a share, a cut, and a unit that names people.
describe("a count in the fields and our messages named after their readers (K6, eleventh round, coach-k7c; fourteenth, coach-k56l)", () => {
  keyResultUnitCases(
    "K6",
    checkCustomerValue,
    [
      ["客户经理上门拜访商户", "次", 1],
      ["会员营销短信发送量从 30 万条提升到 60 万条", "条", 1],
      ["用户召回短信发送量从 30 万条提升到 60 万条", "条", 1],
      // Our own working meetings counted are K6 since round 15's decision "Our own meetings held are K6" (coach-k56p).
      ["S&OP 会议", "次", 1],
      ["区域经营周会", "次", 1],
      ["买家之间的私信发送量", "条", 0],
      ["会员复购", "次", 0],
      ["Emails replied to", "emails", 1],
      ["Patients called 48h before surgery", "calls", 1],
      ["Calls to helpline", "calls", 1],
      ["Outbound welfare calls during outages", "calls", 1],
      ["Chatbot conversations", "conversations", 1],
      ["Tenants reached about the rent change", "letters", 1],
      ["Messages owners and sitters exchange before a first booking", "messages", 0],
      ["Messages between buyers and sellers per order", "messages", 0],
      ["Discovery calls with site managers", "calls", 0],
      ["Loss-review calls with churned customers", "calls", 0],
      ["Share of calls resolved on first contact", "calls", 0],
      ["Cut calls to the helpline about lost passwords", "calls", 0],
      ["Patients called 48h before surgery", "patients", 0],
    ],
    { baseline: 30, target: 60 },
  );
});

// Eleventh round (coach-k6d): the shapes set M shares with earlier writers (the sets named by each group),
// each with its traps. One table, every KR from 30 to 45; the cuts below.
describe("the eleventh round's activity shapes and their traps (K6, coach-k6d)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      // An open or click-through rate raised (sets F to M, every writer; README's label decision).
      "Raise newsletter open rate from 30% to 45%",
      "Push notification open rate from 30% to 45%",
      "Email click-through rate from 30% to 45%",
      "Promo push click-through 30% → 45%",
      "Onboarding e-mail CTR 30% → 45%",
      "Push点击率从 30% 提升至 45%",
      "用药提醒打开率从 30% 提高到 45%",
      "信息流广告 CTR 从 30% 提升到 45%",
      "首页推荐位点击率 30%→45%",
      // Any plural handled or logged, and work per member of our staff (sets C, G, H, J, K, L, M).
      "Assistance requests handled from 30k to 45k",
      "Pilotage jobs handled from 30 to 45",
      "Brand-owner reports handled per week 30 → 45",
      "Claims handled per handler per day from 30 to 45",
      "Claims worked per biller per day from 30 to 45",
      "Entries filed per broker per day from 30 to 45",
      "Contracts reviewed per lawyer per week from 30 to 45",
      "Safety observations logged per site per week from 30 to 45",
      "1:1 meetings logged in the HRIS from 30 to 45",
      "Work orders closed from 30 to 45",
      // Letters by the 封 (F, H, M), a patrol's mileage, days or machines (M), 入户 as 上门 (I, M).
      "每月发送客户开发信从 30 封提高到 45 封",
      "续约提醒信件从每月 30 万封增加到 45 万封",
      "巡检里程从每月 30 公里提高到 45 公里",
      "养护巡查里程从每月 30 公里提高到 45 公里",
      "护林员巡山天数从 30 人天提高到 45 人天",
      "服务工程师下乡巡检 45 台次",
      "安检员人均日入户 30 户提高到 45 户",
      "技术服务人员入户指导从 30 户次提高到 45 户次",
      // Hours given or logged (M beside F's and K's), a document downloaded (K, M), inspections (M).
      "Pro bono hours from 30 to 45",
      "Picker hours logged from 30k to 45k",
      "Sustainability CPD hours per architect from 30 to 45",
      "Seed catalogue downloads from 30 to 45",
      "Brochure downloads from 30k to 45k",
      "Downloads of our pricing guide from 30 to 45",
      "行业白皮书下载量从 30 提升到 45",
      "Drone blade inspections from 30 to 45",
      "Grounds inspections from 30 to 45 a month",
      // A kiosk's or coaching sessions (M), messages pushed (H, M), letters generated (M), people reached (M).
      "Check-in kiosk sessions from 30k to 45k",
      "Academy coaching sessions from 30 to 45",
      "Disruption messages pushed from 30k to 45k a month",
      "Rota notifications pushed to staff, 30k → 45k a month",
      "Reminder letters generated from 30k to 45k",
      "Tenants reached by our legal clinics from 30 to 45",
      // Crews dispatched, call-outs and outreach contacts (K, M); bids and entries submitted (M).
      "Crew dispatches from 30 to 45",
      "Technician call-outs from 30 to 45",
      "Street outreach contacts from 30 to 45",
      "派单量从每天 30 单提高到 45 单",
      "Bids submitted from 30 to 45",
      "Submit 45 competition entries this quarter",
      "Design awards entered from 30 to 45",
    ],
    accepts: [
      // A bare "Open rate" (the writers disagree), the rate as a conversion's base, a reopen rate.
      "Open rate (Apple MPP-adjusted) from 30% to 45%",
      "App-open to application-start rate 30% → 45%",
      "Ad click-to-purchase conversion from 30% to 45%",
      "推送点击转化率从 30% 提升到 45%",
      "Claim reopen rate from 30% to 45%",
      // A service level, a rating of the handling, a volume processed (set J's K3), per customer, a share.
      "Moderation reports handled within 2 hours from 30% to 45%",
      "Resident satisfaction with how reports were handled 30% → 45%",
      // (Claims processed per handler, set J's K3 before, are K6 since the README's decision of round 14: read below.)
      "Contracts reviewed per day across customers 30k → 45k",
      "Returns filed per customer from 30 to 45",
      "Share of claims handled without a phone call from 30% to 45%",
      "Candidates with feedback logged within 48h of interview: 30% → 45%",
      "Share of deals with a next step logged from 30% to 45%",
      "Faults logged by customers through the app from 30 to 45",
      // A line brought into homes, a fleet's mileage (K3's), a building's 封顶, customers writing to each other.
      "光纤入户 45 万户",
      "完成宽带入户 45 万户",
      "车辆日均运营里程从 30 公里提升到 45 公里",
      "完成 45 栋主体结构封顶",
      "用户之间互发信件从 30 封到 45 封",
      // Billable hours (K3's), an app downloaded (K3's reach), inspections passed, a share, time saved.
      "Billable hours recorded from 30k to 45k",
      "Implementation consultants' billable hours from 30 to 45",
      "Increase app downloads from 30k to 45k a month",
      "Inspections passed on the first visit from 30% to 45%",
      "Machines with a pre-season inspection from 30% to 45%",
      "Coaching hours saved per manager from 30 to 45",
      "App 下载量从每月 30 万提高到 45 万",
      // Usability sessions (discovery), therapy sessions, a per-session base, a goal reached, money generated.
      "Run 45 usability sessions with daily writers",
      "Share of prescribed therapy sessions completed from 30% to 45%",
      "Editor crashes per 1,000 kiosk sessions from 30 to 45",
      "Teams that reached their weekly goal from 30 to 45",
      "Callers reached by an agent within 60 seconds from 30% to 45%",
      "Pipeline generated from 30 to 45",
      "Total MWh generated since commissioning from 30M to 45M",
      // Dispatched within a time, dispatch errors, drivers' satisfaction, outreach as a conversion's base.
      "Crews dispatched within 20 minutes of fault detection from 30% to 45%",
      "Delivery windows missed because of dispatch errors from 30 to 45",
      "司机对派单公平性的满意度从 3.0 分提升到 4.5 分",
      "Lapsed restaurants ordering again within 60 days of outreach, 30% → 45%",
      // A win rate, buyers' bids, customers' applications, customs entries released.
      "Framework bid win rate from 30% to 45%",
      "Buyer bids per lot from 30 to 45",
      "Loan applications submitted online from 30k to 45k",
      "Entries released without a customs query from 30% to 45%",
      "Awards won from 30 to 45",
    ],
  });

  // Each shape cut, from 45 to 30 (the table above reversed), is less effort or less pain: clean.
  it.each([
    "Phishing-drill email click rate from 45% to 30%",
    "钓鱼演练邮件点击率从 45% 降到 30%",
    "Data requests filed per analyst per month 45 -> 30",
    "Escalations handled by the duty manager from 45 to 30",
    "司机日均空驶里程从 45 公里降到 30 公里",
    "巡检里程从每月 45 公里降到 30 公里",
    "Grounds inspections from 45 to 30 a month",
    "Overtime hours logged per technician from 45 to 30",
    "Theatre sessions lost to estates faults from 45 to 30",
    "Coaching sessions cancelled at short notice from 45 to 30",
    "Repeat call-outs within 30 days of a repair from 45% to 30%",
  ])("accepts %j cut (K6)", (title) => {
    expect(review(title, 45, 30)).toBeNull();
  });

  it("accepts a rate cut in the words alone (K6)", () => {
    expect(checkCustomerValue({ title: "Lower the phishing email click rate" })).toBeNull();
    expect(checkCustomerValue({ title: "降低钓鱼演练邮件点击率" })).toBeNull();
  });
});

// Eleventh round, third part (coach-k67e), set O: its false alarms (visits or views as the base of a share or
// a rate, narrowed by "with" or a present participle, per N views, a property's rate; a deal signed in a
// market; a reading followed by what the reader then does, 并 …) and its misses by shape, each beside an
// earlier writer's where one exists (time spent watching or listening, set I; plays of a video; conversations
// started, set L's lessons started; alerts triaged, handled by another verb).
describe("set O's false alarms and misses by shape (K6, coach-k67e)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 5,
    target: 9,
    flags: [
      "Website visits from 5k to 9k",
      "Page views per session from 5 to 9",
      "Users signing in from 5k to 9k",
      "每周打开看板的业务人员占比",
      "Recipe views from 5k to 9k",
      "Listening hours per subscriber",
      "Tutorial watch time 5k → 9k hours",
      "Marketing course video plays",
      "Chatbot conversations started",
      "Analyst alerts triaged per shift",
    ],
    accepts: [
      "Share of family visitors returning within 12 months",
      "Share of store visits with a staff recommendation that leads to a purchase",
      '"I cooked this" taps per 100 recipe views',
      "Bookings per 1,000 listing views from 5 to 9",
      "Viewability of sold impressions",
      "New corporate accounts signed in the Nordics",
      "Enterprise contracts signed in Germany from 5 to 9",
      "每周自己打开看板并筛选过数据的业务人员占比",
      "每周查看日报后再调整排班的店长比例",
      "Referrals triaged by a consultant within 2 working days",
      "Share of chatbot conversations that end with the issue solved",
      "Listeners who finish a book within 30 days from 5% to 9%",
      "Play-through rate of onboarding videos",
    ],
  });

  it("reads a view rate's direction from the title's values when a field is empty", () => {
    expect(checkCustomerValue({ title: "Email click-through rate from 2.1% to 3.5%", baseline: 2.1 })).not.toBeNull();
    expect(checkCustomerValue({ title: "Phishing email click rate from 9% to 3%", baseline: 9 })).toBeNull();
  });
});

describe("set P's misses and false alarms, and the shapes several writers share (K6, twelfth round, coach-k56f)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      // Our trips, rounds, tours and missions (sets M, O and P; 查房 and 巡检 in Chinese, sets I and M).
      "Rebalancing van trips from 20 to 45 a week",
      "Rebalancing truck trips per day",
      "Scouting trips from 20 to 45",
      "Depot tours given to visiting operators",
      "Fly 45 inspection missions",
      "Pharmacist ward rounds per week from 20 to 45",
      "Drone patrols from 20 to 45 a month",
      "浇水车次从 20 车次提高到 45 车次",
      // Pages counted by their bounce rate (README; set P).
      "Recipe pages with a bounce rate above 80% from 45% to 20%",
      // A view rate with the thing clicked after it (set P).
      "Click-through rate on recommendation carousels from 20% to 45%",
      "Open rate of the weekly digest from 20% to 45%",
      // Texts sent by the verb (set P), calls per account (set P), our SMS named after its readers (set O).
      "Send 45 appointment reminder texts",
      "Customer success calls per account per quarter",
      "Check-in meetings per customer per year",
      "会员日活动短信发送量",
      // Handling per shift and by a service desk (set O).
      "安全分析师每班处理告警数",
      "服务台人均每日接单量",
      // Viewers of our reports (sets B and P), viewings (L; 带看, H and L), our staff's consultations (L; 接诊, I
      // and J), conversations by their volume word (J).
      "Weekly active report viewers",
      "Dashboard viewers from 20 to 45 a week",
      "报表周活跃查看人数由 20 提升至 45",
      "Viewings per property from 20 to 45",
      "Pharmacist consultations per week from 20 to 45",
      "机器人会话量从每月 20 万提升到 45 万",
    ],
    accepts: [
      // Customers' trips and the base of a rate stay clean.
      "Trips booked by riders from 20 to 45",
      "Complaints per 100 van trips from 45 to 20",
      "Reduce design review rounds per screen from 3 to 1.5",
      "Scheduled trips cancelled for lack of a driver from 45% to 20%",
      "巴士车次准点率从 45% 提升到 80%",
      // A flow's drop-out is not a page's bounce (README); set C's page bounce, said after the rate or in Chinese, is
      // K6 since round 14b's relabel (read in the round-14 table below).
      "新手引导跳出率从 45% 降到 20%",
      // API and support calls per customer are theirs; qualified meetings are prospects found ready.
      "API calls per customer from 20 to 45",
      "Support calls per customer from 20 to 45",
      "Qualified meetings booked by SDRs from 20 to 45",
      // Members' and families' own visits per head are their habit (sets M, O and P traps).
      "Family visits per resident per month from 20 to 45",
      "会员月均到店次数从 2.0 提升到 4.5",
      "会员月均到馆次数从 2 次提升到 4 次",
      // Invoices a customer sends with our product are their use (set P).
      "Invoices sent per customer per month from 20 to 45",
      // Viewers or viewings narrowed to an outcome are clean (a live stream's viewers are K6 since the seventeenth round).
      "Report viewers who act on an alert from 20 to 45",
      "Viewings that lead to an offer from 20 to 45",
      "Consultations booked by patients from 20 to 45",
      "机器人会话中客户确认已解决的占比从 20% 提升到 45%",
      // How often a team releases is its delivery pace (sets 07, I and O keep deploy frequency clean).
      "每日发布次数从 20 次提升到 45 次",
      "团队每周部署次数从 20 次提高到 45 次",
      // A rider's orders are not a desk's tickets (the market's supply: 接单 with no desk named).
      "骑手人均每日接单量从 20 单提升到 45 单",
    ],
  });

  // Twelfth round, second part (coach-k56g), drawn from set Q and checked on the other writers: field jobs, rounds
  // and maintenance tasks completed, pages viewed, follow-up visits in 人次, our staff's service acts per head per
  // period and anything sent to customers counted by the 条 are activity; audits, changes pushed, one stream
  // opened, beds turned over and claims reimbursed are not.
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 200,
    target: 400,
    flags: [
      "Repair jobs completed from 200 to 400",
      "Porter jobs completed from 200 to 400 a month",
      "Crew rounds completed from 200 to 400",
      "Preventive maintenance tasks completed from 200 to 400",
      "Articles viewed per visit from 200 to 400",
      "Reading sessions delivered by volunteers from 200 to 400",
      "Tutoring sessions given by our tutors from 200 to 400",
      "Product pages viewed from 200 to 400",
      "Rota notifications pushed to staff from 200 to 400",
      "家庭医生入户随访 400 人次",
      "顾问人均每周咨询量从 200 次提高到 400 次",
      "检测师人均每日检测车辆数从 200 台提升到 400 台",
      "老师课后给家长发学习反馈的条数从 200 提高到 400",
    ],
    accepts: [
      // A customer's own tasks done are the workflow completed, K6's better measure; on schedule as a share, a
      // service level.
      "Onboarding tasks completed from 200 to 400",
      "Preventive maintenance tasks completed on schedule from 20% to 40%",
      // A change pushed is deployed, not sent. (Audits carried out, K7's here before, are K6 since the README's
      // decision of round 14: read in "audits and checks carried out" below.)
      "Price changes pushed per week from 200 to 400",
      // A session held for an audience is K7's staged event; a customer's session is their use.
      "Security awareness sessions held from 200 to 400",
      "Sessions delivered by the new engine without an error from 20% to 40%",
      "Product pages viewed that lead to a booking from 200 to 400",
      "病床周转次数从 200 提升到 400",
      "门诊统筹报销人次从 200 万到 400 万",
      "理赔人次从 200 万到 400 万",
      // A load held at once is a state, not a throughput; a customer's own consulting is their use.
      "实施顾问人均同时负责项目数从 200 提升到 400",
      "用户人均每周咨询量从 200 次提高到 400 次",
      "会员人均每月咨询量从 200 提高到 400",
      "学员人均每周答疑量从 200 提高到 400",
      "检测员人均每天检测 200 台提高到 400 台的合格率",
      // Deliveries per courier are production since README round 15 (K3 or clean: sets P, AB and AC; coach-k6s-zh).
      "派件员人均日派件量从 200 件提升到 400 件",
    ],
  });

  it("reads one stream opened as a thing made, not streams played (K6, set Q)", () => {
    expect(checkCustomerValue({ title: "Open a see-and-treat stream", baseline: null, target: null })).toBeNull();
    expect(
      checkCustomerValue({ title: "Streams from 200 to 400 per month", baseline: 200, target: 400 }),
    ).not.toBeNull();
  });

  it("reads a view rate named in the metric field (K6, set K)", () => {
    const kr = { title: "Tracking links opened by recipients from 40% to 55%", metric: "tracking link open rate" };
    expect(checkCustomerValue({ ...kr, baseline: 40, target: 55, unit: "%" })).not.toBeNull();
    expect(checkCustomerValue({ ...kr, baseline: 55, target: 40, unit: "%" })).toBeNull();
    // A view rate cut, the thing clicked named after it, stays clean too.
    const phishing = { title: "Click rate on phishing simulation emails from 12% to 6%", unit: "%" };
    expect(checkCustomerValue({ ...phishing, baseline: 12, target: 6 })).toBeNull();
  });

  it("leaves a place's visits counted as a whole read (K6, set I)", () => {
    expect(checkCustomerValue({ title: "会员日均到店人次 5 万→7 万", baseline: 50000, target: 70000 })).not.toBeNull();
  });
});

describe("set R's misses and false alarms by widened classes (K6, twelfth round, third part, coach-k456h)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      // Tickets closed as work orders are; anything answered by our staff, counted upward.
      "IT tickets closed from 20 to 45",
      "Service desk tickets closed per month",
      "Tweets answered",
      "Customer emails answered from 20 to 45 a day",
      // Our staff by their trade.
      "Installer calls to customers per job from 20 to 45",
      "Fitter visits per week from 20 to 45",
      // 课时 is 时长 of the service; 抽检 by the batch; 家访 and 下田 are our visits.
      "课后辅导课时从 20 小时提升到 45 小时",
      "授课课时从 20 提升到 45",
      "抽检批次从每周 20 批提升到 45 批",
      "家访 45 户",
      "技术员下田指导 45 次",
      "班主任家访次数从 20 次提升到 45 次",
    ],
    accepts: [
      // Answered by anyone but our staff, or within a window (a service level), or a share.
      "Self-serve questions answered per PM per month from 20 to 45",
      "Questions answered by community members from 20 to 45",
      "Host messages answered within 1 hour from 20% to 45%",
      "Tickets closed and not reopened within 14 days from 20% to 45%",
      // A share of batches that passed, a share of families after a visit.
      "按图片标准收货合格的批次比例从 20% 提升到 45%",
      "抽检合格批次占比从 20% 提升到 45%",
      "老师家访后 1 个月内仍保持联系的家庭比例从 20% 提升到 45%",
      // What passes between two parties; the customers' own work completed; riders carried (set R's traps).
      "买家与卖家咨询消息数（每百单）从 20 条提升到 45 条",
      "房东和租客沟通消息数从 20 条提升到 45 条",
      "客户每周人均完成跟进记录数从 20 条提升到 45 条",
      "日均客运量从 20 万人次提升到 45 万人次",
      "地铁客运量从 20 万人次提升到 45 万人次",
    ],
  });
});

describe("set S's misses and false alarms by widened classes (K6, thirteenth round, coach-k56i)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      // Advice appointments as advice sessions (drawn from S, found on R); checks done as performed.
      "Advising appointments booked from 20 to 45",
      "Advising appointments held from 20 to 45",
      "Mentoring appointments held per month",
      "Sanitation checks done per shift from 20 to 45",
      "Cycle counts completed per week from 20 to 45",
      // Mailing is sending by post; an app's check-ins are sign-ins.
      "Mail 45,000 benefit booklets",
      "Mail out 45k renewal packs",
      "App check-ins from 20 to 45",
      "Online check-ins per week from 20 to 45",
      // An event's attendance (drawn from S, found on J and R; its own commit).
      "Open-house attendance from 20 to 45",
      "Webinar attendance 20 → 45",
    ],
    accepts: [
      // A clinic's appointments bare are the service bought (sets J and Q); scans are another rule's (audits are K6
      // since the README's decision of round 14, read below).
      "Appointments booked per day from 20 to 45",
      "Gap scans completed per store per day from 20 to 45",
      // Mail as a noun; a hotel's check-ins; a share of visits narrowed by a participle (set S's trap).
      "Mail returned undelivered from 20 to 45",
      "Hotel check-ins per night from 20 to 45",
      // A club's attendance, an attendance rate.
      "Average home attendance from 20 to 45",
      "Webinar attendance rate from 20% to 45%",
      "Share of store visits resolved in one visit from 20% to 45%",
      "Share of home visits completed on the first attempt from 20% to 45%",
    ],
  });

  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      // The count before the act; handouts claimed; 审 per head; staff inviting.
      "开展 45 次家访",
      "全年 45 次走访",
      "拉新红包领取人数从 20 万提升到 45 万",
      "优惠券领取量从 20 万提升到 45 万",
      "法务人均审合同数从每周 20 份提高到 45 份",
      "药师每天审方量从 20 张提高到 45 张",
      "话务员日均接听量从 20 个提升到 45 个",
      "运营邀请答主回答 45 万次",
      // The follow-up calls made to ask satisfaction, counted; a call with its kind between 打 and 电话.
      "市民满意度回访 45 万次",
      "班主任给家长打关怀电话 45 通",
    ],
    accepts: [
      // Words between the count and the act (a loss review to learn); a rate of visits.
      "完成 45 次丢单客户回访",
      "45 次上门率从 20% 提升到 45%",
      // 审核 and 审批 are a check and an approval; a review done within a time is a service level.
      "人均审批时长从 20 分钟降到 45 分钟",
      // A member's or a pupil's own consulting a week is their use of the service.
      "会员每周咨询量从 20 提升到 45",
      "学员每周答疑量从 20 提升到 45",
      "药师审方 2 小时内完成率从 20% 提升到 45%",
      // Customers inviting each other; satisfaction as a rating; calls coming in.
      "被邀请好友首次下单的比例从 20% 提升到 45%",
      "外呼回访满意度从 20% 提升到 45%",
      "满意度回访 100%",
      "货主因查货打来的电话从每月 45 通降到 20 通",
    ],
  });

  // Thirteenth round, second part: set T's false alarms where the rule misread the shape.
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      // Still read: people logging in, hours logged by our volunteers, visits counted, share of visits by itself.
      "Users logged in to the app from 20 to 45",
      "Students who logged in this week from 20 to 45",
      "Volunteer hours logged from 20 to 45",
      "Store visits from 20 to 45",
      "志愿者探访时长从 20 小时提升到 45 小时",
      "志愿者探访次数从 20 提升到 45",
    ],
    accepts: [
      // A quantity logged in a tool is written down, not a sign-in. (Set T's "Minutes of reading logged in the app per
      // student" is K6 since the README's label decision "Time spent is K6", round 14, as time per student: tested below.)
      "Pages of reading logged in the app per student from 20 to 45 a week",
      // Visits narrowed by "with" and an outcome, and repeat visitors as a share: the outcome, the visits its base.
      "Visits with a follow-up booked before the call ends from 20% to 45%",
      "Repeat visitors to weekend programmes from 20% to 45%",
      "Share of returning customers from 20% to 45%",
      // The family's own visits, as 到院 is.
      "家属每月探访次数从 20 次提升到 45 次",
      "家属探视次数从 20 次提升到 45 次",
    ],
  });

  // Thirteenth round, second part: widened from set T (attendees of an event we put on; vehicles inspected).
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      "Campus tour attendees from 20 to 45",
      "Webinar attendees from 20 to 45",
      "完成检测车辆数从 20 台提升到 45 台",
      "完成 45 辆车电池健康检测",
      "检测车辆数从 20 辆提升到 45 辆",
    ],
    accepts: [
      // A tour's attendance rate; attendees who went on to enrol (narrowed to the outcome by a share).
      "Tour attendance rate from 20% to 45%",
      "Share of campus tour attendees who apply from 20% to 45%",
      // A lab's samples tested, the time an inspection takes, the inspectors hired, a share of vehicles passing.
      "日检测标本量从 20 份提升到 45 份",
      "单车检测时长从 45 分钟压缩到 20 分钟",
      "检测师人数从 20 人增加到 45 人",
      "检测设备数从 20 台增加到 45 台",
      "检测合格车辆占比从 20% 提升到 45%",
    ],
  });

  it("reads a share's unit for what it counts (K6, set R's rollout)", () => {
    const kr = (title: string, unit: string) => ({ title, baseline: 20, target: 100, unit });
    expect(checkCustomerValue(kr("Tap-and-go badge login on all ward PCs", "% of PCs"))).toBeNull();
    expect(checkCustomerValue(kr("Single sign-on logins across clinic devices", "% of devices"))).toBeNull();
    expect(checkCustomerValue(kr("Weekly logins", "logins"))).not.toBeNull();
    expect(checkCustomerValue(kr("App logins from the home screen", "% of logins"))).not.toBeNull();
  });

  it("leaves an engineering tracker's tickets to K7 (K6, set L)", () => {
    const kr = (title: string) => ({ title, baseline: 0, target: 200 });
    expect(checkCustomerValue(kr("Close 200 checkout Jira tickets"))).toBeNull();
    expect(checkCustomerValue(kr("Close 200 engineering tickets"))).toBeNull();
    expect(checkCustomerValue(kr("Close 200 support tickets"))).not.toBeNull();
    expect(checkCustomerValue(kr("Help desk tickets closed from 100 to 200"))).not.toBeNull();
  });

  it("reads a call counted in the unit field (K6, set S)", () => {
    expect(checkCustomerValue({ title: "导购给会员打关怀电话", baseline: 0, target: 5000, unit: "通" })).not.toBeNull();
    // With both fields empty it is read too since the sixteenth round (coach-k6s-zh): writers W, AC, Q and Y label a contact named
    // bare with empty fields K1 and K6 ("司机端推送", "短信提醒", "每天在家长群发消息提醒", "入户随访").
    expect(checkCustomerValue({ title: "导购给会员打关怀电话", baseline: null, target: null })).not.toBeNull();
  });
  // Thirteenth round, third part (coach-k56k): checks counted in Chinese (sets M, T and V), volunteers' hours named.
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 20,
    target: 45,
    flags: [
      "开展安全检查 45 次",
      "开展专项检查 45 家次",
      "隐患排查 45 次",
      "飞行检查家次从 20 家到 45 家",
      "安全检查次数从 20 次增加到 45 次",
      "志愿者服务时长从 20 小时提升到 45 小时",
    ],
    accepts: [
      // A share that passed, a check done faster, what the checks found cut, a check of an app's pages.
      "安全检查合格率从 20% 提升到 45%",
      "单次检查时长从 45 分钟压缩到 20 分钟",
      "检查发现的隐患从 45 处降到 20 处",
      // An engineering tracker's tickets (K7's), people writing to each other.
      "关闭 45 个 Jira 工单",
      "研发工单关闭数从 20 个提升到 45 个",
      "居民群里互相提醒分类的消息数从每周 20 条提升到 45 条",
      "学员相互点评消息数从 20 条提升到 45 条",
    ],
  });

  // Thirteenth round, third part (coach-k56k): calls to learn, with a hyphen or a purpose (README: clean).
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 0,
    target: 45,
    flags: [
      "Make 45 outbound sales calls to members",
      "Renewal calls to 45 families",
      "Make 45 calls to learn Spanish with tutors a week",
      // Letters and notices sent, counted (set V): SENT_PIECES reached by the verb with its count.
      "Send 45 reminder letters",
      "Send 45,000 overdue notices",
      // Cases processed, the verb first with its count (sets T and V), the English of 受理 3 万条投诉.
      "Process 45,000 claims",
      "Process 45k benefit applications this quarter",
    ],
    accepts: [
      "Loss-review calls with 45 members who took a payday loan after being declined",
      "Hold 45 churn-interview calls with lapsed donors",
      "Missed-vaccination calls to 45 families to learn what stops them coming",
      "Visits to 45 farms to find out why yields fell",
      "Exit-review conversations with 45 leavers",
      // No count (set V's status letters, K7), and things sent that are not messages.
      "Send monthly status letters to all clients",
      "Send 45 contracts for signature",
      // Edits and orders processed; a share processed within a time.
      "Process 45k edits",
      "Process 45,000 orders",
      "Claims processed within 5 days from 20% to 45%",
    ],
  });
});

// Fourteenth round (coach-k56l): the shapes missed in three or more writers' words (the sets named by each group), each
// with its traps. One table, every KR from 30 to 45.
describe("the fourteenth round's activity shapes and their traps (K6, coach-k56l)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    baseline: 30,
    target: 45,
    flags: [
      // A like or a repost counted is a reaction to one post, attention (sets I, Y and Z label every one K6, none K5).
      "Instagram likes",
      "TikTok likes 30k → 45k",
      "Grow Facebook likes from 30k to 45k",
      "Retweets of our campaign posts from 30k to 45k",
      "直播间点赞数、评论数双双翻倍",
      "微博转发量从 30 万提升到 45 万",
      "筹款页转发次数从 30 万提升到 45 万",
      // Visitors or visits counted, "from" before the values (set Y's traps below are the share of those from a place).
      "Website visitors from 30k to 45k",
      "Museum visitors from 30% to 45%",
      "Grow app visits from 30k to 45k",
      // Patrols and shifts our people put in, and a patrol's hours (sets O, V and Y; 巡逻时长 its Chinese twin).
      "Foot patrol hours from 30 to 45",
      "Park warden patrols",
      "Outreach shifts from 30 to 45 a month",
      "Outreach shifts run",
      "Volunteer shifts scheduled",
      "Street patrols from 30 to 45 a week",
      "增派警力巡逻时长",
      "护林员巡护时长从 30 小时提高到 45 小时",
      // Quotes issued are quotes sent (sets T, V and Z; 发出报价 N 次 its Chinese twin, set U).
      "Quotes issued",
      "Number of quotes issued from 30 to 45",
      "Quotes issued from 30k to 45k",
      "发出报价 45 万次",
    ],
    accepts: [
      // A share of readers who react, reactions among customers, a cut, the verb "like".
      "Share of readers who like or repost a post from 30% to 45%",
      "推荐内容主动点赞、收藏或分享的占比从 30% 提高到 45%",
      "跑友之间的点赞评论数从每周 30 万提升到 45 万",
      "Cut likes bought from click farms from 45k to 30k",
      "Customers who say they like the new menu from 30% to 45%",
      // A share of the visitors from a place or a group is the audience's make-up (set Y's two traps).
      "Visitors from the lowest-income postcodes as share of all 30% → 45%",
      "First-time visitors from the 3 nearest wards 30% → 45%",
      "Library visitors from outside the city from 30% to 45%",
      // Shifts filled or covered (a rota kept), a share of shifts, what a patrol found, a cut.
      "Volunteer shifts filled from 30 to 45",
      "Outreach shifts covered as rostered from 30% to 45%",
      "Share of night shifts run with a second nurse from 30% to 45%",
      "Saturday shifts covered as rostered",
      "巡逻发现隐患整改率从 30% 提高到 45%",
      "Cut foot patrol hours from 45 to 30",
      // A period's quotes (set J's K3), quotes issued within a time or as a share, a quote's conversion or time.
      "Quotes issued per week 30 → 45",
      "Quotes issued within 5 minutes from 30% to 45%",
      "Share of SME quotes issued same day from 30% to 45%",
      "Quote-to-policy conversion from 30% to 45%",
      "首次报价接受率从 30% 提升到 45%",
      "出具可投保报价的中位时长从 45 分钟缩短到 30 分钟",
    ],
  });
});

// The README's label decisions of round 14 and 14b (tests/coach-corpus/README.md) that K6 reads, one table: each
// decision's shape in both languages where it exists in both, and its traps (what the decision says stays clean).
const DECIDED_IN_ROUND_14: ReadonlyArray<[string, TitleCases]> = [
  // README's label decision "Items handed out are K6" (round 14b): things the team hands out, counted upward, in both
  // languages; making them, a rate of what people do with them, a one-off to everyone, money and running totals are not.
  [
    "items handed out are our own activity (K6)",
    {
      flags: [
        "Helmets handed out",
        "Food parcels given out",
        "Smoke alarms given away from 300 to 450",
        "Distribute 1,400 laptops",
        "Distribute 20k food caddies",
        "Hand out 5,000 school kits",
        "'Stop the drip' leaflets delivered from 50k to 200k",
        "Food waste caddies delivered from 20k to 60k",
        "Leaflets distributed to GP surgeries",
        "Naloxone kits handed out on release",
        "发放优惠券 2000 万张",
        "地推发放传单 50 万张",
        "发放电子药盒 500 个",
        "风险自查问卷下发 500 份",
        "向社区居民派发防诈手册 3 万本",
      ],
      accepts: [
        // Making them (K7's), what people do with them, a one-off to everyone, a courier's volume, a bare total.
        "Print 10,000 leaflets",
        "Brochures printed",
        "Leaflets delivered to every household",
        "Coupon redemption rate from 30% to 45%",
        "Parcels delivered on time from 30% to 45%",
        "Parcels delivered per driver per day from 110 to 140",
        "Meals distributed",
        "Meals distributed since founding",
        "印制宣传单 5 万份",
        "优惠券核销率从 30% 提升到 45%",
        "发放助学金 500 万元",
        "贷款发放额从 80 亿元提升到 95 亿元",
        "向全区每户发放一次垃圾分类指南",
      ],
    },
  ],
  // README's label decision "Audits and inspections carried out are K6" (round 14): the checks the team makes, counted
  // upward; what they find or pass, a rate, where a thing is measured and one named audit are not.
  [
    "audits and checks carried out are our own activity (K6)",
    {
      flags: [
        "Supplier audits carried out from 10 to 30",
        "Store audits conducted per month from 200 to 400",
        "Supplier audits done from 20 to 45",
        "Quality audits completed",
        "Hygiene audits run",
        "Run 60 ward walk-round audits",
        "Energy audits",
        "Freight invoices audited per day 40k → 80k",
        "Contract reviews completed from 50 to 80",
        "Store spot checks from 30 to 45 a month",
        "完成审计项目 18 个",
        "飞行检查 50 家",
        "执法检查车次",
        "药师审方量从每天 800 张提升到 1200 张",
        "完成 120 台风机的叶片巡检",
      ],
      accepts: [
        "Audit score from 70 to 85",
        "Audits passed first time from 30% to 45%",
        "Share of stores passing audits from 30% to 45%",
        "Major findings per 100 audits from 30 to 45",
        "Workers at height observed tied off at spot checks",
        "Complete the SOC 2 audit",
        "Product reviews written by customers from 30 to 45",
        "审计问题数",
        "审计发现问题整改率从 30% 提升到 45%",
        "安全检查合格率从 30% 提升到 45%",
        "检查发现隐患 300 处",
        "完成 SOC 2 审计",
      ],
    },
  ],
  // README's label decisions "Cases handled for customers are K6, in total as per person" (round 14b) and "Work handled per
  // person" (round 14): cases and checks worked through, in total or per person, in both languages; demand received, a
  // period's volume, a service level, sales per rep, goods handled and rates are not.
  [
    "cases handled for customers are our own activity (K6)",
    {
      flags: [
        "Claims processed",
        "Decisions issued",
        "Contracts reviewed",
        "Screen 900 candidates",
        "Cargo enquiries screened from 300 to 600 a month",
        "Claims processed per handler per day 14 → 22",
        "Claims processed per handler per day 30 → 45",
        "Alerts cleared per analyst per day from 40 to 60",
        "Complaints closed per handler per day from 6 to 9",
        "办件量从每月 40 万件提升到 60 万件",
        "受理量",
        "结案数",
        "调解案件数",
        "投诉处理量从 8000 件提升到 12000 件",
        "维修工单数",
        "简历筛选量从 5000 份提升到 1 万份",
        "筛选简历 1200 份",
      ],
      accepts: [
        // A customer's applications (demand); bare "Applications submitted" is a grant team's bids since round 15b.
        "Loan applications submitted from 30 to 45",
        "Contracts reviewed per day across customers 30 → 45",
        "At-risk alerts reviewed by a CSM within 2 working days",
        "Average deals closed per rep per month from 30 to 45",
        "Gross claims processed from $40M to $48M",
        "Orders picked per picker per hour from 30 to 45",
        "Total containers handled this year",
        "Containers handled year to date",
        "办结率从 30% 提升到 45%",
        "受理时长从 45 分钟缩短到 30 分钟",
        "投诉量",
        "简历投递量从 30 份提升到 45 份",
      ],
    },
  ],
  // README's label decision "Training our own people is K7" (round 14): training hours delivered to our own staff are K7's
  // initiative, not K6's activity; the learner's own time in an e-learning app stays time spent (K6).
  [
    "training our own people is not K6's activity",
    {
      flags: ["E-learning hours logged", "App 学习时长人均每周", "Tutoring hours delivered from 30 to 45"],
      accepts: [
        "Training hours delivered from 2,000 to 3,500",
        "Ramp staff training hours from 900 to 1,500",
        "Training hours per new hire from 6 to 12",
        "培训课时数从 1,600 小时提高到 3,000 小时",
        "保障人员培训时长从 1200 小时提高到 2000 小时",
        "护士培训时长",
      ],
    },
  ],
  // README's label decision "Footfall is K6" (round 14), in Chinese as "footfall" and "store visits" are read in English:
  // a store's visits counted upward; a conversion, a member's own visits, ridership, an attraction's visitors, a cut are not.
  [
    "footfall in Chinese is activity (K6)",
    {
      flags: [
        "门店客流量从 900 万提升到 1000 万",
        "到店客流从 120 万人次提升到 150 万人次",
        "进店客户数从每月 1200 组提升到 1500 组",
        "门店客流量 +25%",
      ],
      accepts: [
        "进店转化率从 30% 提升到 45%",
        "进店客户成交率从 30% 提升到 45%",
        "会员月均到店次数从 3 次提升到 4 次",
        "早高峰进站客流从每天 120 万人次提高到 130 万人次",
        "景区客流量",
        "顾客从进店到结账的中位时长从 45 分钟降到 30 分钟",
      ],
    },
  ],
  // README's label decision "Events held are K7; meetings with a customer are K6" (round 14): a QBR held, counted, in
  // Chinese as in English; a webinar held is an event for an audience (K7's), whoever it is with.
  [
    "meetings with a customer are K6, events held are not",
    {
      flags: [
        "完成QBR",
        "QBR 会议举办 80 场",
        "季度业务回顾会 40 场",
        "季度业务回顾（QBR）召开 80 场",
        "Hold 60 QBRs with key accounts",
        "Webinar attendance 1,200 → 3,000",
      ],
      accepts: [
        "QBR 覆盖率从 30% 提升到 45%",
        "完成 QBR 的重点客户占比从 30% 提升到 45%",
        "举办 12 场客户大会",
        "Run 25 webinars for prospects with partners",
        "Host 12 seller onboarding webinars",
      ],
    },
  ],
  // README's label decision "A bounce rate of pages is K6 (set C too)" (round 14b): the page named after the rate or in
  // Chinese; a flow's drop-out rate stays clean.
  [
    "a page's bounce rate, named after it or in Chinese, is K6",
    {
      flags: ["Bounce rate on hotel pages from 46% to 40%", "详情页跳出率从 48% 降到 42%", "网站跳出率从 62% 降到 45%"],
      accepts: ["新手引导跳出率从 45% 降到 30%", "Checkout drop-out rate from 45% to 30%"],
    },
  ],
];

describe("the README's label decisions of round 14 (K6)", () =>
  keyResultDecisionCases("K6", checkCustomerValue, DECIDED_IN_ROUND_14));

// The fourteenth round's shapes read by coach-k56n (sets AA and AB with the writers who share them), one table.
const READ_IN_ROUND_14_K56N: ReadonlyArray<[string, TitleCases]> = [
  [
    "sessions our people give or customers book, counted (K6, fourteenth round, sets AA, AB, Q and Y, coach-k56n)",
    {
      flags: [
        "Free taster sessions given 300 → 700",
        "Physio sessions delivered",
        "Induction sessions booked",
        "Reading sessions delivered by volunteers from 30 to 45",
        "Number of advice sessions held from 30 to 45",
      ],
      accepts: [
        // Events for an audience (K7's by the README's label decision), sessions completed, the base of a rate, a share,
        // what came of them.
        "Creator Q&A sessions run",
        // Relabelled K7 by the README decision "Sessions for a group are K7" (round 16): K7 reads it since.
        "Activity sessions run",
        "Farmer training sessions delivered from 30 to 45",
        "Number of after-school catch-up sessions held from 30 to 45",
        "Security awareness sessions held",
        "Therapy sessions completed from 30 to 45",
        "No-shows per 100 sessions booked from 45 to 30",
        "Share of physio sessions delivered within a week of referral from 30% to 45%",
        "Taster sessions given that end in a membership from 30 to 45",
        "Physio sessions cancelled",
      ],
    },
  ],
  [
    "contact with qualified customers, in Chinese as in English (K6, fourteenth round, set AA, coach-k56n)",
    {
      flags: ["与客户的沟通次数", "拜访合格供应商次数", "与新客户的沟通次数从 30 次提高到 45 次"],
      accepts: [
        "与新的合格客户的沟通次数",
        "将与新的合格客户的有效沟通从每月 30 次提高到 45 次",
        "与合格决策人的会面次数从 30 次提高到 45 次",
        "Qualified meetings booked by SDRs from 30 to 45",
      ],
    },
  ],
  [
    "work orders and checks per head in Chinese (K6, README's label decision 'Work handled per person', sets AB, J and V, coach-k56n)",
    {
      flags: [
        "维修师傅人均日完成工单数",
        "工程人员人均完成工单数",
        "检测员人均每天检测 30 台 → 45 台",
        "品控员人均日检测样品从 30 个提升到 45 个",
        "客服人均每天关闭工单从 30 单提升到 45 单",
      ],
      accepts: [
        // Customers' own work, a share that passed, a fall.
        "客户人均完成工单数",
        "用户人均每周完成工单 3 个",
        "检测员人均每天检测合格率从 30% 提升到 45%",
        "维修师傅人均日返工工单数从 45 降到 30",
      ],
    },
  ],
  [
    "time per person who uses the product, raised (K6, README's label decision 'Time spent is K6', sets AA, AB, O and T, coach-k56n)",
    {
      flags: [
        "Average hours per subscriber per week 30 → 45",
        "Minutes of reading logged in the app per student from 30 to 45 a week",
        "Hours watched per subscriber per week",
        "Practice minutes per learner per week",
      ],
      accepts: [
        // A utility's minutes without power per customer, time lost, saved, waited or slept, a cut.
        "Average outage minutes per customer (SAIDI) from 45 to 30",
        "Minutes without power per customer",
        "Minutes waited per visitor from 30 to 45",
        "Hours saved per user per week",
        "Hours of sleep per child from 30 to 45",
        "Cut minutes per learner spent on set-up from 45 to 30",
      ],
    },
  ],
];

describe("the fourteenth round's shapes on sets AA and AB (K6, coach-k56n)", () =>
  keyResultDecisionCases("K6", checkCustomerValue, READ_IN_ROUND_14_K56N));

// The fifteenth round's shapes, first read on sets AC and AD (the newest writers, who follow round 14's label decisions),
// each found in three or more writers' words.
const READ_IN_ROUND_15_K56O: ReadonlyArray<[string, TitleCases]> = [
  [
    "things our people check, counted bare, by our staff or per one of them (K6, README's label decisions on audits and work per person, sets AC, AD, J, K, M, Q, S, T and V, coach-k56o)",
    {
      flags: [
        "Prescriptions reviewed by pharmacists per day 30 → 45",
        "Orders manually reviewed by risk analysts: 45k",
        "Pairs authenticated per authenticator per day 30 → 45",
        "Reports reviewed by the anti-cheat team per week 30k → 45k",
        "KYC documents reviewed per analyst per day 30 → 45",
        "LC documents checked per examiner per day 30 → 45",
        "Manual reviews per analyst per day 30 → 45",
        "Instruments calibrated",
        "Samples tested from 30 to 45",
        "Carrier invoices audited per day 30k → 45k",
      ],
      accepts: [
        // A service level, a share, the customers' or a peer's own checking, the product's volume across its users, a ratio
        // per customer.
        "Alerts reviewed by analysts within 4h: 100%",
        "Flagged listings reviewed within one day: 100%",
        "Share of forecasts reviewed by planners from 30% to 45%",
        "Applications reviewed by a peer before submission from 30% to 45%",
        "Code changes reviewed by a peer from 30 to 45",
        "Contracts reviewed per day across customers 30k → 45k",
        "Assignments graded with a reused rubric: 30% -> 45%",
        "Reviews per customer from 2 to 4",
        "Listings checked by customers from 30 to 45",
      ],
    },
  ],
  [
    "checks our people carry out, counted, in Chinese (K6, the twin of the English reading, sets AC, AD, AA, K, L, M, O, P, R, V and Z, coach-k56o)",
    {
      flags: [
        "人工审核件数",
        "运维巡检 30 万次",
        "样品评审 2000 款",
        "验证工程师人均完成验证台数",
        "定检完成台次",
        "检修台数",
        "合同审核量从 300 份提升到 450 份",
      ],
      accepts: [
        // A window, a share, a rate, the time a check takes, what it found, the items a test covers, a lab's production.
        "合同审核 3 个工作日内完成的比例从 30% 提升到 45%",
        "100% 被举报商品 2 小时内完成审核",
        "巡检合格率从 30% 提升到 45%",
        "单车检测时长由 45 分钟压缩到 30 分钟",
        "巡检发现隐患数从 45 降到 30",
        "检测项从 300 项增加到 450 项",
        "日检测标本量从 3000 份提升到 4500 份",
        // A laboratory's samples tested for those who send them, K3's since README round 16 (set AD; coach-k6s-zh).
        "样品检测量",
      ],
    },
  ],
  [
    "events and workshops the team puts on are K7's, not K6 (README's label decision 'Events held are K7', sets AD, AB and R, coach-k56o)",
    {
      flags: [
        // A workshop with an account is a meeting with a customer; what the audience does stays read.
        "Hold 40 migration workshops with desktop-heavy accounts",
        "Parents attending reading workshops: 30 → 45",
        "Demos booked from 30 to 45",
      ],
      accepts: [
        "Run 4 leadership workshops for team leads",
        "Number of welcome events",
        "Campus events",
        "Complete 40 kaizen events",
      ],
    },
  ],
  [
    "the contact we send named bare in Chinese, its count in the fields (K6, sets AC, AA, Z, O, Y and AB, coach-k56o)",
    {
      flags: ["社群消息推送", "课程顾问外呼", "短信提醒", "航变短信", "售后回访电话", "催款函发送", "续费提醒推送"],
      accepts: [
        // A feature or a project, calls coming in, a rate, money.
        "完成新版工资条设计并全员推送",
        "短信提醒功能上线",
        "投诉电话",
        "短信提醒送达率从 90% 提升到 99%",
        "短信费用从 30 万元降到 20 万元",
        "买家之间的私信发送量",
      ],
    },
  ],
  [
    "a search built, launched or moved is a feature, not searches counted (K6, sets AC, AA and R, coach-k56o)",
    {
      flags: ["Searches per visit from 2 to 4", "Site searches from 30k to 45k"],
      accepts: ["Migrate search to new cluster", "Launch semantic search", "Move search to OpenSearch"],
    },
  ],
  [
    "a portal's or a viewer's sessions are app sessions by another name (K6, set AD, coach-k56o)",
    {
      flags: ["Distributor portal sessions", "Twin viewer sessions", "Supplier portal sessions from 30k to 45k"],
      accepts: [
        "Portal crashes per 1,000 portal sessions from 4 to 2",
        "Distributors who place an order in the portal from 30% to 45%",
      ],
    },
  ],
  [
    "tickets resolved and jobs done, counted (K6, README's cases decision, sets AC and AD, coach-k56o)",
    {
      flags: ["Return tickets resolved", "Support tickets resolved", "Repair jobs done"],
      accepts: ["Tickets resolved on first contact from 30% to 45%", "Share of tickets resolved within a day"],
    },
  ],
  [
    "our engineers' or consultants' days at a customer's, in Chinese (K6, the days of 'hours of a service our people give', sets AD and M, coach-k56o)",
    {
      flags: [
        "实施顾问驻场天数",
        "技术服务工程师出差天数",
        "现场调试工程师人天",
        "服务工程师驻矿天数从 1200 天提高到 1800 天",
      ],
      accepts: [
        // Billable hours, days lost, a cut.
        "实施顾问人均计费工时从每月 120 小时到 150 小时",
        "工程师等待备件天数从 6 天降到 2 天",
      ],
    },
  ],
];

describe("the fifteenth round's shapes on sets AC and AD (K6, coach-k56o)", () =>
  keyResultDecisionCases("K6", checkCustomerValue, READ_IN_ROUND_15_K56O));

describe("a check written bare with nothing counted in its fields (K6, set AD, coach-k56o)", () => {
  it("leaves a review to do with empty fields alone: a task (K7's), not checks counted", () => {
    expect(checkCustomerValue({ title: "出海方案评审", baseline: null, target: null })).toBeNull();
    expect(checkCustomerValue({ title: "完成 3 条线的 GMP 再验证", baseline: 0, target: 3, unit: "条" })).toBeNull();
  });
  it("reads a check written bare with its count raised in the fields", () => {
    expect(checkCustomerValue({ title: "商家证照抽查", baseline: 20000, target: 50000 })).not.toBeNull();
  });
});

// README's label decisions of round 15, read by coach-k56p: our own working meetings counted (writers L, O, Q, V, Z, M and K
// in Chinese; T and AD in English, the twin), and the work a tool does for its users (writers AA, J and P) not K6. Then sets
// AG and AH: shapes every writer reads, in these writers' words (meetings with a sponsor, a licensee or a customer counted,
// impressions with their 次 in the unit, checks and reviews per head, README's decision "Work handled per person").
const READ_IN_ROUND_15_K56P: ReadonlyArray<readonly [string, TitleCases]> = [
  [
    "our own working meetings held, counted, are K6 (README's decision 'Our own meetings held are K6', round 15)",
    {
      flags: [
        "召开质量改进会议 24 次",
        "召开产销协同会议 12 次",
        "召开项目启动会 150 场",
        "召开质量分析会 12 次",
        "组织人才盘点会 10 场",
        "组会次数从每月 2 次增加到 4 次",
        "一对一辅导会议从 500 次增加到 1000 次",
        "与审评机构沟通会议 20 次",
        "Buddy check-ins held from 500 to 1,500",
        "Model reviews held with the construction team",
        "Cost reviews held with departments",
      ],
      accepts: [
        // Events for an audience, conferences attended, a briefing or training, a share, a room, a task with no count.
        "举办学术会议 40 场",
        "开展主题班会 80 次",
        "影院经理交流会 12 场",
        "参加 DIA 等会议 4 场",
        "安全交底会 300 次",
        "周会决策中引用指标的比例从 35% 提升到 55%",
        "会议室预订冲突从每周 40 次减少到 10 次",
        "每周开故障复盘会",
        "Hold weekly discharge huddles",
        "Mock panel reviews held before submission for bids over £250k, 40% to 90%",
        "Customer reviews held on our site",
      ],
    },
  ],
  [
    "calls and builds a tool serves are not K6 (README's decision 'Work a tool or service does for its users is not K6', round 15)",
    {
      flags: ["功能使用次数", "扫码次数从 200 万提升到 300 万", "App 打开次数"],
      accepts: [
        "函数调用次数",
        "开放 API 日调用量",
        "接口调用量从 600 万提升到 1000 万",
        "构建次数从每天 9000 提升到 15000",
      ],
    },
  ],
  [
    "meetings with a customer or partner counted, and impressions in 万 or 亿 (K6, sets AH, AD and T)",
    {
      flags: [
        "与赞助商一对一洽谈 40 次",
        "与被授权方洽谈 80 次",
        "与客户 CIO 一对一技术交流 40 次",
        "开屏广告曝光 3 亿→5 亿",
        "名师课曝光 4000 万→1 亿",
        "Supplier negotiations held from 20 to 60",
      ],
      accepts: [
        "重新谈判供应商合同 12 份",
        "离职面谈覆盖率从 40% 提升到 90%",
        "违规视频在曝光 1000 次前被处理的比例从 82% 提升至 95%",
        "曝光前拦截率从 88% 提升到 95%",
      ],
    },
  ],
  [
    "checks and reviews per head, in Chinese (K6, sets AG and AH beside AA, AC, L, O and P)",
    {
      flags: [
        "人均每日复核预警数从 40 笔提升到 65 笔",
        "调查员人均调查案件数",
        "编辑审稿量人均每周从 60 本提升到 90 本",
        "人审量每人每天 800 条→1200 条",
        "老师人均日批改 80 份→120 份",
        "审核员人均日审核量从 2000 提升到 3000",
      ],
      accepts: ["人均审核时长从 20 分钟降到 10 分钟", "人均复核耗时", "人均调查满意度从 4.1 提升到 4.5"],
    },
  ],
];

describe("the README's label decisions of round 15 (K6, coach-k56p)", () =>
  keyResultDecisionCases("K6", checkCustomerValue, READ_IN_ROUND_15_K56P));

describe("a working meeting counted only in its fields (K6, round 15, coach-k56p)", () => {
  it("reads an own meeting with its count in the fields, and leaves it with none or a cut", () => {
    expect(checkCustomerValue({ title: "S&OP 会议", baseline: 0, target: 12, unit: "次" })).not.toBeNull();
    expect(checkCustomerValue({ title: "采购会议", baseline: 10, target: 20, unit: "次" })).not.toBeNull();
    expect(checkCustomerValue({ title: "每周销售例会改为每天", baseline: null, target: null })).toBeNull();
    expect(checkCustomerValue({ title: "周会次数从每周 3 次减少到 1 次", baseline: 3, target: 1 })).toBeNull();
  });
});

// Sets AG and AD (coach-k56p): items handed out and calls with their count in the fields, with 万.

describe("items handed out and calls with their count in the fields, in 万 (K6, sets AG and AD, coach-k56p)", () => {
  const counted = (title: string, unit: string, baseline: number, target: number) =>
    checkCustomerValue({ title, baseline, target, unit });
  it("reads items handed out and calls counted in the unit field with their magnitude", () => {
    expect(counted("营销红包发放", "万个", 1000, 3000)).not.toBeNull();
    expect(counted("发放加油券", "万张", 10, 20)).not.toBeNull();
    expect(counted("发放物料（台卡、贴纸）", "万套", 10, 25)).not.toBeNull();
    expect(counted("客户经理投后陪伴电话", "万通", 2, 5)).not.toBeNull();
  });
  it("leaves cards issued, samples labelled, a cut and a request for a call", () => {
    expect(counted("发卡量", "万张", 30, 45)).toBeNull();
    expect(counted("标注样本量", "万张", 50, 200)).toBeNull();
    expect(counted("营销红包发放", "万个", 3000, 1000)).toBeNull();
    expect(counted("关于“还款金额不对”的进线量", "万通", 2.4, 1)).toBeNull();
    expect(counted("询盘量", "万条", 22, 35)).toBeNull();
  });
});

describe("a service level, a one-off to all and a share of time, read as clean (K6, sets AG and AH, coach-k56p)", () => {
  const inPercent = (title: string, baseline: number, target: number) =>
    checkCustomerValue({ title, baseline, target, unit: "%" });
  it("leaves the percent in the unit field: answered within a time, sent to all, a share of listening time", () => {
    expect(inPercent("Emergency chats answered by a person within 3 minutes", 54, 85)).toBeNull();
    expect(inPercent("Scam awareness emails sent to all customers over 65", 0, 100)).toBeNull();
    expect(inPercent("Share of listening time on artists found in the last 90 days 8% → 12%", 8, 12)).toBeNull();
  });
  it("still reads the counts beside them", () => {
    expect(review("Emergency chats answered by a person", 5000, 8000)).not.toBeNull();
    expect(review("Coach messages sent to each member per week from 2 to 5", 2, 5)).not.toBeNull();
    expect(review("Listening time per user from 40 to 55 minutes", 40, 55)).not.toBeNull();
  });
});

describe("organic sessions and a site's sessions in a Chinese title (K6, sets AH and S, coach-k56p)", () => {
  it("reads them as website sessions are read, and leaves a cut or a share", () => {
    expect(review("Organic sessions 1.9M → 2.8M", 1900000, 2800000)).not.toBeNull();
    expect(review("独立站 Sessions 从 120 万提升到 200 万", 120, 200)).not.toBeNull();
    expect(review("Share of organic sessions that end in a sign-up from 2% to 4%", 2, 4)).toBeNull();
    expect(review("独立站 Sessions 跳出率从 60% 降到 45%", 60, 45)).toBeNull();
  });
});

// Issue 17, sixteenth round (coach-k56r): a network surveyed, inspected or patrolled, counted by its length (sets M, Z and AE), the
// README's decision "Audits and inspections carried out are K6"; traps: works on the network (K7's), a cut, a rate. 检漏 by its
// distance is read since README round 16c relabelled set Q's 检漏里程 K6 (coach-k6s-zh, with W's 检漏 and AE's 路测).
describe("a network inspected counted by its length (K6, sets M, Z and AE, coach-k56r)", () =>
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "Km of main surveyed for leaks 400 → 900",
      "Kilometres of sewer inspected by CCTV from 200 to 450",
      "Miles of overhead line patrolled from 1,200 to 2,000",
      "巡视线路 8000 公里",
      "听漏检测 1200 公里",
      "听漏检测公里数",
      "巡查河道 300 公里",
      "检漏里程 800 公里",
      "检漏 500 公里",
      "路测 3000 公里",
    ],
    accepts: [
      "Replace 40 km of mains",
      "Vegetation cleared along 1,200 km of overhead line",
      "Bursts per 1,000 km of main from 160 to 60",
      "更换老旧管网 30 公里",
      "每百公里爆管次数从 8 次降到 5 次",
    ],
  }));

// Issue 17, sixteenth round, part 2 (coach-k6r): a message of ours opened, as a share raised (sets AE, AI and K), is its open
// rate; traps: accounts, tickets or disputes opened (their own act), a cut, opened within a window, and what came after.
describe("a message opened, raised, is an open rate (K6, sets AE, AI and K, coach-k6r)", () => {
  const inPercent = (title: string, baseline: number, target: number) =>
    checkCustomerValue({ title, baseline, target, unit: "%" });
  it("reads messages, e-mails, texts and links opened or clicked, raised", () => {
    expect(inPercent("Renewal reminder emails opened 35% → 50%", 35, 50)).not.toBeNull();
    expect(inPercent("Post-first-visit follow-up message opened 41% → 60%", 41, 60)).not.toBeNull();
    expect(inPercent("Appointment texts clicked from 12% to 20%", 12, 20)).not.toBeNull();
    expect(inPercent("续费提醒邮件打开率从 35% 提升到 50%", 35, 50)).not.toBeNull();
  });
  it("leaves accounts, tickets and disputes opened, a cut, a window and what came after", () => {
    expect(inPercent("Accounts opened by under-25s 30% → 45%", 30, 45)).toBeNull();
    expect(review("Disputes opened per 1,000 contracts 11 → 7", 11, 7)).toBeNull();
    expect(inPercent("Phishing test emails clicked from 12% to 6%", 12, 6)).toBeNull();
    expect(inPercent("Crisis alerts opened within 2 hours from 20% to 60%", 20, 60)).toBeNull();
    expect(inPercent("Renewal reminder emails opened and renewed online 20% → 35%", 20, 35)).toBeNull();
    expect(inPercent("续费提醒邮件打开率从 35% 降到 20%", 35, 20)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 2 (coach-k6r): two false alarms of set AF and AE, each a shape other writers leave clean.
describe("an experiment's variants tested and one message to send as a task, clean (K6, sets AF and AE, coach-k6r)", () => {
  it("leaves variants, hypotheses and concepts tested (experiments run) and still reads checks tested", () => {
    expect(review("Paywall copy variants tested", 2, 10)).toBeNull();
    expect(review("Hypotheses tested with a prototype", 0, 6)).toBeNull();
    expect(review("Pricing page concepts tested from 3 to 8", 3, 8)).toBeNull();
    expect(review("Samples tested from 9,000 to 11,000", 9000, 11000)).not.toBeNull();
    expect(review("Instruments calibrated from 400 to 700", 400, 700)).not.toBeNull();
  });
  it("leaves one message to send with no count as a task, and reads messages sent with their count", () => {
    const task = (title: string) => checkCustomerValue({ title, baseline: null, target: null });
    expect(task("Send weekly earnings tips email")).toBeNull();
    expect(task("Send a product update email to admins")).toBeNull();
    expect(review("Send payment reminder emails", 1200, 3000)).not.toBeNull();
    expect(task("Send 5,000 prospecting emails a week")).not.toBeNull();
    expect(checkCustomerValue({ title: "Send a renewal email", baseline: 200, target: 400 })).not.toBeNull();
  });
});

// Issue 17, sixteenth round, part 2 (coach-k6r): safety and shelf walks our managers make (writers AE, AD, Z, AK and AJ) are
// inspections carried out; grant applications our people submit (writers M, R, S, T, Y and W) are bids. Traps: a dog walk (the
// service itself), a customer's application (demand) and a share of either.
describe("safety walks and grant applications counted (K6, round 16, coach-k6r)", () =>
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "Safety walks by managers 150 → 300",
      "Number of safety walks by managers",
      "Conduct 1,200 shelf gap walks across 84 stores",
      "Gemba walks from 20 to 60 a month",
      "Grant applications submitted from 140 to 220",
      "Applications submitted",
    ],
    accepts: [
      "Walks starting within 15 minutes of the booked time from 81% to 100%",
      "Walks with a lost-dog incident per 10,000 walks from 3.1 to 1.5",
      "Mortgage applications submitted from 2,000 to 3,000",
      "Permit applications submitted fully online: 34% → 60%",
      "Licence application submitted",
      "Share of safety walks that close every hazard found from 40% to 70%",
    ],
  }));

// Issue 17, sixteenth round, part 2 (coach-k6s-zh): the Chinese shapes of sets AE, AF and W that three or more writers share, each
// with its traps: calls taken by their volume word, visits to our site, consultations in total, our own meetings with 召开 after
// them, checks by more verbs and by what they cover, and a contact named bare with both fields empty.
describe("the sixteenth round's Chinese activity shapes and their traps (K6, coach-k6s-zh)", () => {
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      // Calls taken (AE, AF, AH, Y).
      "人均日接话量 95 通→120 通",
      "会员专属客服接起量",
      "听众热线接入量 8000→12000",
      "调度员人均日接警量 110→150",
      // Visits to our site (Z, AJ, AI, AB).
      "来访量",
      "售楼处来访量从 3800 组提升到 6000 组",
      "到访客户 800 组",
      "新客到店量从每月 3000 人提升到 4500 人",
      "校园开放日到访人数 5000",
      // Consultations in total (README round 15b; Q, S, V, W, Y, AA, AC, AF, AI).
      "问诊量",
      "在线问诊量从每月 8 万单提升到 15 万单",
      "问诊单量",
      "门诊量从每日 8000 人次增加到 9500 人次",
      "线上问诊咨询量",
      // Our own meetings with 召开 after them (AJ, AK; F's QBR 召开次数).
      "周例会召开次数",
      "选址评审会召开 20 次",
      "商户经营分析会召开 50 场",
      "投后季度评审会召开4次",
      // Checks by more verbs, with a period, and by what they cover (AE, AF, AG, AK, Z).
      "服务通话质检 每月 6000 通→12000 通",
      "牧场巡检 每月 60 场次→120 场次",
      "制裁筛查人工复核量3万→5万",
      "为客户人工复核发票张数",
      "子公司税务自查60次",
      "隐患排查2000项",
      "子公司劳动用工风险排查30家",
      "人审量",
      "微生物检测样本量每周 400 个→700 个",
      "LDAR 检测点位数量",
      "巡检商户数从 2 万户提升到 5 万户",
      "合规抽查费用单据300笔",
      // Checks per head stay read with samples (README round 14b's own example).
      "品控员人均日检测样品从 40 个提升到 60 个",
      // A staff member's consults per head stay read without deliveries.
      "顾问人均每周咨询量从 25 次提高到 40 次",
    ],
    accepts: [
      // Systems or partners 接入, a rate of calls taken.
      "客服接起率从 85% 提升到 95%",
      "互联互通平台接入数 6→12 家",
      "研发效能平台接入 200 个代码仓库",
      // A counsellor's client interviewed to learn; a member's own visits.
      "来访者访谈 30 人，了解换咨询师的原因",
      "会员月均到店次数从 1.6 提升到 2.0",
      // A claim paid out, a consultation's score, a feature built.
      "门诊统筹报销人次从 90 万到 120 万",
      "门诊满意度从 86 分提升到 99 分",
      "上线智能预问诊",
      // Events put on for an audience, the verb and count before the meeting (sets S and V, K7).
      "召开 40 场农民观摩会",
      "召开货主座谈会 4 次",
      "举办招商会 10 场",
      // A feature, a laboratory's tests for those who send samples (README round 16), our inspectors, what checks find, a score.
      "PDA 扫码复核功能全量上线",
      "样品检测量",
      "日检测标本量从 8000 份提升到 1 万份",
      "检测师人数从 900 人增加到 1,200 人",
      "排查发现隐患 300 项",
      "通话质检评分从 85 分到 90 分",
      // Deliveries per courier are production (README round 15, sets P, AB and AC: K3).
      "派件员人均日派件量从 150 件提升到 190 件",
      "快递员人均日派件从 180 件提升到 220 件",
    ],
  });
  it("reads fewer consultations, calls or visits as a cut, not activity", () => {
    expect(review("问诊中途掉线次数从每千次 14 次降到 5 次", 14, 5)).toBeNull();
    expect(review("营业厅到访人次从每月 4.5 万降至 2.5 万", 45000, 25000)).toBeNull();
    expect(review("听众热线接入量 12000→8000", 12000, 8000)).toBeNull();
  });
  it("reads 日内 as 天内: what merchants do within a window after reading is the outcome (set AF)", () => {
    const share = (title: string) => checkCustomerValue({ title, baseline: 30, target: 42, unit: "%" });
    expect(share("投放后 7 日内看过效果报告的商家再次投放比例")).toBeNull();
    expect(share("厂长每周查看生产日报的比例")).not.toBeNull();
  });
  it("reads a contact named bare with both fields empty (W, AC, Q, Y), and leaves a bare follow-up, a feature and a task", () => {
    const bare = (title: string) => checkCustomerValue({ title, baseline: null, target: null });
    expect(bare("司机端推送")).not.toBeNull();
    expect(bare("业务员拜访客户")).not.toBeNull();
    expect(bare("短信提醒")).not.toBeNull();
    expect(bare("每天在家长群发消息提醒")).not.toBeNull();
    expect(bare("入户随访")).not.toBeNull();
    expect(bare("随访")).toBeNull();
    expect(bare("上线 AI 外呼助手")).toBeNull();
    expect(bare("开发评论@提醒功能")).toBeNull();
    expect(bare("完成新版工资条设计并全员推送")).toBeNull();
    expect(review("买家与卖家互发消息数", 50, 80)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 3 (coach-k6t-en): reviews of any kind and tests our people carry out, counted upward, are
// checks made (README: "Audits and inspections carried out are K6"; sets W, AO, AI, AJ, AG, AK, L, AF, AH, AD and Z); traps:
// customers' reviews, experiments and discovery tests, a lab's or a clinic's tests, bare "Tests run", one review to do, a
// service level and a share.
describe("reviews and tests carried out are checks made (K6, sets W, AO, AI, AJ, AG, AK, L, AF, AH, AD and Z, coach-k6t-en)", () => {
  it("reads reviews of any kind carried out and tests run on our own work, counted upward", () => {
    expect(review("Site reviews carried out from 30 to 60", 30, 60)).not.toBeNull();
    expect(review("Medication reviews carried out 9,000 → 14,000", 9000, 14000)).not.toBeNull();
    expect(review("Access reviews completed 40 → 120", 40, 120)).not.toBeNull();
    expect(review("Supplier price reviews conducted", 8, 30)).not.toBeNull();
    expect(review("Penetration tests run on the lock firmware from 2 to 4", 2, 4)).not.toBeNull();
    expect(review("Manual test cases executed", 2400, 4000)).not.toBeNull();
    expect(review("Test cases executed per sprint", 900, 1500)).not.toBeNull();
    expect(review("Factory acceptance tests witnessed", 12, 20)).not.toBeNull();
  });
  it("leaves customers' reviews, experiments, a lab's tests, bare tests run, one review to do, a window and a share", () => {
    expect(review("Customer reviews completed after delivery from 2,000 to 3,000", 2000, 3000)).toBeNull();
    expect(review("Creative A/B tests run: 40", 15, 40)).toBeNull();
    expect(review("Usability tests run", 2, 8)).toBeNull();
    expect(review("Fake-door tests run on the German landing page", 0, 4)).toBeNull();
    expect(review("Blood tests done per day from 800 to 1,100", 800, 1100)).toBeNull();
    expect(review("Tests run from 410k to 450k", 410000, 450000)).toBeNull();
    expect(review("Quarterly access reviews completed", 0, 1)).toBeNull();
    expect(review("Access reviews completed on time", 75, 100)).toBeNull();
    expect(
      checkCustomerValue({ title: "Access reviews completed on time", baseline: 75, target: 100, unit: "%" }),
    ).toBeNull();
  });
});

// Issue 17, sixteenth round, part 3 (coach-k6t-en): queries, a complaint's file and tickets processed are cases handled by
// other names (README: "Cases handled for customers are K6"; sets AE, AI and AO); traps: edits, runs and jobs processed.
describe("queries, case files and tickets processed are cases handled (K6, sets AE, AI and AO, coach-k6t-en)", () => {
  it("reads queries and case files processed, opening the title, and tickets processed after their noun", () => {
    expect(
      checkCustomerValue({ title: "Process 60,000 billing queries", baseline: null, target: 60000 }),
    ).not.toBeNull();
    expect(review("Process 2,400 complaint files", 1800, 2400)).not.toBeNull();
    expect(review("RMA tickets processed from 2,000 to 2,600", 2000, 2600)).not.toBeNull();
  });
  it("leaves edits, payroll runs and print jobs processed, and tickets processed within a window", () => {
    expect(review("Process 500k edits", 0, 500000)).toBeNull();
    expect(review("Process 400 data files", 100, 400)).toBeNull();
    expect(review("Payroll runs processed", 14000, 18000)).toBeNull();
    expect(review("Print jobs processed from 2M to 3M", 2, 3)).toBeNull();
    expect(review("RMA tickets processed within 2 days from 60% to 90%", 60, 90)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 3 (coach-k6t-en): items mailed, or posted or given to people, are items handed out
// (README: "Items handed out are K6"; sets AO, AI, AG, AD and AJ); traps: content posted, talks given, posted to the app,
// money given, a one-off to everyone and a share.
describe("items mailed, or posted or given to people, are handed out (K6, sets AO, AI, AG, AD and AJ, coach-k6t-en)", () => {
  it("reads items mailed, and posted or given to people, counted upward", () => {
    expect(review("Sizing kits mailed from 40k to 90k", 40000, 90000)).not.toBeNull();
    expect(review("Kits mailed out", 40000, 65000)).not.toBeNull();
    expect(review("Retirement guides posted to members", 20000, 45000)).not.toBeNull();
    expect(review("Demo kits given to integrators", 50, 150)).not.toBeNull();
    expect(review("Tasting boxes given to office managers: 600", 150, 600)).not.toBeNull();
  });
  it("leaves content posted, talks given, posted to the app, money given, a one-off to everyone and a share", () => {
    expect(review("TikTok videos posted 60 → 150", 60, 150)).toBeNull();
    expect(review("Conference talks given", 3, 10)).toBeNull();
    expect(review("Job adverts posted to the careers site", 20, 60)).toBeNull();
    expect(review("Grants given to local charities from 40 to 60", 40, 60)).toBeNull();
    expect(review("Welcome packs mailed to every new member", 0, 100)).toBeNull();
    expect(checkCustomerValue({ title: "Kits mailed within 2 days", baseline: 60, target: 90, unit: "%" })).toBeNull();
  });
});

// Issue 17, sixteenth round, part 3 (coach-k6t-en): meetings counted by the noun alone are meetings held (README: "meetings
// with a customer are K6", "Our own meetings held are K6"; sets AJ, AD, Z, AK and AI); traps: community and residents'
// meetings (K7), qualified meetings, meetings as a place or a base, a share and a cut.
describe("meetings counted by the noun alone are meetings held (K6, sets AJ, AD, Z, AK and AI, coach-k6t-en)", () => {
  it("reads meetings counted with their values, a period, 'with' or 'held' after the noun", () => {
    expect(review("Client meetings 60", 20, 60)).not.toBeNull();
    expect(review("Landlord meetings", 300, 500)).not.toBeNull();
    expect(review("Site meetings per week", 3, 5)).not.toBeNull();
    expect(review("Meetings with utilities and traders", 8, 25)).not.toBeNull();
    expect(review("Pre-application meetings with councils held: 20", 6, 20)).not.toBeNull();
  });
  it("leaves community and residents' meetings, qualified meetings, meetings as a place or base, a share and a cut", () => {
    expect(review("Resident meetings held: 80", 35, 80)).toBeNull();
    expect(review("Community meetings held from 12 to 30", 12, 30)).toBeNull();
    expect(review("Qualified meetings booked by SDRs from 120 to 170", 120, 170)).toBeNull();
    expect(review("Hours in meetings per manager per week from 22 to 16", 22, 16)).toBeNull();
    expect(review("Support tickets about audio per 1k meetings 3.1 → 1.8", 3.1, 1.8)).toBeNull();
    expect(review("Meetings joined on the first try, 91% → 96%", 91, 96)).toBeNull();
    expect(
      checkCustomerValue({
        title: "Look-ahead planning meetings held on every site every week",
        baseline: 60,
        target: 100,
        unit: "% of site-weeks",
      }),
    ).toBeNull();
  });
});

// Issue 17, sixteenth round, part 3 (coach-k6t-en): commits counted are the engineers' own activity (README round 16d:
// "Commits counted are K6"; writers AF, W, AK and T); traps: a commit as a point in time, in a lead time.
describe("commits counted are activity (K6, README round 16d, coach-k6t-en)", () => {
  it("reads commits counted, in total or per engineer", () => {
    expect(review("Commits per engineer per week", 11, 18)).not.toBeNull();
    expect(review("Commits pushed from 400 to 600", 400, 600)).not.toBeNull();
  });
  it("leaves a commit as a point in time", () => {
    expect(review("Lead time commit → store release (mobile), median", 16, 7)).toBeNull();
    expect(review("Time from design approved to first commit, median", 6, 4)).toBeNull();
    expect(review("Deploys per day from commits to main from 3 to 8", 3, 8)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 4 (coach-k6u-zh): the Chinese shapes of the second pass, each held by three or more writers,
// with their traps.
describe("the sixteenth round's second Chinese pass (K6, coach-k6u-zh)", () => {
  // README round 16f: "Trips our vehicles and crews make are dispatches, K6" (AD, AI, AE, J); a run of a tool is its work (AP).
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "配送车次从每天 80 车次到 110 车次",
      "送货车次从 3000 次提升到 3600 次",
      "调度车辆每天 1.2 万辆次→2 万辆次",
      "调度员人均日调度车辆数由 180 辆提升至 260 辆",
    ],
    accepts: [
      "调度员人均挪车量从每天 60 辆到 90 辆",
      "每日调度任务数从5万个提升到8万个",
      "按预约时段进港的车次占比从 55% 提升到 80%",
      "每日评测运行次数从2000次提升到6000次",
      "模型评测运行量从 1 万提升到 3 万",
      "客户设备平均无故障运行时间从 600 小时提升到 800 小时",
    ],
  });
  // Cases, requests and documents handled by 处理 (T, Z, AD, AI, AP, AO); a plant's or a centre's throughput stays K3's.
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "处理报销单据量从每月 6 万张提升到 8 万张",
      "处理凭证数量从 30 万张提升到 40 万张",
      "不良事件处理量从 40 件提升到 80 件",
      "处理个例报告 1 万份",
      "在线咨询处理量从4000次增加到7000次",
      "为客户跑基准测试的请求处理量从20个增加到50个",
      "为产品经理处理取数需求从100个增加到200个",
      "客服日均处理工单从2000单提升到3000单",
    ],
    accepts: [
      "进厂污水处理量从 18 万吨提升到 20 万吨",
      "日处理量从 80 万件提升到 100 万件",
      "日处理矿量从 2.1 万吨提高到 2.4 万吨",
      "处理 50 万条更新",
      "发票异常预警平均处理时效从 5 天缩短到 1 天",
      "处理司机申诉的时长从 72 小时缩短到 40 小时",
      "不良事件处理量从 80 件降到 40 件",
    ],
  });
  // Any meeting with 召开 after it, and meetings named by a working purpose (AJ, AK, AP, Y, R); events put on stay K7's.
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "数字化转型专题会召开8次",
      "投标前成本复核会召开 40 次",
      "预算质询会16场",
      "分析师沟通会从5场增加到12场",
      "召开数据协调会 12 次",
    ],
    accepts: [
      "召开货主座谈会 4 次",
      "影院经理交流会 12 场",
      "组织球迷见面会 5 场",
      "举办招商会 10 场",
      "校招宣讲会20场",
      "客户沟通会满意度从 80 分提升到 90 分",
      "专题会决议按时落实率从 70% 提升到 90%",
    ],
  });
  // Samples and trial kits sent by post (AH, AJ, AO) and tickets our service desk takes (AK, AI, O); the product shipped and the
  // market's orders stay clean.
  keyResultRuleCases("K6", checkCustomerValue, {
    flags: [
      "寄送样书 8000 册",
      "给企业行政寄送试饮装 800 份",
      "寄出试戴耳塞套装从8000套增加到3万套",
      "IT服务台接单量5000→8000",
      "信息科接单量从每月 900 单提升到 1500 单",
    ],
    accepts: [
      "每月寄出绘本 12 万套",
      "寄出订单 3 万单",
      "骑手日均接单量从 28 单提升到 35 单",
      "平台接单量从 100 万单提升到 150 万单",
      "服务台接单后 30 分钟内响应率从 80% 提升到 95%",
    ],
  });
  it("reads delivery trips named bare with their count in the fields (set AD)", () => {
    expect(checkCustomerValue({ title: "配送车次", baseline: 3000, target: 3600, unit: "次" })).not.toBeNull();
    expect(
      checkCustomerValue({ title: "数据质量检查执行次数", baseline: 200, target: 500, unit: "次" }),
    ).not.toBeNull();
  });
});

// Issue 17, sixteenth round, part 5 (coach-k6v-en): requests fulfilled, closed or served for people are cases handled (README:
// "Cases handled for customers are K6"; sets W, AP and AK); traps: a system's requests served, requests done within a window,
// online or in self-service, and pull or feature requests closed.
describe("requests fulfilled, closed or served for people are cases handled (K6, sets W, AP and AK, coach-k6v-en)", () => {
  it("reads requests fulfilled or closed, and requests named by what is asked served, counted upward", () => {
    expect(review("Requests fulfilled", 9000, 12000)).not.toBeNull();
    expect(review("Benchmark requests fulfilled for prospects from 30 to 60", 30, 60)).not.toBeNull();
    expect(review("Data requests closed for PMs from 120 to 200", 120, 200)).not.toBeNull();
    expect(review("Ad-hoc report requests served", 300, 500)).not.toBeNull();
  });
  it("leaves a system's requests served, a window, self-service, online and pull or feature requests", () => {
    expect(review("API requests served from 40M to 60M", 40000000, 60000000)).toBeNull();
    expect(review("Inference requests served per month from 1.4bn to 2.5bn", 1.4, 2.5)).toBeNull();
    expect(review("Requests served per day from 41bn to 55bn", 41, 55)).toBeNull();
    expect(review("Refund requests resolved in self-service 40% → 65%", 40, 65)).toBeNull();
    expect(review("Requests closed in app without a follow-up call 48% → 70%", 48, 70)).toBeNull();
    expect(
      checkCustomerValue({ title: "GPU requests fulfilled within 48 hours", baseline: 40, target: 75, unit: "%" }),
    ).toBeNull();
    expect(review("Pull requests closed from 300 to 450", 300, 450)).toBeNull();
    expect(review("Feature requests closed from 40 to 90", 40, 90)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 5 (coach-k6v-en): assessments, valuations, validations and evaluations our people carry out
// are checks made (README: "Audits and inspections carried out are K6"; sets Y, AI, AJ and AK); traps: a self-assessment, and
// an assessment done within a window (a service level, sets M and Q).
describe("assessments, valuations and validations carried out are checks made (K6, sets Y, AI, AJ and AK, coach-k6v-en)", () => {
  it("reads assessments, valuations and validations carried out, with or without a kind before them", () => {
    expect(review("Assessments completed", 2600, 3100)).not.toBeNull();
    expect(review("Early case assessments completed", 20, 60)).not.toBeNull();
    expect(review("Model validations performed 25 → 45", 25, 45)).not.toBeNull();
    expect(review("Valuations carried out 300 → 500", 300, 500)).not.toBeNull();
    expect(
      checkCustomerValue({ title: "Falls risk assessments completed", baseline: null, target: null }),
    ).not.toBeNull();
  });
  it("leaves self-assessments and assessments done within a window", () => {
    expect(review("Self-assessments completed from 400 to 900", 400, 900)).toBeNull();
    expect(review("Supplier self-assessments completed from 40 to 90", 40, 90)).toBeNull();
    expect(review("Post-occupancy evaluations done within a year of handover from 2 to 6", 2, 6)).toBeNull();
    expect(
      checkCustomerValue({
        title: "Falls risk assessments completed within 24h of admission",
        baseline: 70,
        target: 100,
        unit: "%",
      }),
    ).toBeNull();
  });
});

// Issue 17, sixteenth round, part 5 (coach-k6v-en): work resolved or acknowledged per member of our staff, per analyst too, and
// reviews of a kind per analyst are work handled per person (README: "Cases handled for customers are K6, in total as per
// person"; sets AA, AG, AE and AF); traps: per team, a rep's deals, a parent's checks, per customer.
describe("work resolved or acknowledged per analyst or engineer is handled per person (K6, sets AA, AG, AE and AF, coach-k6v-en)", () => {
  it("reads alerts worked, breaks resolved and alarms acknowledged per staff member, and KYC reviews per analyst", () => {
    expect(review("Alerts worked per analyst per day", 60, 85)).not.toBeNull();
    expect(review("Manual trade breaks resolved per analyst per day from 12 to 18", 12, 18)).not.toBeNull();
    expect(review("Alarms acknowledged per engineer per shift 120 to 180", 120, 180)).not.toBeNull();
    expect(review("Manual KYC reviews per analyst per day from 40 to 65", 40, 65)).not.toBeNull();
  });
  it("leaves per team, per customer, a rep's deals and a parent's checks", () => {
    expect(review("Average comment threads resolved per active team per week from 11 to 15", 11, 15)).toBeNull();
    expect(review("Average deals closed per rep per month from 4.2 to 4.8", 4.2, 4.8)).toBeNull();
    expect(review("Location checks per parent per day from 9 to 5", 9, 5)).toBeNull();
    expect(review("Issues resolved per customer from 3 to 5", 3, 5)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 5 (coach-k6v-en): consultations in total, in English, are cases handled (README round 15b:
// "Consultations in total are cases handled, K6"; sets AI, AJ and L); traps: consults narrowed to what came of them, booked
// again within a window, the base of a rate and a share.
describe("consultations in total are cases handled (K6, sets AI, AJ and L, coach-k6v-en)", () => {
  it("reads consults and consultations counted upward, with a period or a verb of holding", () => {
    expect(review("Consults completed per month from 21,000 to 28,000", 21000, 28000)).not.toBeNull();
    expect(review("Telestroke consults per month 60 → 90", 60, 90)).not.toBeNull();
    expect(review("Minor-illness consultations per week 2,400 → 3,200", 2400, 3200)).not.toBeNull();
  });
  it("leaves consults narrowed, booked within a window, the base of a rate and a share", () => {
    expect(review("Consults that end with a diagnosis or a referral from 92% to 100%", 92, 100)).toBeNull();
    expect(review("Consults where the owner says the next step was clear from 71% to 82%", 71, 82)).toBeNull();
    expect(review("Follow-up consults booked within 7 days for the same problem from 15% to 9%", 15, 9)).toBeNull();
    expect(review("Antibiotic prescribing rate for viral URTI consults from 22% to 12%", 22, 12)).toBeNull();
    expect(review("Repeat users (2+ consults in 90 days) 18% → 24%", 18, 24)).toBeNull();
  });
});

// Issue 17, sixteenth round, part 5 (coach-k6v-en): a page's or a web shop's sessions are site visits by another name (sets AO
// and AP beside H's and AA's page sessions, all K6); traps: a share of page sessions that convert, and a cut.
describe("a page's or a web shop's sessions are visits (K6, sets AO, AP, H and AA, coach-k6v-en)", () => {
  it("reads page and web-shop sessions counted upward", () => {
    expect(review("Web-shop sessions from 900k to 1.3M", 900000, 1300000)).not.toBeNull();
    expect(review("AutoML page sessions from 90k to 150k", 90000, 150000)).not.toBeNull();
  });
  it("leaves a share of page sessions that convert", () => {
    expect(review("Share of pricing page sessions that start a trial from 4% to 6%", 4, 6)).toBeNull();
    expect(
      checkCustomerValue({ title: "Checkout page sessions ending in an order", baseline: 30, target: 40, unit: "%" }),
    ).toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): the work the product does for its users is their use, not our activity:
// API calls (writers AL, AI, AA, AP and R, every one K3), what users send through the product (AL, AF, 07, AG) and the
// invoices they issue with it (AL, AG, P); traps that stay read: our e-mails sent, sent by a channel of ours, calls made.
describe("the work the product does for its users is not our activity (K6 traps, sets AL, AI, AF, AG, coach-k6-17a)", () => {
  it("leaves API calls, what users send through the product and their invoices sent", () => {
    expect(review("Open API calls per day from 3M to 5M", 3000000, 5000000)).toBeNull();
    expect(
      checkCustomerValue({
        title: "API calls served per day 3M → 6M",
        baseline: 3000000,
        target: 6000000,
        unit: "calls",
      }),
    ).toBeNull();
    expect(review("Emails sent through the API per month", 2.1, 2.6)).toBeNull();
    expect(review("Emails sent through free workspaces per day from 1.1M to 1.5M", 1100000, 1500000)).toBeNull();
    expect(review("Invoices sent per month from 210k to 300k", 210000, 300000)).toBeNull();
    expect(review("Invoices sent 1.2m → 1.6m", 1200000, 1600000)).toBeNull();
  });
  it("keeps our own messages sent, by a channel of ours, and calls our people make", () => {
    expect(review("Reminder emails sent from 2.1M to 3M a week", 2100000, 3000000)).not.toBeNull();
    expect(review("Renewal reminders sent via SMS from 40k to 90k", 40000, 90000)).not.toBeNull();
    expect(review("Onboarding calls made from 600 to 1,000", 600, 1000)).not.toBeNull();
    expect(review("Quotes sent from 90k to 130k a month", 90000, 130000)).not.toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): a price test is a pricing experiment (README: "Experiments run are clean";
// sets AN and AE), and a test done by the students a learning product serves is their own act (set AN's trap), as "by
// customers" is; a review of prices our people carry out stays a check (set AJ).
describe("price tests and tests done by students are not checks we carry out (K6 traps, set AN, coach-k6-17a)", () => {
  it("leaves price tests run and practice tests completed by students", () => {
    expect(review("Regional price tests run from 2 to 9", 2, 9)).toBeNull();
    expect(
      review("Practice tests completed by YouTube-referred students from 1,100 to 1,900 a month", 1100, 1900),
    ).toBeNull();
  });
  it("keeps reviews of prices carried out and tests our people run", () => {
    expect(review("Supplier price reviews carried out: 30", 8, 30)).not.toBeNull();
    expect(review("Pen tests completed from 2 to 6", 2, 6)).not.toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): people who did something after reading, named with 的, are the outcome,
// the reading only its condition (set AN's false alarm; writers 07, 08, AM, AI and I write the shape clean), as 并 and 再 read.
describe("an act after 看…后 is the outcome (K6 trap, set AN, coach-k6-17a)", () => {
  it("leaves the share of people who act after reading", () => {
    expect(review("看完周报后给孩子布置针对性练习的家长占比从9%提升到16%", 9, 16)).toBeNull();
    expect(review("查看学情报告后调整讲评内容的老师占比从15%提升到28%", 15, 28)).toBeNull();
  });
  it("keeps the share of people who read", () => {
    expect(review("每周查看护理记录的子女占比从 30% 提升到 50%", 30, 50)).not.toBeNull();
    expect(review("家长查看周报的比例从 35% 提升到 60%", 35, 60)).not.toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): a share of time in Chinese (课时占比, 时长占比, 时间占比) is the time's make-up,
// clean by README's "Time spent is K6" (a share of time stays clean; sets AN and AA, and eleven more writers); time raised stays read.
describe("a share of time is not time spent (K6 trap, sets AN and AA, coach-k6-17a)", () => {
  it("leaves a share of class hours or of online time", () => {
    expect(
      checkCustomerValue({ title: "AI授课课时占比从10%提升到100%", baseline: 10, target: 100, unit: "%" }),
    ).toBeNull();
    expect(
      checkCustomerValue({ title: "司机日均有效接单时长占在线时长比例", baseline: 51, target: 58, unit: "%" }),
    ).toBeNull();
  });
  it("keeps the hours of a service given and time online raised", () => {
    expect(review("心理辅导课时从 800 小时提升到 2000 小时", 800, 2000)).not.toBeNull();
    expect(review("司机日均在线时长从 6 小时提升到 8 小时", 6, 8)).not.toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): a business review is a QBR spelt out, a meeting with one account (README:
// "meetings with a customer are K6"; writers AM, AD, AO and AP beside about twenty writers' QBRs), counted with or without "held",
// and the Chinese QBR counted by the accounts met (AG, AA); traps: a share of accounts, the QBR pack, a review to learn.
describe("business reviews and QBRs counted are meetings with an account (K6, sets AM, AD, AG, AA, coach-k6-17a)", () => {
  it("reads business reviews and QBRs counted upward", () => {
    expect(review("Supplier QBRs from 30 to 60", 30, 60)).not.toBeNull();
    expect(review("Quarterly business reviews with client travel managers from 40 to 90", 40, 90)).not.toBeNull();
    expect(review("Account managers hold 900 business reviews with restaurant owners", 500, 900)).not.toBeNull();
    expect(review("Joint business reviews", 3, 12)).not.toBeNull();
    expect(review("QBR 完成 60 家", 20, 60)).not.toBeNull();
    expect(checkCustomerValue({ title: "完成 20 个大客户的 QBR", baseline: 6, target: 20, unit: "场" })).not.toBeNull();
  });
  it("leaves a share of accounts, the QBR pack and reviews to learn", () => {
    expect(review("Hold QBRs with 100% of top-50 accounts", 40, 100)).toBeNull();
    expect(
      review("BU heads who use the FP&A forecast rather than their own in the QBR pack, 3 of 8 → 6 of 8", 3, 6),
    ).toBeNull();
    expect(review("Loss reviews with groups who chose another acquirer", 0, 10)).toBeNull();
    expect(review("QBR 覆盖率从 40% 提升到 80%", 40, 80)).toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): a mock interview is a practice session our coaches give, counted (writers AN,
// AB and Q), not an interview to learn; read in Chinese then (English below, part 2); traps:
// interviews to learn, a share of candidates, a rating after it, a tool.
describe("mock interviews given are sessions counted (K6, sets AN, AB and Q, coach-k6-17a)", () => {
  it("reads 模拟面试 counted", () => {
    expect(review("一对一模拟面试从1200人次增加到2000人次", 1200, 2000)).not.toBeNull();
    expect(checkCustomerValue({ title: "模拟面试 1000 场", baseline: 400, target: 1000, unit: "场" })).not.toBeNull();
  });
  it("leaves interviews to learn, a share, a rating after it and a tool launched", () => {
    expect(review("Interview 20 parents who cancelled in their first month", 0, 20)).toBeNull();
    expect(review("就业老师一对一模拟面试覆盖率 60% → 100%", 60, 100)).toBeNull();
    expect(review("模拟面试后考官评分从62分提升到70分", 62, 70)).toBeNull();
    expect(checkCustomerValue({ title: "上线 AI 模拟面试", baseline: null, target: null })).toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): appointments with our adviser are sessions by another name (writers AN, W, S
// and R), and "Handle N cases" is the verb-first twin of "cases handled" (AM beside I, T and V); traps: bare appointments booked
// (a clinic's volume, K3), a share booked online, goods or orders handled, and a service level.
describe("adviser appointments booked and work handled, verb first (K6, sets AN, W and AM, coach-k6-17a)", () => {
  it("reads adviser appointments booked and handle N disputes", () => {
    expect(review("Adviser appointments booked from 2,000 to 3,500", 2000, 3500)).not.toBeNull();
    expect(review("Adviser appointments booked", 1800, 3000)).not.toBeNull();
    expect(review("Handle 18,000 disputes this quarter", 14000, 18000)).not.toBeNull();
  });
  it("leaves bare appointments booked, a share booked online, goods handled and a service level", () => {
    expect(review("Appointments booked from 41,000 to 45,000 a month", 41000, 45000)).toBeNull();
    expect(
      checkCustomerValue({ title: "Dock appointments booked online", baseline: 20, target: 70, unit: "%" }),
    ).toBeNull();
    expect(review("Handle 2,000,000 containers this year", 1800000, 2000000)).toBeNull();
    expect(review("Handle 5,000 orders a day", 3000, 5000)).toBeNull();
  });
});

// Issue 17, seventeenth round, part 1 (coach-k6-17a): a buyer's security questionnaire our team fills in, counted, is a case handled
// for a customer (writers AN, AP and AL, both languages); traps: within a window, answered from the trust portal alone, a pass rate,
// and a survey customers fill in.
describe("security questionnaires completed for buyers are cases handled (K6, sets AN, AP and AL, coach-k6-17a)", () => {
  it("reads security questionnaires completed or answered, counted", () => {
    expect(review("Security questionnaires completed for schools from 80 to 150", 80, 150)).not.toBeNull();
    expect(review("Security questionnaires completed for prospects from 20 to 45", 20, 45)).not.toBeNull();
    expect(review("安全问卷回复从每月60份提升到100份", 60, 100)).not.toBeNull();
  });
  it("leaves a window, self-serve answers, a pass rate and customers' surveys", () => {
    expect(review("Security questionnaires answered within 5 days 55% → 85%", 55, 85)).toBeNull();
    expect(
      checkCustomerValue({
        title: "Security questionnaires answered from the trust portal alone",
        baseline: 20,
        target: 55,
        unit: "%",
      }),
    ).toBeNull();
    expect(review("安全问卷一次通过率从55%提升至75%", 55, 75)).toBeNull();
    expect(review("Satisfaction questionnaires completed by parents from 300 to 600", 300, 600)).toBeNull();
  });
});

// Issue 17, seventeenth round, part 2 (coach-k6-17b): English mock interviews, now that accuracy.test.ts's guard reads the label
// (writers AN, AB and Q); traps: interviews to learn, a share given one, a score after it, a tool launched, and service interviews
// (stay, teacher, exit), which writers split on.
describe("mock interviews given are sessions counted, in English (K6, sets AN, AB and Q, coach-k6-17b)", () => {
  it("reads mock interviews held, run or given, counted", () => {
    expect(review("Mock interviews held from 900 to 1,400", 900, 1400)).not.toBeNull();
    expect(
      checkCustomerValue({ title: "Mock interviews run", baseline: 150, target: 400, unit: "interviews" }),
    ).not.toBeNull();
    expect(review("Run 300 mock interviews with graduates", 0, 300)).not.toBeNull();
  });
  it("leaves interviews to learn, a share, a score, a tool and service interviews", () => {
    expect(review("Interview 30 admitted students who chose another university", 0, 30)).toBeNull();
    expect(
      checkCustomerValue({ title: "Graduates given a mock interview", baseline: 40, target: 80, unit: "%" }),
    ).toBeNull();
    expect(review("Mock interview scores from 3.1 to 3.8", 3.1, 3.8)).toBeNull();
    expect(checkCustomerValue({ title: "Launch AI mock interviews", baseline: null, target: null })).toBeNull();
    expect(review("Stay-interviews with 40 tenured handlers", 0, 40)).toBeNull();
    expect(review("Teacher interviews: 15 per month", 0, 45)).toBeNull();
  });
});

// Issue 17, seventeenth round, part 2 (coach-k6-17b): checks counted with 从 before the count or by the batch or the lesson (writers
// AO, AP and AN beside R, Y, AG, AJ, AL and AM's 抽检批次), lessons observed and reviewed (AN, AB beside T), and the quote or the
// estimate issued on paper (AB, AM beside U's 发出报价); traps: a pass rate, a cut, a pupil's lessons, an estimate's accuracy, the
// owners' own requests.
describe("checks counted with 从, lessons reviewed, quote sheets issued (K6, sets AO, AP, AN, AB and AM, coach-k6-17b)", () => {
  it("reads spot tests, audits and lesson reviews counted, and quote sheets issued", () => {
    expect(review("安全抽检从每月20批增加到60批", 20, 60)).not.toBeNull();
    expect(review("权限审计从每季度2次增加到6次", 2, 6)).not.toBeNull();
    expect(review("老师课堂质检抽查从每月300节增加到800节", 300, 800)).not.toBeNull();
    expect(review("教研员线上评课从每月500节增加到1200节", 500, 1200)).not.toBeNull();
    expect(checkCustomerValue({ title: "教师听评课 120 节", baseline: 40, target: 120, unit: "节" })).not.toBeNull();
    expect(checkCustomerValue({ title: "报价单发出数量", baseline: 300, target: 700, unit: "份" })).not.toBeNull();
    expect(review("出具估价单从1.5万份增加到3万份", 15000, 30000)).not.toBeNull();
  });
  it("leaves a pass rate, a cut, pupils' lessons, an estimate's accuracy and owners' requests", () => {
    expect(review("到货抽检合格率从92%提升到96%", 92, 96)).toBeNull();
    expect(review("抽检不合格批次从 9 批降到 4 批", 9, 4)).toBeNull();
    expect(checkCustomerValue({ title: "学生听课 120 节", baseline: 40, target: 120, unit: "节" })).toBeNull();
    expect(review("房源估价准确率从 82% 提升到 88%", 82, 88)).toBeNull();
    expect(review("小区业主估价咨询从每月 40 单提升到 70 单", 40, 70)).toBeNull();
  });
});

// Issue 17, seventeenth round, part 2 (coach-k6-17b): samples and review copies sent to people we hope will buy or speak for us are
// items handed out (writers AD, AN, AO and AH); traps: units shipped bare (volume), samples sent to a laboratory (logistics), a
// share sent within a window, and samples processed (a lab's service).
describe("samples and review copies sent to people are items handed out (K6, sets AD, AN, AO and AH, coach-k6-17b)", () => {
  it("reads samples shipped to customers and review units or copies sent", () => {
    expect(
      checkCustomerValue({ title: "Samples shipped to customer labs", baseline: 80, target: 150, unit: "pcs" }),
    ).not.toBeNull();
    expect(review("Review samples shipped to district committees from 1,200 to 3,000", 1200, 3000)).not.toBeNull();
    expect(review("Send review units to 40 creators", 10, 40)).not.toBeNull();
    expect(review("Send 2,000 advance reader copies to booksellers", 800, 2000)).not.toBeNull();
  });
  it("leaves units shipped, samples sent to a lab, a share within a window and samples processed", () => {
    expect(review("Ship 1,200 units to distributors", 800, 1200)).toBeNull();
    expect(review("Samples shipped to the lab from 4,000 to 6,000", 4000, 6000)).toBeNull();
    expect(
      checkCustomerValue({ title: "Samples shipped to the lab within 24 hours", baseline: 60, target: 90, unit: "%" }),
    ).toBeNull();
    expect(review("Samples processed from 4,000 to 5,500", 4000, 5500)).toBeNull();
  });
});

// Issue 17, seventeenth round, part 3 (coach-k6-17c): a count said to go "up" by a percentage (writers W, AB, AK), a resource
// pack or a book downloaded (AH, J beside the document class), and work dispatched, mediated or raised per member of staff
// (J, AM, M); traps: a share raised, the base of a rate, viewers narrowed to what they did, app downloads, goods dispatched per
// picker, and a system's tile requests served (AL, K3).
describe("counts up by a percentage, documents downloaded, work per person (K6, coach-k6-17c)", () => {
  it("reads the counts", () => {
    expect(checkCustomerValue({ title: "Storefront impressions up 40%", unit: "index" })).not.toBeNull();
    expect(checkCustomerValue({ title: "Website visits up 25%", unit: "visits" })).not.toBeNull();
    expect(checkCustomerValue({ title: "page views up 50%", unit: "%" })).not.toBeNull();
    expect(review("Teacher resource pack downloads 2,000 → 5,000", 2000, 5000)).not.toBeNull();
    expect(review("Books downloaded from 900k to 1.3M per month", 900000, 1300000)).not.toBeNull();
    expect(review("代发模板下载量从 2 万次提升到 5 万次", 20000, 50000)).not.toBeNull();
    expect(review("考前冲刺包下载量从 3000 提升到 8000", 3000, 8000)).not.toBeNull();
    expect(review("维修工单关闭数从每月4万单提升到5.5万单", 40000, 55000)).not.toBeNull();
    expect(review("客服人均日结单量从55单提升到80单", 55, 80)).not.toBeNull();
    // A live stream's viewers (writers M, AC and AH, K6; own commit, see ACTIVITY).
    expect(review("Peak concurrent viewers 1.2M → 2M", 1200000, 2000000)).not.toBeNull();
    expect(review("Viewers per stream from 2,200 to 3,500", 2200, 3500)).not.toBeNull();
    expect(review("Livestream viewers per sale from 300 to 900", 300, 900)).not.toBeNull();
    expect(review("Jobs dispatched per dispatcher per day 60 → 95", 60, 95)).not.toBeNull();
    expect(review("Disputes mediated per specialist per week from 22 to 30", 22, 30)).not.toBeNull();
    expect(review("Purchase orders raised per buyer per week from 60 to 80", 60, 80)).not.toBeNull();
  });
  it("leaves a share up, a rate's base, viewers who act, app downloads, goods per picker and tile requests", () => {
    expect(review("Share of sessions up 5%", 40, 45)).toBeNull();
    expect(review("Orders per 1,000 live viewers 14 → 19", 14, 19)).toBeNull();
    expect(
      checkCustomerValue({ title: "Live viewers watching 60%+ of the grand final 31% → 42%", unit: "%" }),
    ).toBeNull();
    expect(review("App downloads from 1.2M to 1.6M", 1200000, 1600000)).toBeNull();
    expect(review("安装包下载量从 10 万提升到 20 万", 100000, 200000)).toBeNull();
    expect(review("工单办结满意率从 78% 提升至 86%", 78, 86)).toBeNull();
    expect(review("司机日均结单量从 12 单提升到 15 单", 12, 15)).toBeNull();
    expect(review("Orders dispatched per picker per hour 40 → 55", 40, 55)).toBeNull();
    expect(review("Alerts raised per endpoint per day from 3.1 to 4.5", 3.1, 4.5)).toBeNull();
    expect(review("Tile requests served per day from 1.2B to 1.5B", 1.2e9, 1.5e9)).toBeNull();
  });
});
