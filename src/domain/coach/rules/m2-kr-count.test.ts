import { describe, expect, it } from "vitest";
import type { DraftKeyResult } from "../types.ts";
import { checkKeyResultCount } from "./m2-kr-count.ts";

/** A key result with its metric and unit fields written (null: the title alone names the metric). */
const field = (title: string, baseline: number, target: number, metric: string | null, u?: string): DraftKeyResult => ({
  title,
  baseline,
  target,
  metric,
  unit: u,
});

const krs = (count: number, metric?: (i: number) => string): DraftKeyResult[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `KR ${i}`,
    metric: metric?.(i) ?? null,
  }));

// Each KR's baseline and target are the two numbers its title states ("from X to Y", "X → Y").
const stated = (title: string): DraftKeyResult => {
  const [baseline, target] = (title.match(/\d+(?:\.\d+)?/g) ?? []).slice(-2).map(Number);
  return { title, baseline, target };
};
const margin = stated("Raise gross margin from 61% to 64%");

describe("three to five key results per objective (M2)", () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 0],
    [5, 0],
    [6, 1],
    [9, 1],
  ])("%i KRs -> %i finding(s)", (count, expected) => {
    expect(checkKeyResultCount({ title: "O", keyResults: krs(count) })).toHaveLength(expected);
  });

  it("flags two KRs on the same metric (M2)", () => {
    const keyResults = krs(3, (i) => (i === 0 ? "Refund rate" : i === 2 ? " refund  RATE" : "NPS"));
    const hits = checkKeyResultCount({ title: "O", keyResults });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("Key results 1 and 3");
  });

  it("accepts different metrics and missing metrics (M2)", () => {
    expect(
      checkKeyResultCount({
        title: "O",
        keyResults: krs(4, (i) => ["a", "b", "", "c"][i] ?? ""),
      }),
    ).toEqual([]);
  });

  const kr = (title: string, baseline: number, target: number): DraftKeyResult => ({ title, baseline, target });

  it.each([
    ["Reduce monthly churn from 3.2% to 2.4%", "Cut monthly subscriber churn rate to 2.4% from 3.2%"],
    ["将月流失率从 3.2% 降低到 2.4%", "把每月订阅用户流失率压到 2.4%（现为 3.2%）"],
  ])("flags one metric said twice in other words, same values and same noun: %j (M2, issue 17)", (a, b) => {
    const hits = checkKeyResultCount({
      title: "O",
      keyResults: [kr(a, 3.2, 2.4), kr(b, 3.2, 2.4), kr("Raise NPS", 30, 40)],
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("Key results 1 and 2");
  });

  it.each([
    // Same values, different things; same noun, different values; two tasks both 0 -> 100.
    [kr("Raise NPS from 30 to 40", 30, 40), kr("Raise CSAT from 30 to 40", 30, 40)],
    [kr("Reduce monthly churn from 3.2% to 2.4%", 3.2, 2.4), kr("Reduce annual churn from 20% to 15%", 20, 15)],
    [
      kr("Raise share of teams on annual plans from 20% to 30%", 20, 30),
      kr("Raise share of seats used weekly from 20% to 30%", 20, 30),
    ],
    [kr("完成全部服务向 K8s 的迁移", 0, 100), kr("灰度发布能力覆盖全部核心服务", 0, 100)],
    // Same values and a shared word, different units after the target: two metrics (tuning-2026-12-07).
    [
      kr("找不到报表的咨询从每月 600 单降到 300 单", 600, 300),
      kr("报表维护工时从每月 600 小时降到 300 小时", 600, 300),
    ],
    [
      kr("Cut report support tickets from 600 to 300 tickets", 600, 300),
      kr("Cut report upkeep from 600 to 300 hours", 600, 300),
    ],
  ])("accepts KRs that only look alike (M2, issue 17)", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, b, kr("Raise gross margin", 61, 64)] })).toEqual([]);
  });

  // Tenth round (coach-q): one metric in two KRs by shape, each with its reason in m2-kr-count.ts.

  it.each([
    // A metric and its complement: both ends add up to 100, a shared thing named.
    ["Restaurant churn per month from 4.2% to 3.0%", "Restaurant retention per month from 95.8% to 97.0%"],
    ["Retention after box 3 from 52% to 58%", "Box-3 churn from 48% to 42%"],
    ["机审准确率从95%提升到98%", "机审错误率从5%降到2%"],
    ["关键岗位 offer 接受率从 61% 提高到 70%", "关键岗位候选人拒绝 offer 的比例从 39% 降至 30%"],
    // The same metric from the same baseline with another target.
    ["Price model mean error from 11% to 7%", "Price model mean error, measured weekly, from 11% to 6%"],
    ["Repeat orders per customer per month from 1.6 to 1.9", "Repeat-order frequency a month from 1.6 to 2.0"],
    ["科目二首次通过率 62%→72%", "科目二首次通过率从 62% 达到 100%"],
    // A share above a bar and the median of the same measure.
    ["Customers with ≥80% endpoints deployed by day 30: 45% → 65%", "Endpoint deployment coverage (median) 62% → 80%"],
    ["90 天内设备接入率≥70% 的工厂占比从 40% 提升到 60%", "第 90 天工厂设备接入率中位数从 55% 提升到 75%"],
    // A rate and the count of the same events.
    ["Refund rate from 3% to 2%", "Refunds per month from 300 to 200"],
    ["Late delivery rate from 4% to 2%", "Late deliveries from 120 to 60"],
    ["Reduce refund rate from 3% to 2%", "Refunds per month from 300 to 200"],
    // Eleventh round (set J): the same metric by its initials, from the same baseline.
    ["Estimated restoration time within ±30 min of actual, 44% → 55%", "ETR accuracy from 44% to 100% on every outage"],
    ["退款率从 3% 降到 2%", "每月退款量从 300 单降到 200 单"],
    ["投诉率从 2% 降到 1%", "每月投诉数从 500 降到 300"],
    // Eleventh round (coach-k4c, sets J and K): a complement whose antonyms share no word but the
    // window they are counted over, and one metric counted by cases and by value.
    ["30 日留存率 24% → 30%", "30 日卸载流失率从 76% 降至 70%"],
    ["Month-3 subscriber retention from 38% to 45%", "Month-3 churn from 62% to 55%"],
    ["7-day retention from 40% to 48%", "7-day churn from 60% to 52%"],
    ["第 7 天留存率从 35% 提升到 42%", "第 7 天流失率从 65% 降到 58%"],
    ["Fraud caught before settlement from 68% to 74%", "Fraud caught before settlement, by value, 62% → 70%"],
    ["Invoices paid on time from 70% to 80%", "Invoices paid on time by amount from 65% to 78%"],
    ["逾期回收率（按笔数）从 60% 提升到 70%", "逾期回收率（按金额）从 55% 提升到 68%"],
    // One metric retargeted to 100 % (not a rollout).
    [
      "Restoration estimates within 30 min of actual from 44% to 55%",
      "Restoration estimates within 30 min of actual from 44% to 100%",
    ],
    // A cut and the amount saved of it, to the same figure (set L).
    ["Teacher-reported weekly marking hours from 6.5 to 4", "Weekly marking hours saved per teacher from 0 to 2.5"],
    ["店长每周排班时长从 5 小时降到 2 小时", "店长每周排班节省时长从 0 提升到 3 小时"],
  ])("flags %j and %j as one metric (M2, coach-q)", (a, b) => {
    const hits = checkKeyResultCount({ title: "O", keyResults: [stated(a), margin, stated(b)] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("Key results 1 and 3");
  });

  it.each([
    // Traps: values that add up to 100 with nothing shared; a resolution rate and a hand-off rate
    // whose only common characters are a rate's frame.
    ["Checkout conversion from 40% to 45%", "Support tickets reopened from 60% to 55%"],
    ["机器人独立解决率从 20% 提高到 45%", "转人工率从 80% 降到 55%"],
    // The same baseline on two measures, a count beside a share, a new metric from 0.
    ["Refund rate from 3% to 2%", "Late deliveries from 3% to 1%"],
    ["Discovery interviews with hospital leads from 0 to 20", "Hospitals agreeing to a paid pilot, 0% → 20%"],
    ["新客首单转化率从 12% 提升到 15%", "老客复购率从 12% 提升到 18%"],
    // A bar on one thing beside the median or average of another.
    ["Artists with at least one direct fan purchase a month: 9% → 15%", "Median direct earnings per artist $46 → $70"],
    ["Patients with BP under 140/90 at 90 days: 44% → 55%", "Average time in app per patient 11 min → 15 min"],
    ["评分 4.5 以上的门店占比从 30% 提升到 45%", "门店平均出餐时长从 15 分钟降到 10 分钟"],
    // Fifteenth round (set AC): the same cohort, a bar on orders and a median of income.
    ["新骑手首月完成 200 单以上的比例 20%→30%", "新骑手首月收入中位数从 3800 元提升到 4600 元"],
    // A rate of one event beside a count of another, or of the same thing moving the other way.
    ["Order defect rate from 2% to 1%", "Orders per week from 1000 to 800"],
    ["Refund rate from 3% to 2%", "Refund requests answered per day from 300 to 400"],
    ["Checkout conversion rate from 2% to 3%", "Checkouts per day from 400 to 600"],
    // Eleventh round (set M): a rate of the qualified events beside a count of all of them.
    ["Clean claim rate from 81% to 90%", "Claims worked per biller per day from 40 to 55"],
    ["Late delivery rate from 4% to 2%", "Deliveries per driver per day from 30 to 25"],
    // an acronym of other words, or from another baseline
    ["Estimated restoration time within ±30 min of actual, 44% → 55%", "SLA breaches on outages from 44% to 30%"],
    ["Net revenue retention from 104% to 110%", "NPS from 14 to 20"],
    ["Estimated restoration time within ±30 min of actual, 44% → 55%", "ETR accuracy from 50% to 100% on every outage"],
    ["订单缺陷率从 2% 降到 1%", "订单量从 1000 降到 800"],
    ["投诉率从 2% 降到 1%", "投诉回访数从 100 提升到 300"],
    // Eleventh round traps: two windows, or none, with values that add up to 100 by chance; different
    // things each weighed by value, one of them qualified further, or moving apart.
    ["30 日留存率 24% → 30%", "7 日卸载率从 76% 降至 70%"],
    ["Month-3 retention from 38% to 45%", "Week-2 refund requests from 62% to 55%"],
    ["Day-7 activation from 40% to 48%", "Support tickets reopened from 60% to 52%"],
    ["Orders shipped on time, by value, from 80% to 90%", "Refunds paid within a day, by value, from 50% to 70%"],
    [
      "Fraud caught before settlement from 68% to 74%",
      "Fraud caught by analysts before settlement, by value, 62% → 70%",
    ],
    ["Invoices paid on time from 70% to 80%", "Invoices disputed by amount from 15% to 10%"],
    ["退款准时到账率（按笔数）从 80% 提升到 90%", "理赔准时到账率（按金额）从 70% 提升到 85%"],
    // a saving of another quantity, or of another amount
    ["Teacher-reported weekly marking hours from 6.5 to 4", "Hours saved on lesson planning from 0 to 2.5"],
    ["Teacher-reported weekly marking hours from 6.5 to 4", "Weekly marking hours saved per teacher from 0 to 2"],
    ["店长每周排班时长从 5 小时降到 2 小时", "客服每周节省时长从 0 提升到 3 小时"],
    // a rollout taken to 100 % beside a metric from the same baseline (set J)
    ["Endpoints with the agent reporting within 7 days, 62% → 85%", "Sensor coverage on customer endpoints 62% → 100%"],
  ])("accepts %j and %j, two metrics that only look like one (M2, coach-q)", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [stated(a), stated(b), margin] })).toEqual([]);
  });

  it("accepts two KRs whose unit fields name different units (M2, coach-q)", () => {
    const logins = { ...stated("Agent logins per seat per day 3 → 5"), unit: "logins" };
    const interviews = { ...stated("Interviews with customers who churned, 3 → 20"), unit: "interviews" };
    expect(checkKeyResultCount({ title: "O", keyResults: [logins, interviews, margin] })).toEqual([]);
  });
});

