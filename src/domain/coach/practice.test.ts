import { describe, expect, it } from "vitest";
import {
  bandOf,
  type PracticePeriodInput,
  type PracticeTrendKind,
  practiceOverTime,
  practiceSentence,
} from "./practice.ts";

// Issue 17, point 4: findings at activation against the final band (S2, K4), one unit only (S3).
const period = (n: number, findings: number | null, score: number | null): PracticePeriodInput => ({
  periodId: `p${n}`,
  periodName: `2026-Q${n}`,
  endsOn: `2026-${String(n * 3).padStart(2, "0")}-28`,
  findingsAtActivation: findings,
  finalScore: score,
});

describe("bandOf (S2: 60-80 % is the band, its edges inside)", () => {
  it.each([
    [0, "below"],
    [0.59, "below"],
    [0.6, "in_band"],
    [0.7, "in_band"],
    [0.8, "in_band"],
    [0.81, "above"],
    [1.3, "above"],
  ] as const)("%s is %s", (score, band) => expect(bandOf(score)).toBe(band));
});

describe("practiceOverTime", () => {
  it.each<[string, PracticePeriodInput[], PracticeTrendKind, [number, number], [number, number]]>([
    ["no closed period", [], "not_enough_periods", [0, 0], [0, 0]],
    ["one period with both figures", [period(1, 3, 0.7)], "not_enough_periods", [0, 0], [0, 0]],
    [
      "a period without a final score or without findings is not compared",
      [period(1, 3, null), period(2, null, 0.7), period(3, 1, 0.7)],
      "not_enough_periods",
      [0, 0],
      [0, 0],
    ],
    ["the same findings every period", [period(1, 2, 0.7), period(2, 2, 0.9)], "same_findings", [2, 1], [0, 0]],
    [
      "fewer findings, in the band; more findings, above it",
      [period(1, 6, 0.95), period(2, 1, 0.7)],
      "better_written_land_more",
      [1, 1],
      [1, 0],
    ],
    [
      "fewer findings, below the band; more findings, in it",
      [period(1, 0, 0.3), period(2, 4, 0.75)],
      "better_written_land_less",
      [1, 0],
      [1, 1],
    ],
    [
      "both sides in the band as often",
      [period(1, 0, 0.7), period(2, 5, 0.65), period(3, 1, 0.2), period(4, 6, 0.9)],
      "no_difference",
      [2, 1],
      [2, 1],
    ],
    [
      "odd count: the period at the median belongs to neither side",
      [period(1, 1, 0.7), period(2, 3, 0.1), period(3, 5, 0.9)],
      "better_written_land_more",
      [1, 1],
      [1, 0],
    ],
    [
      "ties at the median join the side that would be empty",
      [period(1, 1, 0.7), period(2, 1, 0.62), period(3, 4, 0.9)],
      "better_written_land_more",
      [2, 2],
      [1, 0],
    ],
    [
      "edges of the band count as in it (60 % and 80 %)",
      [period(1, 0, 0.8), period(2, 2, 0.6), period(3, 7, 0.59), period(4, 9, 0.81)],
      "better_written_land_more",
      [2, 2],
      [2, 0],
    ],
  ])("%s", (_, input, kind, [fewestPeriods, fewestInBand], [mostPeriods, mostInBand]) => {
    const { trend } = practiceOverTime(input);
    expect(trend.kind).toBe(kind);
    expect([trend.fewest.periods, trend.fewest.inBand]).toEqual([fewestPeriods, fewestInBand]);
    expect([trend.most.periods, trend.most.inBand]).toEqual([mostPeriods, mostInBand]);
  });

  it("lists every period oldest first with its band, also those it cannot compare", () => {
    const { periods } = practiceOverTime([period(3, null, 0.7), period(1, 2, null), period(2, 1, 0.9)]);
    expect(periods.map((p) => [p.periodName, p.band])).toEqual([
      ["2026-Q1", null],
      ["2026-Q2", "above"],
      ["2026-Q3", "in_band"],
    ]);
  });
});

describe("practiceSentence", () => {
  const kinds: PracticePeriodInput[][] = [
    [period(1, 3, 0.7)],
    [period(1, 2, 0.7), period(2, 2, 0.9)],
    [period(1, 6, 0.95), period(2, 1, 0.7)],
    [period(1, 0, 0.3), period(2, 4, 0.75)],
    [period(1, 0, 0.7), period(2, 5, 0.65), period(3, 1, 0.2), period(4, 6, 0.9)],
    [period(1, 0, 0.9), period(2, 5, 0.3)],
  ];

  it("says the trend in words, in English and Chinese, naming no other unit (S3)", () => {
    const [few, same, more, less, none, neither] = kinds.map((k) => practiceOverTime(k).trend);
    expect(practiceSentence(neither as never, "en")).toMatch(/Neither landed in the band/);
    expect(practiceSentence(neither as never, "zh")).toMatch(/两边都没有落在这个区间/);
    expect(practiceSentence(few as never, "en")).toBe(
      "Too few closed periods with both figures to see a trend yet (1 so far; it takes 2).",
    );
    expect(practiceSentence(more as never, "en")).toBe(
      "Of the 1 period with the fewest findings at activation, 1 ended in the 60–80 % band; of the 1 period with the most, 0 did. Better-written OKRs landed in the band more often: acting on the coach before activating pays off.",
    );
    expect(practiceSentence(more as never, "zh")).toBe(
      "激活时发现最少的 1 个周期里，有 1 个最终得分落在 60%–80% 区间；发现最多的 1 个周期里，有 0 个。写得更好的 OKR 更常落在这个区间：在激活前按教练的建议修改是值得的。",
    );
    for (const trend of [same, less, none]) {
      expect(practiceSentence(trend as never, "en")).toMatch(/^(Every period|Of the)/);
      expect(practiceSentence(trend as never, "zh")).toMatch(/。$/);
    }
  });

  it("writes Chinese with full-width punctuation and a space only between Chinese and Latin or digits", () => {
    for (const input of kinds) {
      const sentence = practiceSentence(practiceOverTime(input).trend, "zh");
      expect(sentence).not.toMatch(/[,;:!?()]/);
      expect(sentence).not.toMatch(/[\u4e00-\u9fff][0-9A-Za-z]|[0-9A-Za-z%][\u4e00-\u9fff]/);
      expect(sentence).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]|[，。；：（）] | [，。；：（）]/);
    }
  });
});
