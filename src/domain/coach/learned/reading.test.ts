import { describe, expect, it } from "vitest";
import { reviewObjective } from "../review.ts";
import type { DraftKeyResult, DraftObjective } from "../types.ts";
import { DIMENSIONS, embeddingLoads, wordVector } from "./embeddings.ts";
import { keyResultFeatures, VECTOR_SCALE } from "./features.ts";
import { type LearnedModel, learnedHit, learnedReadings, probability, trainedModel } from "./reading.ts";

const objective = (title: string, ...titles: string[]) => ({
  title,
  keyResults: titles.map((t) => ({ title: t, metric: null, baseline: 1, target: 2 })),
});

/** The metric reading of a key result no rule flagged: the first of learnedReadings for these models. */
const learnedReading = (kr: DraftKeyResult, o: DraftObjective, m: LearnedModel) =>
  learnedReadings(kr, o, new Set(), m)[0] ?? null;

/** A model small enough to reason about: "workshop" reads as K7, "visit" as K6. */
const model: LearnedModel = {
  rules: {
    K6: { threshold: 0.7, bias: -3, weights: { "t:visit": 5 } },
    K7: { threshold: 0.8, bias: -3, weights: { "t:workshop": 5, "t:run_workshop": 1, "t:visit": 1 } },
  },
};