// Issue 17, eleventh round (coach-k4c, set K): two metric fields can name one quantity's two ends.
describe("one metric and its complement through the metric fields (M2)", () => {
  const named = (title: string, metric: string) => ({ ...stated(title), metric, unit: "%" });

  it("reads the two ends through their metric fields too (M2)", () => {
    const retention = named("Month-3 subscriber retention from 38% to 45%", "M3 retention");
    const churn = named("Month-3 churn from 62% to 55%", "M3 churn");
    const hits = checkKeyResultCount({ title: "O", keyResults: [retention, margin, churn] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("complement");
  });

  it("accepts two metric fields whose numbers do not add up (M2)", () => {
    const completion = named("新手引导完成率从 52% 提升到 66%", "引导完成率");
    const help = named("首次使用求助工单占比从 12% 降到 7%", "首用求助占比");
    expect(checkKeyResultCount({ title: "O", keyResults: [completion, help, margin] })).toEqual([]);
  });
});

// Issue 17, eleventh round (set O): one metric from one baseline with two targets, where one title
// writes no values and only a qualifier's number (a window), or names a rate without a percent sign.
// Written for this table, with traps beside each.
/** A KR with its values and, where given, its unit field. */
const unit = (title: string, baseline: number, target: number, u?: string): DraftKeyResult => ({
  title,
  baseline,
  target,
  unit: u,
});

describe("one metric retargeted, its values or its percent sign unwritten (M2, twelfth round), or on time and late (thirteenth)", () => {
  const other = unit("Customer satisfaction with repairs", 71, 80, "%");
  it.each([
    [
      unit("Share of burst pipes repaired within 4 hours", 88.5, 91, "%"),
      unit("Burst pipes repaired within 4 hours from 88.5% to 99%", 88.5, 99),
    ],
    [unit("首月结课后续费率", 38, 45), unit("续费率从 38% 提升到 70%", 38, 70)],
    [unit("Course renewal rate", 38, 45), unit("Renewal rate from 38% to 70%", 38, 70)],
    // Twelfth round (set P): the share on time and the share late are one quantity's two ends
    [unit("准时到店率从 82% 提升到 90%", 82, 90), unit("迟到率从 18% 降到 10%", 18, 10)],
    [unit("On-time deliveries from 82% to 90%", 82, 90), unit("Late deliveries from 18% to 10%", 18, 10)],
    [unit("航班准点率从 75% 提升到 85%", 75, 85), unit("延误率从 25% 降到 15%", 25, 15)],
    // ... and a qualifier of recency beside a shared thing stays one count with two targets
    [unit("New enterprise logos from 42 to 55", 42, 55), unit("New enterprise logos signed", 42, 60)],
    // Round 14b (README decision "Two key results on one metric are M2, whatever the second's target"): a
    // share named by its words beside the same share written with "%"; one rate, once said per what; each
    // with a second target out of reach
    [unit("Share of garage orders placed online", 38, 52), unit("Online share of orders at 100% of garages", 38, 100)],
    [unit("自助订货占比", 38, 52), unit("自助订货比例达到 100%", 38, 100)],
    [unit("行李差错率（每千名旅客）从 3.2 降到 2.4", 3.2, 2.4), unit("行李差错率降到 0", 3.2, 0)],
    [
      unit("Mishandled-bag rate per 1,000 passengers from 7.8 to 5.5", 7.8, 5.5),
      unit("Mishandled-bag rate to 0", 7.8, 0),
    ],
  ])("flags %j and %j", (a, b) => {
    const hits = checkKeyResultCount({ title: "O", keyResults: [a, b, other] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("Key results 1 and 2");
  });

  it.each([
    // TRAP: a rate counted per something is not a share; a count beside a share; no shared word
    [unit("每千单投诉率", 38, 45), unit("投诉率从 38% 降到 20%", 38, 20)],
    [
      unit("Burst pipes repaired within 4 hours", 88, 120, "repairs"),
      unit("Burst pipes repaired within 4 hours from 88% to 99%", 88, 99),
    ],
    [
      unit("Share of leaks found by survey", 31, 38, "%"),
      unit("Share of meters read remotely from 31% to 60%", 31, 60),
    ],
    // TRAP: the same window and a rate, but different things measured
    [
      unit("Share of calls answered within 1 hour", 60, 70, "%"),
      unit("Share of invoices paid within 1 hour from 60% to 80%", 60, 80),
    ],
    // Twelfth round (set P) TRAP: the late side names another thing; the values do not add up;
    // two shares adding up with no lateness (tuning-2026-12-07-zh, clean); a count and an average
    // sharing only "new" and a baseline
    [unit("On-time deliveries from 82% to 90%", 82, 90), unit("Late refunds from 18% to 10%", 18, 10)],
    [unit("准时到店率从 82% 提升到 90%", 82, 90), unit("迟到率从 20% 降到 10%", 20, 10)],
    [unit("机器人独立解决率从 20% 提高到 45%", 20, 45), unit("转人工率从 80% 降到 55%", 80, 55)],
    [
      unit("New logos from the target segment from 42 to 55", 42, 55, "customers"),
      unit("Average monthly new ARR per account executive from 42 to 48", 42, 48),
    ],
    [unit("New sign-ups per week from 300 to 420", 300, 420), unit("New tickets per week from 300 to 250", 300, 250)],
    // Round 14b TRAP: a share named by words beside a count of the same thing; two rates of different
    // things; on time for two different things from one baseline (on time said two ways, "On-time
    // departures" beside "Buses leaving on time", set Y alone, is left: no shared thing to read)
    [unit("Share of garage orders placed online", 38, 52), unit("Garage orders placed online", 38, 100, "orders")],
    [unit("行李差错率（每千名旅客）从 3.2 降到 2.4", 3.2, 2.4), unit("航班取消率降到 0", 3.2, 0)],
    [unit("On-time departures from terminus 81% → 88%", 81, 88), unit("Invoices paid on time reaches 100%", 81, 100)],
    [
      unit("Share of permit applications completed online without a follow-up", 47, 65),
      unit("Digital take-up of permits at 100%", 47, 100),
    ],
  ])("TRAP %j and %j", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, b, other] })).toEqual([]);
  });
});

