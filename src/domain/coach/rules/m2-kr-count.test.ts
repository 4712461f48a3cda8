import { describe, expect, it } from "vitest";
import type { DraftKeyResult } from "../types.ts";
import { checkKeyResultCount } from "./m2-kr-count.ts";

const krs = (count: number, metric?: (i: number) => string): DraftKeyResult[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `KR ${i}`,
    metric: metric?.(i) ?? null,
  }));

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
  const share = (title: string, baseline: number, target: number): DraftKeyResult => ({
    ...kr(title, baseline, target),
    unit: "%",
  });
  it.each([
    // A metric and its complement: both ends add up to 100, a shared thing named.
    [
      "complement",
      kr("Restaurant churn per month from 4.2% to 3.0%", 4.2, 3),
      kr("Restaurant retention per month from 95.8% to 97.0%", 95.8, 97),
    ],
    [
      "complement",
      share("Retention after box 3 from 52% to 58%", 52, 58),
      share("Box-3 churn from 48% to 42%", 48, 42),
    ],
    ["complement", kr("机审准确率从95%提升到98%", 95, 98), kr("机审错误率从5%降到2%", 5, 2)],
    [
      "complement",
      share("关键岗位 offer 接受率从 61% 提高到 70%", 61, 70),
      share("关键岗位候选人拒绝 offer 的比例从 39% 降至 30%", 39, 30),
    ],
    // The same metric from the same baseline with another target.
    [
      "same value",
      kr("Price model mean error from 11% to 7%", 11, 7),
      kr("Price model mean error from 11% to 6%, measured weekly", 11, 6),
    ],
    [
      "same value",
      kr("Repeat orders per customer per month from 1.6 to 1.9", 1.6, 1.9),
      kr("Repeat-order frequency to 2.0/month", 1.6, 2),
    ],
    ["same value", kr("科目二首次通过率 62%→72%", 62, 72), kr("科目二首次通过率达到 100%", 62, 100)],
    // A share above a bar and the median of the same measure.
    [
      "median",
      kr("Customers with ≥80% endpoints deployed by day 30: 45% → 65%", 45, 65),
      kr("Endpoint deployment coverage at day 30 (median) from 62% to 80%", 62, 80),
    ],
    [
      "median",
      kr("90 天内设备接入率≥70% 的工厂占比从 40% 提升到 60%", 40, 60),
      kr("第 90 天工厂设备接入率中位数从 55% 提升到 75%", 55, 75),
    ],
  ])("flags one metric in two KRs: %s (M2, coach-q)", (_, a, b) => {
    const hits = checkKeyResultCount({
      title: "O",
      keyResults: [a, kr("Raise gross margin from 61% to 64%", 61, 64), b],
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message.en).toContain("Key results 1 and 3");
  });

  it.each([
    // Traps: values that add up to 100 with nothing shared; a resolution rate and a hand-off rate
    // whose only common characters are a rate's frame.
    [kr("Checkout conversion from 40% to 45%", 40, 45), kr("Support tickets reopened from 60% to 55%", 60, 55)],
    [kr("机器人独立解决率从 20% 提高到 45%", 20, 45), kr("转人工率从 80% 降到 55%", 80, 55)],
    // The same baseline on two measures, a count beside a share, a new metric from 0, two units.
    [kr("Refund rate from 3% to 2%", 3, 2), kr("Late deliveries from 3% to 1%", 3, 1)],
    [
      kr("Discovery interviews with hospital leads from 0 to 20", 0, 20),
      share("Interviewed hospitals agreeing to a paid pilot, 0% → 20%", 0, 20),
    ],
    [
      { ...kr("Agent logins per seat per day 3 → 5", 3, 5), unit: "logins" },
      { ...kr("Interviews with customers who churned, 3 → 20", 3, 20), unit: "interviews" },
    ],
    [kr("新客首单转化率从 12% 提升到 15%", 12, 15), kr("老客复购率从 12% 提升到 18%", 12, 18)],
    // A bar on one thing beside the median or average of another.
    [
      kr("Artists with at least one direct fan purchase a month: 9% → 15%", 9, 15),
      kr("Median monthly direct earnings per earning artist $46 → $70", 46, 70),
    ],
    [
      kr("Enrolled patients with BP under 140/90 at 90 days: 44% → 55%", 44, 55),
      kr("Average time in app per patient 11 min → 15 min per week", 11, 15),
    ],
    [kr("评分 4.5 以上的门店占比从 30% 提升到 45%", 30, 45), kr("门店平均出餐时长从 15 分钟降到 10 分钟", 15, 10)],
  ])("accepts two KRs that only look like one metric (M2, coach-q)", (a, b) => {
    expect(
      checkKeyResultCount({ title: "O", keyResults: [a, b, kr("Raise gross margin from 61% to 64%", 61, 64)] }),
    ).toEqual([]);
  });
});