describe("the learned reading (issue 17)", () => {
  it("speaks from its threshold and names the most probable rule", () => {
    const o = objective("Help shops plan", "Run workshops for store managers");
    expect(learnedReading(o.keyResults[0] as never, o, model)).toMatchObject({
      rule: "K7",
      words: ["Run", "workshops"],
    });
    const visits = objective("Help shops plan", "Make store visits");
    // K6 at 0.88 beats K7 at 0.12.
    expect(learnedReading(visits.keyResults[0] as never, visits, model)?.rule).toBe("K6");
    const clean = objective("Help shops plan", "Raise the share of shops planning a week ahead");
    expect(learnedReading(clean.keyResults[0] as never, clean, model)).toBeNull();
  });

  it("keeps below its threshold silent", () => {
    const strict: LearnedModel = { rules: { K7: { threshold: 0.99, bias: -3, weights: { "t:workshop": 5 } } } };
    const o = objective("Help shops plan", "Run workshops");
    const p = probability(strict.rules.K7 as never, keyResultFeatures(o.keyResults[0] as never, o));
    expect(p).toBeGreaterThan(0.8);
    expect(learnedReading(o.keyResults[0] as never, o, strict)).toBeNull();
  });

  it("says what it reads and from which words, in both languages without quoting Chinese fragments", () => {
    const hit = learnedHit({ rule: "K7", probability: 0.9, words: ["Run", "workshops"] });
    expect(hit.message.en).toBe(
      `This reads as an output (something the team delivers), not an outcome (a change in a metric): in the coach's examples, "Run", "workshops" mostly appear in such key results.`,
    );
    expect(hit.message.zh).toBe("这条关键结果读起来像产出（团队交付的东西），而不是成果（指标的变化）。");
    expect(learnedHit({ rule: "K6", probability: 0.9, words: [] }).message.en).toMatch(
      /^This reads as a count of activity/,
    );
  });

  it("reads K2 and K4 beside the metric rules, each silenced only by its own rule", () => {
    const both: LearnedModel = {
      rules: {
        K4: { threshold: 0.5, bias: -3, weights: { "tgt:100": 5 } },
        K7: { threshold: 0.5, bias: -3, weights: { "t:workshop": 5 } },
      },
    };
    const kr = { title: "Run workshops for every store", metric: null, baseline: 40, target: 100 };
    const o = { title: "Help shops plan", keyResults: [kr] };
    expect(learnedReadings(kr, o, new Set(), both).map((r) => r.rule)).toEqual(["K4", "K7"]);
    // A metric rule's finding silences K7's reading, not K4's; K4's own finding silences K4's.
    expect(learnedReadings(kr, o, new Set(["K6"]), both).map((r) => r.rule)).toEqual(["K4"]);
    expect(learnedReadings(kr, o, new Set(["K4"]), both).map((r) => r.rule)).toEqual(["K7"]);
  });

  it("in a review, gives a K2 or K4 reading beside a metric rule's finding, and none where that rule spoke", () => {
    const model: LearnedModel = {
      rules: {
        K2: { threshold: 0.5, bias: -3, weights: { "t:launch": 5, "t:book": 5 } },
        K4: { threshold: 0.5, bias: -3, weights: { "t:launch": 5 } },
      },
    };
    const o = {
      title: "Help shops plan",
      keyResults: [
        { title: "Launch the scheduling feature", metric: null, baseline: 0, target: 1, deadline: "2027-03-31" },
        { title: "Grow bookings eventually", metric: null, baseline: 10, target: 12, deadline: null },
      ],
    };
    const found = reviewObjective(o, { learnedModel: model });
    const at = (path: string) => found.filter((f) => f.path === path && f.rule !== "K1");
    // K7's rule reads the launch; the K2 and K4 readings speak beside it.
    expect(at("key_results[0]").map((f) => f.rule)).toEqual(["K7", "K2", "K4"]);
    // K2's rule reads "eventually" with no deadline: one K2 finding, the rule's.
    const k2 = at("key_results[1]").filter((f) => f.rule === "K2");
    expect(k2).toHaveLength(1);
    expect(k2[0]?.message).not.toContain("reads as");
  });

  it("keeps a rule the training gave no threshold silent (K3 and K4, trained on the sets up to P)", () => {
    // Tried writer by writer, no threshold of K3 or K4 kept every writer within one false alarm
    // per 400 KRs (scripts/coach-train.ts), so the trained model holds neither.
    const silent = ["K3", "K4"] as const;
    for (const rule of silent) expect(trainedModel.rules[rule]).toBeUndefined();
    const o = objective(
      "Build deeper workflows for users",
      "Grow monthly active users",
      "Ship the bulk-edit feature",
      "Raise on-time delivery from 88% to 100%",
    );
    for (const kr of o.keyResults) {
      const rules = learnedReadings(kr, o).map((r) => r.rule);
      expect(rules.filter((r) => (silent as readonly string[]).includes(r))).toEqual([]);
    }
  });

  it("adds a finding only where no metric rule (K3, K5, K6, K7) read the key result", () => {
    const o = objective("Help shops plan", "Workshop attendance per store", "Launch the scheduling feature");
    const metricRules = new Set(["K3", "K5", "K6", "K7"]);
    const rules = (found: ReturnType<typeof reviewObjective>, path: string) =>
      found.filter((f) => f.path === path && metricRules.has(f.rule)).map((f) => f.rule);
    const found = reviewObjective(o, { learnedModel: model });
    expect(rules(found, "key_results[0]")).toEqual(["K7"]);
    expect(found.find((f) => f.path === "key_results[0]" && f.rule === "K7")?.message).toContain('"Workshop"');
    // The K7 rule reads "Launch the … feature" itself: one finding, the rule's.
    const launch = found.filter((f) => f.path === "key_results[1]" && f.rule === "K7");
    expect(launch).toHaveLength(1);
    expect(launch[0]?.message).not.toContain("coach's examples");
    // A rule turned off stays off for the learned reading too.
    expect(rules(reviewObjective(o, { learnedModel: model, settings: { K7: "off" } }), "key_results[0]")).toEqual([]);
    // Without a model that speaks, only the rules.
    expect(rules(reviewObjective(o, { learnedModel: { rules: {} } }), "key_results[0]")).toEqual([]);
  });

  describe("with word vectors (K7, English only)", () => {
    // A toy model that weighs only the title's first word, toward "launch": bias −16 against 40 ×
    // the cosine (10 × the vector of "launch", read against a first word scaled by VECTOR_SCALE, 4), so a first
    // word within about 0.4 of "launch" speaks. The verbs of delivery ("deploy", "release",
    // "introduce": 0.51 to 0.53) speak with no n-gram in the model; changes in a number ("grow",
    // "double", "halve": 0.25 to 0.33) are the traps.
    const launch = Array.from(wordVector("launch") as Float32Array, (x) => 10 * x);
    const vectors: LearnedModel = {
      rules: { K7: { threshold: 0.8, bias: -16, weights: {}, vector: [...new Array(DIMENSIONS).fill(0), ...launch] } },
    };
    const read = (title: string, o = "Help shops plan") =>
      learnedReadings({ title, metric: null }, { title: o, keyResults: [] }, new Set(), vectors).map((r) => r.rule);

    it.each([
      ["Deploy the rota planner to every store", ["K7"]],
      ["Release the rota planner in all regions", ["K7"]],
      ["Introduce the rota planner to store managers", ["K7"]],
      ["Grow the share of stores planning a week ahead", []],
      ["Double the stores that plan a week ahead", []],
      ["Halve the hours managers spend on rotas", []],
    ])("reads %j as %j", (title, rules) => {
      expect(read(title)).toEqual(rules);
    });

    it("is silent on Chinese without reading the table for it, and counts the vectors in its probability", () => {
      const loads = embeddingLoads();
      expect(read("上线排班工具", "让店长排班更省心")).toEqual([]);
      expect(read("Deploy the rota planner", "让店长排班更省心")).toEqual([]);
      expect(embeddingLoads()).toBe(loads);
      const rule = vectors.rules.K7 as NonNullable<LearnedModel["rules"]["K7"]>;
      expect(probability(rule, [])).toBeCloseTo(1 / (1 + Math.exp(16)), 10);
      const first = new Float32Array(2 * DIMENSIONS);
      first.set(
        Array.from(wordVector("launch") as Float32Array, (x) => VECTOR_SCALE * x),
        DIMENSIONS,
      );
      expect(probability(rule, [], first)).toBeCloseTo(1 / (1 + Math.exp(16 - 40)), 5);
    });
  });
});