describe("the population a share is taken of is no shared thing (M2, eleventh round)", () => {
  const u = unit;
  it("TRAP two things measured across the same stores", () => {
    const keyResults = [
      u("Stores where basket size is up 10%+ after 60 days", 35, 50, "% of stores"),
      u("Stock accuracy above 98% at 100% of stores", 35, 100),
      u("Staff turnover", 40, 30, "%"),
    ];
    expect(checkKeyResultCount({ title: "O", keyResults })).toEqual([]);
  });
  it("still flags one metric across the same stores with two targets", () => {
    const keyResults = [
      u("Stores with stock accuracy above 98%", 35, 50, "% of stores"),
      u("Stock accuracy above 98% at 100% of stores", 35, 100),
      u("Staff turnover", 40, 30, "%"),
    ];
    expect(checkKeyResultCount({ title: "O", keyResults })).toHaveLength(1);
  });
});

describe("a count in total and per head of the team; an average of a measure of each thing (M2, thirteenth round, second part)", () => {
  const u = unit;
  const other = u("Customer satisfaction with repairs", 71, 80, "%");
  it("flags a count and the same count per rep (set T)", () => {
    const keyResults = [
      u("New multi-site logos from 40 to 60", 40, 60, "logos"),
      u("Multi-site logos signed per rep from 2 to 3", 2, 3, "logos/rep"),
      other,
    ];
    expect(checkKeyResultCount({ title: "O", keyResults })[0]?.message.en).toContain("per head");
  });
  it.each([
    // TRAP: a count per head of something else, a share beside the count per head, opposite directions
    [u("Clinic visits per rep per week from 9 to 14", 9, 14), u("Clinics ordering monthly from 140 to 185", 140, 185)],
    [u("Calls answered per agent per hour from 9 to 12", 9, 12), u("Answer 95% of calls within 60 seconds", 80, 95)],
    [u("Tickets handled per agent per day from 38 to 50", 38, 50), u("Reopened tickets from 110 to 70", 110, 70)],
    // TRAP: an average of a rating of each job beside a count of pros who take a job (set T, clean)
    [
      u("Pros who accept at least one plumbing job a week from 310 to 390", 310, 390, "pros"),
      u("Average rating of completed plumbing jobs from 4.5 to 4.6", 4.5, 4.6, "stars"),
    ],
  ])("TRAP %j and %j", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, b, other] })).toEqual([]);
  });
});

