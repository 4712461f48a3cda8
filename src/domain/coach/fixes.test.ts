import { describe, expect, it } from "vitest";
import { itMaps } from "../../../tests/support/table-cases.ts";
import { quarterPeriod } from "../period.ts";
import { fromToHint, fromToWording, keyResultFix, statedValues } from "./fixes.ts";
import { reviewObjective } from "./review.ts";
import type { DraftKeyResult, RuleId } from "./types.ts";

const period = quarterPeriod("2027-Q1");
const kr = (title: string, more: Partial<DraftKeyResult> = {}): DraftKeyResult => ({
  title,
  baseline: 120,
  target: 180,
  deadline: "2027-03-31",
  ...more,
});

describe("the values a wording states (K1)", () => {
  itMaps("%s", statedValues, [
    ["Raise repeat purchase rate from 5% to 15%", { baseline: 5, target: 15 }],
    ["Reduce refund rate from 0.5% to 0.2%", { baseline: 0.5, target: 0.2 }],
    ["Cut p95 latency from 450 ms to 300 ms", { baseline: 450, target: 300 }],
    ["将复购率从 5% 提高到 15%", { baseline: 5, target: 15 }],
    ["将退款率从０.５％降低到０.２％", { baseline: 0.5, target: 0.2 }],
    ["Raise repeat purchase rate to 15%", null],
    ["Grow from a niche to a platform", null],
  ]);
});

describe("one-click fixes of findings (issue 17)", () => {
  it.each<[string, RuleId, DraftKeyResult, Record<string, string | number> | null, string | null]>([
    [
      "K1: the values the wording states fill the empty fields",
      "K1",
      kr("Raise repeat purchase rate from 5% to 15%", { baseline: null, target: null }),
      { baseline: 5, target: 15 },
      "Apply: baseline 5, target 15",
    ],
    [
      "K1: a target missing, the wording states it",
      "K1",
      kr("将复购率从 5% 提高到 15%", { baseline: 5, target: null }),
      { baseline: 5, target: 15 },
      "Apply: baseline 5, target 15",
    ],
    ["K1: nothing stated, nothing to apply", "K1", kr("Raise repeat purchase rate", { target: null }), null, null],
    [
      "K1: values the wrong way round are swapped",
      "K1",
      kr("Raise lead conversion", { baseline: 34, target: 30 }),
      { baseline: 30, target: 34 },
      "Apply: baseline 30, target 34",
    ],
    [
      "K1: a reduction entered upwards is swapped",
      "K1",
      kr("降低退款率", { baseline: 0.2, target: 0.5 }),
      { baseline: 0.5, target: 0.2 },
      "Apply: baseline 0.5, target 0.2",
    ],
    ["K1: equal values need a decision, not a swap", "K1", kr("Raise NPS", { baseline: 30, target: 30 }), null, null],
    [
      "K2: no deadline gets the period's last day",
      "K2",
      kr("Raise NPS", { deadline: null }),
      { deadline: "2027-03-31" },
      "Apply: deadline 2027-03-31",
    ],
    [
      "K2: a deadline after the period",
      "K2",
      kr("Raise NPS", { deadline: "2027-09-30" }),
      { deadline: "2027-03-31" },
      "Apply: deadline 2027-03-31",
    ],
    ["K2: a deadline inside the period is left alone", "K2", kr("Raise NPS"), null, null],
    ["K5: judgement, never mechanical", "K5", kr("Grow total sign-ups"), null, null],
  ])("%s", (_label, rule, input, edits, label) => {
    const fix = keyResultFix(rule, input, period);
    expect(fix && Object.fromEntries(fix.edits.map((e) => [e.field, e.value]))).toEqual(edits);
    expect(fix?.label.en ?? null).toEqual(label);
  });

  it("K2 without a period has no date to offer", () => {
    expect(keyResultFix("K2", kr("Raise NPS", { deadline: null }), null)).toBeNull();
  });
});

describe('"from X to Y" wording from baseline and target (K1)', () => {
  it.each<[string, DraftKeyResult, string | null]>([
    ["a leading verb", kr("Raise weekly active teams"), "Raise weekly active teams from 120 to 180"],
    ["a bare metric, going up", kr("Weekly active teams"), "Increase weekly active teams from 120 to 180"],
    [
      "a bare metric, going down, with a unit",
      kr("p95 checkout latency", { baseline: 450, target: 300, unit: "ms" }),
      "Reduce p95 checkout latency from 450 ms to 300 ms",
    ],
    [
      "a percentage",
      kr("Trial-to-paid conversion", { baseline: 4, target: 6, unit: "%" }),
      "Increase trial-to-paid conversion from 4% to 6%",
    ],
    ["zh, a leading verb", kr("提高周活跃团队数"), "将周活跃团队数从 120 提高到 180"],
    ["zh, a bare metric", kr("退款率", { baseline: 0.5, target: 0.2, unit: "%" }), "将退款率从 0.5% 降低到 0.2%"],
    ["already stated", kr("Raise weekly active teams from 120 to 180"), null],
    ["zh already stated", kr("将复购率从 5% 提高到 15%", { baseline: 5, target: 15 }), null],
    ["a value to keep", kr("Keep uptime at 99.9%", { baseline: 99.9, target: 99.95 }), null],
    ["a direction word inside the sentence", kr("Help teams grow revenue"), null],
    ["zh 将 … with its own shape", kr("将周活跃团队数设为重点"), null],
    ["no target", kr("Raise weekly active teams", { target: null }), null],
    ["equal values", kr("Weekly active teams", { target: 120 }), null],
  ])("%s", (_label, input, expected) => {
    expect(fromToWording(input)).toBe(expected);
  });

  it("is a hint with a title fix, in both languages", () => {
    const hint = fromToHint(kr("Raise weekly active teams"));
    expect(hint?.fix?.edits).toEqual([{ field: "title", value: "Raise weekly active teams from 120 to 180" }]);
    expect(hint?.fix?.label).toEqual({
      en: 'Apply: "Raise weekly active teams from 120 to 180"',
      zh: "应用：“Raise weekly active teams from 120 to 180”",
    });
  });
});

describe("the review attaches fixes and gives hints only when asked", () => {
  const objective = {
    title: "Help teams run their week in Grove",
    keyResults: [kr("Raise weekly active teams", { deadline: null }), kr("Raise NPS", { baseline: 40, target: 30 })],
  };

  it("attaches the K2 and K1 fixes to their findings", () => {
    const findings = reviewObjective(objective, { period });
    expect(findings.find((f) => f.rule === "K2")?.fix?.edits).toEqual([{ field: "deadline", value: "2027-03-31" }]);
    expect(findings.find((f) => f.rule === "K1")?.fix?.label).toBe("Apply: baseline 30, target 40");
  });

  it("adds the wording hint as info where K1 is otherwise met, and not without hints", () => {
    const hinted = reviewObjective(objective, { period, hints: true, settings: { K1: "error" } });
    expect(hinted.filter((f) => f.rule === "K1").map((f) => [f.path, f.severity])).toEqual([
      ["key_results[0]", "info"],
      ["key_results[1]", "error"],
    ]);
    expect(reviewObjective(objective, { period }).filter((f) => f.rule === "K1")).toHaveLength(1);
    expect(reviewObjective(objective, { period, hints: true, settings: { K1: "off" } })).not.toContainEqual(
      expect.objectContaining({ rule: "K1" }),
    );
  });
});
