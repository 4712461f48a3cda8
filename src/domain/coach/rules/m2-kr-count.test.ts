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
});