describe("a count per head beside a rating of the same things (M2, thirteenth round, second part)", () => {
  it("TRAP tickets handled per agent and CSAT on resolved tickets (set Q, clean)", () => {
    const keyResults = [
      unit("Tickets handled per agent per day from 42 to 55", 42, 55, "tickets"),
      unit("Ship CSAT of 4.3 on resolved tickets (now 3.9)", 3.9, 4.3, "out of 5"),
      unit("Customer satisfaction with repairs", 71, 80, "%"),
    ];
    expect(checkKeyResultCount({ title: "O", keyResults })).toEqual([]);
  });
});

// Issue 17, sixteenth round (set AF): a metric field that writes only a unit or a kind of quantity ("占比",
// "分钟", "seconds") names no metric; the titles decide. Written for this table, a finding and a trap each.
describe("a metric field that is only a unit names no metric (M2, sixteenth round)", () => {
  it.each([
    // TRAP: two shares of different things, both "占比" / "share"
    [field("对账差异自动处理占比", 20, 60, "占比", "%"), field("因对账差异找客服的团长占比", 20, 8, "占比", "%")],
    [field("Orders packed same day", 70, 90, "share", "%"), field("Returns opened within 30 days", 9, 5, "share", "%")],
    // TRAP: two durations of different things, both "分钟" / "minutes"
    [field("团长日均对账耗时", 45, 15, "分钟", "分钟"), field("团长端页面停留时长", 12, 20, "分钟", "分钟")],
    [
      field("Time to first reply", 40, 15, "minutes", "minutes"),
      field("Average handling time", 25, 18, "minutes", "minutes"),
    ],
  ])("TRAP %j and %j", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, b, margin] })).toEqual([]);
  });
  it.each([
    // The same metric from one baseline with two targets, its titles saying so
    [field("首屏加载 P75", 2.8, 1.2, "秒", "秒"), field("首屏加载 P75 降到 0.3 秒", 2.8, 0.3, "秒", "秒")],
    [field("Cold start p95", 2400, 700, "ms", "ms"), field("Cold start p95, stretch", 2400, 150, "ms", "ms")],
    // A share and its complement, both written "占比"
    [field("开店引导完成率", 55, 75, "占比", "%"), field("开店引导跳出率", 45, 25, "占比", "%")],
  ])("flags %j and %j as one metric", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, margin, b] })).toHaveLength(1);
  });
  it("still flags two KRs whose metric fields name the same metric", () => {
    const a = field("Interviews with lapsed bookers", 0, 20, "interviews", "interviews");
    const b = field("Customer interviews held", 5, 30, "interviews", "interviews");
    expect(checkKeyResultCount({ title: "O", keyResults: [a, margin, b] })).toHaveLength(1);
  });
});

