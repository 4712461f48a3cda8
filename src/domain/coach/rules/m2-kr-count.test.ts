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
});