// Issue 17, sixteenth round (sets AE, AK, V, Z): one baseline in one ratio unit ("kg/m²", "t/ha") with two
// targets is one quantity, whatever the titles' words. Written for this table.
describe("one baseline in one ratio unit with two targets (M2, sixteenth round)", () => {
  it.each([
    [
      unit("Yield per m² per cycle from 3.1 to 3.6 kg", 3.1, 3.6, "kg/m²"),
      unit("Yield per m² up 60% on all racks", 3.1, 5, "kg/m²"),
    ],
    [
      unit("Emissions per litre from 1.14 to 1.08", 1.14, 1.08, "kg CO2e/l"),
      unit("Cut our footprint by half", 1.14, 0.57, "kg CO2e/l"),
    ],
    [unit("亩产从 420 公斤提高到 460 公斤", 420, 460, "公斤/亩"), unit("单产翻一番", 420, 840, "公斤/亩")],
  ])("flags %j and %j", (a, b) => {
    const hits = checkKeyResultCount({ title: "O", keyResults: [a, margin, b] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("same value");
  });
  it.each([
    // TRAP: two ratio units from one baseline
    [
      unit("Yield per m² from 3.1 to 3.6", 3.1, 3.6, "kg/m²"),
      unit("Energy per kg from 3.1 to 2.8", 3.1, 2.8, "kWh/kg"),
    ],
    // TRAP: one ratio unit, one baseline, moved opposite ways
    [
      unit("Water per tonne from 4.1 to 3.6", 4.1, 3.6, "m3/t"),
      unit("Recycled water per tonne from 4.1 to 5", 4.1, 5, "m3/t"),
    ],
    // TRAP: a bare unit of time shared by two durations from one baseline
    [unit("法务审核平均时长从 3 天缩短到 1 天", 3, 1, "天"), unit("新品上架周期从 3 天压到 2 天", 3, 2, "天")],
  ])("TRAP %j and %j", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, margin, b] })).toEqual([]);
  });
});

// Issue 17, round 17 (sets R, AO, Y, AC, AL, AF). Written for this table, after the tuning sets' shapes.
describe("M2 readings of round 17", () => {
  it.each([
    // A metric named in the field after a KR that names it only in its title (set R): read as the other order is.
    [
      field("Share of claims filed online from 40% to 65%", 40, 65, null, "%"),
      field("Claims filed online", 40, 65, "share of claims filed online", "%"),
    ],
    [field("理赔线上申请占比从 40% 提升到 65%", 40, 65, null), field("理赔线上占比", 40, 65, "理赔线上申请占比", "%")],
    // An acronym of a hyphened name, its short words counted (set AO: "DOA").
    [
      field("Dead-on-arrival rate from 1.2% to 0.6%", 1.2, 0.6, null, "%"),
      field("Ship zero DOA units", 1.2, 0, null, "%"),
    ],
  ])("flags %j and %j", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, margin, b] })).toHaveLength(1);
  });
  it.each([
    // TRAP: a metric field beside a KR whose field names another metric: the writer's word for two metrics.
    [
      field("Share of claims filed online from 40% to 65%", 40, 65, "online claims share", "%"),
      field("Claims filed online", 40, 65, "claims paid within a week", "%"),
    ],
    // TRAP: an acronym that spells no run of the other's words.
    [
      field("Dead-on-arrival rate from 1.2% to 0.6%", 1.2, 0.6, null, "%"),
      field("Ship zero RMA units", 1.2, 0, null, "%"),
    ],
    // TRAP: two on-time shares of different things from different baselines.
    [
      field("On-time arrivals at the depot from 78% to 86%", 78, 86, null, "%"),
      field("Suppliers paying on time from 64% to 80%", 64, 80, null, "%"),
    ],
    // TRAP: one metric field over two disjoint platforms is two populations (README round 16e, set AF).
    [
      field("Crash-free sessions iOS", 99.1, 99.6, "crash-free session rate", "%"),
      field("Crash-free sessions Android", 98.4, 99.3, "crash-free session rate", "%"),
    ],
    [
      field("安卓端崩溃率从 1.2% 降到 0.6%", 1.2, 0.6, "崩溃率", "%"),
      field("苹果端崩溃率从 0.8% 降到 0.4%", 0.8, 0.4, "崩溃率", "%"),
    ],
    // TRAP: a share counted within a window after the event is a later event, not the other end (set Y).
    [field("调解成功率 88%→92%", 88, 92, null, "%"), field("调解后 6 个月内再起纠纷比例 12%→8%", 12, 8, null, "%")],
    [
      field("Claims settled at first review from 70% to 80%", 70, 80, null, "%"),
      field("Settled claims reopened within 90 days from 30% to 20%", 30, 20, null, "%"),
    ],
  ])("TRAP %j and %j", (a, b) => {
    expect(checkKeyResultCount({ title: "O", keyResults: [a, margin, b] })).toEqual([]);
  });
  it("still flags one metric field over a whole and none named (M2)", () => {
    const a = field("Crash-free sessions", 98.8, 99.4, "crash-free session rate", "%");
    const b = field("Crash-free sessions iOS", 99.1, 99.6, "crash-free session rate", "%");
    expect(checkKeyResultCount({ title: "O", keyResults: [a, margin, b] })).toHaveLength(1);
  });
});
